#include "dashboard/dashboardsampler.h"

#include "monitoring/dashboardsql.h"
#include "pagequery.h"
#include "pg/serverconnection.h"

#include <QDateTime>

namespace Valvur {

DashboardSampler::DashboardSampler(QObject *parent)
    : QObject(parent)
    , m_query(new PageQuery(this))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &DashboardSampler::sampleNow);
}

void DashboardSampler::setServer(ServerConnection *server)
{
    if (m_server)
        disconnect(m_server, nullptr, this, nullptr);
    m_server = server;
    m_query->setServer(server);
    m_databases.clear();
    restart();
    if (!server) {
        m_timer.stop();
        return;
    }
    connect(server, &ServerConnection::stateChanged, this, &DashboardSampler::onStateChanged);
    connect(server, &ServerConnection::connected, this, &DashboardSampler::sampleNow);
    if (!m_paused)
        m_timer.start();
    sampleNow();
}

void DashboardSampler::setDatabase(const QString &database)
{
    if (database == m_database)
        return;
    m_database = database;
    restart();
    sampleNow();
}

void DashboardSampler::setIntervalMs(int ms)
{
    m_timer.setInterval(std::clamp(ms, 500, 60000));
}

void DashboardSampler::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_timer.stop();
        m_query->reset(); // a reply on its way belongs to the time before the pause
        m_rates.markGap(); // no line across the paused time
    } else if (m_server) {
        m_timer.start();
        sampleNow();
    }
}

void DashboardSampler::restart()
{
    m_query->reset();
    m_rates.reset();
    m_history.clear();
    m_lastSize = -1;
    m_sizeClock.invalidate();
    Q_EMIT historyCleared();
}

void DashboardSampler::onStateChanged()
{
    if (m_server && !m_server->session()->isConnected()) {
        m_query->reset();
        m_rates.markGap();
    }
}

void DashboardSampler::sampleNow()
{
    if (!m_server || m_paused || m_query->isInFlight() || !m_query->isConnected())
        return;
    const bool withSize = !m_sizeClock.isValid() || m_sizeClock.elapsed() >= m_sizeIntervalMs;
    if (withSize)
        m_sizeClock.start();
    const QVariant database = m_database.isEmpty() ? QVariant() : QVariant(m_database);
    m_query->exec(Sql::dashboardSample(), {database, withSize}, [this, withSize](const PgReply &reply) {
        const std::optional<DashboardRaw> raw = reply.ok() ? DashboardRaw::fromResult(reply.first()) : std::nullopt;
        if (!raw) {
            if (withSize)
                m_sizeClock.invalidate();
            m_rates.markGap();
            Q_EMIT sampleFailed(reply.error);
            return;
        }
        // Our previous sample committed one transaction in our own database since the last one.
        const int own = (m_database.isEmpty() || m_database == raw->ownDatabase) ? 1 : 0;
        m_history.append(m_rates.add(*raw, QDateTime::currentMSecsSinceEpoch(), own));
        ++m_samples;
        if (raw->sizeBytes)
            m_lastSize = *raw->sizeBytes;
        if (raw->databases && *raw->databases != m_databases) {
            m_databases = *raw->databases;
            Q_EMIT databasesChanged(m_databases);
        }
        Q_EMIT sampled();
    });
}

} // namespace Valvur
