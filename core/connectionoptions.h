#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Valvur {

// libpq connection parameters, parsed by libpq itself (PQconninfoParse), so everything libpq
// accepts is accepted here: key=value strings, postgresql:// URIs, service=. The password is
// never part of what this class prints.
class ConnectionOptions
{
public:
    ConnectionOptions() = default;

    // Parses a conninfo string or URI. On failure returns false and sets *error to libpq's own
    // words (which name the offending part, e.g. 'invalid URI query parameter: "foo"').
    static bool parse(const QString &conninfo, ConnectionOptions *out, QString *error);

    QString value(const QString &key) const { return m_values.value(key); }
    bool contains(const QString &key) const { return m_values.contains(key); }
    void setValue(const QString &key, const QString &value);
    void remove(const QString &key) { m_values.remove(key); }
    const QMap<QString, QString> &values() const { return m_values; }

    // What libpq will use when a parameter is not given: the service file entry, then PG*
    // environment variables, then libpq's defaults.
    QString effective(const QString &key) const;
    QStringList effectiveHosts() const;
    QString effectivePort() const;
    QString effectiveUser() const;
    QString effectiveDatabase() const;

    // key='value' string; the password is left out unless withPassword.
    QString toConnInfo(bool withPassword = false) const;
    // user@host:port/database, for titles and logs.
    QString displayName() const;

    static bool isSocketPath(const QString &host);

private:
    QMap<QString, QString> m_values;
};

// Reads one section of a pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf, then
// PGSYSCONFDIR/pg_service.conf), as libpq does. Empty when the service is not found.
QMap<QString, QString> lookupService(const QString &service);

} // namespace Valvur
