#pragma once

#include "dashboard/dashboardhistory.h"

#include <QList>

#include <functional>

namespace Valvur {

// Reduces the samples of a time window to what a chart of a given pixel width can show: for each
// pixel column the sample with the smallest and the one with the largest value, in time order, so
// every peak and dip survives and 86,400 samples draw like 60. Returns sample indices grouped in
// segments: a sample with gapBefore starts a new segment (a line is never drawn across a lost
// connection); samples whose value is NaN are skipped.
class Downsampler
{
public:
    using Value = std::function<double(const DashboardPoint &)>;

    static QList<QList<qsizetype>> minMax(const DashboardHistory &history, qsizetype first, qsizetype last, qint64 t0,
                                          qint64 t1, int buckets, const Value &value);
};

} // namespace Valvur
