#include "pg/connectionbudget.h"

#include <QRegularExpression>

namespace Valvur {

qint64 ConnectionBudget::availableBytes() const
{
    return qMax<qint64>(0, ramBytes - qMax<qint64>(0, sharedBuffersBytes));
}

int ConnectionBudget::maxConnections() const
{
    if (perConnectionBytes <= 0)
        return 0;
    return int(qMin<qint64>(availableBytes() / perConnectionBytes, 1000000));
}

ConnectionBudget::SlotState ConnectionBudget::slotState(int inUse, int maxConnections, int reserved)
{
    if (maxConnections <= 0)
        return SlotState::Open; // not known
    if (inUse >= maxConnections)
        return SlotState::Full;
    if (inUse >= maxConnections - qMax(0, reserved))
        return SlotState::OnlySuperusers;
    return SlotState::Open;
}

qint64 ConnectionBudget::settingBytes(const QString &setting, const QString &unit)
{
    bool ok = false;
    const qint64 value = setting.trimmed().toLongLong(&ok);
    if (!ok)
        return -1;
    static const QRegularExpression re(QStringLiteral("^(\\d*)\\s*(B|kB|MB|GB|TB)$"));
    const QRegularExpressionMatch m = re.match(unit.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 factor = m.capturedView(1).isEmpty() ? 1 : m.capturedView(1).toLongLong();
    const QStringView u = m.capturedView(2);
    qint64 scale = 1;
    if (u == QLatin1String("kB"))
        scale = 1024;
    else if (u == QLatin1String("MB"))
        scale = 1024 * 1024;
    else if (u == QLatin1String("GB"))
        scale = 1024LL * 1024 * 1024;
    else if (u == QLatin1String("TB"))
        scale = 1024LL * 1024 * 1024 * 1024;
    return value * factor * scale;
}

} // namespace Valvur
