#include "containers/containerexec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace Valvur {

namespace {

const QByteArray kPidMarker = "valvur-exec-pid ";

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

ContainerExec::ContainerExec(DockerClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalProgram(QStringLiteral("KILL")); });
}

ContainerExec::~ContainerExec()
{
    if (m_running && !m_done && m_pid > 0)
        signalProgram(QStringLiteral("KILL")); // fire and forget: the client outlives us or not
    if (m_stream)
        m_stream->abort();
}

void ContainerExec::start(const Spec &spec)
{
    m_spec = spec;
    m_running = true;
    QJsonObject body;
    QStringList argv = {QStringLiteral("sh"), QStringLiteral("-c"),
                        QStringLiteral("echo \"%1$$\" >&2; exec \"$@\"").arg(QString::fromLatin1(kPidMarker)),
                        QStringLiteral("sh")};
    argv += spec.arguments;
    body.insert(QStringLiteral("Cmd"), toArray(argv));
    body.insert(QStringLiteral("AttachStdout"), true);
    body.insert(QStringLiteral("AttachStderr"), true);
    body.insert(QStringLiteral("AttachStdin"), spec.withStdin);
    body.insert(QStringLiteral("Tty"), false);
    if (!spec.user.isEmpty())
        body.insert(QStringLiteral("User"), spec.user);
    if (!spec.environment.isEmpty())
        body.insert(QStringLiteral("Env"), toArray(spec.environment));
    if (!spec.workingDirectory.isEmpty())
        body.insert(QStringLiteral("WorkingDir"), spec.workingDirectory);
    if (!m_client) {
        finish(-1, EngineError(EngineError::Kind::Aborted));
        return;
    }
    const QString path = QStringLiteral("/containers/%1/exec").arg(QString::fromUtf8(QUrl::toPercentEncoding(spec.container)));
    m_client->post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), this,
                   [this](const EngineCall &call) { onCreated(call); });
}

void ContainerExec::onCreated(const EngineCall &call)
{
    if (m_done)
        return;
    if (!call.error().isNull()) {
        finish(-1, call.error());
        return;
    }
    m_execId = call.json().object().value(QLatin1String("Id")).toString();
    if (m_execId.isEmpty() || m_cancelled) {
        finish(-1, EngineError(m_cancelled ? EngineError::Kind::Aborted : EngineError::Kind::Protocol,
                               QStringLiteral("no exec id")));
        return;
    }
    m_demux = std::make_unique<StreamDemuxer>([this](StreamDemuxer::Stream stream, const QByteArray &data) {
        if (stream == StreamDemuxer::Stream::Stderr && m_pid == 0) {
            m_stderrHead += data;
            const qsizetype eol = m_stderrHead.indexOf('\n');
            if (eol < 0 && m_stderrHead.size() < 64)
                return;
            const QByteArray line = m_stderrHead.left(eol < 0 ? m_stderrHead.size() : eol);
            if (line.startsWith(kPidMarker)) {
                m_pid = line.mid(kPidMarker.size()).trimmed().toInt();
                m_stderrHead.remove(0, eol < 0 ? m_stderrHead.size() : eol + 1);
            } else {
                m_pid = -1; // the shell said something else first: no pid to signal
            }
            if (m_cancelled && m_pid > 0)
                signalProgram(QStringLiteral("TERM"));
            if (!m_stderrHead.isEmpty())
                emit stderrReceived(std::exchange(m_stderrHead, {}));
            return;
        }
        if (stream == StreamDemuxer::Stream::Stderr)
            emit stderrReceived(data);
        else
            emit stdoutReceived(data);
    });
    EngineCall::Options options;
    options.stream = true;
    options.hijack = true;
    options.timeoutMs = 15000; // for the engine to begin the stream
    options.idleTimeoutMs = m_spec.idleTimeoutMs;
    QJsonObject body{{QStringLiteral("Detach"), false}, {QStringLiteral("Tty"), false}};
    m_stream = m_client->send("POST", QStringLiteral("/exec/%1/start").arg(m_execId),
                              QJsonDocument(body).toJson(QJsonDocument::Compact), options);
    connect(m_stream, &EngineCall::headersReceived, this, [this](int status) {
        if (status >= 300)
            return;
        emit started();
        if (!m_pendingStdin.isEmpty())
            m_stream->write(std::exchange(m_pendingStdin, {}));
        if (m_stdinClosePending)
            m_stream->closeWrite();
    });
    connect(m_stream, &EngineCall::received, this, &ContainerExec::onOutput);
    connect(m_stream, &EngineCall::bytesWritten, this, &ContainerExec::stdinWritten);
    connect(m_stream, &EngineCall::finished, this, &ContainerExec::onStreamFinished);
}

