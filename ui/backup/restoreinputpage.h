#pragma once

#include "backup/backuparchive.h"

#include "backup/wizardpage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Valvur {

class ArchiveContentsController;

// Restore page 1: the backup file or directory; its format detected (custom, tar, directory by
// pg_restore --list, plain SQL by content: ArchiveContentsController) and its contents as a
// selectable tree. Fields for the later pages: "archiveFormat" (a BackupArchive::Format) and
// "archiveDatabase" (the database it was made from, if it says).
class RestoreInputPage : public WizardPage
{
    Q_OBJECT
    Q_PROPERTY(int archiveFormat READ archiveFormat NOTIFY contentsChanged)
    Q_PROPERTY(QString archiveDatabase READ archiveDatabase NOTIFY contentsChanged)
public:
    explicit RestoreInputPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    QString input() const;
    BackupArchive::Format format() const;
    int archiveFormat() const { return int(format()); }
    QString archiveDatabase() const;
    // The --list lines to restore; empty when everything is selected.
    QStringList selectedEntries() const;
    void setInput(const QString &path);

Q_SIGNALS:
    void contentsLoaded();
    void contentsChanged();

private:
    void retranslate() override;
    void inspect();
    void showContents();
    void showFormat();

    QLineEdit *m_input;
    QPushButton *m_browseFile;
    QPushButton *m_browseFolder;
    QLabel *m_formatLabel;
    QTreeWidget *m_tree;
    QLabel *m_inputLabel;
    ArchiveContentsController *m_contents;
};

} // namespace Valvur
