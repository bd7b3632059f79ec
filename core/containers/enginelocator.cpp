#include "containers/enginelocator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Valvur {

namespace {

EngineSocket fromAddress(EngineSocket::Origin origin, const QString &address, const QString &context = {})
{
    EngineSocket s;
    s.origin = origin;
    s.address = address;
    s.contextName = context;
    if (address.startsWith(QLatin1String("unix://")))
        s.path = address.mid(7);
    else if (address.startsWith(QLatin1Char('/')))
        s.path = address;
    return s;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The docker CLI stores a context's endpoint in contexts/meta/<sha256 of its name>/meta.json.
QString contextHost(const QString &dockerDir, const QString &name)
{
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QJsonObject meta = readJson(dockerDir + QLatin1String("/contexts/meta/") + QString::fromLatin1(digest)
                                      + QLatin1String("/meta.json"));
    return meta.value(QLatin1String("Endpoints")).toObject().value(QLatin1String("docker")).toObject()
        .value(QLatin1String("Host")).toString();
}

} // namespace

QString EngineSocket::describe() const
{
    switch (origin) {
    case Origin::DockerHost:
        return QStringLiteral("DOCKER_HOST=%1").arg(address);
    case Origin::Context:
        return QStringLiteral("docker context %1 (%2)").arg(contextName, address);
    case Origin::System:
    case Origin::Rootless:
    case Origin::PodmanUser:
    case Origin::PodmanSystem:
        break;
    }
    return path;
}

QList<EngineSocket> candidateEngineSockets(const QProcessEnvironment &env, const QString &homeDir)
{
    const QString dockerHost = env.value(QStringLiteral("DOCKER_HOST"));
    if (!dockerHost.isEmpty())
        return {fromAddress(EngineSocket::Origin::DockerHost, dockerHost)};

    const QString home = homeDir.isEmpty() ? env.value(QStringLiteral("HOME"), QDir::homePath()) : homeDir;
    const QString dockerDir = env.value(QStringLiteral("DOCKER_CONFIG"), home + QLatin1String("/.docker"));
    QString context = env.value(QStringLiteral("DOCKER_CONTEXT"));
    if (context.isEmpty())
        context = readJson(dockerDir + QLatin1String("/config.json")).value(QLatin1String("currentContext")).toString();
    if (!context.isEmpty() && context != QLatin1String("default")) {
        const QString host = contextHost(dockerDir, context);
        if (!host.isEmpty())
            return {fromAddress(EngineSocket::Origin::Context, host, context)};
    }

    QList<EngineSocket> list;
    list << fromAddress(EngineSocket::Origin::System, QStringLiteral("/var/run/docker.sock"));
    const QString runtime = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    if (!runtime.isEmpty()) {
        list << fromAddress(EngineSocket::Origin::Rootless, runtime + QLatin1String("/docker.sock"));
        list << fromAddress(EngineSocket::Origin::PodmanUser, runtime + QLatin1String("/podman/podman.sock"));
    }
    list << fromAddress(EngineSocket::Origin::PodmanSystem, QStringLiteral("/run/podman/podman.sock"));
    return list;
}

EngineSocket preferredEngineSocket(const QList<EngineSocket> &candidates)
{
    for (const EngineSocket &s : candidates) {
        if (s.isUnixSocket() && QFileInfo::exists(s.path))
            return s;
    }
    return candidates.isEmpty() ? EngineSocket{} : candidates.first();
}

} // namespace Valvur
