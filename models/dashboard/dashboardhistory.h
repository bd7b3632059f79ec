#pragma once

#include "dashboard/dashboardpoint.h"
#include "dashboard/ringbuffer.h"

#include <QByteArray>

#include <optional>

namespace Valvur {

// The Dashboard's samples, oldest first, in a bounded ring buffer: 24 h at 0.5 s fit (about 11 MB),
// and memory stays flat once it is full.
class DashboardHistory
{
public:
    static constexpr qsizetype DefaultCapacity = 2 * 24 * 3600;

    explicit DashboardHistory(qsizetype capacity = DefaultCapacity)
        : m_points(capacity)
    {
    }

    void append(const DashboardPoint &p) { m_points.push(p); }
    void clear() { m_points.clear(); }
    qsizetype size() const { return m_points.size(); }
    qsizetype capacity() const { return m_points.capacity(); }
    bool isEmpty() const { return m_points.isEmpty(); }
    const DashboardPoint &at(qsizetype i) const { return m_points.at(i); }
    const DashboardPoint &last() const { return m_points.last(); }

    // The first index whose time is >= timeMs (size() when none).
    qsizetype lowerBound(qint64 timeMs) const;
    // The index whose time is nearest to timeMs in [first, last), or -1.
    qsizetype nearest(qint64 timeMs, qsizetype first, qsizetype last) const;
    // Database growth in bytes per hour from the size measurements of the last spanMs before
    // nowMs (at least two, at least 25 s apart), or nothing.
    std::optional<double> growthPerHour(qint64 nowMs, qint64 spanMs = 3600 * 1000) const;
    // The samples in [fromMs, toMs] as CSV (UTF-8, header line, one row per sample, empty cells for
    // "no value"); times in ISO 8601 with the UTC offset.
    QByteArray csv(qint64 fromMs, qint64 toMs) const;

private:
    RingBuffer<DashboardPoint> m_points;
};

} // namespace Valvur
