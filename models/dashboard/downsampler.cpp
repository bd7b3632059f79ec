#include "dashboard/downsampler.h"

#include <algorithm>

namespace Valvur {

QList<QList<qsizetype>> Downsampler::minMax(const DashboardHistory &history, qsizetype first, qsizetype last, qint64 t0,
                                            qint64 t1, int buckets, const Value &value)
{
    QList<QList<qsizetype>> segments;
    QList<qsizetype> segment;
    first = std::max<qsizetype>(0, first);
    last = std::min(last, history.size());
    buckets = std::max(1, buckets);
    const bool everything = last - first <= 2 * qsizetype(buckets) || t1 <= t0;

    qint64 bucket = -1;
    qsizetype minIndex = -1, maxIndex = -1;
    double minValue = 0, maxValue = 0;
    auto flushBucket = [&] {
        if (minIndex < 0)
            return;
        const qsizetype a = std::min(minIndex, maxIndex), b = std::max(minIndex, maxIndex);
        segment.append(a);
        if (b != a)
            segment.append(b);
        minIndex = maxIndex = -1;
    };
    auto flushSegment = [&] {
        flushBucket();
        if (!segment.isEmpty())
            segments.append(segment);
        segment.clear();
    };

    for (qsizetype i = first; i < last; ++i) {
        const DashboardPoint &p = history.at(i);
        if (p.gapBefore)
            flushSegment();
        const double v = value(p);
        if (!DashboardPoint::isValue(v))
            continue;
        if (everything) {
            segment.append(i);
            continue;
        }
        const qint64 b = std::clamp<qint64>((p.timeMs - t0) * buckets / (t1 - t0), 0, buckets - 1);
        if (b != bucket) {
            flushBucket();
            bucket = b;
        }
        if (minIndex < 0 || v < minValue) {
            minIndex = i;
            minValue = v;
        }
        if (maxIndex < 0 || v > maxValue) {
            maxIndex = i;
            maxValue = v;
        }
    }
    flushSegment();
    return segments;
}

} // namespace Valvur
