#pragma once

#include <QString>

namespace Valvur::Sql {

// The Activity page's one round trip per refresh: the server's clock, then every session in
// pg_stat_activity with what a waiting session waits for.
//
// - Times travel as epoch seconds (float8): cheap to read, exact enough, and the durations are
//   computed against the server's clock (the first row set), so a skewed desktop clock does not
//   lie. started_us (backend_start in microseconds) is the session's identity together with the
//   pid: a reused pid has another backend_start.
// - pg_blocking_pids() takes the lock manager's locks, so it runs only for sessions that wait on a
//   lock. pg_locks is read once (a CTE): the lock a session waits for (not granted; a backend
//   waits for at most one) and, for row locks, the relation of the tuple lock it holds meanwhile.
// - Sessions of other roles show NULL times and "<insufficient privilege>" unless you are a
//   superuser or a member of pg_read_all_stats.
inline QString activity()
{
    return QStringLiteral(R"(SELECT extract(epoch FROM now())::float8 AS server_now;
WITH locks AS MATERIALIZED (
    SELECT l.pid, l.granted, l.locktype, l.mode,
           CASE WHEN l.relation IS NULL THEN NULL
                WHEN l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                    THEN l.relation::regclass::text
                ELSE l.relation::text END AS relation
    FROM pg_locks l
    WHERE NOT l.granted OR l.locktype = 'tuple'
), waiting AS (
    SELECT DISTINCT ON (pid) pid, locktype, mode, relation FROM locks WHERE NOT granted ORDER BY pid
), tuples AS (
    SELECT DISTINCT ON (pid) pid, relation FROM locks WHERE granted ORDER BY pid
)
SELECT a.pid,
       (extract(epoch FROM a.backend_start) * 1000000)::bigint AS started_us,
       a.datname,
       a.usename,
       a.application_name,
       host(a.client_addr) AS client_addr,
       a.client_port,
       a.backend_type,
       a.state,
       a.wait_event_type,
       a.wait_event,
       extract(epoch FROM a.backend_start)::float8 AS backend_start,
       extract(epoch FROM a.xact_start)::float8 AS xact_start,
       extract(epoch FROM a.query_start)::float8 AS query_start,
       extract(epoch FROM a.state_change)::float8 AS state_change,
       CASE WHEN a.wait_event_type = 'Lock'
            THEN array_to_string(pg_blocking_pids(a.pid), ',') END AS blocked_by,
       w.mode AS lock_mode,
       w.locktype AS lock_type,
       coalesce(w.relation, t.relation) AS lock_relation,
       a.query,
       a.pid = pg_backend_pid() AS is_self
FROM pg_stat_activity a
LEFT JOIN waiting w ON w.pid = a.pid
LEFT JOIN tuples t ON t.pid = a.pid AND w.pid IS NOT NULL
ORDER BY a.pid)");
}

// Cancel the running query (pg_cancel_backend) or terminate the session (pg_terminate_backend) of
// each target, in one statement, and say per target what happened:
//   gone             no session with that pid any more
//   reused           the pid now belongs to another session (its backend_start differs)
//   own              a Valvur session (this one or another application_name=valvur): never
//   needs_superuser  the target is a superuser's (or a process without a role): only superusers
//   needs_role       you are neither a member of its role nor of pg_signal_backend
//   unverifiable     you cannot see its backend_start (pg_read_all_stats), so it cannot be told
//                    apart from a reused pid: not signalled
//   done / failed    the signal was sent / the server refused (not a PostgreSQL backend)
// The permission checks mirror the server's own (pg_signal_backend in signalfuncs.c) and run
// first, so one forbidden target does not abort the statement for the others: CASE evaluates
// the signalling function only for a target that passed every check.
// $1 int[] pids, $2 bigint[] backend_start in microseconds as the user saw it (NULL: unknown).
inline QString signalBackends(bool terminate)
{
    QString sql = QStringLiteral(R"(WITH me AS (
    SELECT r.rolsuper AS is_superuser,
           pg_has_role(current_user, 'pg_signal_backend', 'USAGE') AS may_signal
    FROM pg_roles r WHERE r.rolname = current_user
)
SELECT t.pid,
       CASE
           WHEN a.pid IS NULL THEN 'gone'
           WHEN t.started_us IS NOT NULL
                AND (extract(epoch FROM a.backend_start) * 1000000)::bigint IS DISTINCT FROM t.started_us
               THEN 'reused'
           WHEN a.pid = pg_backend_pid() OR a.application_name = 'valvur' THEN 'own'
           WHEN NOT me.is_superuser AND (a.usesysid IS NULL OR coalesce(r.rolsuper, true))
               THEN 'needs_superuser'
           WHEN NOT me.is_superuser AND NOT me.may_signal
                AND NOT pg_has_role(current_user, a.usesysid, 'USAGE')
               THEN 'needs_role'
           WHEN t.started_us IS NULL THEN 'unverifiable'
           WHEN %1(a.pid) THEN 'done'
           ELSE 'failed'
       END AS outcome
FROM unnest($1::int[], $2::bigint[]) WITH ORDINALITY AS t(pid, started_us, n)
CROSS JOIN me
LEFT JOIN pg_stat_activity a ON a.pid = t.pid
LEFT JOIN pg_roles r ON r.oid = a.usesysid
ORDER BY t.n)");
    return sql.arg(terminate ? QStringLiteral("pg_terminate_backend") : QStringLiteral("pg_cancel_backend"));
}

// What "Show SQL" offers to type into psql instead.
inline QString activityPsql()
{
    return QStringLiteral("SELECT * FROM pg_stat_activity;");
}

} // namespace Valvur::Sql
