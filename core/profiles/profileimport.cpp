#include "profiles/profileimport.h"

#include "profiles/pgadmintunnel.h"
#include "profiles/pgpassfile.h"
#include "profiles/profilestore.h"
#include "profiles/servicefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Profiles)
};

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

// A name for a profile read without one: user@host:port/database.
QString nameFor(const ConnectionProfile &p)
{
    return p.displayAddress();
}

// A port as a profile keeps it: one number for all hosts. Empty *error when the text is a port (or
// empty: the default); otherwise a translated reason, and *port is left alone.
void takePort(const QString &text, int *port, QString *error)
{
    *error = ConnectionOptions::portError(text);
    if (!error->isEmpty())
        return;
    QStringList ports = text.split(QLatin1Char(','));
    for (QString &item : ports)
        item = item.trimmed();
    ports.removeDuplicates();
    if (ports.size() > 1) {
        *error = Tr::tr("The ports \"%1\" differ per host; a profile keeps one port for all its hosts.").arg(ConnectionOptions::printable(text));
        return;
    }
    *port = ports.value(0).toInt(); // 0 (the default) for an empty port
}

// Applies a libpq keyword=value (service file, servers.json ConnectionParameters) to a profile.
// Returns a translated reason when the value cannot be used (a port that is not a port).
QString applyKeyword(ConnectionProfile *p, const QString &key, const QString &value)
{
    if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
        if (key == QLatin1String("host") || p->hosts.isEmpty())
            p->hosts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if (key == QLatin1String("port")) {
        QString error;
        takePort(value, &p->port, &error);
        return error;
    } else if (key == QLatin1String("dbname"))
        p->database = value;
    else if (key == QLatin1String("user"))
        p->user = value;
    else if (key == QLatin1String("sslmode"))
        p->sslMode = value;
    else if (key == QLatin1String("sslrootcert"))
        p->sslRootCert = value;
    else if (key == QLatin1String("sslcert"))
        p->sslCert = value;
    else if (key == QLatin1String("sslkey"))
        p->sslKey = value;
    else if (key == QLatin1String("connect_timeout"))
        p->connectTimeout = value.toInt();
    else if (key == QLatin1String("application_name"))
        p->applicationName = value;
    return {};
}

// Text that is not valid UTF-16 (a lone surrogate from "\ud800" in JSON) cannot be stored or shown.
bool validText(const ConnectionProfile &p)
{
    for (const QString &s : {p.name, p.group, p.database, p.user, p.service, p.sslMode, p.sslRootCert, p.sslCert, p.sslKey,
                             p.applicationName, p.hosts.join(QLatin1Char(','))}) {
        if (!s.isValidUtf16())
            return false;
    }
    return true;
}

// The identity apply() compares for duplicates: host list, port, database and user as libpq
// would use them, computed once per profile (it may read the service file).
QString endpointKey(const ConnectionProfile &p)
{
    const ConnectionOptions o = p.toOptions();
    QStringList key{o.effectiveHosts().join(QLatin1Char(',')), o.effectivePort(), o.effectiveDatabase(), o.effectiveUser()};
    if (p.ssh.isEnabled()) // "localhost" behind two different SSH hosts is two servers
        key << p.ssh.destination << p.ssh.jumpHosts.join(QLatin1Char(',')) << p.ssh.effectiveRemoteHost()
            << QString::number(p.ssh.effectiveRemotePort()) << p.ssh.remoteSocketDir;
    return key.join(QChar(0));
}
} // namespace

ProfileImport::Kind ProfileImport::detect(const QString &path, const QByteArray &data)
{
    const QByteArray text = data.trimmed();
    if (text.startsWith('{'))
        return Kind::ServersJson;
    const QString name = QFileInfo(path).fileName().toLower();
    for (const QByteArray &raw : data.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        // [name] is a service; "[::1]:5432:…" is a pgpass line with an IPv6 address in brackets.
        if (line.startsWith('[') && line.endsWith(']'))
            return Kind::ServiceFile;
        // The first meaningful line decides: keyword=value without colons is a service file body.
        const qsizetype colon = line.indexOf(':');
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && (colon < 0 || eq < colon))
            return Kind::ServiceFile;
        if (colon >= 0)
            return Kind::Pgpass;
        break;
    }
    if (name.endsWith(QLatin1String(".json")))
        return Kind::ServersJson;
    if (name.contains(QLatin1String("pgpass")))
        return Kind::Pgpass;
    if (name.contains(QLatin1String("service")))
        return Kind::ServiceFile;
    return Kind::Unknown;
}

