#pragma once

#include <QString>

namespace Valvur::Sql {

// The Dashboard's one round trip per sample: one statement, one row, two parameters.
//   $1 text: the database to look at, or NULL for the whole server;
//   $2 bool: also measure the database size and list the databases (the slower cadence:
//            pg_database_size walks the files, so it runs every 30 s, not every sample).
// Valvur's own monitoring session is left out of the connection counts. The time is the
// server's clock, so rates divide by the real time between two samples, not by the tick.
inline QString dashboardSample()
{
    return QStringLiteral(R"(SELECT extract(epoch FROM clock_timestamp())::float8 AS server_time,
       current_setting('max_connections')::int AS max_connections,
       current_setting('superuser_reserved_connections')::int AS reserved_connections,
       -- every client connection on the server, ours too: they all take a slot of max_connections
       (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS server_connections,
       current_database() AS own_database,
       a.active, a.idle, a.idle_in_transaction, a.waiting, a.total,
       d.xact_commit, d.xact_rollback, d.blks_hit, d.blks_read, d.stats_reset,
       CASE WHEN $2 THEN (SELECT sum(pg_database_size(oid))::bigint FROM pg_database
                          WHERE ($1::text IS NULL OR datname = $1) AND datallowconn
                            AND has_database_privilege(oid, 'CONNECT')) END AS size_bytes,
       CASE WHEN $2 THEN (SELECT json_agg(datname ORDER BY datname) FROM pg_database
                          WHERE datallowconn AND NOT datistemplate) END AS databases
FROM (SELECT count(*) FILTER (WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock') AS active,
             count(*) FILTER (WHERE state = 'idle') AS idle,
             count(*) FILTER (WHERE state LIKE 'idle in transaction%') AS idle_in_transaction,
             count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock') AS waiting,
             count(*) AS total
      FROM pg_stat_activity
      WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
        AND ($1::text IS NULL OR datname = $1)) a,
     (SELECT sum(xact_commit)::bigint AS xact_commit, sum(xact_rollback)::bigint AS xact_rollback,
             sum(blks_hit)::bigint AS blks_hit, sum(blks_read)::bigint AS blks_read,
             max(stats_reset) AS stats_reset
      FROM pg_stat_database
      WHERE $1::text IS NULL OR datname = $1) d)");
}

} // namespace Valvur::Sql
