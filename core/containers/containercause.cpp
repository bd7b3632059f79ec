#include "containers/containercause.h"

#include "containers/dockerclient.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>

namespace Valvur {

namespace {

constexpr int kLogLines = 20;

ContainerCause causeFor(const QString &id, const ContainerInfo &c, int triedPort)
{
    ContainerCause k;
    k.id = id;
    k.container = c.name;
    k.service = c.composeService();
    k.state = c.state;
    k.health = c.health;
    k.exitCode = c.exitCode;
    k.oomKilled = c.oomKilled;
    k.engineMessage = c.engineError;
    const ContainerPort p = c.postgresPort();
    k.containerPort = p.containerPort;
    k.hostIp = p.hostIp;
    k.hostPort = p.hostPort;
    k.triedPort = triedPort;
    k.networks = c.networks;
    return k;
}

bool bindsPort(const ContainerInfo &c, int hostPort)
{
    for (const ContainerPort &p : c.ports) {
        if (p.hostPort == hostPort && p.protocol == QLatin1String("tcp"))
            return true;
    }
    return false;
}

} // namespace

bool ContainerTarget::isLoopbackHost(const QString &host)
{
    const QString h = host.trimmed().toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

bool ContainerTarget::hasLoopbackHost() const
{
    for (const QString &h : hosts) {
        if (isLoopbackHost(h))
            return true;
    }
    return false;
}

bool ContainerTarget::worthAsking() const
{
    if (isExplicit())
        return true;
    // Only a server that cannot be reached (or is not ready) has a container cause.
    static const QStringList reachability{QStringLiteral("dns-failure"), QStringLiteral("connection-refused"),
                                          QStringLiteral("timeout"), QStringLiteral("no-answer"),
                                          QStringLiteral("not-postgres"), QStringLiteral("server-starting")};
    if (!reachability.contains(networkProblem))
        return false;
    return hasLoopbackHost() || !unresolvedHosts.isEmpty();
}

QStringList containerCauseIds()
{
    return {QStringLiteral("container-stopped"),        QStringLiteral("container-starting"),
            QStringLiteral("port-not-published"),       QStringLiteral("port-published-elsewhere"),
            QStringLiteral("container-name-from-host"), QStringLiteral("container-engine-unreachable"),
            QStringLiteral("container-not-found")};
}

QList<ContainerCause> findContainerCauses(const ContainerTarget &target, const QList<ContainerInfo> &containers,
                                          QStringList *needLogs)
{
    QList<ContainerCause> causes;
    const auto wantLogs = [needLogs](const QString &name) {
        if (needLogs && !needLogs->contains(name))
            *needLogs << name;
    };
    // The state of a container that is meant. checkPort: whether the port it publishes must be the tried one;
    // owner: it publishes the tried port (or was named), so a start in progress says more than the port.
    const auto evaluate = [&](const ContainerInfo &c, bool checkPort, bool owner) {
        if (!c.isRunning()) {
            causes << causeFor(QStringLiteral("container-stopped"), c, target.port);
            wantLogs(c.name);
            return;
        }
        const ContainerPort p = c.postgresPort();
        QString id;
        if (checkPort && !p.isPublished())
            id = QStringLiteral("port-not-published");
        else if (checkPort && p.hostPort != target.port)
            id = QStringLiteral("port-published-elsewhere");
        if (c.health == QLatin1String("starting") && (owner || id.isEmpty()))
            id = QStringLiteral("container-starting");
        if (id.isEmpty()) {
            wantLogs(c.name); // published where it was tried: its log may say it is starting
            return;
        }
        causes << causeFor(id, c, target.port);
        if (id == QLatin1String("container-starting"))
            wantLogs(c.name);
    };

    if (target.isExplicit()) {
        const ContainerInfo *c = findContainer(containers, target.container);
        if (!c) {
            ContainerCause k;
            k.id = QStringLiteral("container-not-found");
            k.container = target.container;
            k.triedPort = target.port;
            causes << k;
            return causes;
        }
        evaluate(*c, true, true);
        return causes;
    }

    // A container's name (or compose service) used as a host name from this machine.
    QSet<QString> named;
    for (const QString &host : target.unresolvedHosts) {
        for (const ContainerInfo &c : containers) {
            if (named.contains(c.name) || (c.name != host && c.composeService() != host))
                continue;
            named << c.name;
            ContainerCause k = causeFor(QStringLiteral("container-name-from-host"), c, target.port);
            k.host = host;
            causes << k;
            evaluate(c, false, true);
        }
    }
    if (!target.hasLoopbackHost())
        return causes;
    QList<const ContainerInfo *> postgres, owners;
    for (const ContainerInfo &c : containers) {
        if (named.contains(c.name) || !looksLikePostgres(c))
            continue;
        postgres << &c;
        if (bindsPort(c, target.port))
            owners << &c;
    }
    if (!owners.isEmpty()) {
        for (const ContainerInfo *c : std::as_const(owners))
            evaluate(*c, true, true);
        return causes;
    }
    // Nothing publishes the tried port: the running PostgreSQL containers say where they are instead,
    // the one published nearest to the tried port first (5433 for 5432), the unpublished ones last.
    for (const ContainerInfo *c : std::as_const(postgres)) {
        if (c->isRunning())
            evaluate(*c, true, false);
    }
    const auto distance = [&target](const ContainerCause &k) {
        return k.hostPort > 0 ? qAbs(k.hostPort - target.port) : 1 << 20;
    };
    std::stable_sort(causes.begin(), causes.end(),
                     [&distance](const ContainerCause &a, const ContainerCause &b) { return distance(a) < distance(b); });
    return causes;
}

void applyContainerLog(QList<ContainerCause> *causes, const ContainerInfo &container, const QStringList &lines, int triedPort)
{
    QStringList tail = lines.mid(qMax(0, int(lines.size()) - kLogLines));
    // A log may echo a secret of the container's environment (a failed ALTER ROLE … PASSWORD): never shown.
    for (const QString &variable : container.environment) {
        const qsizetype equals = variable.indexOf(QLatin1Char('='));
        const QString value = variable.mid(equals + 1);
        if (equals > 0 && !value.isEmpty() && isSecretEnvironmentName(variable.left(equals)))
            tail.replaceInStrings(value, QStringLiteral("***"));
    }
    int lastStarting = -1, lastReady = -1;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(QLatin1String("the database system is starting up")))
            lastStarting = i;
        if (lines.at(i).contains(QLatin1String("ready to accept connections")))
            lastReady = i;
    }
    bool found = false;
    for (ContainerCause &k : *causes) {
        if (k.container != container.name)
            continue;
        if (k.id == QLatin1String("container-stopped") || k.id == QLatin1String("container-starting")) {
            k.logTail = tail;
            k.startingInLog = lastStarting > lastReady;
        }
        found = true;
    }
    if (!found && container.isRunning() && lastStarting > lastReady) {
        ContainerCause k = causeFor(QStringLiteral("container-starting"), container, triedPort);
        k.logTail = tail;
        k.startingInLog = true;
        *causes << k;
    }
}

QStringList containerLogLines(const QByteArray &body)
{
    // A container without a TTY sends its log in frames: type 0/1/2, three zero bytes, a length.
    const bool framed = body.size() >= 8 && uchar(body.at(0)) <= 2 && body.at(1) == 0 && body.at(2) == 0 && body.at(3) == 0;
    QByteArray text;
    if (framed) {
        StreamDemuxer demuxer([&text](StreamDemuxer::Stream, const QByteArray &data) { text += data; });
        demuxer.feed(body);
    } else {
        text = body;
    }
    QStringList lines;
    for (const QByteArray &line : text.split('\n')) {
        const QString l = QString::fromUtf8(line).trimmed();
        if (!l.isEmpty())
            lines << l;
    }
    return lines;
}

} // namespace Valvur
