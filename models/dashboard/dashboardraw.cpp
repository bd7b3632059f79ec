#include "dashboard/dashboardraw.h"

#include "pg/pgresult.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Valvur {

std::optional<DashboardRaw> DashboardRaw::fromResult(const PgResult &result)
{
    if (result.rowCount() != 1)
        return std::nullopt;
    auto v = [&result](const char *column) { return result.value(0, QString::fromLatin1(column)); };
    DashboardRaw raw;
    bool ok = false;
    raw.serverTime = v("server_time").toDouble(&ok);
    if (!ok)
        return std::nullopt;
    raw.maxConnections = v("max_connections").toInt();
    raw.reservedConnections = v("reserved_connections").toInt();
    raw.serverConnections = v("server_connections").toInt();
    raw.ownDatabase = v("own_database").toString();
    raw.active = v("active").toInt();
    raw.idle = v("idle").toInt();
    raw.idleInTransaction = v("idle_in_transaction").toInt();
    raw.waiting = v("waiting").toInt();
    raw.total = v("total").toInt();
    raw.commits = v("xact_commit").toLongLong();
    raw.rollbacks = v("xact_rollback").toLongLong();
    raw.blocksHit = v("blks_hit").toLongLong();
    raw.blocksRead = v("blks_read").toLongLong();
    raw.statsReset = v("stats_reset").toDateTime();
    const QVariant size = v("size_bytes");
    if (!size.isNull())
        raw.sizeBytes = size.toLongLong();
    const QVariant databases = v("databases");
    if (!databases.isNull()) {
        QStringList names;
        const QJsonArray array = QJsonDocument::fromJson(databases.toString().toUtf8()).array();
        for (const QJsonValue &name : array)
            names << name.toString();
        raw.databases = names;
    }
    return raw;
}

} // namespace Valvur
