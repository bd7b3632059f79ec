#include "containers/containersummary.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Valvur::ContainerFacts {

namespace {
QString say(const char *text)
{
    return QCoreApplication::translate("Valvur::Containers", text);
}

// "0.0.0.0", "::" and "" publish on every address; a client here uses loopback.
bool isWildcard(const QString &ip)
{
    return ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::");
}
} // namespace

Severity severity(const ContainerInfo &c)
{
    if (c.state == QLatin1String("running")) {
        if (c.health == QLatin1String("unhealthy"))
            return Severity::Bad;
        if (c.health == QLatin1String("starting"))
            return Severity::Waiting;
        return Severity::Good;
    }
    if (c.state == QLatin1String("exited"))
        return c.exitCode == 0 && !c.oomKilled ? Severity::Stopped : Severity::Bad;
    if (c.state == QLatin1String("dead"))
        return Severity::Bad;
    return Severity::Waiting;
}

QString stateText(const ContainerInfo &c)
{
    const QString dot = QStringLiteral(" · ");
    if (c.state == QLatin1String("running")) {
        if (c.health == QLatin1String("healthy"))
            return say(QT_TRANSLATE_NOOP("Valvur::Containers", "running")) + dot + say(QT_TRANSLATE_NOOP("Valvur::Containers", "healthy"));
        if (c.health == QLatin1String("unhealthy"))
            return say(QT_TRANSLATE_NOOP("Valvur::Containers", "running")) + dot + say(QT_TRANSLATE_NOOP("Valvur::Containers", "unhealthy"));
        if (c.health == QLatin1String("starting"))
            return say(QT_TRANSLATE_NOOP("Valvur::Containers", "running")) + dot + say(QT_TRANSLATE_NOOP("Valvur::Containers", "starting"));
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "running"));
    }
    if (c.state == QLatin1String("exited")) {
        if (c.oomKilled)
            return say(QT_TRANSLATE_NOOP("Valvur::Containers", "exited (%1, out of memory)")).arg(c.exitCode);
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "exited (%1)")).arg(c.exitCode);
    }
    if (c.state == QLatin1String("created"))
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "created, not started"));
    if (c.state == QLatin1String("restarting"))
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "restarting"));
    if (c.state == QLatin1String("paused"))
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "paused"));
    if (c.state == QLatin1String("dead"))
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "dead"));
    if (c.state == QLatin1String("removing"))
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "being removed"));
    return c.state;
}

QString imageText(const ContainerInfo &c)
{
    const QString version = c.postgresVersion();
    if (version.isEmpty())
        return c.image;
    return say(QT_TRANSLATE_NOOP("Valvur::Containers", "%1 · PostgreSQL %2")).arg(c.image, version);
}

QString composeText(const ContainerInfo &c)
{
    if (c.composeProject().isEmpty())
        return {};
    return say(QT_TRANSLATE_NOOP("Valvur::Containers", "compose %1 / %2")).arg(c.composeProject(), c.composeService());
}

QString portText(const ContainerInfo &c)
{
    const ContainerPort p = c.postgresPort();
    if (!p.isPublished())
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "%1 not published")).arg(p.containerPort);
    const QString ip = p.hostIp.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(p.hostIp)
                                                           : (p.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : p.hostIp);
    return QStringLiteral("%1:%2→%3").arg(ip).arg(p.hostPort).arg(p.containerPort);
}

QStringList volumeTexts(const ContainerInfo &c)
{
    QStringList out;
    for (const ContainerMount &m : c.mounts) {
        if (m.type == QLatin1String("volume") && m.isAnonymousVolume())
            out << say(QT_TRANSLATE_NOOP("Valvur::Containers", "anonymous volume %1… → %2")).arg(m.name.left(12), m.destination);
        else if (m.type == QLatin1String("volume"))
            out << say(QT_TRANSLATE_NOOP("Valvur::Containers", "volume %1 → %2")).arg(m.name, m.destination);
        else if (m.type == QLatin1String("bind"))
            out << say(QT_TRANSLATE_NOOP("Valvur::Containers", "bind mount %1 → %2")).arg(m.source, m.destination);
        else
            out << QStringLiteral("%1 → %2").arg(m.type, m.destination);
    }
    if (out.isEmpty())
        out << say(QT_TRANSLATE_NOOP("Valvur::Containers", "no volume"));
    return out;
}

