#include "containers/containerfacts.h"

#include "format.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ContainerFacts)
};

using Severity = ContainerFact::Severity;

ContainerFact fact(const QString &id, const QString &label, const QString &value, Severity severity, const QString &command,
                   const QString &note = {})
{
    return ContainerFact{id, label, value, severity, command, note};
}

QString inspectCommand(const QString &format, const QString &container)
{
    return QStringLiteral("docker inspect --format %1 %2").arg(shellQuote(format), shellQuote(container));
}

QString mountsCommand(const QString &container)
{
    return inspectCommand(QStringLiteral("{{json .Mounts}}"), container);
}

QString shortVolumeName(const QString &name)
{
    return name.size() > 12 ? name.left(12) + QStringLiteral("…") : name;
}

QString stateText(const ContainerInfo &info)
{
    QString text;
    if (info.isRunning())
        text = Tr::tr("running since %1").arg(Format::dateTime(info.startedAt.toLocalTime()));
    else if (info.state == QLatin1String("exited") || info.state == QLatin1String("dead"))
        text = Tr::tr("exited with code %1 at %2").arg(info.exitCode).arg(Format::dateTime(info.finishedAt.toLocalTime()));
    else if (info.state == QLatin1String("created"))
        text = Tr::tr("created, never started");
    else if (info.state == QLatin1String("restarting"))
        text = Tr::tr("restarting (it keeps stopping; see the log below)");
    else if (info.state == QLatin1String("paused"))
        text = Tr::tr("paused");
    else
        text = info.state;
    // The last health of a stopped container is stale: say it only while it runs.
    if (!info.isRunning())
        ;
    else if (info.health == QLatin1String("healthy"))
        text += QStringLiteral(", ") + Tr::tr("healthy");
    else if (info.health == QLatin1String("starting"))
        text += QStringLiteral(", ") + Tr::tr("health check still starting");
    else if (info.health == QLatin1String("unhealthy"))
        text += QStringLiteral(", ") + Tr::tr("unhealthy");
    if (info.oomKilled)
        text += QStringLiteral(" — ") + Tr::tr("killed for lack of memory (out of memory)");
    return text;
}

Severity stateSeverity(const ContainerInfo &info)
{
    if (info.oomKilled || (info.isRunning() && info.health == QLatin1String("unhealthy")) || (!info.isRunning() && info.exitCode != 0))
        return Severity::Bad;
    if (!info.isRunning() || info.health == QLatin1String("starting"))
        return Severity::Warning;
    return Severity::Good;
}

QString portsText(const ContainerInfo &info)
{
    QStringList parts;
    for (const ContainerPort &p : info.ports) {
        if (p.isPublished())
            parts << QStringLiteral("%1:%2 → %3/%4").arg(p.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : p.hostIp).arg(p.hostPort).arg(p.containerPort).arg(p.protocol);
    }
    if (parts.isEmpty() && !info.isRunning())
        return Tr::tr("none while the container is not running");
    if (parts.isEmpty()) {
        return Tr::tr("not published: PostgreSQL in this container can be reached only from other containers on its network "
                      "(docker run -p 127.0.0.1:5432:5432 publishes it)");
    }
    return parts.join(QStringLiteral(", "));
}

