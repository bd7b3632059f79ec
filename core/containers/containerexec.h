#pragma once

#include "containers/dockerclient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace Valvur {

// Runs one program inside a running container through the Engine API's exec, without a TTY (a
// TTY would corrupt binary output), with stdout and stderr kept apart and, when asked, the
// caller's bytes as stdin. Never on the GUI thread's time: everything is asynchronous.
//
// The program is started through `sh -c 'echo valvur-exec-pid $$ >&2; exec "$@"'` so that cancel()
// can stop it inside the container (the API has no "kill exec"). Its environment holds only what
// Spec::environment gives: never put a secret there (docker inspect does not show it, but the
// container's /proc does); pass secrets through stdin instead.
class ContainerExec : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QString container;        // id or name
        QStringList arguments;    // program and its arguments
        QString user;             // "postgres"; empty = the container's user
        QStringList environment;  // "KEY=value", never secrets
        QString workingDirectory;
        bool withStdin = false;
        int idleTimeoutMs = 0;    // no output for this long ends the run as stalled; 0 = no bound
    };

    explicit ContainerExec(DockerClient *client, QObject *parent = nullptr);
    ~ContainerExec() override;

    void start(const Spec &spec);
    // stdin (Spec::withStdin): written in order; closeStdin() ends it once everything is sent.
    void write(const QByteArray &data);
    qint64 stdinBytesPending() const;
    void closeStdin();
    // Stops the program inside the container (SIGTERM, then SIGKILL after killGraceMs). finished()
    // follows with an Aborted error.
    void cancel(int killGraceMs = 3000);

    bool isRunning() const { return m_running; }
    // The program's pid inside the container, once known; 0 before.
    int pid() const { return m_pid; }
    int exitCode() const { return m_exitCode; }
    const EngineError &error() const { return m_error; }
    bool stalled() const { return m_stalled; }

Q_SIGNALS:
    void started();
    void stdoutReceived(const QByteArray &data);
    void stderrReceived(const QByteArray &data);
    void stdinWritten(qint64 bytes);
    // exitCode is the program's (-1 when unknown); error is null for a run that ran to its end
    // (whatever its exit code), else why it could not run or was stopped.
    void finished(int exitCode, const Valvur::EngineError &error);

private:
    void onCreated(const EngineCall &call);
    void onOutput(const QByteArray &data);
    void onStreamFinished();
    void askExitCode(int attemptsLeft);
    void finish(int exitCode, const EngineError &error);
    void signalProgram(const QString &signal);

    QPointer<DockerClient> m_client;
    Spec m_spec;
    QString m_execId;
    QPointer<EngineCall> m_stream;
    std::unique_ptr<StreamDemuxer> m_demux;
    QByteArray m_stderrHead; // before the pid line is complete
    QByteArray m_pendingStdin;
    bool m_stdinClosePending = false;
    bool m_running = false;
    bool m_done = false;
    bool m_cancelled = false;
    bool m_stalled = false;
    int m_pid = 0;
    int m_exitCode = -1;
    EngineError m_error;
    QTimer m_killTimer;
};

} // namespace Valvur
