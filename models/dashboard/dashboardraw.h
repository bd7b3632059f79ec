#pragma once

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Valvur {

class PgResult;

// The row the Dashboard's statement returns (Sql::dashboardSample), as plain values: the raw
// counters before any arithmetic.
struct DashboardRaw
{
    double serverTime = 0; // seconds since the epoch, server clock
    int maxConnections = 0;
    int reservedConnections = 0; // superuser_reserved_connections
    int serverConnections = 0;   // client connections on the whole server, Valvur's own included
    QString ownDatabase;
    int active = 0;
    int idle = 0;
    int idleInTransaction = 0;
    int waiting = 0;
    int total = 0;
    qint64 commits = 0;
    qint64 rollbacks = 0;
    qint64 blocksHit = 0;
    qint64 blocksRead = 0;
    QDateTime statsReset; // invalid when never reset
    std::optional<qint64> sizeBytes;
    std::optional<QStringList> databases;

    static std::optional<DashboardRaw> fromResult(const PgResult &result);
};

} // namespace Valvur
