#pragma once

#include "pg/stallwatch.h"
#include "tools/temporarypgpass.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace Valvur {

// Runs one PostgreSQL client program with an argument list (never a shell), asynchronously.
// A password goes into an in-memory pgpass (TemporaryPgpass) named by PGPASSFILE=/dev/fd/N
// (PGPASSWORD is removed from the child's environment); without one, the user's own PGPASSFILE /
// ~/.pgpass apply untouched. The tool runs in a session and process group of its own, with
// SIGKILL as its parent-death signal: what it starts (pg_basebackup's WAL streamer, pg_dump's
// workers) is ended with it, and nothing runs on when Valvur dies. cancel() stops the whole
// group at once: SIGTERM, then SIGKILL if anything is still there after a bound. With a stall
// watch set up (stallWatch()), a tool whose server stopped answering is killed with its group at
// once and finishes as Stalled.
class ToolRunner : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Success, Failed, Crashed, Cancelled, FailedToStart, Stalled };
    Q_ENUM(Outcome)

    explicit ToolRunner(QObject *parent = nullptr);
    ~ToolRunner() override;

    void setProgram(const QString &path) { m_program = path; }
    void setArguments(const QStringList &args) { m_arguments = args; }
    void setPassword(const QString &password) { m_password = password; }
    void setKillTimeout(int ms) { m_killTimeoutMs = ms; }
    // Extra environment for the child (e.g. LC_MESSAGES); PGPASSWORD is never passed on when a password is set.
    void setEnvironment(const QProcessEnvironment &env) { m_environment = env; }
    QString program() const { return m_program; }
    QStringList arguments() const { return m_arguments; }

    void start();
    void cancel();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool wasCancelled() const { return m_cancelled; }
    qint64 processId() const { return m_process.processId(); }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // PGPASSFILE as the child sees it while the tool runs: /dev/fd/N (empty without a password).
    QString pgpassPath() const { return m_pgpassPath; }
    // Set up before start(): the server to probe and the timeout (see StallWatch). Output lines
    // count as progress by themselves.
    StallWatch &stallWatch() { return m_stall; }
    bool hasStalled() const { return m_stalled; }
    // All of the tool's error output so far.
    const QStringList &errorLines() const { return m_errorLines; }

    // The command as a user would type it in a shell, for the Summary page and logs. When a
    // password is set, a first line says where it comes from, with the password as ***.
    static QString displayCommand(const QString &program, const QStringList &arguments, bool withPassword);
    static QString shellQuote(const QString &arg);

Q_SIGNALS:
    void started();
    // One line of output (progress lines ending in \r count as lines too).
    void outputLine(const QString &line, bool isError);
    void finished(Valvur::ToolRunner::Outcome outcome, int exitCode);

private:
    void readChannel(QProcess::ProcessChannel channel);
    void finish(Outcome outcome, int exitCode);
    void signalGroup(int signal);
    void stopGroup();

    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QString m_password;
    QProcessEnvironment m_environment;
    TemporaryPgpass m_pgpass;
    QString m_pgpassPath;
    StallWatch m_stall;
    qint64 m_group = 0;
    QTimer m_killTimer;
    QElapsedTimer m_clock;
    QByteArray m_buffer[2];
    QStringList m_errorLines;
    int m_killTimeoutMs = 3000;
    bool m_cancelled = false;
    bool m_stalled = false;
    bool m_finished = false;
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::ToolRunner::Outcome)
