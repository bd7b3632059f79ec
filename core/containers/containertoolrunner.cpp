#include "containers/containertoolrunner.h"

#include "containers/containerexec.h"
#include "containers/dockerclient.h"

#include <QCoreApplication>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ContainerTools)
};

// Reads the first line of stdin into PGPASSWORD and becomes the tool: the password is neither an
// argument (ps, /exec/{id}/json) nor in the exec's Env (docker inspect). sh's read takes one byte
// at a time from a pipe, so whatever follows the line stays on stdin for the tool.
const QString kPasswordWrapper = QStringLiteral("IFS= read -r PGPASSWORD; export PGPASSWORD; exec \"$@\"");
constexpr qint64 kStdinHighWater = 1024 * 1024;
constexpr qint64 kChunk = 256 * 1024;
} // namespace

ContainerToolRunner::ContainerToolRunner(DockerClient *client, const QString &container, const QString &user, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_container(container)
    , m_user(user)
{
    m_giveUp.setSingleShot(true);
    connect(&m_giveUp, &QTimer::timeout, this, [this] {
        if (m_done || !m_exec)
            return;
        m_exec->disconnect(this);
        m_exec->deleteLater(); // aborts the stream and sends a last KILL
        m_exec = nullptr;
        finish(m_stalled ? ToolRunner::Outcome::Stalled : ToolRunner::Outcome::Cancelled, -1);
    });
    connect(&m_stall, &StallWatch::stalled, this, [this] {
        if (m_done)
            return;
        m_stalled = true;
        m_stall.stop();
        stopInContainer();
    });
}

ContainerToolRunner::~ContainerToolRunner()
{
    // ContainerExec's destructor kills the tool inside the container when it still runs.
    delete m_exec;
}

QStringList ContainerToolRunner::execArguments() const
{
    if (m_password.isEmpty())
        return m_argv;
    return QStringList{QStringLiteral("sh"), QStringLiteral("-c"), kPasswordWrapper, QStringLiteral("sh")} + m_argv;
}

int ContainerToolRunner::containerPid() const
{
    return m_exec ? qMax(0, m_exec->pid()) : 0;
}

void ContainerToolRunner::start()
{
    m_running = true;
    m_clock.start();
    if (!m_outputPath.isEmpty()) {
        m_output.setFileName(m_outputPath);
        if (!m_output.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
            m_errorLines << Tr::tr("Cannot write %1: %2").arg(m_outputPath, m_output.errorString());
            QMetaObject::invokeMethod(this, [this] { finish(ToolRunner::Outcome::FailedToStart, -1); }, Qt::QueuedConnection);
            return;
        }
    }
    if (!m_inputPath.isEmpty()) {
        m_input.setFileName(m_inputPath);
        if (!m_input.open(QIODevice::ReadOnly)) {
            m_errorLines << Tr::tr("Cannot read %1: %2").arg(m_inputPath, m_input.errorString());
            QMetaObject::invokeMethod(this, [this] { finish(ToolRunner::Outcome::FailedToStart, -1); }, Qt::QueuedConnection);
            return;
        }
    }
    m_exec = new ContainerExec(m_client, this);
    connect(m_exec, &ContainerExec::started, this, [this] {
        m_stall.start();
        Q_EMIT started();
    });
    connect(m_exec, &ContainerExec::stdoutReceived, this, &ContainerToolRunner::onStdout);
    connect(m_exec, &ContainerExec::stderrReceived, this, &ContainerToolRunner::onStderr);
    connect(m_exec, &ContainerExec::stdinWritten, this, &ContainerToolRunner::pump);
    connect(m_exec, &ContainerExec::finished, this, &ContainerToolRunner::onFinished);
    ContainerExec::Spec spec;
    spec.container = m_container;
    spec.user = m_user;
    spec.arguments = execArguments();
    spec.environment = {QStringLiteral("LC_MESSAGES=C"), QStringLiteral("LC_ALL=C")}; // progress parsing reads English
    spec.withStdin = !m_password.isEmpty() || m_input.isOpen();
    spec.idleTimeoutMs = m_idleTimeoutMs;
    m_exec->start(spec);
    if (!m_password.isEmpty())
        m_exec->write(m_password.toUtf8() + '\n');
    if (m_input.isOpen())
        pump();
    else if (spec.withStdin)
        m_exec->closeStdin();
}

void ContainerToolRunner::pump()
{
    if (!m_exec || !m_input.isOpen() || m_inputDone)
        return;
    // Flow control: no more than about a megabyte waits to be sent, whatever the archive's size.
    while (m_exec->stdinBytesPending() < kStdinHighWater) {
        const QByteArray chunk = m_input.read(kChunk);
        if (chunk.isEmpty()) {
            m_inputDone = true;
            m_input.close();
            m_exec->closeStdin();
            return;
        }
        m_bytesIn += chunk.size();
        m_stall.noteProgress();
        m_exec->write(chunk);
    }
}

void ContainerToolRunner::onStdout(const QByteArray &data)
{
    m_stall.noteProgress();
    if (!m_output.isOpen()) {
        splitLines(m_lineBuffer[0], data, false);
        return;
    }
    if (m_writeFailed)
        return;
    if (m_output.write(data) != data.size()) {
        m_writeFailed = true;
        m_errorLines << Tr::tr("could not write to the output file %1: %2").arg(m_outputPath, m_output.errorString());
        Q_EMIT outputLine(m_errorLines.constLast(), true);
        stopInContainer();
        return;
    }
    m_bytesOut += data.size();
}

void ContainerToolRunner::onStderr(const QByteArray &data)
{
    m_stall.noteProgress();
    splitLines(m_lineBuffer[1], data, true);
}

void ContainerToolRunner::splitLines(QByteArray &buffer, const QByteArray &data, bool isError)
{
    buffer += data;
    qsizetype start = 0;
    for (qsizetype i = 0; i < buffer.size(); ++i) {
        if (buffer.at(i) != '\n' && buffer.at(i) != '\r')
            continue;
        const QString line = QString::fromUtf8(buffer.constData() + start, i - start);
        start = i + 1;
        if (line.isEmpty())
            continue;
        if (isError)
            m_errorLines << line;
        Q_EMIT outputLine(line, isError);
    }
    buffer.remove(0, start);
}

void ContainerToolRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    stopInContainer();
}

