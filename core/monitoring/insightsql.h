#pragma once

#include <QString>
#include <QStringList>

// The statements of the insight pages (Top queries, Sizes, Databases and roles, Locks, Settings,
// Replication). Each page sends its statements in one request per refresh; "Show SQL" shows
// exactly these texts.
namespace Valvur::Sql {

// Top queries, first: whether pg_stat_statements can be read here, asked of the catalog only, so
// that a database without the extension never gets a failing statement (monitoring must not write
// ERRORs into the server's log). shared_preload_libraries is readable only with
// pg_read_all_settings (through pg_settings it is NULL instead of an error), but
// pg_stat_statements.max exists exactly when the library was preloaded: its _PG_init defines its
// settings only then. "readable": both views resolve through the search_path (extension version
// 1.9 or later, in a schema on the path).
inline QString topQueriesFacts()
{
    return QStringLiteral(R"(SELECT (SELECT extversion FROM pg_extension WHERE extname = 'pg_stat_statements') AS installed_version,
       coalesce((SELECT setting ~ '(^|[ ,])pg_stat_statements($|[ ,])' FROM pg_settings
                 WHERE name = 'shared_preload_libraries'), false)
         OR EXISTS (SELECT 1 FROM pg_settings WHERE name = 'pg_stat_statements.max') AS preloaded,
       pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') AS sees_all,
       to_regclass('pg_stat_statements_info') IS NOT NULL AND to_regclass('pg_stat_statements') IS NOT NULL AS readable)");
}

// Top queries, then (only when the facts said "readable" and "preloaded"): the facts again, when
// the counters were last reset, and the statements by total time.
inline QString topQueries()
{
    return topQueriesFacts() + QStringLiteral(R"(;
SELECT stats_reset FROM pg_stat_statements_info;
SELECT s.userid || '/' || s.dbid || '/' || s.queryid || '/' || s.toplevel AS key,
       s.total_exec_time / nullif(sum(s.total_exec_time) OVER (), 0) AS share,
       s.calls,
       s.total_exec_time,
       s.mean_exec_time,
       s.query,
       s.min_exec_time,
       s.max_exec_time,
       s.stddev_exec_time,
       s.rows,
       CASE WHEN s.shared_blks_hit + s.shared_blks_read > 0
            THEN s.shared_blks_hit::float8 / (s.shared_blks_hit + s.shared_blks_read) END AS hit_ratio,
       pg_get_userbyid(s.userid) AS role,
       d.datname AS database
FROM pg_stat_statements s
LEFT JOIN pg_database d ON d.oid = s.dbid
ORDER BY s.total_exec_time DESC
LIMIT 500)");
}

inline QString resetStatements()
{
    return QStringLiteral("SELECT pg_stat_statements_reset()");
}

inline QString createStatementsExtension()
{
    return QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
}

// Sizes, part 1: the databases (\l+). pg_database_size needs CONNECT on the database (or
// pg_read_all_stats), so the size is NULL where the user may not look.
inline QString databaseSizes()
{
    return QStringLiteral(R"(SELECT d.datname AS name,
       CASE WHEN has_database_privilege(d.oid, 'CONNECT') OR pg_has_role(current_user, 'pg_read_all_stats', 'USAGE')
            THEN pg_database_size(d.oid) END AS size,
       d.datallowconn AS allow_connections
FROM pg_database d
WHERE NOT d.datistemplate
ORDER BY size DESC NULLS LAST, d.datname)");
}

// Sizes, part 2: the tables of the connected database (\dt+), largest first, in one statement.
// Each size function stats files, so each is called once per table: pg_table_size (heap, free
// space and visibility maps, TOAST) plus pg_indexes_size is exactly pg_total_relation_size, and
// heap = table size - TOAST. reltuples is the planner's row estimate (-1 when never analysed).
// The size functions take an ACCESS SHARE lock on the table, its TOAST table and its indexes, so
// they would queue behind an ACCESS EXCLUSIVE lock (ALTER TABLE, VACUUM FULL, TRUNCATE, REINDEX),
// granted or waiting. Such a table is not measured: locked_by names the session (the holder,
// else the waiter), read once from pg_locks, and its sizes are NULL.
inline QString tableSizes()
{
    return QStringLiteral(R"(WITH exclusive AS MATERIALIZED (
  SELECT coalesce(i.indrelid, t.oid, l.relation) AS table_oid, l.pid, l.granted
  FROM pg_locks l
  LEFT JOIN pg_index i ON i.indexrelid = l.relation
  LEFT JOIN pg_class t ON t.reltoastrelid = l.relation
  WHERE l.locktype = 'relation' AND l.mode = 'AccessExclusiveLock'
    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
), locked AS (
  SELECT table_oid, (array_agg(pid ORDER BY granted DESC, pid))[1] AS pid
  FROM exclusive GROUP BY table_oid
)
SELECT n.nspname AS schema,
       c.relname AS name,
       s.table_size - s.toast AS heap,
       s.indexes,
       s.toast,
       s.table_size + s.indexes AS total,
       c.reltuples::bigint AS row_estimate,
       lk.pid AS locked_by
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN locked lk ON lk.table_oid = c.oid
LEFT JOIN LATERAL (SELECT pg_table_size(c.oid) AS table_size,
                          pg_indexes_size(c.oid) AS indexes,
                          coalesce(pg_total_relation_size(nullif(c.reltoastrelid, 0)), 0) AS toast
                   WHERE lk.pid IS NULL) s ON true
WHERE c.relkind IN ('r', 'm', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_toast'
ORDER BY total DESC NULLS LAST, n.nspname, c.relname)");
}

// Databases and roles: \l, \du and the tables that \d can describe.
inline QString databasesAndRoles()
{
    return QStringLiteral(R"(SELECT d.datname AS name,
       pg_get_userbyid(d.datdba) AS owner,
       pg_encoding_to_char(d.encoding) AS encoding,
       d.datcollate AS collate,
       d.datctype AS ctype,
       CASE WHEN has_database_privilege(d.oid, 'CONNECT') OR pg_has_role(current_user, 'pg_read_all_stats', 'USAGE')
            THEN pg_database_size(d.oid) END AS size,
       d.datconnlimit AS connection_limit,
       d.datallowconn AS allow_connections
FROM pg_database d
ORDER BY d.datname;
SELECT r.rolname AS name,
       r.rolsuper AS superuser,
       r.rolcreaterole AS create_role,
       r.rolcreatedb AS create_db,
       r.rolcanlogin AS can_login,
       r.rolreplication AS replication,
       r.rolbypassrls AS bypass_rls,
       r.rolinherit AS inherit,
       r.rolconnlimit AS connection_limit,
       r.rolvaliduntil AS valid_until,
       (SELECT string_agg(b.rolname, ', ' ORDER BY b.rolname)
        FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid
        WHERE m.member = r.oid) AS member_of
FROM pg_roles r
WHERE r.rolname !~ '^pg_'
ORDER BY r.rolname;
SELECT format('%I.%I', n.nspname, c.relname) AS table_name
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname !~ '^pg_toast'
ORDER BY 1
LIMIT 5000)");
}

// \d name: columns (kind 1), indexes (kind 2) and constraints (kind 3) of one table, $1 = its name.
inline QString describeTable()
{
    return QStringLiteral(R"(SELECT 1 AS kind, a.attnum::int AS position, a.attname::text AS name,
       format_type(a.atttypid, a.atttypmod) AS definition,
       a.attnotnull AS not_null,
       pg_get_expr(ad.adbin, ad.adrelid) AS extra
FROM pg_attribute a
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 2, 0, i.relname::text, pg_get_indexdef(x.indexrelid), x.indisprimary,
       CASE WHEN x.indisprimary THEN 'PRIMARY KEY' WHEN x.indisunique THEN 'UNIQUE' END
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
WHERE x.indrelid = $1::regclass
UNION ALL
SELECT 3, 0, co.conname::text, pg_get_constraintdef(co.oid), false, co.contype::text
FROM pg_constraint co
WHERE co.conrelid = $1::regclass
ORDER BY kind, position, name)");
}

// Locks: every lock with the session that holds or wants it; a waiting lock says which pids
// block it (pg_blocking_pids).
inline QString locks()
{
    return QStringLiteral(R"(SELECT concat_ws('/', l.locktype, l.database, l.relation, l.page, l.tuple, l.virtualxid,
                 l.transactionid, l.classid, l.objid, l.objsubid, l.virtualtransaction, l.pid, l.mode) AS key,
       l.pid,
       l.granted,
       CASE WHEN NOT l.granted THEN array_to_string(pg_blocking_pids(l.pid), ', ') END AS blocked_by,
       l.mode,
       l.locktype,
       CASE WHEN l.relation IS NOT NULL THEN l.relation::regclass::text END AS relation,
       coalesce(l.transactionid::text, l.virtualxid) AS transaction,
       a.usename AS user_name,
       a.datname AS database,
       a.application_name,
       a.state,
       extract(epoch FROM now() - l.waitstart)::float8 AS waiting_seconds,
       a.query
FROM pg_locks l
LEFT JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.pid IS DISTINCT FROM pg_backend_pid()
ORDER BY l.granted, l.pid, l.locktype)");
}

