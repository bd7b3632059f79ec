#include "overviewcontroller.h"

#include "keyedtablemodel.h"
#include "monitoring/overviewsql.h"
#include "pagequery.h"
#include "pg/pgreply.h"
#include "pg/serverconnection.h"

namespace Valvur {

namespace {
enum FactColumn { Version, ServerVersion, Started, Uptime, DataDirectory, MaxConnections, Connections, Listen, User, IsSuper };

OverviewFacts factsFrom(const QVariantList &f)
{
    OverviewFacts facts;
    facts.version = f.value(Version).toString();
    facts.serverVersion = f.value(ServerVersion).toString();
    facts.started = f.value(Started).toDateTime();
    facts.uptimeSeconds = f.value(Uptime).toLongLong();
    if (!f.value(DataDirectory).isNull())
        facts.dataDirectory = f.value(DataDirectory).toString();
    facts.maxConnections = f.value(MaxConnections).toInt();
    facts.connections = f.value(Connections).toInt();
    facts.listenAddresses = f.value(Listen).toString();
    facts.user = f.value(User).toString();
    facts.superuser = f.value(IsSuper).toBool();
    return facts;
}
} // namespace

OverviewController::OverviewController(QObject *parent)
    : QObject(parent)
    , m_query(new PageQuery(this))
    , m_databases(new KeyedTableModel(this))
{
    m_databases->setKeyColumns({DbName});
    connect(m_query, &PageQuery::tick, this, &OverviewController::onTick);
    connect(m_query, &PageQuery::connected, this, &OverviewController::refresh);
    connect(m_query, &PageQuery::errorChanged, this, &OverviewController::errorChanged);
}

QString OverviewController::sql()
{
    return Sql::overview();
}

void OverviewController::setServer(ServerConnection *server)
{
    m_hasData = false;
    m_facts = OverviewFacts();
    m_databases->clear();
    m_query->setServer(server);
    if (m_query->isConnected())
        refresh();
}

ServerConnection *OverviewController::server() const
{
    return m_query->server();
}

void OverviewController::onTick()
{
    if (++m_ticks % RefreshEveryTicks == 0 && m_active)
        refresh();
}

void OverviewController::refresh()
{
    m_query->exec(Sql::overview(), [this](const PgReply &reply) {
        if (!reply.ok() || reply.results.size() < 2) {
            m_query->setError(reply.error); // a failed refresh keeps the last data
            return;
        }
        m_query->setError(PgError());
        m_facts = factsFrom(reply.at(0).rows().value(0));
        m_databases->update(reply.at(1).rows());
        const bool first = !m_hasData;
        m_hasData = true;
        Q_EMIT refreshed();
        if (first)
            Q_EMIT dataReady();
    });
}

} // namespace Valvur
