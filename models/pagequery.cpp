#include "pagequery.h"

#include "pg/pgrowcache.h"
#include "pg/serverconnection.h"

namespace Valvur {

PageQuery::PageQuery(QObject *parent)
    : QObject(parent)
{
}

void PageQuery::setServer(ServerConnection *server)
{
    if (m_server)
        disconnect(m_server, nullptr, this, nullptr);
    m_server = server;
    reset();
    setError(PgError());
    if (!server)
        return;
    connect(server, &ServerConnection::tick, this, &PageQuery::tick);
    connect(server, &ServerConnection::connected, this, &PageQuery::connected);
}

ServerConnection *PageQuery::server() const
{
    return m_server;
}

bool PageQuery::isConnected() const
{
    return m_server && m_server->session()->isConnected();
}

bool PageQuery::begin()
{
    if (m_inFlight || !isConnected())
        return false;
    m_inFlight = true;
    return true;
}

void PageQuery::reset()
{
    ++m_generation;
    m_inFlight = false;
}

bool PageQuery::exec(const QString &sql, Handler done, std::shared_ptr<PgRowCache> cache)
{
    return exec(sql, {}, std::move(done), std::move(cache));
}

bool PageQuery::exec(const QString &sql, const QVariantList &params, Handler done, std::shared_ptr<PgRowCache> cache)
{
    if (!begin())
        return false;
    send(m_server->session(), sql, params, [this, done = std::move(done)](const PgReply &reply) {
        finish();
        done(reply);
    }, std::move(cache));
    return true;
}

void PageQuery::send(PgSession *session, const QString &sql, const QVariantList &params, Handler done,
                     std::shared_ptr<PgRowCache> cache)
{
    const quint64 generation = m_generation;
    session->exec(sql, params, this, [this, generation, done = std::move(done)](const PgReply &reply) {
        if (isCurrent(generation)) // else from before a server switch or reset
            done(reply);
    }, std::move(cache));
}

void PageQuery::setError(const PgError &error)
{
    m_lastError = error;
    Q_EMIT errorChanged(error);
}

} // namespace Valvur