// What "Show SQL" offers to type into psql instead.
inline QString locksPsql()
{
    return QStringLiteral("SELECT * FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE NOT l.granted;");
}

inline QString replicationPsql()
{
    return QStringLiteral("SELECT * FROM pg_stat_replication;   SELECT * FROM pg_replication_slots;");
}

inline QString topQueriesPsql()
{
    return QStringLiteral("SELECT * FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 10;");
}

// The settings the course names. pg_settings leaves out the rows a user may not read
// (data_directory, hba_file … need superuser or pg_read_all_settings).
inline QStringList courseSettings()
{
    return {QStringLiteral("max_connections"), QStringLiteral("superuser_reserved_connections"),
            QStringLiteral("shared_buffers"), QStringLiteral("work_mem"), QStringLiteral("maintenance_work_mem"),
            QStringLiteral("effective_cache_size"), QStringLiteral("listen_addresses"), QStringLiteral("port"),
            QStringLiteral("ssl"), QStringLiteral("password_encryption"), QStringLiteral("wal_level"),
            QStringLiteral("max_wal_senders"), QStringLiteral("max_replication_slots"), QStringLiteral("hot_standby"),
            QStringLiteral("archive_mode"), QStringLiteral("shared_preload_libraries"), QStringLiteral("track_io_timing"),
            QStringLiteral("log_min_duration_statement"), QStringLiteral("data_directory"), QStringLiteral("hba_file")};
}

