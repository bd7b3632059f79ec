#pragma once

#include "pg/connectionbudget.h"
#include "dashboard/dashboardpoint.h"

namespace Valvur {

// The Dashboard's alerts: connections above a share of max_connections (at once), and the cache
// hit ratio under a target for a while (one dip is no alert). Pure arithmetic: the page turns the
// result into a banner and a desktop notification.
class DashboardAlerts
{
public:
    enum Alert { None = 0, Connections = 1, CacheHit = 2 };

    struct Thresholds
    {
        double connectionsPercent = 80;
        double cacheHitPercent = 99;
        int cacheSeconds = 60;
    };

    void setThresholds(const Thresholds &t) { m_thresholds = t; }
    const Thresholds &thresholds() const { return m_thresholds; }

    // Feeds one sample; returns the alerts that started with it (bits of Alert). Connections also
    // counts as started when the slot state gets worse (Open → OnlySuperusers → Full).
    int update(const DashboardPoint &p);
    int active() const { return m_active; }
    // Who may still connect at the last sample: the Connections alert is on whenever it is not Open.
    ConnectionBudget::SlotState slotState() const { return m_slots; }
    void reset();

private:
    Thresholds m_thresholds;
    int m_active = None;
    ConnectionBudget::SlotState m_slots = ConnectionBudget::SlotState::Open;
    qint64 m_cacheLowSinceMs = -1;
};

} // namespace Valvur