QString connectHost(const ContainerInfo &c)
{
    const ContainerPort p = c.postgresPort();
    if (!p.isPublished())
        return {};
    return isWildcard(p.hostIp) ? QStringLiteral("127.0.0.1") : p.hostIp;
}

QJsonObject toJson(const ContainerInfo &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("image"), c.image);
    o.insert(QStringLiteral("postgresVersion"), c.postgresVersion());
    o.insert(QStringLiteral("postgresMajor"), c.postgresMajor() > 0 ? QJsonValue(c.postgresMajor()) : QJsonValue());
    o.insert(QStringLiteral("state"), c.state);
    o.insert(QStringLiteral("health"), c.health.isEmpty() ? QJsonValue() : QJsonValue(c.health));
    o.insert(QStringLiteral("exitCode"), c.state == QLatin1String("exited") ? QJsonValue(c.exitCode) : QJsonValue());
    o.insert(QStringLiteral("oomKilled"), c.oomKilled);
    o.insert(QStringLiteral("composeProject"), c.composeProject());
    o.insert(QStringLiteral("composeService"), c.composeService());
    o.insert(QStringLiteral("user"), c.postgresUser());
    o.insert(QStringLiteral("database"), c.postgresDatabase());
    o.insert(QStringLiteral("passwordSource"), c.hasPasswordInEnvironment() ? QStringLiteral("environment")
                                               : !c.passwordFile().isEmpty() ? QStringLiteral("file")
                                                                             : QStringLiteral("none"));
    o.insert(QStringLiteral("dataDirectory"), c.dataDirectory());
    const ContainerPort pg = c.postgresPort();
    QJsonObject port;
    port.insert(QStringLiteral("containerPort"), pg.containerPort);
    port.insert(QStringLiteral("published"), pg.isPublished());
    port.insert(QStringLiteral("hostIp"), pg.isPublished() ? QJsonValue(pg.hostIp) : QJsonValue());
    port.insert(QStringLiteral("hostPort"), pg.isPublished() ? QJsonValue(pg.hostPort) : QJsonValue());
    o.insert(QStringLiteral("postgresPort"), port);
    QJsonArray ports;
    for (const ContainerPort &p : c.ports) {
        QJsonObject j;
        j.insert(QStringLiteral("containerPort"), p.containerPort);
        j.insert(QStringLiteral("protocol"), p.protocol);
        j.insert(QStringLiteral("hostIp"), p.isPublished() ? QJsonValue(p.hostIp) : QJsonValue());
        j.insert(QStringLiteral("hostPort"), p.isPublished() ? QJsonValue(p.hostPort) : QJsonValue());
        ports.append(j);
    }
    o.insert(QStringLiteral("ports"), ports);
    QJsonArray volumes;
    for (const ContainerMount &m : c.mounts) {
        QJsonObject j;
        const bool anonymous = m.type == QLatin1String("volume") && m.isAnonymousVolume();
        j.insert(QStringLiteral("kind"), m.type == QLatin1String("volume") ? (anonymous ? QStringLiteral("anonymous") : QStringLiteral("named")) : m.type);
        j.insert(QStringLiteral("name"), m.name);
        j.insert(QStringLiteral("source"), m.source);
        j.insert(QStringLiteral("destination"), m.destination);
        volumes.append(j);
    }
    o.insert(QStringLiteral("volumes"), volumes);
    return o;
}

QString exampleRunCommand()
{
    return QStringLiteral("docker volume create pgdata\n"
                          "docker run -d --name postgres -e POSTGRES_PASSWORD=change-me "
                          "-p 127.0.0.1:5432:5432 -v pgdata:/var/lib/postgresql/data postgres:16");
}

} // namespace Valvur::ContainerFacts
