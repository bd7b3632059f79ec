#include "ssh/sshtunnel.h"

#include "ssh/sshhostkeyscan.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

namespace Valvur {

namespace {
int g_tunnelCounter = 0;

bool makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    // Ours and nobody else's: a socket in it is a door to the database.
    const QFileInfo info(path);
    if (info.ownerId() != ::geteuid() || info.isSymLink())
        return false;
    return ::chmod(QFile::encodeName(path).constData(), 0700) == 0;
}
} // namespace

SshTunnel::SshTunnel(const SshEndpoint &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_configFile(qEnvironmentVariable("VALVUR_SSH_CONFIG"))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &SshTunnel::poll);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SshTunnel::launch);
}

SshTunnel::~SshTunnel()
{
    stop();
}

void SshTunnel::setAskpass(const QString &profileId, const QString &helperProgram)
{
    m_askpassProfile = profileId;
    m_askpassHelper = helperProgram;
}

QString SshTunnel::program()
{
    const QString p = qEnvironmentVariable("VALVUR_SSH");
    return p.isEmpty() ? QStringLiteral("ssh") : p;
}

QString SshTunnel::baseDir()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return runtime + QStringLiteral("/valvur");
    return QDir::tempPath() + QStringLiteral("/valvur-%1").arg(::geteuid());
}

QString SshTunnel::socketPath() const
{
    return m_dir.isEmpty() ? QString() : m_dir + QStringLiteral("/.s.PGSQL.%1").arg(LocalPort);
}

ConnectionOptions SshTunnel::apply(const ConnectionOptions &options) const
{
    ConnectionOptions o = options;
    o.remove(QStringLiteral("hostaddr"));
    o.setValue(QStringLiteral("host"), m_dir);
    o.setValue(QStringLiteral("port"), QString::number(LocalPort));
    return o;
}

QString SshTunnel::sshDestination(const QString &destination)
{
    // ssh takes a port in a destination only as a URI.
    static const QRegularExpression hostPort(QStringLiteral("^([^@\\s]+@)?[^:@/\\[\\]\\s]+:\\d+$"));
    const QString d = destination.trimmed();
    return hostPort.match(d).hasMatch() ? QStringLiteral("ssh://") + d : d;
}

QStringList SshTunnel::commonArguments() const
{
    QStringList args;
    if (!m_configFile.isEmpty())
        args << QStringLiteral("-F") << m_configFile;
    if (!m_endpoint.identityFile.isEmpty())
        args << QStringLiteral("-i") << m_endpoint.identityFile;
    QStringList jumps;
    for (const QString &j : m_endpoint.jumpHosts) {
        if (!j.trimmed().isEmpty())
            jumps << j.trimmed();
    }
    if (!jumps.isEmpty())
        args << QStringLiteral("-J") << jumps.join(QLatin1Char(','));
    return args;
}

QStringList SshTunnel::arguments() const
{
    const bool askpass = !m_askpassProfile.isEmpty();
    QStringList args{QStringLiteral("-N")};
    const QStringList options{
        QStringLiteral("ExitOnForwardFailure=yes"),
        QStringLiteral("ServerAliveInterval=10"),
        QStringLiteral("ServerAliveCountMax=3"),
        QStringLiteral("ConnectTimeout=%1").arg(qBound(1, m_readyTimeoutMs / 2000, 10)),
        askpass ? QStringLiteral("BatchMode=no") : QStringLiteral("BatchMode=yes"),
        // Our own master, never a client of another one: a mux client hands its forward to the
        // master and exits, so the tunnel would live as long as someone else's process.
        QStringLiteral("ControlMaster=yes"),
        QStringLiteral("ControlPersist=no"),
        // One master per tunnel, in its own directory; a short name: sun_path has 108 bytes.
        QStringLiteral("ControlPath=%1/cm").arg(m_dir),
        QStringLiteral("StreamLocalBindUnlink=yes"),
        QStringLiteral("StreamLocalBindMask=0177"),
    };
    for (const QString &o : options)
        args << QStringLiteral("-o") << o;
    args << commonArguments();
    const int port = m_endpoint.effectiveRemotePort();
    QString target;
    if (!m_endpoint.remoteSocketDir.trimmed().isEmpty()) {
        target = m_endpoint.remoteSocketDir.trimmed() + QStringLiteral("/.s.PGSQL.%1").arg(port);
    } else {
        QString host = m_endpoint.effectiveRemoteHost();
        if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
            host = QLatin1Char('[') + host + QLatin1Char(']');
        target = host + QLatin1Char(':') + QString::number(port);
    }
    args << QStringLiteral("-L") << socketPath() + QLatin1Char(':') + target;
    args << QStringLiteral("--") << sshDestination(m_endpoint.destination);
    return args;
}

QStringList SshTunnel::causeIds()
{
    return {QStringLiteral("ssh-missing"),     QStringLiteral("ssh-host-unknown"), QStringLiteral("ssh-host-key-changed"),
            QStringLiteral("ssh-auth-failed"), QStringLiteral("ssh-unreachable"),  QStringLiteral("ssh-forward-failed"),
            QStringLiteral("ssh-failed")};
}