ContainerFact volumeFact(const ContainerInfo &info, const DataPlacement &p, const VolumeDetails &volume)
{
    const QString label = Tr::tr("Data kept in");
    switch (p.kind) {
    case DataPlacement::Kind::NamedVolume: {
        QString value = Tr::tr("the named volume \"%1\": it stays when the container is removed, and a new container "
                               "that mounts it finds the data.")
                            .arg(p.mount->name);
        if (volume.known) {
            value += QLatin1Char(' ') + Tr::tr("Driver %1, on the engine's host at %2, created %3.")
                                            .arg(volume.driver, volume.mountpoint, Format::dateTime(volume.created.toLocalTime()));
        }
        return fact(QStringLiteral("data-volume"), label, value, Severity::Good,
                    QStringLiteral("docker volume inspect %1").arg(shellQuote(p.mount->name)));
    }
    case DataPlacement::Kind::AnonymousVolume:
        return fact(QStringLiteral("data-volume"), label,
                    Tr::tr("an anonymous volume (%1): it is lost when the container is recreated. Give it a name: "
                           "docker run -v pgdata:%2 …")
                        .arg(shortVolumeName(p.mount->name), p.mount->destination),
                    Severity::Warning, mountsCommand(info.name));
    case DataPlacement::Kind::BindMount:
        return fact(QStringLiteral("data-volume"), label,
                    Tr::tr("the host directory %1 (a bind mount): it stays when the container is removed.").arg(p.mount->source),
                    Severity::Good, mountsCommand(info.name));
    case DataPlacement::Kind::Tmpfs:
        return fact(QStringLiteral("data-volume"), label,
                    Tr::tr("memory (tmpfs): the data is gone when the container stops."), Severity::Bad, mountsCommand(info.name));
    case DataPlacement::Kind::NoVolume:
        break;
    }
    return fact(QStringLiteral("data-volume"), label,
                Tr::tr("no volume: the data is in the container's own layer and is deleted with this container. "
                       "Mount a named volume at %1.")
                    .arg(p.postgresMajor >= 18 ? QStringLiteral("/var/lib/postgresql") : p.dataDirectory),
                Severity::Bad, mountsCommand(info.name));
}

QString memoryText(const MemoryCheck &m)
{
    const QString formula = m.needed > 0
        ? Tr::tr("max_connections %1 × 10 MB + shared_buffers %2 = %3").arg(m.maxConnections).arg(Format::bytes(m.sharedBuffers), Format::bytes(m.needed))
        : QString();
    switch (m.verdict) {
    case MemoryCheck::Verdict::NoLimit:
        return formula.isEmpty() ? Tr::tr("no limit: the container may take all of the host's memory.")
                                 : Tr::tr("no limit: the container may take all of the host's memory. The server needs about %1.").arg(formula);
    case MemoryCheck::Verdict::CannotCheck:
        return Tr::tr("%1. Cannot check it against max_connections and shared_buffers: this server is not connected.")
            .arg(Format::bytes(m.limit));
    case MemoryCheck::Verdict::Fits:
        return Tr::tr("%1, enough: the server needs about %2.").arg(Format::bytes(m.limit), formula);
    case MemoryCheck::Verdict::TooSmall:
        return Tr::tr("%1, too small: the server needs about %2. Under load the kernel kills PostgreSQL. "
                      "Raise --memory, or lower max_connections or shared_buffers.")
            .arg(Format::bytes(m.limit), formula);
    }
    return {};
}

Severity memorySeverity(const MemoryCheck &m)
{
    switch (m.verdict) {
    case MemoryCheck::Verdict::Fits: return Severity::Good;
    case MemoryCheck::Verdict::TooSmall: return Severity::Bad;
    default: return Severity::Info;
    }
}

QString restartText(const QString &policy)
{
    if (policy == QLatin1String("always"))
        return Tr::tr("always: the engine starts it again after a crash and when the engine starts.");
    if (policy == QLatin1String("unless-stopped"))
        return Tr::tr("unless-stopped: the engine starts it again after a crash and a reboot, unless you stopped it.");
    if (policy == QLatin1String("on-failure"))
        return Tr::tr("on-failure: the engine starts it again when it exits with an error.");
    return Tr::tr("no: after a crash or a reboot the container stays stopped (docker run --restart unless-stopped changes that).");
}

} // namespace

QString shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QList<ContainerFact> statusFacts(const ContainerInfo &info)
{
    QList<ContainerFact> facts;
    facts << fact(QStringLiteral("state"), Tr::tr("State"), stateText(info), stateSeverity(info),
                  QStringLiteral("docker ps --all --filter %1").arg(shellQuote(QStringLiteral("name=^/%1$").arg(info.name))));
    QString image = info.image;
    if (info.postgresMajor() > 0)
        image += QStringLiteral(" — PostgreSQL %1").arg(info.postgresVersion());
    facts << fact(QStringLiteral("image"), Tr::tr("Image"), image, Severity::Info,
                  inspectCommand(QStringLiteral("{{.Config.Image}}"), info.name));
    const bool published = info.postgresPort().isPublished();
    facts << fact(QStringLiteral("ports"), Tr::tr("Published ports"), portsText(info),
                  published || !info.isRunning() ? Severity::Info : Severity::Warning, QStringLiteral("docker port %1").arg(shellQuote(info.name)));
    return facts;
}

