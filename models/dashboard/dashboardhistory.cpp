#include "dashboard/dashboardhistory.h"

#include <QDateTime>

namespace Valvur {

qsizetype DashboardHistory::lowerBound(qint64 timeMs) const
{
    qsizetype lo = 0, hi = size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (at(mid).timeMs < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qsizetype DashboardHistory::nearest(qint64 timeMs, qsizetype first, qsizetype last) const
{
    if (first >= last)
        return -1;
    qsizetype i = std::clamp(lowerBound(timeMs), first, last - 1);
    if (i > first && std::abs(at(i - 1).timeMs - timeMs) <= std::abs(at(i).timeMs - timeMs))
        --i;
    return i;
}

std::optional<double> DashboardHistory::growthPerHour(qint64 nowMs, qint64 spanMs) const
{
    const DashboardPoint *first = nullptr;
    const DashboardPoint *last = nullptr;
    for (qsizetype i = lowerBound(nowMs - spanMs); i < size() && at(i).timeMs <= nowMs; ++i) {
        const DashboardPoint &p = at(i);
        if (!DashboardPoint::isValue(p.sizeBytes))
            continue;
        if (!first)
            first = &p;
        last = &p;
    }
    if (!first || !last || last->timeMs - first->timeMs < 25000)
        return std::nullopt;
    return (last->sizeBytes - first->sizeBytes) * 3600000.0 / double(last->timeMs - first->timeMs);
}

QByteArray DashboardHistory::csv(qint64 fromMs, qint64 toMs) const
{
    QByteArray out("time,connection_lost_before,active,idle,idle_in_transaction,waiting_on_lock,total,max_connections,"
                   "commits_per_s,rollbacks_per_s,cache_hit_percent,cache_hit_percent_since_reset,size_bytes\n");
    auto num = [](double v, int decimals) {
        return DashboardPoint::isValue(v) ? QByteArray::number(v, 'f', decimals) : QByteArray();
    };
    for (qsizetype i = lowerBound(fromMs); i < size() && at(i).timeMs <= toMs; ++i) {
        const DashboardPoint &p = at(i);
        const QByteArrayList cells = {
            QDateTime::fromMSecsSinceEpoch(p.timeMs).toOffsetFromUtc(QDateTime::currentDateTime().offsetFromUtc())
                .toString(Qt::ISODateWithMs).toUtf8(),
            p.gapBefore ? "1" : "0",
            num(p.active, 0), num(p.idle, 0), num(p.idleInTransaction, 0), num(p.waiting, 0), num(p.total, 0),
            num(p.maxConnections, 0), num(p.commitsPerSecond, 2), num(p.rollbacksPerSecond, 2),
            num(p.cacheHitPercent, 3), num(p.cacheHitPercentTotal, 3), num(p.sizeBytes, 0)};
        out += cells.join(',');
        out += '\n';
    }
    return out;
}

} // namespace Valvur
