#pragma once

#include "dashboard/dashboardpoint.h"
#include "dashboard/dashboardraw.h"

#include <optional>

namespace Valvur {

// Turns consecutive raw samples into a DashboardPoint: rates are counter deltas divided by the
// real time between the two samples (the server's clock, not the tick). A stats reset or a counter
// that went backwards gives no rate (a hole, never a negative spike); a lost connection gives a
// gap. Valvur's own monitoring transactions are not counted as the user's load.
class DashboardRates
{
public:
    // ownTransactions: how many transactions Valvur itself committed in the observed database(s)
    // since the previous sample (one per sample when the filter includes our own database).
    DashboardPoint add(const DashboardRaw &raw, qint64 clientTimeMs, int ownTransactions);
    // The connection was lost (or sampling paused): the next point starts a new line.
    void markGap() { m_gap = true; }
    void reset();

private:
    std::optional<DashboardRaw> m_previous;
    bool m_gap = false;
    qint64 m_ownOwed = 0; // our own commits not yet seen in the counters (statistics flush late)
};

} // namespace Valvur
