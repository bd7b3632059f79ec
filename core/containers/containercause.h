#pragma once

#include "containers/containerinfo.h"
#include "containers/engineerror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Valvur {

// What the connection doctor tried, seen from the container side: the hosts and the port it used,
// the container it was told about (a profile's container, `valvur doctor --container NAME`), the
// network verdict and the host names that did not resolve.
struct ContainerTarget
{
    QStringList hosts;
    int port = 5432;
    QString container;          // explicit; empty: look for the containers that could be meant
    QString networkProblem;     // the doctor's verdict id (connection-refused, dns-failure …)
    QStringList unresolvedHosts; // host names whose lookup failed

    bool isExplicit() const { return !container.isEmpty(); }
    bool hasLoopbackHost() const;
    // Whether asking the engine can explain the verdict at all.
    bool worthAsking() const;
    static bool isLoopbackHost(const QString &host);
};

// One reason in the container engine's terms why the server could not be reached, with the facts
// that prove it (the words are in DoctorText). Ids are stable (containerCauseIds()).
struct ContainerCause
{
    QString id;
    QString container;   // the container's name
    QString service;     // its compose service, when any
    QString state;       // running, exited, created, paused …
    QString health;      // starting, healthy, unhealthy, empty
    int exitCode = 0;
    bool oomKilled = false;
    QString engineMessage; // .State.Error
    int containerPort = 5432;
    QString hostIp;       // where it is published
    int hostPort = 0;     // 0: not published
    int triedPort = 0;
    QString host;         // the host name that was tried (container-name-from-host)
    QStringList networks;
    QStringList logTail;  // the container's last log lines (stopped, starting)
    bool startingInLog = false; // the log says "the database system is starting up"
    EngineError engineError;    // container-engine-unreachable
    QString engineSocket;       // where Valvur looked for the engine
};

// container-stopped, container-starting, port-not-published, port-published-elsewhere,
// container-name-from-host, container-engine-unreachable, container-not-found.
QStringList containerCauseIds();

// The causes the engine's containers prove for this target (no engine call: the containers are
// given, inspected). A running container that publishes the tried port and shows nothing wrong is
// returned in *needLogs (its log may say it is still starting), as are the stopped ones' names.
QList<ContainerCause> findContainerCauses(const ContainerTarget &target, const QList<ContainerInfo> &containers,
                                          QStringList *needLogs = nullptr);

// Adds what the last log lines prove: a stopped or starting container's tail; for a running one
// without a cause, "the database system is starting up" after the last "ready to accept
// connections" makes it container-starting.
void applyContainerLog(QList<ContainerCause> *causes, const ContainerInfo &container, const QStringList &lines,
                       int triedPort);

// The engine's log stream (multiplexed for containers without a TTY, raw otherwise) as lines.
QStringList containerLogLines(const QByteArray &body);

} // namespace Valvur
