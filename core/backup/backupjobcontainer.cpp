// BackupJob with a container's own pg_dump: the preflight's tool check asks the container, and the
// tool runs there through the engine's exec, its stdout streamed into the temporary output.
#include "backup/backupjob.h"

#include "containers/containertoolbox.h"
#include "containers/containertoolrunner.h"

#include <QCoreApplication>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};
} // namespace

void BackupJob::useContainerTool(const QString &container, bool thenRun, const QString &hostToolProblem)
{
    const QString program = m_options.program();
    if (m_options.format == BackupOptions::Format::Directory || m_options.isPhysical()) {
        preflightFailed(Tr::tr("A %1 backup cannot be streamed out of the container %2: choose the custom, tar or plain format "
                               "for a backup with the container's own %3.")
                            .arg(BackupOptions::formatName(m_options.format), container, program)
                        + (hostToolProblem.isEmpty() ? QString() : QStringLiteral("\n\n") + hostToolProblem));
        return;
    }
    Q_EMIT stageText(Tr::tr("Asking the container %1 for its %2…").arg(container, program));
    if (!m_toolbox || m_toolbox->name() != container || !m_toolbox->isResolved()) {
        delete m_toolbox;
        m_toolbox = new ContainerToolbox(this);
        connect(m_toolbox, &ContainerToolbox::resolved, this, [this, thenRun, program](bool ok, const QString &error) {
            if (m_cancelRequested)
                return;
            if (!ok)
                preflightFailed(error);
            else
                m_toolbox->probeTool(program);
        });
        m_toolbox->resolve(container);
    } else {
        m_toolbox->probeTool(program);
    }
    disconnect(m_toolbox, &ContainerToolbox::toolProbed, this, nullptr);
    connect(m_toolbox, &ContainerToolbox::toolProbed, this,
            [this, thenRun, program, hostToolProblem](int major, const QString &version, const QString &error) {
                if (m_cancelRequested)
                    return;
                if (!error.isEmpty()) {
                    preflightFailed(error);
                    return;
                }
                if (major < serverMajor()) {
                    preflightFailed(Tr::tr("The server is PostgreSQL %1, but the container %2 has %3 %4: it cannot back up a "
                                           "newer server. Is %2 the container this server runs in?")
                                        .arg(serverMajor())
                                        .arg(m_toolbox->name(), program)
                                        .arg(major));
                    return;
                }
                m_toolPath = program;
                m_toolVersion = version;
                m_inContainer = true;
                if (!hostToolProblem.isEmpty()) {
                    m_result.warnings << Tr::tr("This computer has no %1 for PostgreSQL %2, so the backup runs inside the container "
                                                "%3 with its own %1 %4.")
                                             .arg(program)
                                             .arg(serverMajor())
                                             .arg(m_toolbox->name())
                                             .arg(major);
                    Q_EMIT logLine(m_result.warnings.constLast(), false);
                }
                checkSpace(thenRun);
            });
}

QStringList BackupJob::containerArgv() const
{
    // The same arguments, but connecting over the container's local socket and writing to stdout.
    BackupOptions inside = m_options;
    inside.connection = m_toolbox->insideConnection(m_options.connection.effectiveDatabase());
    if (m_options.connection.contains(QStringLiteral("user")))
        inside.connection.setValue(QStringLiteral("user"), m_options.connection.value(QStringLiteral("user")));
    QStringList argv = inside.arguments(QString());
    argv.removeIf([](const QString &a) { return a.startsWith(QLatin1String("--file=")); });
    argv.prepend(m_options.program());
    return argv;
}

void BackupJob::runContainerTool(const QString &temp)
{
    const QStringList argv = containerArgv();
    delete m_containerRunner;
    m_containerRunner = new ContainerToolRunner(m_toolbox->client(), m_toolbox->container().id, m_toolbox->execUser(), this);
    m_containerRunner->setArguments(argv);
    m_containerRunner->setPassword(m_options.password);
    m_containerRunner->setOutputFile(temp);
    m_containerRunner->stallWatch().setServer(m_options.connection, m_options.password);
    m_containerRunner->stallWatch().setTimeout(m_options.stallTimeoutS);
    connect(m_containerRunner, &ContainerToolRunner::outputLine, this, &BackupJob::onToolLine);
    connect(m_containerRunner, &ContainerToolRunner::finished, this,
            [this](ToolRunner::Outcome outcome, int code) { onToolFinished(int(outcome), code); });
    Q_EMIT stageText(Tr::tr("Running %1 inside the container %2…").arg(m_options.program(), containerName()));
    m_result.command = displayCommand();
    Q_EMIT logLine(m_result.command, false);
    m_clock.start();
    m_progressTimer.start();
    m_containerRunner->start();
}

} // namespace Valvur
