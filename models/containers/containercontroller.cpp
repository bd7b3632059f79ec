#include "containers/containercontroller.h"

#include "containers/containerlogmodel.h"
#include "containers/containerlogreader.h"
#include "containers/dockerclient.h"
#include "pagequery.h"
#include "pg/pgreply.h"
#include "pg/serverconnection.h"

#include <QCoreApplication>
#include <QUrl>

namespace Valvur {

namespace {
QString encoded(const QString &name)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(name));
}
} // namespace

ContainerController::ContainerController(QObject *parent)
    : QObject(parent)
    , m_query(new PageQuery(this))
    , m_logs(new ContainerLogModel(this))
    , m_filter(new ContainerLogFilter(this))
    , m_reader(new ContainerLogReader(this))
{
    m_filter->setSourceModel(m_logs);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ContainerController::inspect);
    connect(m_query, &PageQuery::connected, this, &ContainerController::queryMemory);
    connect(m_reader, &ContainerLogReader::linesReceived, this, [this](const QList<LogLine> &lines) {
        m_logs->append(lines);
        Q_EMIT logsChanged();
    });
    connect(m_reader, &ContainerLogReader::finished, this, [this](const EngineError &error) {
        m_logsLoaded = true;
        if (!error.isNull() && error.kind() != EngineError::Kind::Aborted)
            m_error = error;
        Q_EMIT logsChanged();
        Q_EMIT followingChanged(false);
    });
}

ContainerController::~ContainerController() = default;

void ContainerController::setContainer(const QString &name, DockerClient *client)
{
    if (name == m_name && client == m_client)
        return;
    ++m_generation;
    m_reader->stop();
    m_name = name;
    m_client = client;
    m_info = ContainerInfo();
    m_placement = DataPlacement();
    m_volume = VolumeDetails();
    m_error = EngineError();
    m_inspecting = false;
    m_logsLoaded = false;
    m_logs->clear();
    setState(name.isEmpty() || !client ? State::NoContainer : State::Loading);
    Q_EMIT changed();
    Q_EMIT logsChanged();
    if (m_state == State::Loading) {
        inspect();
        queryMemory();
    }
}

void ContainerController::setServer(ServerConnection *server)
{
    m_maxConnections = 0;
    m_sharedBuffers = 0;
    m_query->setServer(server);
    if (m_query->isConnected())
        queryMemory();
}

void ContainerController::setActive(bool active)
{
    if (active && m_state != State::NoContainer)
        m_timer.start();
    else
        m_timer.stop();
}

void ContainerController::refresh()
{
    if (m_state == State::NoContainer)
        return;
    inspect();
    queryMemory();
    if (!m_reader->isFollowing())
        reloadLogs();
}

void ContainerController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ContainerController::fail(const EngineError &error)
{
    m_error = error;
    setState(State::Failed);
    Q_EMIT changed();
}

QString ContainerController::errorText() const
{
    if (m_error.isNull())
        return {};
    if (m_error.kind() == EngineError::Kind::Http && m_error.httpStatus() == 404) {
        return QCoreApplication::translate("Valvur::ContainerController",
                                           "The container engine has no container named \"%1\". It was removed or "
                                           "renamed: start it again, or change the container in the connection profile.")
            .arg(m_name);
    }
    return describeEngineError(m_error, m_client ? m_client->socketDescription() : QString());
}

void ContainerController::inspect()
{
    if (!m_client || m_name.isEmpty() || m_inspecting)
        return;
    m_inspecting = true;
    const quint64 generation = m_generation;
    if (!m_client->isProbed()) {
        m_client->probe(this, [this, generation](const EngineError &error) {
            if (generation != m_generation)
                return;
            m_inspecting = false;
            if (!error.isNull())
                fail(error);
            else
                inspect();
        });
        return;
    }
    m_client->get(QStringLiteral("/containers/%1/json").arg(encoded(m_name)), this, [this, generation](const EngineCall &call) {
        if (generation != m_generation)
            return;
        m_inspecting = false;
        if (!call.ok()) {
            fail(call.error());
            return;
        }
        const ContainerInfo before = m_info;
        m_info = containerFromInspect(call.json().object());
        m_placement = dataPlacement(m_info);
        m_error = EngineError();
        const bool first = m_state != State::Ready;
        const bool restarted = before.state != m_info.state || before.startedAt != m_info.startedAt;
        if (m_placement.kind == DataPlacement::Kind::NamedVolume && m_placement.mount->name != m_volume.name)
            inspectVolume(m_placement.mount->name, generation);
        setState(State::Ready);
        Q_EMIT changed();
        if (first)
            Q_EMIT dataReady();
        if ((first || restarted || !m_logsLoaded) && !m_reader->isFollowing())
            reloadLogs();
    });
}

void ContainerController::inspectVolume(const QString &name, quint64 generation)
{
    m_client->get(QStringLiteral("/volumes/%1").arg(encoded(name)), this, [this, generation](const EngineCall &call) {
        if (generation != m_generation)
            return;
        // Without the volume's details the page still says where the data is.
        m_volume = call.ok() ? VolumeDetails::fromInspect(call.json().object()) : VolumeDetails();
        Q_EMIT changed();
    });
}

QString ContainerController::memorySql()
{
    return QStringLiteral("SELECT current_setting('max_connections')::int AS max_connections,\n"
                          "       pg_size_bytes(current_setting('shared_buffers')) AS shared_buffers_bytes;");
}

void ContainerController::queryMemory()
{
    if (m_state == State::NoContainer)
        return; // not a container: nothing to check, nothing to ask the server
    m_query->exec(memorySql(), [this](const PgReply &reply) {
        if (!reply.ok()) {
            m_query->setError(reply.error);
            Q_EMIT memoryQueryFailed(reply.error);
            return;
        }
        m_query->setError(PgError());
        const QVariantList row = reply.first().rows().value(0);
        m_maxConnections = row.value(0).toInt();
        m_sharedBuffers = row.value(1).toLongLong();
        Q_EMIT changed();
    });
}

MemoryCheck ContainerController::memory() const
{
    const bool known = m_query->isConnected() && m_maxConnections > 0;
    return checkMemory(m_info.memoryLimit, known ? m_maxConnections : 0, known ? m_sharedBuffers : 0);
}

void ContainerController::reloadLogs()
{
    if (!m_client || !m_client->isProbed() || m_name.isEmpty())
        return;
    const bool follow = m_reader->isFollowing();
    m_logs->clear();
    m_logsLoaded = false;
    m_reader->start(m_client, m_name, kLogTail, follow);
    Q_EMIT logsChanged();
}

void ContainerController::setFollow(bool follow)
{
    if (follow == m_reader->isFollowing() || !m_client || !m_client->isProbed() || m_name.isEmpty())
        return;
    // Following reads the tail again and keeps the stream open; stopping keeps what arrived.
    if (follow) {
        m_logs->clear();
        m_logsLoaded = false;
        m_reader->start(m_client, m_name, kLogTail, true);
    } else {
        m_reader->stop();
        m_logsLoaded = true;
    }
    Q_EMIT logsChanged();
    Q_EMIT followingChanged(follow);
}

bool ContainerController::isFollowing() const
{
    return m_reader->isFollowing();
}

QList<LogLine> ContainerController::firstErrors() const
{
    if (m_state != State::Ready || m_info.isRunning())
        return {};
    // The last run only: the engine's start time and the log's differ by a little.
    const QDateTime since = m_info.startedAt.isValid() ? m_info.startedAt.addSecs(-1) : QDateTime();
    return firstErrorLines(m_logs->lines(), since);
}

} // namespace Valvur