QString SshTunnel::classify(const QStringList &errorLines, bool started)
{
    if (!started)
        return QStringLiteral("ssh-missing");
    const QString all = errorLines.join(QLatin1Char('\n'));
    auto has = [&all](const char *text) { return all.contains(QLatin1String(text), Qt::CaseInsensitive); };
    // A changed key also says "Host key verification failed": look for the change first.
    if (has("REMOTE HOST IDENTIFICATION HAS CHANGED") || (has("host key for") && has("has changed")))
        return QStringLiteral("ssh-host-key-changed");
    if (has("Host key verification failed") || has("No matching host key") || has("host key is known"))
        return QStringLiteral("ssh-host-unknown");
    // "channel 2: open failed: connect failed: Connection refused" is the database's refusal, not the SSH host's;
    // a local socket that cannot be made ("cannot bind … Permission denied") is no login failure.
    if (has("forwarding failed") || has("open failed") || has("Could not request local forwarding") || has("cannot listen")
        || has("cannot bind") || has("bind: "))
        return QStringLiteral("ssh-forward-failed");
    if (has("Permission denied") || has("Too many authentication failures"))
        return QStringLiteral("ssh-auth-failed");
    if (has("Connection refused") || has("No route to host") || has("timed out") || has("Could not resolve hostname")
        || has("Network is unreachable") || has("Name or service not known") || has("Connection reset")
        || has("Connection closed by"))
        return QStringLiteral("ssh-unreachable");
    return QStringLiteral("ssh-failed");
}

QStringList SshTunnel::sweepStale()
{
    QStringList removed;
    static const QRegularExpression name(QStringLiteral("^tunnel-(\\d+)-\\d+$"));
    QDir base(baseDir());
    for (const QString &entry : base.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QRegularExpressionMatch m = name.match(entry);
        if (!m.hasMatch())
            continue;
        const qint64 pid = m.captured(1).toLongLong();
        if (pid == ::getpid() || QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid)))
            continue;
        if (QDir(base.filePath(entry)).removeRecursively())
            removed << base.filePath(entry);
    }
    return removed;
}

bool SshTunnel::makeDir()
{
    if (!m_dir.isEmpty() && QFileInfo(m_dir).isDir())
        return true;
    static bool swept = false;
    if (!swept) {
        swept = true;
        sweepStale();
    }
    const QString base = baseDir();
    if (!makePrivateDir(base))
        return false;
    m_dir = base + QStringLiteral("/tunnel-%1-%2").arg(::getpid()).arg(++g_tunnelCounter);
    return makePrivateDir(m_dir);
}

void SshTunnel::start()
{
    if (m_state == State::Starting || m_state == State::Ready || m_state == State::Reconnecting)
        return;
    m_wasReady = false;
    m_backoffS = 0;
    m_fingerprint.clear();
    m_hostKey = SshHostKey();
    launch();
}

void SshTunnel::launch()
{
    stopProcess(true);
    m_cause.clear();
    m_errorText.clear();
    m_errorLines.clear();
    if (!makeDir()) {
        m_errorText = QStringLiteral("cannot create a private directory in %1").arg(baseDir());
        fail(QStringLiteral("ssh-forward-failed"));
        return;
    }
    if (m_state != State::Reconnecting)
        setState(State::Starting);
    auto *runner = new ToolRunner(this);
    m_runner = runner;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!m_askpassProfile.isEmpty()) {
        // The helper reads the secret from the keychain itself; only the profile id travels.
        env.insert(QStringLiteral("SSH_ASKPASS"), m_askpassHelper);
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        env.insert(QStringLiteral("VALVUR_ASKPASS_PROFILE"), m_askpassProfile);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // ssh's words are matched in English
    runner->setEnvironment(env);
    runner->setProgram(program());
    runner->setArguments(arguments());
    runner->setKillTimeout(2000);
    connect(runner, &ToolRunner::outputLine, this, [this](const QString &line, bool isError) {
        if (isError)
            onErrorLine(line);
    });
    connect(runner, &ToolRunner::finished, this, [this, runner](ToolRunner::Outcome outcome, int) {
        if (runner == m_runner)
            onFinished(outcome);
    });
    m_clock.start();
    runner->start();
    m_poll.start();
}

void SshTunnel::onErrorLine(const QString &line)
{
    m_errorLines << line;
    // The database behind the SSH host cannot be reached: ssh stays up, the channel fails.
    if (line.contains(QLatin1String("open failed")) && m_state != State::Ready)
        fail(QStringLiteral("ssh-forward-failed"));
}

