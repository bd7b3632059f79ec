#include "sshserver.h"

#include "processes.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace Valvur::Test {

namespace {
const char *const kSshd = "/usr/sbin/sshd";

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(contents) == contents.size();
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

SshServer::SshServer()
{
    const passwd *pw = ::getpwuid(::geteuid());
    m_user = pw ? QString::fromLocal8Bit(pw->pw_name) : qEnvironmentVariable("USER");
}

SshServer::~SshServer()
{
    stop();
}

int SshServer::run(const QString &program, const QStringList &args, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs)) {
        if (output)
            *output = p.errorString();
        return -1;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        if (output)
            *output = QStringLiteral("timed out");
        return -1;
    }
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool SshServer::fail(const QString &message)
{
    m_error = message;
    stop();
    return false;
}

bool SshServer::start(const QString &alias)
{
    m_alias = alias;
    m_error.clear();
    if (!QFile::exists(QLatin1String(kSshd)))
        return fail(QStringLiteral("%1 is missing: install openssh-server (scripts/setup-debian.sh)").arg(QLatin1String(kSshd)));
    // sshd refuses to start without its privilege separation directory (a system service creates it).
    if (!QDir().mkpath(QStringLiteral("/run/sshd")))
        return fail(QStringLiteral("cannot create /run/sshd (sshd's privilege separation directory)"));
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/valvur-sshd-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary directory"));
    const QString d = m_dir->path();
    QString out;
    for (const QString &key : {QStringLiteral("host_key"), QStringLiteral("client_key")}) {
        if (run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                              QString(), QStringLiteral("-C"), key, QStringLiteral("-f"), d + QLatin1Char('/') + key},
                &out) != 0)
            return fail(QStringLiteral("ssh-keygen failed: %1").arg(out));
    }
    if (!QFile::copy(d + QStringLiteral("/client_key.pub"), d + QStringLiteral("/authorized_keys")))
        return fail(QStringLiteral("cannot write authorized_keys"));
    m_port = TestServer::freePort();
    const QString config = QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\nPidFile %2/sshd.pid\n"
                                          "AuthorizedKeysFile %2/authorized_keys\nPermitRootLogin prohibit-password\n"
                                          "StrictModes no\nUsePAM no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                          "AllowTcpForwarding yes\nAllowStreamLocalForwarding yes\nLogLevel VERBOSE\n")
                               .arg(m_port)
                               .arg(d);
    if (!writeFile(d + QStringLiteral("/sshd_config"), config.toUtf8()))
        return fail(QStringLiteral("cannot write sshd_config"));
    if (!writeFile(d + QStringLiteral("/known_hosts"), knownHostsLine().toUtf8() + '\n'))
        return fail(QStringLiteral("cannot write known_hosts"));
    if (!writeFile(clientConfig(), hostBlock(d + QStringLiteral("/known_hosts"), clientKey()).toUtf8()))
        return fail(QStringLiteral("cannot write ssh_config"));

    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardError); // waitForReadyRead() waits on this one
    m_process.start(QLatin1String(kSshd), {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), d + QStringLiteral("/sshd_config")});
    if (!m_process.waitForStarted(10000))
        return fail(QStringLiteral("sshd did not start: %1").arg(m_process.errorString()));
    // sshd says "Server listening on 127.0.0.1 port N." once it accepts connections.
    QDeadlineTimer deadline(20000);
    while (!m_log.contains("Server listening")) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired())
            return fail(QStringLiteral("sshd did not come up: %1").arg(log()));
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        m_log += m_process.readAllStandardError();
    }
    return true;
}

void SshServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        // The listener and every session it forked (a per-connection sshd leaves its own group).
        const QList<qint64> tree = processTree(m_process.processId());
        for (qint64 pid : tree)
            ::kill(pid_t(pid), SIGTERM);
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
        for (qint64 pid : tree) {
            if (processRunning(pid))
                ::kill(pid_t(pid), SIGKILL);
        }
    }
}

QString SshServer::log()
{
    m_log += m_process.readAllStandardError();
    return QString::fromLocal8Bit(m_log);
}

QString SshServer::knownHostsLine() const
{
    const QStringList key = readFile(dir() + QStringLiteral("/host_key.pub")).split(QLatin1Char(' '));
    return QStringLiteral("[127.0.0.1]:%1 %2 %3").arg(m_port).arg(key.value(0), key.value(1));
}

QString SshServer::hostKeyFingerprint() const
{
    QString out;
    run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), dir() + QStringLiteral("/host_key.pub")}, &out);
    return out.section(QLatin1Char(' '), 1, 1);
}

QString SshServer::hostBlock(const QString &knownHostsFile, const QString &identityFile) const
{
    return QStringLiteral("Host %1\n  HostName 127.0.0.1\n  Port %2\n  User %3\n  IdentityFile %4\n  IdentitiesOnly yes\n"
                          "  UserKnownHostsFile %5\n  GlobalKnownHostsFile /dev/null\n  StrictHostKeyChecking yes\n"
                          "  PasswordAuthentication no\n  KbdInteractiveAuthentication no\n  ConnectTimeout 10\n")
        .arg(m_alias)
        .arg(m_port)
        .arg(m_user, identityFile, knownHostsFile);
}

QString SshServer::writeClientConfig(const QString &name, const QString &knownHosts, const QString &identityFile,
                                     const QString &extra) const
{
    const QString known = dir() + QLatin1Char('/') + name + QStringLiteral(".known_hosts");
    const QString path = dir() + QLatin1Char('/') + name + QStringLiteral(".ssh_config");
    writeFile(known, knownHosts.toUtf8());
    writeFile(path, (hostBlock(known, identityFile) + extra).toUtf8());
    return path;
}

QString SshServer::makeKey(const QString &name, const QString &passphrase, bool authorized) const
{
    const QString path = dir() + QLatin1Char('/') + name;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                      passphrase, QStringLiteral("-f"), path});
    if (authorized) {
        QFile pub(path + QStringLiteral(".pub"));
        QFile keys(dir() + QStringLiteral("/authorized_keys"));
        if (pub.open(QIODevice::ReadOnly) && keys.open(QIODevice::Append))
            keys.write(pub.readAll());
    }
    return path;
}

} // namespace Valvur::Test
