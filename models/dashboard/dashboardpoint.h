#pragma once

#include <QtGlobal>

#include <cmath>
#include <limits>

namespace Valvur {

// One Dashboard sample as drawn: connection counts, rates and ratios. NaN means "no value at this
// sample" (the first sample has no rates, a stats reset has none, the size is measured every
// 30 s); a chart skips it. gapBefore means the connection was lost before this sample: charts
// break their lines here instead of drawing a line across the hole. Floats keep 24 h small.
struct DashboardPoint
{
    static constexpr float NaN = std::numeric_limits<float>::quiet_NaN();

    qint64 timeMs = 0; // wall clock of the client, for the time axis
    bool gapBefore = false;
    float active = 0;
    float idle = 0;
    float idleInTransaction = 0;
    float waiting = 0;
    float total = 0;          // all client sessions but Valvur's own monitoring session
    float maxConnections = 0;
    float reservedConnections = 0; // superuser_reserved_connections
    float serverConnections = 0;   // every client connection on the server (ours too), for the slots left
    float commitsPerSecond = NaN;
    float rollbacksPerSecond = NaN;
    float cacheHitPercent = NaN;        // this interval: Δblks_hit / (Δblks_hit + Δblks_read)
    float cacheHitPercentTotal = NaN;   // since the statistics were last reset
    double sizeBytes = std::numeric_limits<double>::quiet_NaN();

    static bool isValue(double v) { return !std::isnan(v); }
};

} // namespace Valvur
