#pragma once

#include "pg/connectionoptions.h"
#include "ssh/sshendpoint.h"

#include <QString>
#include <QStringList>

namespace Valvur {

// A saved server: everything needed to connect except the secret. The password lives in the OS
// keychain (key = id), in a pgpass or service file libpq reads itself, or nowhere (asked each time).
class ConnectionProfile
{
public:
    enum class Environment { Development, Staging, Production };
    // Where the password comes from when Valvur connects with this profile.
    enum class PasswordLocation { Keychain, Pgpass, ServiceFile, Ask };

    ConnectionProfile() = default;

    // A new random id (a UUID without braces).
    static QString newId();

    QString id;
    QString name;
    QStringList hosts;          // one or more; libpq tries them in order
    int port = 0;               // 0: libpq's default (PGPORT, else 5432)
    QString database;
    QString user;
    QString sslMode;            // empty: libpq's default (prefer)
    QString sslRootCert;
    QString sslCert;
    QString sslKey;
    int connectTimeout = 0;     // seconds; 0: the default
    QString applicationName;
    QString service;            // a pg_service.conf entry the other fields refine (may be empty)
    Environment environment = Environment::Development;
    QString group;
    // The user chose to keep the password in the system keychain and a write succeeded. Not a
    // secret: only says where to look.
    bool passwordInKeychain = false;
    // The local container this server runs in (its name; empty: not a container). Connecting
    // asks the container engine for the container's current published port, so the profile
    // follows the container across restarts and port changes; tools may run inside it.
    QString container;
    // The SSH leg (ssh.isEnabled()): the database is reached through a tunnel of the system's ssh.
    SshEndpoint ssh;

    // The libpq parameters of this profile (never a password).
    ConnectionOptions toOptions() const;
    // The non-secret fields of parsed options; a password in them is ignored. Name and id stay empty.
    static ConnectionProfile fromOptions(const ConnectionOptions &options);

    // Same server, database and user (what a duplicate means for imports).
    bool sameEndpoint(const ConnectionProfile &other) const;
    // user@host:port/database, for lists.
    QString displayAddress() const;

    // Where the password is found when connecting: the keychain if saved there, else a matching
    // line of the pgpass file libpq reads (PGPASSFILE or ~/.pgpass, honouring the 0600 rule), else
    // a password in the profile's service entry, else Ask.
    PasswordLocation passwordLocation() const;

    static QString environmentId(Environment e);                 // "development", "staging", "production"
    static bool environmentFromId(const QString &id, Environment *out);
    static QString passwordLocationId(PasswordLocation l);       // "keychain", "pgpass", "service", "ask"
    // Colour band of an environment, e.g. "#c62828" for production.
    static QString environmentColor(Environment e);
    // The environment's name in the interface language, lower case ("development", "arendus").
    static QString environmentName(Environment e);

    bool operator==(const ConnectionProfile &other) const = default;
};

} // namespace Valvur