QList<ContainerFact> dataFacts(const ContainerInfo &info, const DataPlacement &placement, const VolumeDetails &volume)
{
    QList<ContainerFact> facts;
    facts << fact(QStringLiteral("pgdata"), Tr::tr("PGDATA"), placement.dataDirectory, Severity::Info,
                  inspectCommand(QStringLiteral("{{range .Config.Env}}{{println .}}{{end}}"), info.name)
                      + QStringLiteral(" | grep '^PGDATA='"),
                  Tr::tr("Without PGDATA in the environment the image's default applies: /var/lib/postgresql/data, "
                         "or /var/lib/postgresql/18/docker from PostgreSQL 18 on."));
    facts << volumeFact(info, placement, volume);
    if (placement.misplacedMount) {
        facts << fact(QStringLiteral("pg18-layout"), Tr::tr("Volume in the wrong place"),
                      Tr::tr("A volume is mounted at /var/lib/postgresql/data, but this PostgreSQL %1 image keeps its data in %2: "
                             "that volume does not hold the data. From PostgreSQL 18 on, mount the volume at /var/lib/postgresql.")
                          .arg(placement.postgresMajor)
                          .arg(placement.dataDirectory),
                      Severity::Bad, mountsCommand(info.name));
    }
    return facts;
}

QList<ContainerFact> configurationFacts(const ContainerInfo &info, const MemoryCheck &memory)
{
    QList<ContainerFact> facts;
    QStringList env;
    for (const QString &line : info.environmentForDisplay()) {
        if (line.startsWith(QLatin1String("POSTGRES_")) || line.startsWith(QLatin1String("PG")))
            env << line;
    }
    facts << fact(QStringLiteral("environment"), Tr::tr("Environment"),
                  env.isEmpty() ? Tr::tr("no POSTGRES_* variables: the image's defaults apply") : env.join(QLatin1Char('\n')),
                  Severity::Info,
                  inspectCommand(QStringLiteral("{{range .Config.Env}}{{println .}}{{end}}"), info.name)
                      + QStringLiteral(" | grep -E '^(POSTGRES_|PG)'"),
                  Tr::tr("The command prints the values as they are, passwords included; Valvur shows them as ***."));
    facts << fact(QStringLiteral("restart"), Tr::tr("Restart policy"), restartText(info.restartPolicy),
                  info.restartPolicy.isEmpty() || info.restartPolicy == QLatin1String("no") ? Severity::Warning : Severity::Good,
                  inspectCommand(QStringLiteral("{{.HostConfig.RestartPolicy.Name}}"), info.name));
    QStringList test = info.healthcheckTest;
    if (!test.isEmpty() && (test.first() == QLatin1String("CMD-SHELL") || test.first() == QLatin1String("CMD")))
        test.removeFirst();
    const bool noCheck = test.isEmpty() || info.healthcheckTest.value(0) == QLatin1String("NONE");
    facts << fact(QStringLiteral("healthcheck"), Tr::tr("Health check"),
                  noCheck ? Tr::tr("none: docker ps cannot tell a server that is still starting from a ready one "
                                   "(docker run --health-cmd pg_isready adds one).")
                          : test.join(QLatin1Char(' ')),
                  noCheck ? Severity::Warning : Severity::Info,
                  inspectCommand(QStringLiteral("{{json .State.Health}}"), info.name));
    facts << fact(QStringLiteral("memory"), Tr::tr("Memory limit"), memoryText(memory), memorySeverity(memory),
                  inspectCommand(QStringLiteral("{{.HostConfig.Memory}}"), info.name) + QLatin1Char('\n')
                      + QStringLiteral("docker exec %1 psql -U %2 -Atc 'SHOW max_connections' -c 'SHOW shared_buffers'")
                            .arg(shellQuote(info.name), shellQuote(info.postgresUser())),
                  Tr::tr("The chapter's rule of thumb: each connection takes about 10 MB, on top of shared_buffers."));
    return facts;
}

} // namespace Valvur
