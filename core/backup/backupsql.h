#pragma once

#include <QString>

// The SQL the backup, restore and verify jobs run. One round trip per question.
namespace Valvur::Sql {

// Before a logical backup: server version, database size, and every table with its size (the
// progress is measured against them). Two statements, one request. Sizes come from relpages
// (the planner's statistics, with the TOAST table's), not pg_table_size(): that one locks each
// table and would wait behind anyone holding an exclusive lock. never_counted: the table was
// never vacuumed or analyzed, so its relpages says nothing (0) and the size is unknown.
inline QString backupCatalog()
{
    return QStringLiteral(
        "SELECT current_setting('server_version_num')::int AS version_num,\n"
        "       pg_database_size(current_database()) AS database_size,\n"
        "       current_database() AS database;\n"
        "SELECT n.nspname AS schema, c.relname AS name,\n"
        "       (greatest(c.relpages, 1) + coalesce(t.relpages, 0))::bigint * current_setting('block_size')::bigint AS bytes,\n"
        "       c.reltuples < 0 AS never_counted\n"
        "  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
        "  LEFT JOIN pg_class t ON t.oid = c.reltoastrelid\n"
        " WHERE c.relkind IN ('r', 'p', 'm')\n"
        "   AND n.nspname NOT IN ('pg_catalog', 'information_schema')\n"
        "   AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'\n"
        " ORDER BY 1, 2;");
}

// Before a physical backup: may this role stream a base backup, and can the server send WAL?
inline QString physicalPreconditions()
{
    return QStringLiteral(
        "SELECT current_setting('server_version_num')::int AS version_num,\n"
        "       (SELECT rolsuper OR rolreplication FROM pg_roles WHERE rolname = current_user) AS may_replicate,\n"
        "       current_setting('max_wal_senders')::int AS max_wal_senders,\n"
        "       current_setting('wal_level') AS wal_level,\n"
        "       (SELECT sum(pg_database_size(oid)) FROM pg_database)::bigint AS cluster_size,\n"
        "       current_user AS role");
}

// After a cancelled or failed physical backup: pg_basebackup's sessions (found by the unique
// application_name it was started with) that are still connected, and the replication slot each
// one holds ($1: the application_name).
inline QString basebackupLeftovers()
{
    return QStringLiteral(
        "SELECT a.pid, coalesce((SELECT string_agg(s.slot_name, ', ') FROM pg_replication_slots s WHERE s.active_pid = a.pid), '') AS slots\n"
        "  FROM pg_stat_activity a\n"
        " WHERE a.application_name = $1 AND a.backend_type = 'walsender'\n"
        " ORDER BY a.pid");
}

// Exact row count of every table, built and run by the server in one statement (one round trip):
// each count(*) runs through query_to_xml so the table names stay identifiers (format %I).
inline QString rowCounts()
{
    return QStringLiteral(
        "SELECT format('%I.%I', n.nspname, c.relname) AS name,\n"
        "       (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname),\n"
        "                                            false, true, '')))[1]::text::bigint AS rows\n"
        "  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
        " WHERE c.relkind = 'r'\n"
        "   AND n.nspname NOT IN ('pg_catalog', 'information_schema')\n"
        "   AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'\n"
        " ORDER BY 1");
}

// The databases a wizard offers (templates and those that refuse connections left out), with their
// size; the size is null where this role may not connect (pg_database_size() would fail).
inline QString databaseList()
{
    return QStringLiteral(
        "SELECT datname AS name,\n"
        "       CASE WHEN has_database_privilege(oid, 'CONNECT') THEN pg_database_size(oid) END AS bytes\n"
        "  FROM pg_database\n"
        " WHERE datallowconn AND NOT datistemplate\n"
        " ORDER BY datname");
}

// The tables, partitioned tables and materialized views of the current database a logical backup
// can pick one by one, by schema and name.
inline QString dumpableTables()
{
    return QStringLiteral(
        "SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
        " WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')\n"
        "   AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'\n"
        " ORDER BY 1, 2");
}

// Does a database exist, and how many user tables does it have (0 when it does not exist)?
inline QString databaseExists()
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS present");
}

inline QString userTableCount()
{
    return QStringLiteral(
        "SELECT count(*) AS tables FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
        " WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')\n"
        "   AND n.nspname NOT LIKE 'pg_toast%'");
}

// The user tables of the current database, by schema and name: an existing database with any
// is restored into only after the user confirmed it.
inline QString userTables()
{
    return QStringLiteral(
        "SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
        " WHERE c.relkind IN ('r', 'p', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')\n"
        "   AND n.nspname NOT LIKE 'pg_toast%'\n"
        " ORDER BY 1, 2");
}

// CREATE/DROP DATABASE take no parameters; the server quotes the name itself (format %I) and
// the statement it returns is run next.
inline QString createDatabaseStatement()
{
    return QStringLiteral("SELECT format('CREATE DATABASE %I', $1::text)");
}

inline QString dropDatabaseStatement()
{
    return QStringLiteral("SELECT format('DROP DATABASE IF EXISTS %I WITH (FORCE)', $1::text)");
}

} // namespace Valvur::Sql