inline QString settings()
{
    QStringList quoted;
    for (const QString &name : courseSettings())
        quoted << QLatin1Char('\'') + name + QLatin1Char('\'');
    return QStringLiteral(R"(SELECT name,
       current_setting(name) AS value,
       setting,
       unit,
       source,
       context,
       pending_restart,
       short_desc
FROM pg_settings
WHERE name IN (%1)
ORDER BY name)").arg(quoted.join(QStringLiteral(", ")));
}

// Replication: the standbys this server sends WAL to, the replication slots, and whether this
// server is itself a standby.
inline QString replication()
{
    return QStringLiteral(R"(SELECT pg_is_in_recovery() AS in_recovery,
       (SELECT status FROM pg_stat_wal_receiver) AS receiver_status,
       pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') AS sees_all;
SELECT r.pid,
       r.usename AS user_name,
       r.application_name,
       r.client_addr::text AS client_address,
       r.state,
       r.sync_state,
       r.sent_lsn::text AS sent_lsn,
       CASE WHEN NOT pg_is_in_recovery() THEN pg_wal_lsn_diff(pg_current_wal_lsn(), r.replay_lsn) END AS replay_lag_bytes,
       extract(epoch FROM r.write_lag)::float8 AS write_lag,
       extract(epoch FROM r.flush_lag)::float8 AS flush_lag,
       extract(epoch FROM r.replay_lag)::float8 AS replay_lag,
       r.backend_start
FROM pg_stat_replication r
ORDER BY r.application_name, r.pid;
SELECT s.slot_name,
       s.slot_type,
       s.database,
       s.active,
       s.active_pid,
       CASE WHEN NOT pg_is_in_recovery() AND s.restart_lsn IS NOT NULL
            THEN pg_wal_lsn_diff(pg_current_wal_lsn(), s.restart_lsn) END AS retained_bytes,
       s.wal_status
FROM pg_replication_slots s
ORDER BY s.slot_name)");
}

} // namespace Valvur::Sql
