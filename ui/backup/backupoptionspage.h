#pragma once

#include "backup/backupoptions.h"

#include "backup/wizardpage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;

namespace Valvur {

class TableListController;

// Page 3: how to back up. Logical: format, compression, parallel jobs (directory), what to include
// (a checkable tree of the database's tables: TableListController), no-owner, no-privileges and, for
// plain SQL, clean / if-exists / create. Physical: plain or tar, compression, WAL streamed,
// fast checkpoint.
class BackupOptionsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit BackupOptionsPage(QWidget *parent = nullptr);

    void initializePage() override;
    void apply(BackupOptions *o) const;

Q_SIGNALS:
    void objectsLoaded();

private:
    void retranslate() override;
    void updateEnabled();
    void showObjects();
    QWidget *buildLogical();
    QWidget *buildPhysical();

    QStackedWidget *m_stack;
    QComboBox *m_format;
    QSpinBox *m_compression;
    QSpinBox *m_jobs;
    QComboBox *m_content;
    QTreeWidget *m_tree;
    QCheckBox *m_noOwner;
    QCheckBox *m_noPrivileges;
    QCheckBox *m_clean;
    QCheckBox *m_ifExists;
    QCheckBox *m_create;
    QComboBox *m_physicalFormat;
    QSpinBox *m_physicalCompression;
    QCheckBox *m_fastCheckpoint;
    QLabel *m_walLabel;
    QList<QLabel *> m_labels;
    TableListController *m_tables;
};

} // namespace Valvur
