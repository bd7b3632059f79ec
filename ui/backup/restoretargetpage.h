#pragma once

#include "backup/restorejob.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Valvur {

class PgSession;
class ServerChooser;

// Restore page 2: a new database (created) or an existing one. Restoring into a database that
// already has tables needs its name typed.
class RestoreTargetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreTargetPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void apply(RestoreOptions *o) const;
    int existingTables() const { return m_tables; }
    ServerChooser *chooser() const { return m_chooser; }
    bool databasesListed() const { return m_listed; }

Q_SIGNALS:
    void targetChecked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkExisting();
    void updateState();
    void listDatabases();

    QLabel *m_serverLabel;
    ServerChooser *m_chooser;
    QRadioButton *m_new;
    QLineEdit *m_newName;
    QRadioButton *m_existing;
    QComboBox *m_existingCombo;
    QLabel *m_warning;
    QLineEdit *m_confirm;
    PgSession *m_list = nullptr;
    PgSession *m_check = nullptr;
    QStringList m_databases;
    bool m_listed = false;
    int m_tables = -1; // -1: not checked yet
    quint64 m_generation = 0;
};

} // namespace Valvur
