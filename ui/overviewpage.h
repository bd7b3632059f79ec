#pragma once

#include "page.h"

#include <QPointer>

class QLabel;
class QTableView;
class QGroupBox;
class QPushButton;
class QFormLayout;

namespace Valvur {

class ConnectionBanner;
class KeyedTableModel;
class ServerConnection;

// What the server is: version, uptime, data directory, connections against max_connections,
// listen_addresses, and the databases with owner, encoding and size (\l+).
class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override;
    void setServer(ServerConnection *server) override;
    bool hasData() const override { return m_hasData; }
    void refreshNow() override;

protected:
    void retranslate() override;
    void showRefreshError(const QString &text) override;

private:
    void onTick();
    void showEmpty();

    QPointer<ServerConnection> m_server;
    ConnectionBanner *m_banner;
    QLabel *m_empty;
    QGroupBox *m_serverBox;
    QGroupBox *m_databasesBox;
    QFormLayout *m_form;
    QLabel *m_version;
    QLabel *m_uptime;
    QLabel *m_dataDirectory;
    QLabel *m_connections;
    QLabel *m_listen;
    QLabel *m_user;
    QList<QLabel *> m_formLabels;
    QPushButton *m_showSql;
    QTableView *m_table;
    KeyedTableModel *m_model;
    bool m_hasData = false;
    bool m_inFlight = false;
    int m_ticks = 0;
    quint64 m_generation = 0;
    // last values, kept raw so a language switch re-renders without a round trip
    QVariantList m_facts;
};

} // namespace Valvur
