#include "lab/labresults.h"

#include <QSettings>

namespace Valvur::Lab {

namespace {
QString group(const ConnectionOptions &server, const QString &scenarioId)
{
    QString key = serverKey(server);
    key.replace(QLatin1Char('/'), QLatin1Char('_')); // a socket directory
    return QStringLiteral("lab/results/%1/%2").arg(key, scenarioId);
}
} // namespace

QString serverKey(const ConnectionOptions &options)
{
    return options.effectiveHosts().value(0) + QLatin1Char(':') + options.effectivePort();
}

void recordSolved(QSettings *settings, const ConnectionOptions &server, const QString &scenarioId, const Result &result)
{
    if (!settings)
        return;
    settings->beginGroup(group(server, scenarioId));
    settings->setValue(QStringLiteral("solvedAt"), result.solvedAt);
    settings->setValue(QStringLiteral("elapsedSeconds"), result.elapsedS);
    settings->setValue(QStringLiteral("traps"), result.trapIds);
    settings->endGroup();
    settings->sync();
}

std::optional<Result> lastSolved(QSettings *settings, const ConnectionOptions &server, const QString &scenarioId)
{
    if (!settings)
        return std::nullopt;
    settings->beginGroup(group(server, scenarioId));
    Result r;
    r.solvedAt = settings->value(QStringLiteral("solvedAt")).toDateTime();
    r.elapsedS = settings->value(QStringLiteral("elapsedSeconds"), -1).toDouble();
    r.trapIds = settings->value(QStringLiteral("traps")).toStringList();
    settings->endGroup();
    if (!r.solvedAt.isValid())
        return std::nullopt;
    return r;
}

} // namespace Valvur::Lab