void ContainerExec::onOutput(const QByteArray &data)
{
    if (m_demux)
        m_demux->feed(data);
}

void ContainerExec::write(const QByteArray &data)
{
    if (m_stream && m_stream->httpStatus() > 0)
        m_stream->write(data);
    else
        m_pendingStdin += data;
}

qint64 ContainerExec::stdinBytesPending() const
{
    return m_pendingStdin.size() + (m_stream ? m_stream->bytesToWrite() : 0);
}

void ContainerExec::closeStdin()
{
    if (m_stream && m_stream->httpStatus() > 0)
        m_stream->closeWrite();
    else
        m_stdinClosePending = true;
}

void ContainerExec::onStreamFinished()
{
    if (m_done || !m_stream)
        return;
    const EngineError error = m_stream->error();
    m_stream = nullptr;
    if (error.kind() == EngineError::Kind::Timeout && !m_cancelled) {
        m_stalled = true;
        signalProgram(QStringLiteral("KILL"));
        finish(-1, error);
        return;
    }
    if (!error.isNull() && !m_cancelled) {
        finish(-1, error);
        return;
    }
    if (!m_stderrHead.isEmpty())
        emit stderrReceived(std::exchange(m_stderrHead, {}));
    askExitCode(20);
}

void ContainerExec::askExitCode(int attemptsLeft)
{
    m_client->get(QStringLiteral("/exec/%1/json").arg(m_execId), this, [this, attemptsLeft](const EngineCall &call) {
        const QJsonObject o = call.json().object();
        if (call.error().isNull() && o.value(QLatin1String("Running")).toBool() && attemptsLeft > 0) {
            QTimer::singleShot(50, this, [this, attemptsLeft] { askExitCode(attemptsLeft - 1); });
            return;
        }
        const QJsonValue code = o.value(QLatin1String("ExitCode"));
        const int exitCode = code.isDouble() ? code.toInt() : -1;
        finish(exitCode, m_cancelled ? EngineError(EngineError::Kind::Aborted) : call.error());
    });
}

void ContainerExec::cancel(int killGraceMs)
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    if (m_pid > 0) {
        signalProgram(QStringLiteral("TERM"));
        m_killTimer.start(killGraceMs);
    } else if (m_execId.isEmpty()) {
        // not started yet: onCreated() ends the run
    }
    if (m_stream && m_pid <= 0)
        m_stream->abort();
}

void ContainerExec::signalProgram(const QString &signal)
{
    if (!m_client || m_pid <= 0)
        return;
    QJsonObject body;
    // The shell's own kill: slim images have no kill program.
    body.insert(QStringLiteral("Cmd"), toArray({QStringLiteral("sh"), QStringLiteral("-c"),
                                                 QStringLiteral("kill -%1 %2").arg(signal).arg(m_pid)}));
    body.insert(QStringLiteral("AttachStdout"), false);
    body.insert(QStringLiteral("AttachStderr"), false);
    if (!m_spec.user.isEmpty())
        body.insert(QStringLiteral("User"), m_spec.user);
    DockerClient *client = m_client;
    // The kill runs on the client, not on this object, so it still happens while we are destroyed.
    client->post(QStringLiteral("/containers/%1/exec").arg(QString::fromUtf8(QUrl::toPercentEncoding(m_spec.container))),
                 QJsonDocument(body).toJson(QJsonDocument::Compact), client, [client](const EngineCall &call) {
                     const QString id = call.json().object().value(QLatin1String("Id")).toString();
                     if (id.isEmpty())
                         return;
                     client->post(QStringLiteral("/exec/%1/start").arg(id),
                                  QJsonDocument(QJsonObject{{QStringLiteral("Detach"), true}}).toJson(QJsonDocument::Compact),
                                  client, [](const EngineCall &) {});
                 });
}

void ContainerExec::finish(int exitCode, const EngineError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_running = false;
    m_killTimer.stop();
    m_exitCode = exitCode;
    m_error = error;
    emit finished(exitCode, error);
}

} // namespace Valvur
