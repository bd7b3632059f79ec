#include "format.h"

#include <QCoreApplication>

namespace Valvur::Format {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Format)
};
} // namespace

QString bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 d = seconds / 86400, h = (seconds % 86400) / 3600, m = (seconds % 3600) / 60, s = seconds % 60;
    if (d > 0)
        return Tr::tr("%1 d %2 h").arg(d).arg(h);
    if (h > 0)
        return Tr::tr("%1 h %2 min").arg(h).arg(m);
    if (m > 0)
        return Tr::tr("%1 min %2 s").arg(m).arg(s);
    return Tr::tr("%1 s").arg(s);
}

QString durationMs(double ms)
{
    if (ms < 1000)
        return Tr::tr("%1 ms").arg(QLocale().toString(ms, 'f', ms < 10 ? 2 : 1));
    if (ms < 60000)
        return Tr::tr("%1 s").arg(QLocale().toString(ms / 1000, 'f', 1));
    return duration(qint64(ms / 1000));
}

QString dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double ratio, int decimals)
{
    return QLocale().toString(ratio * 100.0, 'f', decimals) + QStringLiteral("\u00a0%");
}

} // namespace Valvur::Format
