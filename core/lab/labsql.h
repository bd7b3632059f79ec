#pragma once

#include <QString>

// The SQL of Lab mode's own bookkeeping (core/lab). Scenario SQL lives in the scenario files.
namespace Valvur::Lab::Sql {

// The user's rights for a lab: a superuser, or a role that may create databases and roles.
inline QString rights()
{
    return QStringLiteral("SELECT r.rolsuper AS superuser, r.rolcreatedb AS createdb, r.rolcreaterole AS createrole, "
                          "pg_is_in_recovery() AS standby FROM pg_roles r WHERE r.rolname = current_user");
}

// Everything a lab made, found by name: the sandbox databases and the valvur_lab_ roles.
inline QString leftovers()
{
    return QStringLiteral("SELECT 'database' AS kind, datname::text AS name FROM pg_database "
                          "WHERE datname = 'valvur_lab' OR datname LIKE 'valvur\\_lab\\_%' "
                          "UNION ALL SELECT 'role', rolname::text FROM pg_roles WHERE rolname LIKE 'valvur\\_lab\\_%' "
                          "ORDER BY 1, 2");
}

// The sandbox database's comment: names the container part a lab made (Lab::containerNote).
inline QString containerNote()
{
    return QStringLiteral("SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = 'valvur_lab'");
}

// Whether a lab is on the server (any sandbox database), whether a holder's session ($1 = its
// application name) is connected, and whether the main sandbox (with its bookkeeping) exists.
inline QString sandboxPresence()
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'valvur_lab' OR datname LIKE 'valvur\\_lab\\_%') AS sandbox, "
                          "EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()) AS holder, "
                          "EXISTS (SELECT 1 FROM pg_database WHERE datname = 'valvur_lab') AS main");
}

// Ends every session in a sandbox database or of a lab role (not this one).
inline QString terminateLabSessions()
{
    return QStringLiteral("SELECT count(pg_terminate_backend(pid)) AS ended FROM pg_stat_activity "
                          "WHERE pid <> pg_backend_pid() AND (datname = 'valvur_lab' OR datname LIKE 'valvur\\_lab\\_%' "
                          "OR usename LIKE 'valvur\\_lab\\_%')");
}

// A lab setup's CREATE DATABASE still running for a program that is gone (killed mid-setup): ended,
// and listed until its backend has left, so that a reset never lists leftovers before it commits.
inline QString endLabSetups()
{
    return QStringLiteral("SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                          "AND state = 'active' AND query ~* '^\\s*CREATE DATABASE \"?valvur_lab'");
}

// What the setup records in the sandbox, for the check (which may run in another process).
inline QString stateSchema()
{
    return QStringLiteral(
        "CREATE SCHEMA valvur_lab;\n"
        "REVOKE ALL ON SCHEMA valvur_lab FROM PUBLIC;\n"
        "CREATE TABLE valvur_lab.run (scenario text NOT NULL, started_at timestamptz NOT NULL DEFAULT now(),\n"
        "  postmaster_start timestamptz NOT NULL DEFAULT pg_postmaster_start_time(),\n"
        "  max_connections int NOT NULL DEFAULT current_setting('max_connections')::int,\n"
        "  shared_buffers_bytes bigint NOT NULL DEFAULT pg_size_bytes(current_setting('shared_buffers')),\n"
        "  server_port int NOT NULL DEFAULT current_setting('port')::int,\n"
        "  heartbeat timestamptz NOT NULL DEFAULT now(), backup_file text, backup_at timestamptz,\n"
        "  ready_at timestamptz, solved_at timestamptz, traps text, secret text);\n"
        "CREATE TABLE valvur_lab.session (pid int NOT NULL, kind text NOT NULL, application text NOT NULL,\n"
        "  backend_start timestamptz);\n"
        "CREATE TABLE valvur_lab.measure (at timestamptz NOT NULL DEFAULT now(), name text NOT NULL, ms double precision NOT NULL);\n"
        "CREATE TABLE valvur_lab.fact (name text PRIMARY KEY, value text);");
}

inline QString recordSessions()
{
    return QStringLiteral("INSERT INTO valvur_lab.session (pid, kind, application, backend_start) "
                          "SELECT a.pid, $2, a.application_name, a.backend_start FROM pg_stat_activity a "
                          "WHERE a.pid = ANY($1::int[])");
}

// How many of these sessions have reached the held state: "active" (running) or "lock" (waiting on a lock).
inline QString heldCount()
{
    return QStringLiteral("SELECT count(*) FILTER (WHERE CASE $2 WHEN 'lock' THEN wait_event_type = 'Lock' "
                          "ELSE state = 'active' END) AS held FROM pg_stat_activity WHERE pid = ANY($1::int[])");
}

inline QString heartbeat() { return QStringLiteral("UPDATE valvur_lab.run SET heartbeat = now()"); }

// The run as the check sees it.
// Before the check reads anything: whether the bookkeeping exists, and a table of the sandbox that
// another session holds ACCESS EXCLUSIVE (a restore, an ALTER TABLE, LOCK TABLE), which every read
// would wait behind. Reading neither would log an error on the server (missing relation, lock timeout).
inline QString checkPreflight()
{
    return QStringLiteral("SELECT to_regclass('valvur_lab.run') IS NOT NULL AS has_run, x.locked, x.locker FROM (SELECT 1) one "
                          "LEFT JOIN LATERAL (SELECT coalesce(c.relname::text, l.relation::text) AS locked, l.pid AS locker "
                          " FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation "
                          " WHERE l.locktype = 'relation' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                          " AND l.mode = 'AccessExclusiveLock' AND l.granted AND l.pid <> pg_backend_pid() ORDER BY l.pid LIMIT 1) x ON true");
}

inline QString runState()
{
    return QStringLiteral("SELECT scenario, extract(epoch FROM now() - heartbeat)::float8 AS silent_s, "
                          "extract(epoch FROM coalesce(solved_at, now()) - coalesce(ready_at, started_at))::float8 AS elapsed_s, "
                          "solved_at IS NOT NULL AS was_solved, ready_at IS NOT NULL AS ready, traps FROM valvur_lab.run");
}

// The application's connection settings a scenario with appConfig staged (the student may edit
// the value) and the application's password (never shown, never in a file).
inline QString appSettings()
{
    return QStringLiteral("SELECT f.value, r.secret FROM valvur_lab.fact f, valvur_lab.run r WHERE f.name = 'app.conninfo'");
}

inline QString storeAppSettings()
{
    return QStringLiteral("WITH f AS (INSERT INTO valvur_lab.fact (name, value) VALUES ('app.conninfo', $1)) "
                          "UPDATE valvur_lab.run SET secret = $2");
}

// The container part's settings (cannot-connect beside a container): how the application's second
// part connects, and the lab's container. No row: the part was not staged.
inline QString storeContainerSettings()
{
    return QStringLiteral("INSERT INTO valvur_lab.fact (name, value) VALUES ('container.conninfo', $1), ('container.name', $2)");
}

inline QString containerSettings()
{
    return QStringLiteral("SELECT c.value AS conninfo, n.value AS name, r.secret FROM valvur_lab.fact c, valvur_lab.fact n, valvur_lab.run r "
                          "WHERE c.name = 'container.conninfo' AND n.name = 'container.name'");
}

inline QString recordSolved()
{
    return QStringLiteral("UPDATE valvur_lab.run SET solved_at = coalesce(solved_at, now()), traps = $1 "
                          "RETURNING extract(epoch FROM solved_at - coalesce(ready_at, started_at))::float8 AS elapsed_s");
}

} // namespace Valvur::Lab::Sql
