#pragma once

#include "backup/restorejob.h"

#include "backup/wizardpage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Valvur {

class DatabaseListController;
class ServerChooser;
class TargetCheckController;

// Restore page 2: a new database (created) or an existing one. Restoring into a database that
// already has tables needs its name typed (TargetCheckController). Reads the field
// "archiveDatabase" of the Backup page for the new database's name.
class RestoreTargetPage : public WizardPage
{
    Q_OBJECT
public:
    explicit RestoreTargetPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void apply(RestoreOptions *o) const;
    int existingTables() const;
    ServerChooser *chooser() const { return m_chooser; }
    bool databasesListed() const;

Q_SIGNALS:
    void targetChecked();

private:
    void retranslate() override;
    void checkExisting();
    void updateState();
    void showDatabases();

    QLabel *m_serverLabel;
    ServerChooser *m_chooser;
    QRadioButton *m_new;
    QLineEdit *m_newName;
    QRadioButton *m_existing;
    QComboBox *m_existingCombo;
    QLabel *m_warning;
    QLineEdit *m_confirm;
    DatabaseListController *m_list;
    TargetCheckController *m_check;
    QString m_checkError;
};

} // namespace Valvur
