#include "containers/containercheck.h"

#include "containers/containerdirectory.h"

namespace Valvur {

namespace {
constexpr int kLogTimeoutMs = 4000;
} // namespace

ContainerCheck::ContainerCheck(QObject *parent)
    : QObject(parent)
{
    m_bound.setSingleShot(true);
    connect(&m_bound, &QTimer::timeout, this, [this] {
        if (!m_running)
            return;
        if (m_directory && m_directory->state() == ContainerDirectory::State::Ready) {
            done(); // the logs did not come in time: the causes stand without them
            return;
        }
        unreachable(EngineError(EngineError::Kind::Timeout));
    });
}

ContainerCheck::~ContainerCheck()
{
    if (m_directory)
        m_directory->stop();
}

void ContainerCheck::start(const ContainerTarget &target, int timeoutMs)
{
    ++m_generation;
    if (m_directory) {
        m_directory->stop();
        m_directory->deleteLater();
    }
    m_target = target;
    m_causes.clear();
    m_containers.clear();
    m_engineError = {};
    m_pendingLogs = m_containerCount = m_postgresCount = 0;
    m_running = true;
    auto *directory = new ContainerDirectory(this);
    m_directory = directory;
    m_socket = directory->client()->socketDescription();
    directory->setIncludeAll(true);
    connect(directory, &ContainerDirectory::stateChanged, this, &ContainerCheck::onDirectoryState);
    m_bound.start(timeoutMs);
    directory->start();
}

const ContainerInfo *ContainerCheck::container(const QString &name) const
{
    return findContainer(m_containers, name);
}

void ContainerCheck::onDirectoryState()
{
    if (!m_running || !m_directory)
        return;
    if (m_directory->state() == ContainerDirectory::State::Unavailable) {
        unreachable(m_directory->error());
        return;
    }
    if (m_directory->state() != ContainerDirectory::State::Ready)
        return;
    m_containers = m_directory->containers();
    m_directory->stop(); // one look is enough: no events, no retries
    m_containerCount = int(m_containers.size());
    for (const ContainerInfo &c : std::as_const(m_containers))
        m_postgresCount += looksLikePostgres(c) ? 1 : 0;
    QStringList needLogs;
    m_causes = findContainerCauses(m_target, m_containers, &needLogs);
    readLogs(needLogs);
}

void ContainerCheck::readLogs(const QStringList &names)
{
    m_pendingLogs = int(names.size());
    if (m_pendingLogs == 0) {
        done();
        return;
    }
    const int generation = m_generation;
    for (const QString &name : names) {
        const QString path = QStringLiteral("/containers/%1/logs?stdout=1&stderr=1&tail=50").arg(name);
        m_directory->client()->get(path, this, [this, name, generation](const EngineCall &call) {
            if (generation != m_generation || !m_running)
                return;
            if (call.error().isNull()) {
                if (const ContainerInfo *c = container(name))
                    applyContainerLog(&m_causes, *c, containerLogLines(call.body()), m_target.port);
            }
            if (--m_pendingLogs == 0)
                done();
        }, kLogTimeoutMs);
    }
}

void ContainerCheck::unreachable(const EngineError &error)
{
    if (m_directory)
        m_directory->stop();
    m_engineError = error;
    m_causes.clear();
    if (m_target.isExplicit()) {
        ContainerCause k;
        k.id = QStringLiteral("container-engine-unreachable");
        k.container = m_target.container;
        k.triedPort = m_target.port;
        k.engineError = error;
        k.engineSocket = m_socket;
        m_causes << k;
    }
    done();
}

void ContainerCheck::done()
{
    if (!m_running)
        return;
    m_running = false;
    m_bound.stop();
    ++m_generation;
    Q_EMIT finished();
}

} // namespace Valvur
