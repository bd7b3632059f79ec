#include "profiles/connectionprofile.h"

#include "profiles/pgpassfile.h"
#include "profiles/servicefile.h"

#include <QCoreApplication>
#include <QUuid>

namespace Valvur {

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ConnectionOptions ConnectionProfile::toOptions() const
{
    ConnectionOptions o;
    o.setValue(QStringLiteral("service"), service);
    o.setValue(QStringLiteral("host"), hosts.join(QLatin1Char(',')));
    if (port > 0)
        o.setValue(QStringLiteral("port"), QString::number(port));
    o.setValue(QStringLiteral("dbname"), database);
    o.setValue(QStringLiteral("user"), user);
    o.setValue(QStringLiteral("sslmode"), sslMode);
    o.setValue(QStringLiteral("sslrootcert"), sslRootCert);
    o.setValue(QStringLiteral("sslcert"), sslCert);
    o.setValue(QStringLiteral("sslkey"), sslKey);
    if (connectTimeout > 0)
        o.setValue(QStringLiteral("connect_timeout"), QString::number(connectTimeout));
    o.setValue(QStringLiteral("application_name"), applicationName);
    return o;
}

ConnectionProfile ConnectionProfile::fromOptions(const ConnectionOptions &o)
{
    ConnectionProfile p;
    const QString host = o.value(QStringLiteral("host"));
    if (!host.isEmpty())
        p.hosts = host.split(QLatin1Char(','));
    else if (!o.value(QStringLiteral("hostaddr")).isEmpty())
        p.hosts = o.value(QStringLiteral("hostaddr")).split(QLatin1Char(','));
    p.port = o.value(QStringLiteral("port")).toInt();
    p.database = o.value(QStringLiteral("dbname"));
    p.user = o.value(QStringLiteral("user"));
    p.sslMode = o.value(QStringLiteral("sslmode"));
    p.sslRootCert = o.value(QStringLiteral("sslrootcert"));
    p.sslCert = o.value(QStringLiteral("sslcert"));
    p.sslKey = o.value(QStringLiteral("sslkey"));
    p.connectTimeout = o.value(QStringLiteral("connect_timeout")).toInt();
    p.applicationName = o.value(QStringLiteral("application_name"));
    p.service = o.value(QStringLiteral("service"));
    return p;
}

bool ConnectionProfile::sameEndpoint(const ConnectionProfile &other) const
{
    const ConnectionOptions a = toOptions();
    const ConnectionOptions b = other.toOptions();
    return a.effectiveHosts() == b.effectiveHosts() && a.effectivePort() == b.effectivePort()
        && a.effectiveDatabase() == b.effectiveDatabase() && a.effectiveUser() == b.effectiveUser()
        && ssh == other.ssh; // "localhost" behind two different SSH hosts is two servers
}

QString ConnectionProfile::displayAddress() const
{
    return toOptions().displayName();
}

ConnectionProfile::PasswordLocation ConnectionProfile::passwordLocation() const
{
    if (passwordInKeychain)
        return PasswordLocation::Keychain;
    const ConnectionOptions o = toOptions();
    const QString pgpassPath = PgpassFile::defaultPath();
    if (PgpassFile::permissionsOk(pgpassPath)) {
        PgpassFile pgpass;
        if (pgpass.load(pgpassPath)) {
            const QString db = o.effectiveDatabase();
            const QString user = o.effectiveUser();
            const QString port = o.effectivePort();
            // libpq tries each host in turn; a line for any of them is found.
            for (const QString &host : o.effectiveHosts()) {
                if (pgpass.match(host, port, db, user))
                    return PasswordLocation::Pgpass;
            }
        }
    }
    if (!service.isEmpty() && lookupService(service).contains(QStringLiteral("password")))
        return PasswordLocation::ServiceFile;
    return PasswordLocation::Ask;
}

QString ConnectionProfile::environmentId(Environment e)
{
    switch (e) {
    case Environment::Development:
        return QStringLiteral("development");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Production:
        return QStringLiteral("production");
    }
    return {};
}

bool ConnectionProfile::environmentFromId(const QString &id, Environment *out)
{
    for (Environment e : {Environment::Development, Environment::Staging, Environment::Production}) {
        if (environmentId(e) == id.trimmed().toLower()) {
            *out = e;
            return true;
        }
    }
    return false;
}

QString ConnectionProfile::passwordLocationId(PasswordLocation l)
{
    switch (l) {
    case PasswordLocation::Keychain:
        return QStringLiteral("keychain");
    case PasswordLocation::Pgpass:
        return QStringLiteral("pgpass");
    case PasswordLocation::ServiceFile:
        return QStringLiteral("service");
    case PasswordLocation::Ask:
        return QStringLiteral("ask");
    }
    return {};
}

QString ConnectionProfile::environmentColor(Environment e)
{
    switch (e) {
    case Environment::Development:
        return QStringLiteral("#2e7d32");
    case Environment::Staging:
        return QStringLiteral("#ef6c00");
    case Environment::Production:
        return QStringLiteral("#c62828");
    }
    return {};
}

QString ConnectionProfile::environmentName(Environment e)
{
    switch (e) {
    case Environment::Development:
        return QCoreApplication::translate("Valvur::ConnectionProfile", "development");
    case Environment::Staging:
        return QCoreApplication::translate("Valvur::ConnectionProfile", "staging");
    case Environment::Production:
        return QCoreApplication::translate("Valvur::ConnectionProfile", "production");
    }
    return {};
}

} // namespace Valvur
