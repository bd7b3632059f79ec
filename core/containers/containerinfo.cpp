#include "containers/containerinfo.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Valvur {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

QDateTime engineTime(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QMap<QString, QString> labelsOf(const QJsonValue &v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

ContainerMount mountOf(const QJsonObject &m)
{
    ContainerMount mount;
    mount.type = str(m, "Type");
    mount.name = str(m, "Name");
    mount.source = str(m, "Source");
    mount.destination = str(m, "Destination");
    mount.readWrite = m.value(QLatin1String("RW")).toBool(true);
    return mount;
}

// "5432/tcp" → (5432, "tcp")
std::pair<int, QString> portKey(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    return {key.left(slash).toInt(), slash < 0 ? QStringLiteral("tcp") : key.mid(slash + 1)};
}

int majorOf(const QString &version)
{
    static const QRegularExpression number(QStringLiteral("^(\\d+)"));
    const auto m = number.match(version);
    if (!m.hasMatch())
        return 0;
    const int major = m.captured(1).toInt();
    return major >= 9 && major < 100 ? major : 0;
}

} // namespace

bool ContainerMount::isAnonymousVolume() const
{
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    return type == QLatin1String("volume") && hex64.match(name).hasMatch();
}

QString ContainerInfo::environmentValue(const QString &key) const
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString &e : environment) {
        if (e.startsWith(prefix))
            return e.mid(prefix.size());
    }
    return {};
}

bool ContainerInfo::hasEnvironment(const QString &key) const
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString &e : environment) {
        if (e.startsWith(prefix))
            return true;
    }
    return false;
}

int ContainerInfo::postgresMajor() const
{
    if (const int m = majorOf(environmentValue(QStringLiteral("PG_MAJOR"))))
        return m;
    if (const int m = majorOf(environmentValue(QStringLiteral("PG_VERSION"))))
        return m;
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    if (colon > image.lastIndexOf(QLatin1Char('/')))
        return majorOf(image.mid(colon + 1));
    return 0;
}

QString ContainerInfo::postgresVersion() const
{
    const QString v = environmentValue(QStringLiteral("PG_VERSION"));
    if (!v.isEmpty())
        return v.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('+'), 0, 0);
    const int major = postgresMajor();
    return major ? QString::number(major) : QString();
}

QString ContainerInfo::postgresUser() const
{
    const QString u = environmentValue(QStringLiteral("POSTGRES_USER"));
    return u.isEmpty() ? QStringLiteral("postgres") : u;
}

QString ContainerInfo::postgresDatabase() const
{
    const QString d = environmentValue(QStringLiteral("POSTGRES_DB"));
    return d.isEmpty() ? postgresUser() : d;
}

QString ContainerInfo::passwordFile() const
{
    return environmentValue(QStringLiteral("POSTGRES_PASSWORD_FILE"));
}

QString ContainerInfo::dataDirectory() const
{
    const QString d = environmentValue(QStringLiteral("PGDATA"));
    if (!d.isEmpty())
        return d;
    const int major = postgresMajor();
    if (major >= 18)
        return QStringLiteral("/var/lib/postgresql/%1/docker").arg(major);
    return QStringLiteral("/var/lib/postgresql/data");
}

ContainerPort ContainerInfo::postgresPort() const
{
    const int wanted = environmentValue(QStringLiteral("PGPORT")).toInt() > 0
        ? environmentValue(QStringLiteral("PGPORT")).toInt()
        : 5432;
    ContainerPort best;
    best.containerPort = wanted;
    for (const ContainerPort &p : ports) {
        if (p.containerPort != wanted || p.protocol != QLatin1String("tcp"))
            continue;
        // Prefer a loopback or all-interfaces IPv4 binding: that is what a client on this machine uses.
        if (!best.isPublished() || (p.isPublished() && p.hostIp != QLatin1String("::") && best.hostIp == QLatin1String("::")))
            best = p;
    }
    return best;
}

