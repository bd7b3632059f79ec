#include "toolrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

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
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { readChannel(QProcess::StandardError); });
    connect(&m_process, &QProcess::started, this, &ToolRunner::started);
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
        if (m_cancelled)
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
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
        // QProcess's destructor reaps the killed child.
    }
}

void ToolRunner::start()
{
    m_cancelled = false;
    m_finished = false;
    m_errorLines.clear();
    m_buffer[0].clear();
    m_buffer[1].clear();
    QProcessEnvironment env = m_environment;
    if (!m_password.isEmpty()) {
        if (!m_pgpass.create(m_password)) {
            m_errorLines << Tr::tr("Cannot create a temporary password file in %1.").arg(QDir::tempPath());
            QMetaObject::invokeMethod(this, [this] { finish(Outcome::FailedToStart, -1); }, Qt::QueuedConnection);
            return;
        }
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("PGPASSFILE"), m_pgpass.path());
    }
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
    m_process.terminate();
    m_killTimer.start(m_killTimeoutMs);
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
        Q_EMIT outputLine(line, ch == 1);
    }
}

void ToolRunner::finish(Outcome outcome, int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_killTimer.stop();
    m_pgpass.remove();
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
        cmd = Tr::tr("# the password comes from a temporary pgpass file (PGPASSFILE), line *:*:*:*:***")
            + QLatin1Char('\n') + QStringLiteral("PGPASSFILE=… ") + cmd;
    return cmd;
}

} // namespace Valvur