ProfileImport ProfileImport::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileImport result;
        result.m_source = path;
        result.reject(0, Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return result;
    }
    const QByteArray data = file.readAll();
    return fromData(data, detect(path, data), path);
}

ProfileImport ProfileImport::fromData(const QByteArray &data, Kind kind, const QString &path)
{
    ProfileImport result;
    result.m_kind = kind;
    result.m_source = path;
    switch (kind) {
    case Kind::ServersJson:
        result.readServersJson(data);
        break;
    case Kind::Pgpass:
        result.readPgpass(data, path);
        break;
    case Kind::ServiceFile:
        result.readServiceFile(data, path);
        break;
    case Kind::ConnInfo:
        return fromConnInfo(QString::fromUtf8(data));
    case Kind::Environment:
    case Kind::Unknown:
        result.reject(0, Tr::tr("This file is not a pgAdmin servers.json, a pgpass file or a pg_service.conf."));
        break;
    }
    return result;
}

void ProfileImport::reject(int line, const QString &message)
{
    Item item;
    item.status = Item::Status::Rejected;
    item.line = line;
    item.message = message;
    m_items << item;
}

void ProfileImport::readServersJson(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = lineOfOffset(data, parseError.offset);
        reject(line, Tr::tr("Line %1: this is not valid JSON (%2).").arg(line).arg(parseError.errorString()));
        return;
    }
    const QJsonValue serversValue = doc.object().value(QStringLiteral("Servers"));
    if (!doc.isObject() || !serversValue.isObject()) {
        reject(1, Tr::tr("Line 1: a pgAdmin servers.json has an object \"Servers\" at the top."));
        return;
    }
    const QJsonObject servers = serversValue.toObject();
    // The line of each server: one pass over the text ("key": { at the start of an object member),
    // not a search from the top per server.
    QHash<QString, int> lineOfKey;
    {
        static const QRegularExpression member(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*\\{"));
        const QString text = QString::fromUtf8(data);
        int line = 1;
        qsizetype counted = 0;
        for (QRegularExpressionMatchIterator it = member.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            line += int(QStringView(text).mid(counted, m.capturedStart() - counted).count(QLatin1Char('\n')));
            counted = m.capturedStart();
            const QJsonValue key = QJsonDocument::fromJson("[\"" + m.captured(1).toUtf8() + "\"]").array().at(0);
            if (!lineOfKey.contains(key.toString()))
                lineOfKey.insert(key.toString(), line);
        }
    }
    // QJsonObject sorts its keys as strings; pgAdmin numbers servers 1, 2, … 10: keep that order.
    QStringList keys = servers.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        bool okA = false, okB = false;
        const int na = a.toInt(&okA), nb = b.toInt(&okB);
        if (okA && okB)
            return na < nb;
        return okA && !okB;
    });
    for (const QString &key : keys) {
        const int line = lineOfKey.value(key, 0);
        const QJsonObject s = servers.value(key).toObject();
        Item item;
        item.line = line;
        ConnectionProfile &p = item.profile;
        p.name = s.value(QStringLiteral("Name")).toString().trimmed();
        p.group = s.value(QStringLiteral("Group")).toString();
        if (p.group == QLatin1String("Servers"))
            p.group.clear(); // pgAdmin's default group
        const QString host = s.value(QStringLiteral("Host")).toString(s.value(QStringLiteral("HostAddr")).toString());
        p.hosts = host.split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QJsonValue port = s.value(QStringLiteral("Port"));
        p.port = port.isString() ? port.toString().toInt() : port.toInt();
        p.database = s.value(QStringLiteral("MaintenanceDB")).toString();
        p.user = s.value(QStringLiteral("Username")).toString();
        p.service = s.value(QStringLiteral("Service")).toString();
        // pgAdmin before 7 kept SSL settings at the top; later versions in ConnectionParameters.
        p.sslMode = s.value(QStringLiteral("SSLMode")).toString();
        p.sslRootCert = s.value(QStringLiteral("SSLRootCert")).toString();
        p.sslCert = s.value(QStringLiteral("SSLCert")).toString();
        p.sslKey = s.value(QStringLiteral("SSLKey")).toString();
        p.connectTimeout = s.value(QStringLiteral("Timeout")).toInt();
        const QJsonObject params = s.value(QStringLiteral("ConnectionParameters")).toObject();
        QString paramError;
        for (auto it = params.begin(); it != params.end(); ++it) {
            const QString value = it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString();
            const QString e = applyKeyword(&p, it.key(), value);
            if (paramError.isEmpty())
                paramError = e;
        }
        const QString colour = s.value(QStringLiteral("BGColor")).toString().toLower();
        for (auto e : {ConnectionProfile::Environment::Development, ConnectionProfile::Environment::Staging,
                       ConnectionProfile::Environment::Production}) {
            if (colour == ConnectionProfile::environmentColor(e))
                p.environment = e;
        }
        if (!s.value(QStringLiteral("Password")).isUndefined() || !params.value(QStringLiteral("password")).isUndefined())
            item.message = Tr::tr("The password in the file was not imported.");
        QString tunnelNote;
        const QString tunnelError = PgAdminTunnel::read(s, &p, &tunnelNote);
        if (!tunnelNote.isEmpty())
            item.message = item.message.isEmpty() ? tunnelNote : item.message + QLatin1Char(' ') + tunnelNote;
        if (!servers.value(key).isObject()) {
            item.status = Item::Status::Rejected;
            item.message = Tr::tr("Line %1: server \"%2\" is not an object.").arg(line).arg(key);
        } else if (!validText(p)) {
            item.status = Item::Status::Rejected;
            item.message = Tr::tr("Line %1: server \"%2\" has text that is not valid Unicode (a lone \\ud800…\\udfff escape); "
                                  "write the name and the other fields as real characters.")
                               .arg(line)
                               .arg(ConnectionOptions::printable(key));
            p.name.clear();
        } else if (p.name.isEmpty()) {
            item.status = Item::Status::Rejected;
            item.message = Tr::tr("Line %1: server \"%2\" has no Name.").arg(line).arg(key);
        } else if (p.hosts.isEmpty() && p.service.isEmpty()) {
            item.status = Item::Status::Rejected;
            item.message = Tr::tr("Line %1: server \"%2\" has neither Host nor Service.").arg(line).arg(p.name);
        } else if ((port.isString() && !port.toString().isEmpty() && (p.port <= 0 || p.port > 65535))
                   || (port.isDouble() && (port.toDouble() != double(p.port) || p.port <= 0 || p.port > 65535))) {
            item.status = Item::Status::Rejected;
            item.message = Tr::tr("Line %1: server \"%2\" has an invalid Port.").arg(line).arg(p.name);
        } else if (!paramError.isEmpty() || !tunnelError.isEmpty()) {
            item.status = Item::Status::Rejected;
            item.message = Tr::tr("Line %1: server \"%2\": %3").arg(line).arg(p.name, paramError.isEmpty() ? tunnelError : paramError);
        }
        m_items << item;
    }
    if (keys.isEmpty())
        reject(1, Tr::tr("Line 1: \"Servers\" is empty."));
}

