#pragma once

#include "containers/containercause.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Valvur {

class ContainerDirectory;

// Asks the local container engine, once and within a bound, what explains a failed connection:
// lists and inspects every container (ContainerDirectory with setIncludeAll), finds the causes
// (findContainerCauses) and reads the last log lines of the containers they name. Never blocks;
// a hung or missing engine ends in finished() with engineError() set, within timeoutMs.
class ContainerCheck : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 8000;

    explicit ContainerCheck(QObject *parent = nullptr);
    ~ContainerCheck() override;

    void start(const ContainerTarget &target, int timeoutMs = DefaultTimeoutMs);
    bool isRunning() const { return m_running; }

    const ContainerTarget &target() const { return m_target; }
    const QList<ContainerCause> &causes() const { return m_causes; }
    // Null when the engine answered. With an explicit container, an unreachable engine is also a cause.
    const EngineError &engineError() const { return m_engineError; }
    QString socketDescription() const { return m_socket; }
    int containerCount() const { return m_containerCount; }
    int postgresCount() const { return m_postgresCount; }
    // The container as the engine described it (for `valvur doctor --container`), when found.
    const ContainerInfo *container(const QString &name) const;

Q_SIGNALS:
    void finished();

private:
    void onDirectoryState();
    void readLogs(const QStringList &names);
    void unreachable(const EngineError &error);
    void done();

    ContainerTarget m_target;
    QPointer<ContainerDirectory> m_directory;
    QList<ContainerInfo> m_containers;
    QList<ContainerCause> m_causes;
    EngineError m_engineError;
    QString m_socket;
    QTimer m_bound;
    int m_pendingLogs = 0;
    int m_containerCount = 0;
    int m_postgresCount = 0;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace Valvur
