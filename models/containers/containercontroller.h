#pragma once

#include "containers/containerdata.h"
#include "containers/containerlogline.h"
#include "containers/containermemory.h"
#include "containers/containerinfo.h"
#include "containers/engineerror.h"
#include "pg/pgerror.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Valvur {

class ContainerLogFilter;
class ContainerLogModel;
class ContainerLogReader;
class DockerClient;
class PageQuery;
class ServerConnection;

// The Container page without widgets: what `docker inspect`, `docker volume inspect` and
// `docker logs` say about the container the current server runs in, as values. It inspects the
// container (again every few seconds while active, so a stop or a health change shows), the volume
// that holds PGDATA, reads the log's tail or follows it into a bounded ring, and checks the memory
// limit against the server's own max_connections and shared_buffers when the server is connected.
// Everything is asynchronous; replies from before a container switch are dropped.
class ContainerController : public QObject
{
    Q_OBJECT
public:
    enum class State { NoContainer, Loading, Ready, Failed };
    Q_ENUM(State)
    static constexpr int kLogTail = 500;
    static constexpr int kRefreshMs = 5000;

    explicit ContainerController(QObject *parent = nullptr);
    ~ContainerController() override;

    // The container (its name or id) and the engine that runs it; an empty name: the server is not
    // a container. The client is not owned; probed here when it has not been.
    void setContainer(const QString &name, DockerClient *client);
    QString containerName() const { return m_name; }
    DockerClient *client() const { return m_client; }
    // The server the container runs, for the memory check (nullptr: none).
    void setServer(ServerConnection *server);
    // Re-inspects on a timer only while the page is visible.
    void setActive(bool active);
    void refresh();
    void reloadLogs();
    void setFollow(bool follow);
    bool isFollowing() const;

    State state() const { return m_state; }
    bool hasData() const { return m_state == State::Ready; }
    const EngineError &error() const { return m_error; }
    QString errorText() const; // translated; empty when no error

    const ContainerInfo &info() const { return m_info; }
    const DataPlacement &placement() const { return m_placement; }
    const VolumeDetails &volume() const { return m_volume; }
    MemoryCheck memory() const;
    ContainerLogModel *logs() const { return m_logs; }
    ContainerLogFilter *filteredLogs() const { return m_filter; }
    bool logsLoaded() const { return m_logsLoaded; }
    // The first error lines of the last run, for a container that is not running (else empty).
    QList<LogLine> firstErrors() const;

    // The statement the memory check runs (for Show command).
    static QString memorySql();

Q_SIGNALS:
    void stateChanged(Valvur::ContainerController::State state);
    void changed();   // info(), placement(), volume() or memory() hold new values
    void dataReady(); // the first inspect of this container
    void logsChanged();
    void followingChanged(bool following);
    void memoryQueryFailed(const Valvur::PgError &error);

private:
    void inspect();
    void inspectVolume(const QString &name, quint64 generation);
    void queryMemory();
    void setState(State state);
    void fail(const EngineError &error);

    QString m_name;
    QPointer<DockerClient> m_client;
    State m_state = State::NoContainer;
    EngineError m_error;
    ContainerInfo m_info;
    DataPlacement m_placement;
    VolumeDetails m_volume;
    int m_maxConnections = 0;
    qint64 m_sharedBuffers = 0;
    PageQuery *m_query;
    ContainerLogModel *m_logs;
    ContainerLogFilter *m_filter;
    ContainerLogReader *m_reader;
    QTimer m_timer;
    quint64 m_generation = 0;
    bool m_inspecting = false;
    bool m_logsLoaded = false;
};

} // namespace Valvur