std::optional<ContainerMount> ContainerInfo::dataMount() const
{
    const QString data = dataDirectory();
    std::optional<ContainerMount> best;
    for (const ContainerMount &m : mounts) {
        const QString dest = m.destination.endsWith(QLatin1Char('/')) ? m.destination.chopped(1) : m.destination;
        if (data == dest || data.startsWith(dest + QLatin1Char('/'))) {
            if (!best || dest.size() > best->destination.size())
                best = m;
        }
    }
    return best;
}

bool isSecretEnvironmentName(const QString &name)
{
    static const QRegularExpression secret(QStringLiteral("PASSWORD|PASSWD|SECRET|TOKEN|(^|_)KEY($|_)|CREDENTIAL"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch() && !name.endsWith(QLatin1String("_FILE"));
}

QStringList ContainerInfo::environmentForDisplay() const
{
    QStringList out;
    for (const QString &e : environment) {
        const QString key = e.section(QLatin1Char('='), 0, 0);
        out << (isSecretEnvironmentName(key) ? key + QLatin1String("=***") : e);
    }
    return out;
}

bool isPostgresImageName(const QString &image)
{
    QString repo = image;
    const qsizetype at = repo.indexOf(QLatin1Char('@'));
    if (at >= 0)
        repo = repo.left(at);
    const qsizetype colon = repo.lastIndexOf(QLatin1Char(':'));
    if (colon > repo.lastIndexOf(QLatin1Char('/')))
        repo = repo.left(colon);
    const QString last = repo.section(QLatin1Char('/'), -1).toLower();
    static const QStringList names = {
        QStringLiteral("postgres"),    QStringLiteral("postgresql"),  QStringLiteral("postgis"),
        QStringLiteral("timescaledb"), QStringLiteral("timescaledb-ha"), QStringLiteral("pgvector"),
        QStringLiteral("postgresql-repmgr"), QStringLiteral("spilo"), QStringLiteral("patroni"),
    };
    return names.contains(last) || last.startsWith(QLatin1String("postgres"));
}

bool looksLikePostgres(const ContainerInfo &info)
{
    return isPostgresImageName(info.image) || info.hasEnvironment(QStringLiteral("PG_MAJOR"))
        || info.hasEnvironment(QStringLiteral("PG_VERSION"));
}

ContainerInfo containerFromSummary(const QJsonObject &s)
{
    ContainerInfo c;
    c.id = str(s, "Id");
    const QStringList names = strings(s.value(QLatin1String("Names")));
    c.name = names.value(0);
    if (c.name.startsWith(QLatin1Char('/')))
        c.name.remove(0, 1);
    c.image = str(s, "Image");
    c.imageId = str(s, "ImageID");
    c.state = str(s, "State");
    const QString status = str(s, "Status"); // "Up 3 minutes (healthy)", "Exited (1) 2 hours ago"
    if (status.contains(QLatin1String("(healthy)")))
        c.health = QStringLiteral("healthy");
    else if (status.contains(QLatin1String("(unhealthy)")))
        c.health = QStringLiteral("unhealthy");
    else if (status.contains(QLatin1String("(health: starting)")))
        c.health = QStringLiteral("starting");
    static const QRegularExpression exited(QStringLiteral("^Exited \\((-?\\d+)\\)"));
    if (const auto m = exited.match(status); m.hasMatch())
        c.exitCode = m.captured(1).toInt();
    c.labels = labelsOf(s.value(QLatin1String("Labels")));
    const QJsonArray ports = s.value(QLatin1String("Ports")).toArray();
    for (const QJsonValue &v : ports) {
        const QJsonObject p = v.toObject();
        ContainerPort port;
        port.containerPort = p.value(QLatin1String("PrivatePort")).toInt();
        port.protocol = str(p, "Type");
        port.hostIp = str(p, "IP");
        port.hostPort = p.value(QLatin1String("PublicPort")).toInt();
        c.ports << port;
    }
    const QJsonArray mounts = s.value(QLatin1String("Mounts")).toArray();
    for (const QJsonValue &v : mounts)
        c.mounts << mountOf(v.toObject());
    const QJsonObject networks = s.value(QLatin1String("NetworkSettings")).toObject().value(QLatin1String("Networks")).toObject();
    c.networks = networks.keys();
    return c;
}

ContainerInfo containerFromInspect(const QJsonObject &i)
{
    ContainerInfo c;
    c.inspected = true;
    c.id = str(i, "Id");
    c.name = str(i, "Name");
    if (c.name.startsWith(QLatin1Char('/')))
        c.name.remove(0, 1);
    c.imageId = str(i, "Image");
    const QJsonObject config = i.value(QLatin1String("Config")).toObject();
    c.image = str(config, "Image");
    c.environment = strings(config.value(QLatin1String("Env")));
    c.labels = labelsOf(config.value(QLatin1String("Labels")));
    c.user = str(config, "User");
    c.command = strings(config.value(QLatin1String("Entrypoint"))) + strings(config.value(QLatin1String("Cmd")));
    c.healthcheckTest = strings(config.value(QLatin1String("Healthcheck")).toObject().value(QLatin1String("Test")));
    if (c.healthcheckTest.value(0) == QLatin1String("NONE"))
        c.healthcheckTest.clear();

    const QJsonObject state = i.value(QLatin1String("State")).toObject();
    c.state = str(state, "Status");
    c.exitCode = state.value(QLatin1String("ExitCode")).toInt();
    c.oomKilled = state.value(QLatin1String("OOMKilled")).toBool();
    c.engineError = str(state, "Error");
    c.startedAt = engineTime(str(state, "StartedAt"));
    c.finishedAt = engineTime(str(state, "FinishedAt"));
    c.health = str(state.value(QLatin1String("Health")).toObject(), "Status");

    const QJsonObject host = i.value(QLatin1String("HostConfig")).toObject();
    c.restartPolicy = str(host.value(QLatin1String("RestartPolicy")).toObject(), "Name");
    if (c.restartPolicy.isEmpty())
        c.restartPolicy = QStringLiteral("no");
    c.memoryLimit = qint64(host.value(QLatin1String("Memory")).toDouble());

    // Ports: the exposed ones (config) and, for running containers, the live bindings; for a
    // stopped container the configured bindings say what would be published.
    const QJsonObject network = i.value(QLatin1String("NetworkSettings")).toObject();
    QJsonObject bindings = network.value(QLatin1String("Ports")).toObject();
    if (bindings.isEmpty())
        bindings = host.value(QLatin1String("PortBindings")).toObject();
    QStringList keys = config.value(QLatin1String("ExposedPorts")).toObject().keys();
    for (const QString &k : bindings.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    for (const QString &key : keys) {
        const auto [number, protocol] = portKey(key);
        const QJsonArray published = bindings.value(key).toArray();
        if (published.isEmpty()) {
            c.ports << ContainerPort{number, protocol, {}, 0};
            continue;
        }
        for (const QJsonValue &b : published) {
            const QJsonObject o = b.toObject();
            c.ports << ContainerPort{number, protocol, str(o, "HostIp"), str(o, "HostPort").toInt()};
        }
    }
    c.networks = network.value(QLatin1String("Networks")).toObject().keys();
    const QJsonArray mounts = i.value(QLatin1String("Mounts")).toArray();
    for (const QJsonValue &v : mounts)
        c.mounts << mountOf(v.toObject());
    return c;
}

const ContainerInfo *findContainer(const QList<ContainerInfo> &containers, const QString &idOrName)
{
    QString key = idOrName;
    if (key.startsWith(QLatin1Char('/')))
        key.remove(0, 1);
    if (key.isEmpty())
        return nullptr;
    for (const ContainerInfo &c : containers) {
        if (c.name == key || c.id == key)
            return &c;
    }
    for (const ContainerInfo &c : containers) {
        if (key.size() >= 4 && c.id.startsWith(key))
            return &c;
    }
    return nullptr;
}

} // namespace Valvur
