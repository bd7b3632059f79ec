#include "dashboard/dashboardrates.h"

#include <algorithm>

namespace Valvur {

namespace {
// The statistics of a backend reach pg_stat_database late (PostgreSQL flushes them at most once a
// second, at the latest after a minute): remember our own commits until they show up, but never
// owe more than that.
constexpr qint64 MaxOwed = 120;
} // namespace

void DashboardRates::reset()
{
    m_previous.reset();
    m_gap = false;
    m_ownOwed = 0;
}

DashboardPoint DashboardRates::add(const DashboardRaw &raw, qint64 clientTimeMs, int ownTransactions)
{
    DashboardPoint p;
    p.timeMs = clientTimeMs;
    p.gapBefore = m_gap && m_previous.has_value();
    p.active = float(raw.active);
    p.idle = float(raw.idle);
    p.idleInTransaction = float(raw.idleInTransaction);
    p.waiting = float(raw.waiting);
    p.total = float(raw.total);
    p.maxConnections = float(raw.maxConnections);
    p.reservedConnections = float(raw.reservedConnections);
    p.serverConnections = float(raw.serverConnections);
    if (raw.blocksHit + raw.blocksRead > 0)
        p.cacheHitPercentTotal = float(100.0 * double(raw.blocksHit) / double(raw.blocksHit + raw.blocksRead));
    if (raw.sizeBytes)
        p.sizeBytes = double(*raw.sizeBytes);

    if (m_previous && !m_gap) {
        const DashboardRaw &prev = *m_previous;
        const double dt = raw.serverTime - prev.serverTime;
        const bool statsReset = raw.statsReset != prev.statsReset || raw.commits < prev.commits
            || raw.rollbacks < prev.rollbacks || raw.blocksHit < prev.blocksHit || raw.blocksRead < prev.blocksRead;
        if (statsReset) {
            m_ownOwed = 0; // the reset also forgot our own transactions
        } else if (dt > 0) {
            const qint64 commits = raw.commits - prev.commits;
            m_ownOwed = std::min(MaxOwed, m_ownOwed + std::max(0, ownTransactions));
            const qint64 ours = std::min(m_ownOwed, commits);
            m_ownOwed -= ours;
            p.commitsPerSecond = float(double(commits - ours) / dt);
            p.rollbacksPerSecond = float(double(raw.rollbacks - prev.rollbacks) / dt);
            const qint64 hit = raw.blocksHit - prev.blocksHit;
            const qint64 read = raw.blocksRead - prev.blocksRead;
            if (hit + read > 0)
                p.cacheHitPercent = float(100.0 * double(hit) / double(hit + read));
        }
    } else {
        m_ownOwed = 0;
    }
    m_gap = false;
    m_previous = raw;
    return p;
}

} // namespace Valvur
