#include "privatedockerd.h"

#include "dockerengine.h"
#include "processes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

namespace Valvur::Test {

namespace {

bool ip(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(QStringLiteral("ip"), args);
    if (p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return true;
    *error = QStringLiteral("ip %1: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()).trimmed());
    return false;
}

// Bridges of private daemons whose test program is gone (it crashed before stop()).
void removeLeftoverBridges()
{
    static const QRegularExpression ours(QStringLiteral("^vvd(\\d+)$"));
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces()) {
        const QRegularExpressionMatch m = ours.match(iface.name());
        QString ignored;
        if (m.hasMatch() && !processRunning(m.captured(1).toLongLong()))
            ip({QStringLiteral("link"), QStringLiteral("delete"), iface.name()}, &ignored);
    }
}

} // namespace

PrivateDockerd::PrivateDockerd() = default;

PrivateDockerd::~PrivateDockerd()
{
    stop();
}

QString PrivateDockerd::socketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("docker.sock")) : QString();
}

qint64 PrivateDockerd::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool PrivateDockerd::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString PrivateDockerd::logText() const
{
    if (!m_dir)
        return {};
    QFile log(m_dir->filePath(QStringLiteral("dockerd.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

bool PrivateDockerd::start(QString *error, int timeoutMs)
{
    const QString dockerd = QStandardPaths::findExecutable(QStringLiteral("dockerd"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (dockerd.isEmpty()) {
        *error = QStringLiteral("dockerd is not installed (Debian's docker.io, scripts/setup-debian.sh)");
        return false;
    }
    // A short path: the Unix socket's path must fit in 108 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/valvur-dockerd-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot make a directory for the private dockerd: ") + m_dir->errorString();
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("dockerd.log")));
    m_process->setStandardErrorFile(m_dir->filePath(QStringLiteral("dockerd.log")), QIODevice::Append);
    // The daemon ends with the test program, even when the program crashes.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    // Its own bridge: with --bridge=none dockerd would delete docker0, the main engine's bridge.
    removeLeftoverBridges();
    m_bridge = QStringLiteral("vvd%1").arg(QCoreApplication::applicationPid());
    if (!ip({QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("name"), m_bridge, QStringLiteral("type"), QStringLiteral("bridge")}, error))
        return false;
    m_process->start(dockerd, {QStringLiteral("--host"), host(),
                               QStringLiteral("--data-root"), m_dir->filePath(QStringLiteral("data")),
                               QStringLiteral("--exec-root"), m_dir->filePath(QStringLiteral("exec")),
                               QStringLiteral("--pidfile"), m_dir->filePath(QStringLiteral("dockerd.pid")),
                               QStringLiteral("--bridge"), m_bridge, QStringLiteral("--iptables=false"),
                               QStringLiteral("--ip-masq=false")});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("dockerd did not start: ") + m_process->errorString();
        return false;
    }
    // The socket appears early; `docker version` then waits until the daemon serves its API.
    const bool listening = QTest::qWaitFor([this] { return QFileInfo::exists(socketPath()) || !isRunning(); }, timeoutMs);
    if (listening && isRunning() && dockerCli({QStringLiteral("version")}, timeoutMs, host()).ok())
        return true;
    *error = QStringLiteral("the private dockerd did not answer within %1 s. Its log ends:\n%2")
                 .arg(timeoutMs / 1000).arg(logText().right(2000));
    stop();
    return false;
}

bool PrivateDockerd::stop(int timeoutMs)
{
    bool stopped = true;
    if (isRunning()) {
        m_process->terminate();
        stopped = m_process->waitForFinished(timeoutMs);
        if (!stopped) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    if (!m_bridge.isEmpty()) {
        QString ignored;
        ip({QStringLiteral("link"), QStringLiteral("delete"), m_bridge}, &ignored);
        m_bridge.clear();
    }
    return stopped;
}

bool PrivateDockerd::loadImage(const QString &image, QString *error, int timeoutMs)
{
    QProcess save;
    QProcess load;
    save.setStandardOutputProcess(&load);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), host());
    load.setProcessEnvironment(env);
    load.start(dockerProgram(), {QStringLiteral("load"), QStringLiteral("-q")});
    save.start(dockerProgram(), {QStringLiteral("save"), image});
    const bool finished = save.waitForFinished(timeoutMs) && load.waitForFinished(timeoutMs);
    if (finished && save.exitCode() == 0 && load.exitCode() == 0)
        return true;
    save.kill();
    load.kill();
    save.waitForFinished(5000);
    load.waitForFinished(5000);
    *error = QStringLiteral("copying %1 into the private dockerd failed%2: %3 %4")
                 .arg(image, finished ? QString() : QStringLiteral(" (bound of %1 s)").arg(timeoutMs / 1000),
                      QString::fromUtf8(save.readAllStandardError()).trimmed(),
                      QString::fromUtf8(load.readAllStandardError()).trimmed());
    return false;
}

} // namespace Valvur::Test
