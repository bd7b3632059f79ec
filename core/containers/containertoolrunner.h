#pragma once

#include "containers/dockerclient.h"

#include "tools/toolrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Valvur {

class ContainerExec;

// Runs one PostgreSQL client program inside a container (ContainerExec: no TTY, stdout and stderr
// apart) with the same outcome and lines as ToolRunner on the host. Its stdout can go to a file
// (a dump) and its stdin can come from a file (an archive to restore), written only as fast as the
// engine takes it. A password never reaches the command line or the exec's environment: a small
// sh wrapper reads it as the first line of stdin into PGPASSWORD and execs the tool, so the
// archive (if any) follows on the same stdin. cancel() ends the tool inside the container.
class ContainerToolRunner : public QObject
{
    Q_OBJECT
public:
    ContainerToolRunner(DockerClient *client, const QString &container, const QString &user, QObject *parent = nullptr);
    ~ContainerToolRunner() override;

    // argv[0] is the program inside the container ("pg_dump").
    void setArguments(const QStringList &argv) { m_argv = argv; }
    void setPassword(const QString &password) { m_password = password; }
    // Standard output into this file (opened for writing here, truncated); else as outputLine()s.
    void setOutputFile(const QString &path) { m_outputPath = path; }
    // Standard input from this file, streamed.
    void setInputFile(const QString &path) { m_inputPath = path; }
    // No output for this long: the run ends as Stalled. 0: no bound. For a tool that talks to a
    // server, prefer stallWatch(): a lock wait or a long COPY is not taken for a stall there.
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    // As ToolRunner's: set up before start(); output and stdin taken count as progress.
    StallWatch &stallWatch() { return m_stall; }
    void setKillTimeout(int ms) { m_killTimeoutMs = ms; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // The tool's pid inside the container (0 until known).
    int containerPid() const;
    qint64 bytesOut() const { return m_bytesOut; }
    qint64 bytesIn() const { return m_bytesIn; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    const QStringList &errorLines() const { return m_errorLines; }
    // The argv the exec runs (the wrapper when a password is given): for tests.
    QStringList execArguments() const;

Q_SIGNALS:
    void started();
    void outputLine(const QString &line, bool isError);
    void finished(Valvur::ToolRunner::Outcome outcome, int exitCode);

private:
    void onStdout(const QByteArray &data);
    void onStderr(const QByteArray &data);
    void pump();
    void splitLines(QByteArray &buffer, const QByteArray &data, bool isError);
    void onFinished(int exitCode, const EngineError &error);
    void finish(ToolRunner::Outcome outcome, int exitCode);
    void stopInContainer();

    QPointer<DockerClient> m_client;
    QString m_container;
    QString m_user;
    QStringList m_argv;
    QString m_password;
    QString m_outputPath;
    QString m_inputPath;
    QFile m_output;
    QFile m_input;
    ContainerExec *m_exec = nullptr;
    QByteArray m_lineBuffer[2];
    QStringList m_errorLines;
    QElapsedTimer m_clock;
    StallWatch m_stall;
    QTimer m_giveUp; // the engine does not end a stopped tool's stream (e.g. a paused container)
    qint64 m_bytesOut = 0;
    qint64 m_bytesIn = 0;
    int m_idleTimeoutMs = 0;
    int m_killTimeoutMs = 3000;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_stalled = false;
    bool m_done = false;
    bool m_writeFailed = false;
    bool m_inputDone = false;
};

} // namespace Valvur
