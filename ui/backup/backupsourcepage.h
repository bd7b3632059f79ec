#pragma once

#include "backup/wizardpage.h"

class QComboBox;
class QLabel;

namespace Valvur {

class DatabaseListController;
class ServerChooser;

// Page 1: the server (the current connection or a saved profile) and the database to back up.
// The databases come from the chosen server, asynchronously (DatabaseListController). Fields for
// the later pages: "database" and "databaseBytes" (its size on the server, 0 when unknown).
class BackupSourcePage : public WizardPage
{
    Q_OBJECT
    Q_PROPERTY(qint64 databaseBytes READ databaseBytes NOTIFY databaseBytesChanged)
public:
    explicit BackupSourcePage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString database() const;
    qint64 databaseBytes() const;
    ServerChooser *chooser() const { return m_chooser; }

Q_SIGNALS:
    void databasesLoaded();
    void databaseBytesChanged();
    // Another server was chosen: pages that cached something of the old one reload.
    void serverChanged();

private:
    void retranslate() override;
    void updateSize();
    void offerRemembered();
    void showDatabases();
    void rememberDatabase();
    QString rememberedDatabase() const;

    ServerChooser *m_chooser;
    QComboBox *m_database;
    QLabel *m_sizeLabel;
    DatabaseListController *m_list;
};

} // namespace Valvur
