#include "containers/containercausetext.h"

#include "pg/connectionoptions.h"

#include <QCoreApplication>

namespace Valvur::DoctorText {

namespace {

QString text(const char *source, bool translated)
{
    return translated ? QCoreApplication::translate("Valvur::Doctor", source) : QString::fromUtf8(source);
}

QString safe(const QString &s)
{
    return ConnectionOptions::printable(s);
}

QString hostAddress(const ContainerCause &k)
{
    // 0.0.0.0 and :: listen everywhere: this machine reaches them as localhost.
    if (k.hostIp.isEmpty() || k.hostIp == QLatin1String("0.0.0.0") || k.hostIp == QLatin1String("::"))
        return QStringLiteral("localhost");
    return k.hostIp.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(k.hostIp) : k.hostIp;
}

} // namespace

QString causeHeadline(const ContainerCause &k, bool translated)
{
    const QString name = safe(k.container);
    const QString id = k.id;
    if (id == QLatin1String("container-stopped")) {
        if (k.state == QLatin1String("created"))
            return text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Container %1 was created but never started."), translated).arg(name);
        if (k.state == QLatin1String("paused"))
            return text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Container %1 is paused: PostgreSQL in it cannot answer."), translated).arg(name);
        return text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Container %1 is not running: it stopped with exit code %2."), translated)
            .arg(name)
            .arg(k.exitCode);
    }
    if (id == QLatin1String("container-starting"))
        return text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Container %1 is still starting: PostgreSQL in it does not accept connections yet."),
                    translated)
            .arg(name);
    if (id == QLatin1String("port-not-published"))
        return text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Container %1 runs PostgreSQL on port %2, but publishes no port on this machine."),
                    translated)
            .arg(name)
            .arg(k.containerPort);
    if (id == QLatin1String("port-published-elsewhere"))
        return text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Container %1 publishes PostgreSQL on port %2, not on port %3 that was tried."), translated)
            .arg(name)
            .arg(k.hostPort)
            .arg(k.triedPort);
    if (id == QLatin1String("container-name-from-host"))
        return text(QT_TRANSLATE_NOOP("Valvur::Doctor", "\"%1\" is the name of a container: such a name resolves only inside a Docker network, "
                                                        "not on this machine."),
                    translated)
            .arg(safe(k.host));
    if (id == QLatin1String("container-engine-unreachable"))
        return text(QT_TRANSLATE_NOOP("Valvur::Doctor", "The container engine cannot be reached, so container %1 cannot be checked."), translated)
            .arg(name);
    if (id == QLatin1String("container-not-found"))
        return text(QT_TRANSLATE_NOOP("Valvur::Doctor", "There is no container named %1 on this container engine."), translated).arg(name);
    return safe(id);
}

QStringList causeFacts(const ContainerCause &k, bool translated)
{
    QStringList list;
    const QString id = k.id;
    if (id == QLatin1String("container-stopped")) {
        if (k.oomKilled)
            list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "The kernel stopped it because it ran out of memory (OOMKilled)."), translated);
        if (!k.engineMessage.isEmpty())
            list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "The container engine says: %1"), translated).arg(safe(k.engineMessage));
    }
    if (id == QLatin1String("container-starting")) {
        if (k.health == QLatin1String("starting"))
            list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Its healthcheck says: starting."), translated);
        if (k.startingInLog)
            list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Its log says: the database system is starting up."), translated);
    }
    if (id == QLatin1String("port-not-published"))
        list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "No port of this machine leads to its port %1/tcp (docker port %2 shows none)."), translated)
                    .arg(k.containerPort)
                    .arg(safe(k.container));
    if (id == QLatin1String("port-published-elsewhere") || (id == QLatin1String("container-name-from-host") && k.hostPort > 0))
        list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Its port %1/tcp is published on this machine as %2:%3."), translated)
                    .arg(k.containerPort)
                    .arg(hostAddress(k))
                    .arg(k.hostPort);
    if (id == QLatin1String("container-name-from-host")) {
        list << (k.service.isEmpty() ? text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Container %1 exists (state: %2)."), translated).arg(safe(k.container), safe(k.state))
                                     : text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Container %1 (compose service %2) exists (state: %3)."), translated)
                                           .arg(safe(k.container), safe(k.service), safe(k.state)));
        if (!k.networks.isEmpty())
            list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Its name resolves only inside the Docker network %1."), translated)
                        .arg(safe(k.networks.join(QStringLiteral(", "))));
        if (k.hostPort == 0)
            list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "It publishes no port on this machine."), translated);
    }
    if (id == QLatin1String("container-engine-unreachable"))
        list << describeEngineError(k.engineError, k.engineSocket);
    if (!k.logTail.isEmpty()) {
        list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Its last log lines (docker logs --tail %1 %2):"), translated)
                    .arg(k.logTail.size())
                    .arg(safe(k.container));
        for (const QString &line : k.logTail)
            list << QStringLiteral("    ") + safe(line);
    }
    return list;
}

