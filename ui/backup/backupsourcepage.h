#pragma once

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;

namespace Valvur {

class PgSession;
class ServerChooser;

// Page 1: the server (the current connection or a saved profile) and the database to back up.
// The databases come from pg_database on the chosen server, asynchronously.
class BackupSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BackupSourcePage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString database() const;
    qint64 databaseBytes() const { return m_sizes.value(database(), 0); }
    bool hasDatabases() const { return !m_sizes.isEmpty(); }
    ServerChooser *chooser() const { return m_chooser; }

Q_SIGNALS:
    void databasesLoaded();
    // Another server was chosen: pages that cached something of the old one reload.
    void serverChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSize();
    void listDatabases();
    void rememberDatabase();
    QString rememberedDatabase() const;

    ServerChooser *m_chooser;
    QComboBox *m_database;
    QLabel *m_sizeLabel;
    PgSession *m_session = nullptr;
    QHash<QString, qint64> m_sizes;
    bool m_loaded = false;
};

} // namespace Valvur
