#pragma once

#include "backup/backuparchive.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Valvur {

class ToolLocator;
class ToolRunner;

// Restore page 1: the backup file or directory; its format detected (custom, tar, directory by
// pg_restore --list, plain SQL by content) and its contents as a selectable tree.
class RestoreInputPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreInputPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    QString input() const;
    BackupArchive::Format format() const { return m_format; }
    QString archiveDatabase() const { return m_archiveDatabase; }
    // The --list lines to restore; empty when everything is selected.
    QStringList selectedEntries() const;
    void setInput(const QString &path);

Q_SIGNALS:
    void contentsLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void inspect();
    void listContents(const QString &pgRestore);
    void showFormat();

    QLineEdit *m_input;
    QPushButton *m_browseFile;
    QPushButton *m_browseFolder;
    QLabel *m_formatLabel;
    QTreeWidget *m_tree;
    QLabel *m_inputLabel;
    ToolLocator *m_locator = nullptr;
    ToolRunner *m_lister = nullptr;
    BackupArchive::Format m_format = BackupArchive::Format::Unknown;
    QString m_archiveDatabase;
    QString m_listError;
    bool m_listed = false;
    quint64 m_generation = 0;
};

} // namespace Valvur
