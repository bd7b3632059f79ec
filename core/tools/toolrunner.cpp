#include "tools/toolrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <csignal>
#include <fcntl.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};
} // namespace

ToolRunner::ToolRunner(QObject *parent)
    : QObject(parent)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        signalGroup(SIGKILL);
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
    connect(&m_stall, &StallWatch::stalled, this, [this] {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_stalled = true;
        m_stall.stop();
        // The server does not answer: nothing is gained by letting the tool wind down.
        signalGroup(SIGKILL);
        m_process.kill();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { readChannel(QProcess::StandardError); });
    connect(&m_process, &QProcess::started, this, [this] {
        m_group = m_process.processId();
        // The child holds its own copy of the pgpass descriptor now; ours is no longer needed.
        m_pgpass.remove();
        m_stall.start();
        Q_EMIT started();
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readChannel(QProcess::StandardOutput);
        readChannel(QProcess::StandardError);
        for (int ch = 0; ch < 2; ++ch) {
            if (!m_buffer[ch].isEmpty()) {
                const QString line = QString::fromLocal8Bit(m_buffer[ch]).trimmed();
                m_buffer[ch].clear();
                if (ch == 1)
                    m_errorLines << line;
                Q_EMIT outputLine(line, ch == 1);
            }
        }
        // The tool is gone; whatever it started and left behind goes with it.
        if (m_cancelled || m_stalled || code != 0 || status == QProcess::CrashExit)
            signalGroup(SIGKILL);
        if (m_stalled)
            finish(Outcome::Stalled, code);
        else if (m_cancelled)
            finish(Outcome::Cancelled, code);
        else if (status == QProcess::CrashExit)
            finish(Outcome::Crashed, code);
        else
            finish(code == 0 ? Outcome::Success : Outcome::Failed, code);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_errorLines << Tr::tr("Cannot start %1: %2").arg(m_program, m_process.errorString());
            finish(Outcome::FailedToStart, -1);
        }
    });
}

ToolRunner::~ToolRunner()
{
    m_stall.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        signalGroup(SIGKILL);
        m_process.kill();
        m_process.waitForFinished(1000); // killed: reaped at once
    }
}

void ToolRunner::signalGroup(int signal)
{
    // The tool leads a process group of its own (setsid in the child): signalling -pid reaches it
    // and everything it started.
    if (m_group > 0)
        ::kill(pid_t(-m_group), signal);
}

void ToolRunner::stopGroup()
{
    m_stall.stop();
    signalGroup(SIGTERM);
    m_process.terminate();
    m_killTimer.start(m_killTimeoutMs);
}

void ToolRunner::start()
{
    m_cancelled = false;
    m_stalled = false;
    m_finished = false;
    m_group = 0;
    m_pgpassPath.clear();
    m_errorLines.clear();
    m_buffer[0].clear();
    m_buffer[1].clear();
    QProcessEnvironment env = m_environment;
    if (!m_password.isEmpty()) {
        if (!m_pgpass.create(m_password)) {
            m_errorLines << Tr::tr("Cannot create the in-memory password file for %1: %2.")
                                .arg(QFileInfo(m_program).fileName(), QString::fromLocal8Bit(std::strerror(errno)));
            QMetaObject::invokeMethod(this, [this] { finish(Outcome::FailedToStart, -1); }, Qt::QueuedConnection);
            return;
        }
        m_pgpassPath = m_pgpass.path();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("PGPASSFILE"), m_pgpassPath);
    }
    const int pgpassFd = m_pgpass.fd();
    const pid_t parent = ::getpid();
    // Runs in the child between fork and exec (async-signal-safe calls only).
    m_process.setChildProcessModifier([pgpassFd, parent] {
        ::setsid(); // a session and process group of its own, without our terminal
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // we died before the line above took effect
            ::_exit(127);
        if (pgpassFd >= 0)
            ::fcntl(pgpassFd, F_SETFD, 0); // inherited by this child only
    });
    m_process.setProcessEnvironment(env);
    m_process.setProgram(m_program);
    m_process.setArguments(m_arguments);
    m_clock.start();
    m_process.start(QIODevice::ReadOnly);
}

void ToolRunner::cancel()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_cancelled = true;
    stopGroup();
}

void ToolRunner::readChannel(QProcess::ProcessChannel channel)
{
    const int ch = channel == QProcess::StandardError ? 1 : 0;
    m_process.setReadChannel(channel);
    m_buffer[ch] += m_process.readAll();
    for (;;) {
        qsizetype cut = -1;
        for (qsizetype i = 0; i < m_buffer[ch].size(); ++i) {
            const char c = m_buffer[ch].at(i);
            if (c == '\n' || c == '\r') {
                cut = i;
                break;
            }
        }
        if (cut < 0)
            break;
        const QString line = QString::fromLocal8Bit(m_buffer[ch].left(cut));
        m_buffer[ch].remove(0, cut + 1);
        if (line.trimmed().isEmpty())
            continue;
        if (ch == 1)
            m_errorLines << line;
        m_stall.noteProgress();
        Q_EMIT outputLine(line, ch == 1);
    }
}

void ToolRunner::finish(Outcome outcome, int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_killTimer.stop();
    m_stall.stop();
    m_pgpass.remove();
    m_pgpassPath.clear();
    Q_EMIT finished(outcome, exitCode);
}

QString ToolRunner::shellQuote(const QString &arg)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./=:,@%+-]+$"));
    if (!arg.isEmpty() && safe.match(arg).hasMatch())
        return arg;
    QString q = arg;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString ToolRunner::displayCommand(const QString &program, const QStringList &arguments, bool withPassword)
{
    // One argument per line, continued with a backslash: readable, and still one shell command.
    QStringList parts{shellQuote(program)};
    for (const QString &a : arguments)
        parts << shellQuote(a);
    QString cmd = parts.join(QStringLiteral(" \\\n    "));
    if (withPassword)
        cmd = Tr::tr("# the password comes from an in-memory pgpass file (PGPASSFILE), line *:*:*:*:***")
            + QLatin1Char('\n') + QStringLiteral("PGPASSFILE=… ") + cmd;
    return cmd;
}

} // namespace Valvur
