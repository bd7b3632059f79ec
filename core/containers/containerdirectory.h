#pragma once

#include "containers/containerinfo.h"
#include "containers/dockerclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Valvur {

// The PostgreSQL containers on the local engine, kept current: it finds the engine's socket,
// probes it, lists and inspects the containers, then follows /events so that a container that
// starts, stops, dies or changes health is seen again within a second. When the engine goes away
// (stopped daemon), it says so and keeps retrying with backoff. All of it asynchronous.
class ContainerDirectory : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Searching, Ready, Unavailable };
    Q_ENUM(State)

    // socket: the engine to use; by default the first candidate that exists (enginelocator).
    explicit ContainerDirectory(QObject *parent = nullptr);
    ContainerDirectory(const EngineSocket &socket, QObject *parent = nullptr);
    ~ContainerDirectory() override;

    void start();
    void stop();
    // Lists again now (e.g. a "Refresh" button, or after Valvur changed a container).
    void refresh();

    State state() const { return m_state; }
    // Why the engine cannot be used (NoEngine, NotRunning, PermissionDenied, ApiTooOld …).
    const EngineError &error() const { return m_error; }
    QString errorText() const; // translated, names the socket
    DockerClient *client() const { return m_client; }
    const EngineSocket &socket() const { return m_client->socket(); }

    // The PostgreSQL containers (inspected), sorted by compose project, then name.
    const QList<ContainerInfo> &containers() const { return m_containers; }
    // By id, full or short, or by name (with or without '/'); nullptr when unknown.
    const ContainerInfo *find(const QString &idOrName) const;

    // Also list containers that are not PostgreSQL (for the doctor: a name used as a host).
    void setIncludeAll(bool all) { m_includeAll = all; }

    // Retry delay after the engine went away: 1, 2, 4 … 30 s.
    int retryDelayMs() const { return m_retryMs; }

Q_SIGNALS:
    void stateChanged(Valvur::ContainerDirectory::State state);
    // The list (or a container's facts) changed.
    void containersChanged();
    // One container changed (started, stopped, health); containersChanged() follows as well.
    void containerChanged(const QString &id);

private:
    void probe();
    void list();
    void inspectAll(const QStringList &ids, int generation);
    void followEvents();
    void onEvent(const QByteArray &line);
    void scheduleList();
    void unavailable(const EngineError &error);
    void setState(State state);

    DockerClient *m_client;
    State m_state = State::Idle;
    EngineError m_error;
    QList<ContainerInfo> m_containers;
    QPointer<EngineCall> m_events;
    QByteArray m_eventBuffer;
    QTimer m_relist;   // coalesces a burst of events into one list
    QTimer m_retry;
    int m_retryMs = 1000;
    int m_generation = 0;
    bool m_includeAll = false;
    bool m_running = false;
    bool m_reached = false; // the engine answered once
};

} // namespace Valvur
