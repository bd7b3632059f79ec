#pragma once

#include "pg/pgerror.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace Valvur {

class KeyedTableModel;
class PageQuery;
class ServerConnection;

// What the server says about itself on the Overview page, as plain values.
struct OverviewFacts
{
    QString version;           // version(): "PostgreSQL 15.x on …"
    QString serverVersion;     // server_version
    QDateTime started;         // pg_postmaster_start_time()
    qint64 uptimeSeconds = 0;
    QString dataDirectory;     // null when hidden from this role (not superuser, not pg_read_all_settings)
    int maxConnections = 0;
    int connections = 0;       // client backends now
    QString listenAddresses;
    QString user;              // current_user
    bool superuser = false;

    bool dataDirectoryHidden() const { return dataDirectory.isNull(); }
    double connectionShare() const { return maxConnections ? double(connections) / maxConnections : 0; }
};

// The Overview page without widgets: every RefreshEveryTicks ticks of the server (while active)
// one round trip (Sql::overview) into the server facts and a model of the databases (what \l+
// shows, one row per database, keyed by name). A failed refresh keeps the last data.
class OverviewController : public QObject
{
    Q_OBJECT
public:
    enum DbColumn { DbName, DbOwner, DbEncoding, DbCollate, DbCtype, DbSize, DbTablespace, DbConnLimit, DbAllowConn, DbAcl, DbDescription };
    static constexpr int RefreshEveryTicks = 5;

    explicit OverviewController(QObject *parent = nullptr);

    // The statements the page runs (for its "Show SQL").
    static QString sql();

    // Raw values (size null when the role may not connect); the page sets headers and formatter.
    KeyedTableModel *databases() const { return m_databases; }
    const OverviewFacts &facts() const { return m_facts; }
    bool hasData() const { return m_hasData; }
    PageQuery *query() const { return m_query; }

    void setServer(ServerConnection *server);
    ServerConnection *server() const;
    // Refresh on the tick only while the page is visible.
    void setActive(bool active) { m_active = active; }
    void refresh();

Q_SIGNALS:
    void refreshed();  // facts() and databases() hold the new values
    void dataReady();  // the first data from this server, after refreshed()
    void errorChanged(const Valvur::PgError &error); // every refresh's outcome (null: it worked)

private:
    void onTick();

    PageQuery *m_query;
    KeyedTableModel *m_databases;
    OverviewFacts m_facts;
    bool m_active = false;
    bool m_hasData = false;
    int m_ticks = 0;
};

} // namespace Valvur
