#include "dashboard/dashboardalerts.h"

namespace Valvur {

void DashboardAlerts::reset()
{
    m_active = None;
    m_slots = ConnectionBudget::SlotState::Open;
    m_cacheLowSinceMs = -1;
}

int DashboardAlerts::update(const DashboardPoint &p)
{
    const int before = m_active;
    const ConnectionBudget::SlotState slotsBefore = m_slots;
    m_slots = ConnectionBudget::slotState(int(p.serverConnections), int(p.maxConnections), int(p.reservedConnections));
    if (m_slots != ConnectionBudget::SlotState::Open
        || (p.maxConnections > 0 && double(p.total) > m_thresholds.connectionsPercent / 100.0 * double(p.maxConnections)))
        m_active |= Connections;
    else
        m_active &= ~Connections;

    if (p.gapBefore)
        m_cacheLowSinceMs = -1; // we do not know what happened while we were away
    if (DashboardPoint::isValue(p.cacheHitPercent)) {
        if (double(p.cacheHitPercent) < m_thresholds.cacheHitPercent) {
            if (m_cacheLowSinceMs < 0)
                m_cacheLowSinceMs = p.timeMs;
            if (p.timeMs - m_cacheLowSinceMs >= qint64(m_thresholds.cacheSeconds) * 1000)
                m_active |= CacheHit;
        } else {
            m_cacheLowSinceMs = -1;
            m_active &= ~CacheHit;
        }
    }
    int started = m_active & ~before;
    // Fewer may connect than at the last sample (others are now refused, or superusers too): the
    // Connections alert was on already, but what it says is new.
    if ((m_active & Connections) && int(m_slots) > int(slotsBefore))
        started |= Connections;
    return started;
}

} // namespace Valvur