void ProfileImport::readPgpass(const QByteArray &data, const QString &path)
{
    if (!path.isEmpty() && !PgpassFile::permissionsOk(path)) {
        reject(0, Tr::tr("libpq ignores %1 because others can read it. Run: chmod 600 %1")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    PgpassFile file;
    QString error;
    int line = 0;
    if (!file.parse(data, &error, &line)) {
        reject(line, error);
        return;
    }
    const bool libpqReadsIt = path.isEmpty()
        || QFileInfo(path).canonicalFilePath() == QFileInfo(PgpassFile::defaultPath()).canonicalFilePath();
    for (const PgpassFile::Entry &e : file.entries()) {
        Item item;
        item.line = e.line;
        auto literal = [](const QString &f) { return f == QLatin1String("\\*") ? QStringLiteral("*") : f; };
        QString portError;
        if (e.port.isEmpty())
            portError = Tr::tr("the port is empty: write a port from 1 to 65535, or * for any.");
        else if (e.port != QLatin1String("*"))
            portError = ConnectionOptions::portError(literal(e.port));
        if (e.host.startsWith(QLatin1Char('['))) {
            // libpq does not read brackets in pgpass: the colons of an IPv6 address are escaped.
            item.status = Item::Status::Rejected;
            item.message = Tr::tr("Line %1: pgpass writes an IPv6 address with escaped colons (\\:\\:1), not in brackets ([::1]).")
                               .arg(e.line);
        } else if (!portError.isEmpty()) {
            item.status = Item::Status::Rejected;
            item.message = Tr::tr("Line %1: %2").arg(e.line).arg(portError);
        } else if (e.host == QLatin1String("*")) {
            item.status = Item::Status::Skipped;
            item.message = Tr::tr("Line %1 matches any host: there is no server to save.").arg(e.line);
        } else {
            ConnectionProfile &p = item.profile;
            p.hosts = {literal(e.host)};
            p.port = e.port == QLatin1String("*") ? 0 : literal(e.port).toInt();
            p.database = e.database == QLatin1String("*") ? QString() : literal(e.database);
            p.user = e.user == QLatin1String("*") ? QString() : literal(e.user);
            p.name = nameFor(p);
            if (!libpqReadsIt)
                item.message = Tr::tr("libpq reads passwords from %1 only when PGPASSFILE names it.")
                                   .arg(QDir::toNativeSeparators(path));
        }
        m_items << item;
    }
}

void ProfileImport::readServiceFile(const QByteArray &data, const QString &path)
{
    ServiceFile file;
    QString error;
    int line = 0;
    if (!file.parse(data, &error, &line)) {
        reject(line, error);
        return;
    }
    // When libpq finds this very file, the profile names the service (so libpq also reads its
    // password there); otherwise the values are copied, without the password.
    bool libpqReadsIt = false;
    if (!path.isEmpty()) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        for (const QString &candidate : ServiceFile::searchPath())
            libpqReadsIt = libpqReadsIt || QFileInfo(candidate).canonicalFilePath() == canonical;
    }
    for (const ServiceFile::Service &s : file.services()) {
        Item item;
        item.line = s.line;
        ConnectionProfile &p = item.profile;
        p.name = s.name;
        QString valueError;
        for (auto it = s.values.cbegin(); it != s.values.cend(); ++it) {
            const QString e = applyKeyword(&p, it.key(), it.value());
            if (valueError.isEmpty())
                valueError = e;
        }
        if (!valueError.isEmpty()) {
            item.status = Item::Status::Rejected;
            item.line = s.valueLines.value(QStringLiteral("port"), s.line);
            item.message = Tr::tr("Line %1: [%2]: %3").arg(item.line).arg(s.name, valueError);
        } else if (libpqReadsIt && lookupService(s.name) == s.values)
            p.service = s.name;
        else if (s.values.contains(QStringLiteral("password")))
            item.message = Tr::tr("The password of [%1] was not imported.").arg(s.name);
        m_items << item;
    }
    if (file.services().isEmpty())
        reject(1, Tr::tr("There is no [service] section in this file."));
}

ProfileImport ProfileImport::fromEnvironment(const QProcessEnvironment &env)
{
    ProfileImport result;
    result.m_kind = Kind::Environment;
    result.m_source = QStringLiteral("PG*");
    static const QList<std::pair<const char *, const char *>> vars = {
        {"PGHOST", "host"},           {"PGHOSTADDR", "hostaddr"},         {"PGPORT", "port"},
        {"PGDATABASE", "dbname"},     {"PGUSER", "user"},                 {"PGSSLMODE", "sslmode"},
        {"PGSSLROOTCERT", "sslrootcert"}, {"PGSSLCERT", "sslcert"},       {"PGSSLKEY", "sslkey"},
        {"PGCONNECT_TIMEOUT", "connect_timeout"}, {"PGAPPNAME", "application_name"},
    };
    Item item;
    bool any = false;
    for (const auto &[var, key] : vars) {
        const QString value = env.value(QString::fromLatin1(var));
        if (!value.isEmpty()) {
            const QString error = applyKeyword(&item.profile, QString::fromLatin1(key), value);
            if (!error.isEmpty()) {
                result.reject(0, QStringLiteral("%1: %2").arg(QString::fromLatin1(var), error));
                return result;
            }
            any = true;
        }
    }
    const QString service = env.value(QStringLiteral("PGSERVICE"));
    if (!service.isEmpty()) {
        item.profile.service = service;
        any = true;
    }
    if (!any) {
        result.reject(0, Tr::tr("None of PGHOST, PGPORT, PGDATABASE, PGUSER or PGSERVICE is set."));
        return result;
    }
    item.profile.name = service.isEmpty() ? nameFor(item.profile) : service;
    if (!env.value(QStringLiteral("PGPASSWORD")).isEmpty())
        item.message = Tr::tr("PGPASSWORD is set; it was not imported.");
    result.m_items << item;
    return result;
}

ProfileImport ProfileImport::fromConnInfo(const QString &text)
{
    ProfileImport result;
    result.m_kind = Kind::ConnInfo;
    ConnectionOptions options;
    QString error;
    if (text.trimmed().isEmpty() || !ConnectionOptions::parse(text, &options, &error)) {
        result.reject(0, Tr::tr("This is not a valid connection string or URI: %1")
                             .arg(error.isEmpty() ? Tr::tr("it is empty") : error));
        return result;
    }
    Item item;
    item.profile = ConnectionProfile::fromOptions(options);
    item.profile.name = item.profile.service.isEmpty() ? nameFor(item.profile) : item.profile.service;
    if (options.contains(QStringLiteral("password")))
        item.message = Tr::tr("The password in the connection string was not saved.");
    result.m_items << item;
    return result;
}

bool ProfileImport::hasRejections() const
{
    return count(Item::Status::Rejected) > 0;
}

int ProfileImport::count(Item::Status status) const
{
    int n = 0;
    for (const Item &i : m_items)
        n += i.status == status ? 1 : 0;
    return n;
}

bool ProfileImport::apply(ProfileStore *store)
{
    if (hasRejections())
        return false;
    // Names and endpoints seen so far (the store's, then each accepted item's), hashed: one look-up
    // per item keeps a large import linear. The store's own profiles win over earlier items.
    QHash<QString, QString> byName;     // name → the name it duplicates
    QHash<QString, QString> byEndpoint; // endpointKey → name
    for (const ConnectionProfile &p : store->profiles()) {
        byName.insert(p.name, p.name);
        byEndpoint.insert(endpointKey(p), p.name);
    }
    QList<ConnectionProfile> accepted;
    for (Item &item : m_items) {
        if (item.status != Item::Status::Pending)
            continue;
        const QString key = endpointKey(item.profile);
        const auto sameName = byName.constFind(item.profile.name);
        const auto sameEndpoint = byEndpoint.constFind(key);
        if (sameName != byName.constEnd() || sameEndpoint != byEndpoint.constEnd()) {
            item.status = Item::Status::Duplicate;
            item.duplicateOf = sameName != byName.constEnd() ? sameName.value() : sameEndpoint.value();
            continue;
        }
        byName.insert(item.profile.name, item.profile.name);
        byEndpoint.insert(key, item.profile.name);
        accepted << item.profile;
    }
    // One write for the whole import.
    QStringList errors;
    const QList<ConnectionProfile> added = store->addAll(accepted, &errors);
    int next = 0, index = 0;
    for (Item &item : m_items) {
        if (item.status != Item::Status::Pending)
            continue;
        const QString error = errors.value(index++);
        if (error.isEmpty()) {
            item.profile = added.value(next++);
            item.status = Item::Status::Added;
        } else {
            item.status = Item::Status::Skipped;
            item.message = error;
        }
    }
    return true;
}

QString ProfileImport::kindId(Kind kind)
{
    switch (kind) {
    case Kind::ServersJson:
        return QStringLiteral("servers.json");
    case Kind::Pgpass:
        return QStringLiteral("pgpass");
    case Kind::ServiceFile:
        return QStringLiteral("pg_service.conf");
    case Kind::Environment:
        return QStringLiteral("environment");
    case Kind::ConnInfo:
        return QStringLiteral("conninfo");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ProfileImport::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ServersJson:
        return Tr::tr("pgAdmin servers.json");
    case Kind::Pgpass:
        return Tr::tr("pgpass file");
    case Kind::ServiceFile:
        return Tr::tr("pg_service.conf");
    case Kind::Environment:
        return Tr::tr("PG* environment variables");
    case Kind::ConnInfo:
        return Tr::tr("connection string");
    case Kind::Unknown:
        break;
    }
    return Tr::tr("not a known kind of file");
}

QString ProfileImport::statusId(Item::Status status)
{
    switch (status) {
    case Item::Status::Pending:
        return QStringLiteral("pending");
    case Item::Status::Added:
        return QStringLiteral("added");
    case Item::Status::Duplicate:
        return QStringLiteral("duplicate");
    case Item::Status::Rejected:
        return QStringLiteral("rejected");
    case Item::Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QByteArray ProfileImport::toServersJson(const QList<ConnectionProfile> &profiles)
{
    QJsonObject servers;
    int n = 0;
    for (const ConnectionProfile &p : profiles) {
        const ConnectionOptions o = p.toOptions();
        QJsonObject s;
        s.insert(QStringLiteral("Name"), p.name);
        s.insert(QStringLiteral("Group"), p.group.isEmpty() ? QStringLiteral("Servers") : p.group);
        if (!p.hosts.isEmpty())
            s.insert(QStringLiteral("Host"), p.hosts.join(QLatin1Char(',')));
        s.insert(QStringLiteral("Port"), p.port > 0 ? p.port : o.effectivePort().toInt());
        s.insert(QStringLiteral("MaintenanceDB"), p.database.isEmpty() ? o.effectiveDatabase() : p.database);
        s.insert(QStringLiteral("Username"), p.user.isEmpty() ? o.effectiveUser() : p.user);
        s.insert(QStringLiteral("SSLMode"), p.sslMode.isEmpty() ? QStringLiteral("prefer") : p.sslMode);
        if (!p.service.isEmpty())
            s.insert(QStringLiteral("Service"), p.service);
        QJsonObject params;
        params.insert(QStringLiteral("sslmode"), p.sslMode.isEmpty() ? QStringLiteral("prefer") : p.sslMode);
        if (p.connectTimeout > 0)
            params.insert(QStringLiteral("connect_timeout"), p.connectTimeout);
        if (!p.sslRootCert.isEmpty())
            params.insert(QStringLiteral("sslrootcert"), p.sslRootCert);
        if (!p.sslCert.isEmpty())
            params.insert(QStringLiteral("sslcert"), p.sslCert);
        if (!p.sslKey.isEmpty())
            params.insert(QStringLiteral("sslkey"), p.sslKey);
        if (!p.applicationName.isEmpty())
            params.insert(QStringLiteral("application_name"), p.applicationName);
        s.insert(QStringLiteral("ConnectionParameters"), params);
        // pgAdmin colours the server in its tree; Valvur reads the colour back as the environment.
        s.insert(QStringLiteral("BGColor"), ConnectionProfile::environmentColor(p.environment));
        s.insert(QStringLiteral("FGColor"), QStringLiteral("#ffffff"));
        PgAdminTunnel::write(p, &s);
        servers.insert(QString::number(++n), s);
    }
    QJsonObject root;
    root.insert(QStringLiteral("Servers"), servers);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProfileImport::exportServersJson(const QList<ConnectionProfile> &profiles, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(toServersJson(profiles));
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Valvur
