#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Valvur::Test {

// A real OpenSSH server for one test program: /usr/sbin/sshd -D -e on a free 127.0.0.1 port with
// its own ed25519 host key, accepting one generated client key for the current user (root on CI:
// PermitRootLogin prohibit-password), AuthorizedKeysFile, PidFile and everything else in a
// temporary directory. clientConfig() is an ssh_config (for ssh -F) naming the host as alias()
// with its port, the client key and a known_hosts file that holds the host key. The destructor
// (and stop()) ends sshd and every session it started. start() returns false with error() when
// sshd cannot run: tests then fail with that text, never skip.
class SshServer
{
public:
    SshServer();
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    bool start(const QString &alias = QStringLiteral("valvur-test"));
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    int port() const { return m_port; }
    QString alias() const { return m_alias; }
    QString user() const { return m_user; }
    qint64 pid() const { return m_process.processId(); }
    const QString &error() const { return m_error; }
    QString dir() const { return m_dir ? m_dir->path() : QString(); }

    // The client's ssh_config (Host alias(): HostName 127.0.0.1, Port, User, IdentityFile,
    // UserKnownHostsFile with the host key, no global known_hosts, StrictHostKeyChecking yes).
    QString clientConfig() const { return dir() + QStringLiteral("/ssh_config"); }
    // The accepted client key (private) and the server's host key line for a known_hosts file.
    QString clientKey() const { return dir() + QStringLiteral("/client_key"); }
    QString knownHostsLine() const;
    // SHA256:… of the host key, as ssh-keygen -lf prints it.
    QString hostKeyFingerprint() const;

    // Writes another client config next to the default one: the same host, with the given
    // known_hosts contents and identity file (for the doctor's failures), plus extra lines
    // (e.g. a second host). Returns its path.
    QString writeClientConfig(const QString &name, const QString &knownHosts, const QString &identityFile,
                              const QString &extra = {}) const;
    // The Host block of this server for a config file (alias, port, key, known_hosts file).
    QString hostBlock(const QString &knownHostsFile, const QString &identityFile) const;
    // A fresh ed25519 key pair in the server's directory that the server does not accept.
    QString makeStrangerKey(const QString &name) const { return makeKey(name, {}, false); }
    // A fresh key pair (with a passphrase when given) the server accepts when authorized is true.
    QString makeKey(const QString &name, const QString &passphrase, bool authorized) const;
    // sshd's own log so far (-e writes it to stderr).
    QString log();

    // Runs a program synchronously (set-up only): exit code, output in *output.
    static int run(const QString &program, const QStringList &args, QString *output = nullptr, int timeoutMs = 30000);

private:
    bool fail(const QString &message);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QString m_alias;
    QString m_user;
    QString m_error;
    QByteArray m_log;
    int m_port = 0;
};

} // namespace Valvur::Test