QStringList causeAdvice(const ContainerCause &k, bool translated)
{
    const QString name = safe(k.container);
    const QString id = k.id;
    const auto say = [translated](const char *source) { return text(source, translated); };
    QStringList list;
    if (id == QLatin1String("container-stopped")) {
        list << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Is PostgreSQL running? docker ps -a --filter name=%1 shows the container and its state."))
                    .arg(name)
             << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Did it start cleanly? docker logs %1 shows the startup errors; the last lines are above."))
                    .arg(name)
             << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Fix what the log names, then start it: docker start %1, and wait until docker logs %1 "
                                                        "says \"database system is ready to accept connections\"."))
                    .arg(name);
    } else if (id == QLatin1String("container-starting")) {
        list << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Is PostgreSQL ready? It takes 5–10 seconds to initialise, longer on the first start "
                                                        "with an empty volume: wait and try again."))
             << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "docker inspect --format '{{.State.Health.Status}}' %1 says healthy once it accepts "
                                                        "connections."))
                    .arg(name)
             << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "In Docker Compose, add a healthcheck (pg_isready) and depends_on with condition: "
                                                        "service_healthy."));
    } else if (id == QLatin1String("port-not-published")) {
        list << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Port mapping correct? A container's ports cannot be added later: recreate it with the "
                                                        "port published on this machine only, e.g. docker run -p 127.0.0.1:%1:%2 … (the data "
                                                        "stays in its named volume)."))
                    .arg(k.triedPort > 0 ? k.triedPort : 5432)
                    .arg(k.containerPort)
             << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Or work inside the container: docker exec -it %1 psql -U postgres")).arg(name)
             << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Other containers in the same Docker network reach it by its name on port %1 without "
                                                        "publishing."))
                    .arg(k.containerPort);
    } else if (id == QLatin1String("port-published-elsewhere")) {
        list << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Port mapping correct? Connect to port %1 instead: psql -h localhost -p %1")).arg(k.hostPort)
             << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Each container needs its own host port: host 5432 → container 5432 for the first, "
                                                        "host 5433 → container 5432 for the second. docker ps shows the mapping."));
    } else if (id == QLatin1String("container-name-from-host")) {
        if (k.hostPort > 0)
            list << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "From this machine, connect to localhost and the published port: psql -h localhost "
                                                            "-p %1"))
                        .arg(k.hostPort);
        else
            list << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "To reach it from this machine, publish its port: recreate it with "
                                                            "-p 127.0.0.1:5432:%1, then connect to localhost."))
                        .arg(k.containerPort);
        list << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Container names resolve for containers in the same Docker network: docker network "
                                                        "inspect NETWORK shows who is in it."));
    } else if (id == QLatin1String("container-engine-unreachable")) {
        list << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Is the container engine running? docker info says; sudo systemctl start docker starts it."))
             << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "Valvur looks where the docker command does: DOCKER_HOST, the docker context, "
                                                        "/var/run/docker.sock, rootless Docker and Podman. Check that DOCKER_HOST names your "
                                                        "engine."));
    } else if (id == QLatin1String("container-not-found")) {
        list << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "docker ps -a lists every container by name; a removed container is gone, its named "
                                                        "volume stays (docker volume ls)."))
             << say(QT_TRANSLATE_NOOP("Valvur::Doctor", "A profile finds its container by name: if the container was recreated under another "
                                                        "name, edit the profile."));
    }
    return list;
}

} // namespace Valvur::DoctorText
