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
    // words (which name the offending part, e.g. 'invalid URI query parameter: "foo"'), or to
    // ours for a port that is not a number from 1 to 65535 (libpq checks that only when connecting).
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

    // The error for a port, or a comma-separated list of ports (one per host; an empty item is
    // the default), that libpq would refuse: empty when every port is a number from 1 to 65535.
    // Names the port as written (printable()); translated=false gives the English source (for --json).
    static QString portError(const QString &ports, bool translated = true);
    // Text from outside (a host name, a server's words) fit to show in a message: control
    // characters (an escape sequence that recolours a terminal, a newline that forges a line)
    // are shown as \n, \t, \x1b or \u{…}.
    static QString printable(const QString &text);

private:
    QMap<QString, QString> m_values;
};

// Reads one section of a pg_service.conf (PGSERVICEFILE, ~/.pg_service.conf, then
// PGSYSCONFDIR/pg_service.conf), as libpq does. Empty when the service is not found.
QMap<QString, QString> lookupService(const QString &service);

} // namespace Valvur