void SshTunnel::poll()
{
    if (m_clock.elapsed() > m_readyTimeoutMs) {
        m_errorLines << QStringLiteral("no tunnel after %1 s").arg(m_readyTimeoutMs / 1000);
        const QString cause = classify(m_errorLines, true);
        // ssh still trying to reach the host, or a forward that never answers.
        fail(cause == QLatin1String("ssh-failed") ? (QFileInfo::exists(socketPath()) ? QStringLiteral("ssh-forward-failed")
                                                                                     : QStringLiteral("ssh-unreachable"))
                                                  : cause);
        return;
    }
    if (m_probe || !QFileInfo::exists(socketPath()))
        return;
    probe();
}

void SshTunnel::probe()
{
    // A PostgreSQL behind the tunnel answers an SSLRequest with one byte, 'S' or 'N'.
    auto *socket = new QLocalSocket(this);
    m_probe = socket;
    connect(socket, &QLocalSocket::connected, socket, [socket] {
        static const char sslRequest[] = {0, 0, 0, 8, 0x04, char(0xd2), 0x16, 0x2f};
        socket->write(sslRequest, sizeof sslRequest);
    });
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        const QByteArray answer = socket->readAll();
        const bool current = socket == m_probe;
        m_probe = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        if (!current)
            return;
        if (answer.startsWith('S') || answer.startsWith('N')) {
            m_poll.stop();
            m_backoffS = 0;
            m_wasReady = true;
            m_cause.clear();
            setState(State::Ready);
            Q_EMIT ready();
        } else {
            m_errorLines << QStringLiteral("the forwarded socket does not answer as PostgreSQL");
            fail(QStringLiteral("ssh-forward-failed"));
        }
    });
    connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
        socket->deleteLater();
        if (socket == m_probe)
            m_probe = nullptr; // closed without an answer: the next poll tries again (or "open failed" ends it)
    });
    connect(socket, &QLocalSocket::errorOccurred, this, [this, socket] {
        socket->deleteLater();
        if (socket == m_probe)
            m_probe = nullptr;
    });
    socket->connectToServer(socketPath());
}

void SshTunnel::onFinished(ToolRunner::Outcome outcome)
{
    m_poll.stop();
    if (m_state == State::Idle || m_state == State::Failed)
        return;
    if (m_state == State::Ready) {
        // A tunnel that worked dropped: bring it back.
        m_errorText = m_errorLines.join(QLatin1Char('\n'));
        scheduleReconnect();
        return;
    }
    fail(classify(m_errorLines, outcome != ToolRunner::Outcome::FailedToStart));
}

void SshTunnel::fail(const QString &cause)
{
    m_poll.stop();
    m_errorText = m_errorLines.join(QLatin1Char('\n')).trimmed();
    stopProcess(false);
    if (m_wasReady) {
        m_cause = cause;
        scheduleReconnect();
        return;
    }
    if ((cause == QLatin1String("ssh-host-unknown") || cause == QLatin1String("ssh-host-key-changed")) && !m_scan) {
        // Show the user which key the host offers before anything is trusted.
        auto *scan = new SshHostKeyScan(this);
        m_scan = scan;
        connect(scan, &SshHostKeyScan::finished, this, [this, scan, cause] {
            m_fingerprint = scan->fingerprints().join(QStringLiteral(", "));
            m_hostKey = SshHostKey();
            m_hostKey.host = scan->host();
            m_hostKey.port = scan->port();
            // "SHA256:… (ED25519)"
            const QString first = scan->fingerprints().value(0);
            m_hostKey.fingerprint = first.section(QLatin1Char(' '), 0, 0);
            m_hostKey.keyType = first.section(QLatin1Char(' '), 1, 1).remove(QLatin1Char('(')).remove(QLatin1Char(')'));
            m_knownHostsFile = scan->knownHostsFile();
            scan->deleteLater();
            concludeFailure(cause);
        });
        scan->start(*this);
        return;
    }
    concludeFailure(cause);
}

void SshTunnel::concludeFailure(const QString &cause)
{
    m_cause = cause;
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    m_dir.clear();
    setState(State::Failed);
    Q_EMIT failed(cause);
}

void SshTunnel::scheduleReconnect()
{
    stopProcess(false);
    m_backoffS = m_backoffS <= 0 ? 1 : qMin(30, m_backoffS * 2);
    setState(State::Reconnecting);
    Q_EMIT reconnecting(m_backoffS);
    m_retry.start(m_backoffS * 1000);
}

void SshTunnel::stopProcess(bool now)
{
    m_poll.stop();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (m_runner) {
        ToolRunner *runner = m_runner;
        m_runner = nullptr;
        runner->disconnect(this);
        // The destructor kills ssh's whole process group (SIGKILL) and reaps it. From inside the
        // runner's own signal (a failure seen in ssh's output) it goes on the next event loop pass.
        if (now)
            delete runner;
        else
            runner->deleteLater();
    }
}

void SshTunnel::stop()
{
    m_retry.stop();
    if (m_scan) {
        m_scan->disconnect(this);
        delete m_scan;
    }
    stopProcess(true);
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    m_dir.clear();
    m_wasReady = false;
    if (m_state != State::Idle && m_state != State::Failed)
        setState(State::Idle);
}

void SshTunnel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Valvur
