#pragma once

#include <QString>

namespace Valvur::Sql {

// The Overview page's one round trip: the server facts, then the databases (what \l+ shows).
// data_directory is visible only to superusers and pg_read_all_settings members: pg_settings
// hides the row otherwise, so the column is NULL instead of the statement failing.
inline QString overview()
{
    return QStringLiteral(R"(SELECT version() AS version,
       current_setting('server_version') AS server_version,
       pg_postmaster_start_time() AS started,
       extract(epoch FROM now() - pg_postmaster_start_time())::bigint AS uptime_seconds,
       (SELECT setting FROM pg_settings WHERE name = 'data_directory') AS data_directory,
       current_setting('max_connections')::int AS max_connections,
       (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend') AS connections,
       (SELECT setting FROM pg_settings WHERE name = 'listen_addresses') AS listen_addresses,
       current_user AS current_user,
       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS is_superuser;
SELECT d.datname AS name,
       pg_get_userbyid(d.datdba) AS owner,
       pg_encoding_to_char(d.encoding) AS encoding,
       d.datcollate AS collate,
       d.datctype AS ctype,
       CASE WHEN has_database_privilege(d.oid, 'CONNECT') THEN pg_database_size(d.oid) END AS size,
       t.spcname AS tablespace,
       d.datconnlimit AS connection_limit,
       d.datallowconn AS allow_connections,
       array_to_string(d.datacl, E'\n') AS access_privileges,
       shobj_description(d.oid, 'pg_database') AS description
FROM pg_database d
JOIN pg_tablespace t ON t.oid = d.dattablespace
ORDER BY d.datname)");
}

} // namespace Valvur::Sql
