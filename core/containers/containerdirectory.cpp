#include "containers/containerdirectory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <memory>

namespace Valvur {

ContainerDirectory::ContainerDirectory(QObject *parent)
    : ContainerDirectory(preferredEngineSocket(candidateEngineSockets()), parent)
{
}

ContainerDirectory::ContainerDirectory(const EngineSocket &socket, QObject *parent)
    : QObject(parent), m_client(new DockerClient(socket, this))
{
    m_relist.setSingleShot(true);
    m_relist.setInterval(100);
    connect(&m_relist, &QTimer::timeout, this, &ContainerDirectory::list);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ContainerDirectory::probe);
}

ContainerDirectory::~ContainerDirectory()
{
    stop();
}

void ContainerDirectory::start()
{
    if (m_running)
        return;
    m_running = true;
    setState(State::Searching);
    probe();
}

void ContainerDirectory::stop()
{
    m_running = false;
    ++m_generation;
    m_relist.stop();
    m_retry.stop();
    if (m_events)
        m_events->abort();
}

void ContainerDirectory::refresh()
{
    if (!m_running)
        return;
    if (m_state == State::Unavailable) {
        m_retry.stop();
        probe();
        return;
    }
    list();
}

QString ContainerDirectory::errorText() const
{
    return describeEngineError(m_error, m_client->socketDescription());
}

const ContainerInfo *ContainerDirectory::find(const QString &idOrName) const
{
    return findContainer(m_containers, idOrName);
}

void ContainerDirectory::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ContainerDirectory::unavailable(const EngineError &error)
{
    const bool wasReady = m_state == State::Ready;
    m_error = error;
    if (m_events)
        m_events->abort();
    if (wasReady || !m_containers.isEmpty()) {
        m_containers.clear();
        emit containersChanged();
    }
    setState(State::Unavailable);
    if (m_running) {
        m_retry.start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, 30000);
    }
}

void ContainerDirectory::probe()
{
    if (!m_running)
        return;
    const int generation = ++m_generation;
    m_client->probe(this, [this, generation](const EngineError &error) {
        if (generation != m_generation || !m_running)
            return;
        if (!error.isNull()) {
            unavailable(error);
            return;
        }
        m_retryMs = 1000;
        m_error = {};
        followEvents();
        list();
    });
}

void ContainerDirectory::list()
{
    if (!m_running)
        return;
    const int generation = ++m_generation;
    m_client->get(QStringLiteral("/containers/json?all=1"), this, [this, generation](const EngineCall &call) {
        if (generation != m_generation)
            return;
        if (!call.error().isNull()) {
            if (call.error().isUnreachable() || call.error().kind() == EngineError::Kind::Timeout
                || call.error().kind() == EngineError::Kind::Protocol)
                unavailable(call.error());
            return;
        }
        QStringList ids;
        const QJsonArray all = call.json().array();
        for (const QJsonValue &v : all)
            ids << v.toObject().value(QLatin1String("Id")).toString();
        inspectAll(ids, generation);
    });
}

void ContainerDirectory::inspectAll(const QStringList &ids, int generation)
{
    struct Pending
    {
        int left = 0;
        QList<ContainerInfo> found;
    };
    auto pending = std::make_shared<Pending>();
    pending->left = int(ids.size());
    const auto done = [this, pending, generation] {
        if (generation != m_generation || pending->left > 0)
            return;
        std::sort(pending->found.begin(), pending->found.end(), [](const ContainerInfo &a, const ContainerInfo &b) {
            if (a.composeProject() != b.composeProject())
                return a.composeProject() < b.composeProject();
            return a.name < b.name;
        });
        m_containers = pending->found;
        setState(State::Ready);
        emit containersChanged();
    };
    if (ids.isEmpty()) {
        done();
        return;
    }
    for (const QString &id : ids) {
        m_client->get(QStringLiteral("/containers/%1/json").arg(id), this, [this, pending, done, generation](const EngineCall &call) {
            if (generation != m_generation)
                return;
            --pending->left;
            if (call.error().isNull()) { // a container removed meanwhile answers 404: leave it out
                const ContainerInfo info = containerFromInspect(call.json().object());
                if (m_includeAll || looksLikePostgres(info))
                    pending->found << info;
            }
            done();
        });
    }
}

void ContainerDirectory::followEvents()
{
    if (m_events)
        m_events->abort();
    EngineCall::Options options;
    options.stream = true;
    options.timeoutMs = 5000;
    const QByteArray filters = QUrl::toPercentEncoding(QStringLiteral("{\"type\":[\"container\"]}"));
    m_events = m_client->send("GET", QStringLiteral("/events?filters=") + QString::fromLatin1(filters), {}, options);
    m_eventBuffer.clear();
    connect(m_events, &EngineCall::received, this, [this](const QByteArray &data) {
        m_eventBuffer += data;
        qsizetype eol;
        while ((eol = m_eventBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_eventBuffer.left(eol);
            m_eventBuffer.remove(0, eol + 1);
            onEvent(line);
        }
    });
    EngineCall *events = m_events;
    connect(m_events, &EngineCall::finished, this, [this, events] {
        if (!m_running || events->error().kind() == EngineError::Kind::Aborted)
            return;
        // The engine ended the stream: it stopped or restarted. Find out which, and say so.
        EngineError error = events->error();
        if (error.isNull())
            error = EngineError(EngineError::Kind::NotRunning);
        m_client->probe(this, [this, error](const EngineError &probeError) {
            if (!m_running)
                return;
            if (probeError.isNull()) {
                followEvents();
                list();
            } else {
                unavailable(probeError);
            }
        });
    });
}

void ContainerDirectory::onEvent(const QByteArray &line)
{
    const QJsonObject event = QJsonDocument::fromJson(line).object();
    // Exec events (a healthcheck runs one every few seconds, Valvur's own backups too) change
    // nothing in the list; health_status events do.
    if (event.value(QLatin1String("Action")).toString().startsWith(QLatin1String("exec_")))
        return;
    const QString id = event.value(QLatin1String("id")).toString();
    if (!id.isEmpty())
        emit containerChanged(id);
    if (!m_relist.isActive())
        m_relist.start();
}

} // namespace Valvur
