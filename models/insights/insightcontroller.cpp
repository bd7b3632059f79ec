#include "insights/insightcontroller.h"

#include "pagequery.h"
#include "pg/pgreply.h"
#include "pg/serverconnection.h"

namespace Valvur {

InsightController::InsightController(QObject *parent)
    : QObject(parent)
    , m_query(new PageQuery(this))
{
    m_sinceRefresh.invalidate();
    connect(m_query, &PageQuery::tick, this, &InsightController::onTick);
    connect(m_query, &PageQuery::connected, this, [this] {
        if (m_active)
            refresh();
    });
    connect(m_query, &PageQuery::errorChanged, this, &InsightController::errorChanged);
}

void InsightController::setServer(ServerConnection *server)
{
    m_query->setServer(server);
    m_hasData = false;
    m_sinceRefresh.invalidate();
    resetData();
    Q_EMIT cleared();
    if (m_active && m_query->isConnected())
        refresh();
}

ServerConnection *InsightController::server() const
{
    return m_query->server();
}

PgSession *InsightController::session() const
{
    return server() ? server()->session() : nullptr;
}

void InsightController::setActive(bool active)
{
    m_active = active;
    // Coming back to a page whose data is older than its cadence: refresh at once.
    if (active && server() && (!m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() >= refreshEveryTicks() * 1000LL))
        refresh();
}

void InsightController::onTick()
{
    if (m_active && ++m_ticks % refreshEveryTicks() == 0)
        refresh();
}

void InsightController::refresh()
{
    if (!m_query->begin())
        return;
    m_sinceRefresh.start();
    sendRefresh();
}

void InsightController::refreshDone()
{
    m_query->finish();
}

void InsightController::sendRefresh()
{
    send(session(), statement(), {}, [this](const PgReply &reply) {
        refreshDone();
        handleReply(reply);
    });
}

void InsightController::send(PgSession *session, const QString &sql, const QVariantList &params,
                             std::function<void(const PgReply &)> handler)
{
    if (!session)
        return;
    ++m_requestCount;
    m_lastSentSql = sql;
    m_query->send(session, sql, params, std::move(handler)); // dropped if the user left the server
}

void InsightController::setError(const PgError &error)
{
    m_query->setError(error);
}

void InsightController::markRefreshed()
{
    Q_EMIT refreshed();
    if (!m_hasData) {
        m_hasData = true;
        Q_EMIT dataReady();
    }
}

} // namespace Valvur