void ContainerToolRunner::stopInContainer()
{
    if (!m_exec)
        return;
    m_exec->cancel(m_killTimeoutMs);
    m_giveUp.start(m_killTimeoutMs + 5000);
}

void ContainerToolRunner::onFinished(int exitCode, const EngineError &error)
{
    for (int i = 0; i < 2; ++i) {
        if (!m_lineBuffer[i].isEmpty())
            splitLines(m_lineBuffer[i], QByteArrayLiteral("\n"), i == 1);
    }
    if (m_stalled) {
        finish(ToolRunner::Outcome::Stalled, exitCode);
        return;
    }
    if (m_cancelled && !m_writeFailed) {
        finish(ToolRunner::Outcome::Cancelled, exitCode);
        return;
    }
    if (m_writeFailed) {
        finish(ToolRunner::Outcome::Failed, exitCode);
        return;
    }
    if (m_exec->stalled()) {
        finish(ToolRunner::Outcome::Stalled, exitCode);
        return;
    }
    if (!error.isNull()) {
        m_errorLines << describeEngineError(error, m_client ? m_client->socketDescription() : QString());
        finish(exitCode < 0 && m_bytesOut == 0 ? ToolRunner::Outcome::FailedToStart : ToolRunner::Outcome::Failed, exitCode);
        return;
    }
    if (exitCode == 126 || exitCode == 127) {
        m_errorLines << Tr::tr("%1 could not be started inside the container %2 (exit code %3): it is not installed there.")
                            .arg(m_argv.value(0), m_container)
                            .arg(exitCode);
        finish(ToolRunner::Outcome::FailedToStart, exitCode);
        return;
    }
    finish(exitCode == 0 ? ToolRunner::Outcome::Success : ToolRunner::Outcome::Failed, exitCode);
}

void ContainerToolRunner::finish(ToolRunner::Outcome outcome, int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_running = false;
    m_stall.stop();
    m_giveUp.stop();
    if (m_output.isOpen()) {
        if (outcome == ToolRunner::Outcome::Success && !m_output.flush())
            outcome = ToolRunner::Outcome::Failed;
        m_output.close();
    }
    m_input.close();
    Q_EMIT finished(outcome, exitCode);
}

} // namespace Valvur
