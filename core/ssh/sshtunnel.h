#pragma once

#include "pg/connectionoptions.h"
#include "ssh/sshendpoint.h"
#include "ssh/sshhostkey.h"
#include "tools/toolrunner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QLocalSocket;

namespace Valvur {

class SshHostKeyScan;

// One SSH tunnel of the system's OpenSSH client (ssh -N) that forwards a local Unix socket,
// $XDG_RUNTIME_DIR/valvur/tunnel-<pid>-<n>/.s.PGSQL.5432 (directory 0700; a private directory in
// the temporary folder without XDG_RUNTIME_DIR), to the database as the SSH host sees it (host:port
// or a remote socket). libpq then connects with host=<socketDir()> port=5432 (apply()).
// Asynchronous: start() returns at once; "ready" means the socket exists and a PostgreSQL answered
// an SSLRequest through it, within readyTimeout(). ssh runs in a process group of its own with
// SIGKILL as its parent-death signal (ToolRunner); stop() ends the group and removes the directory.
// After Ready, an ssh that exits is restarted with backoff (1, 2, 4 … 30 s): Reconnecting.
// Failures get a stable cause (causeIds(), words in SshText): ssh-missing, ssh-host-unknown (with
// the host key's fingerprint), ssh-host-key-changed, ssh-auth-failed, ssh-unreachable,
// ssh-forward-failed, ssh-failed.
// The program is VALVUR_SSH or ssh on PATH; a config file (-F) comes from setConfigFile() or
// VALVUR_SSH_CONFIG, otherwise ssh reads the user's own ~/.ssh/config.
class SshTunnel : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Ready, Reconnecting, Failed };
    Q_ENUM(State)

    explicit SshTunnel(const SshEndpoint &endpoint, QObject *parent = nullptr);
    ~SshTunnel() override;

    const SshEndpoint &endpoint() const { return m_endpoint; }
    void setConfigFile(const QString &path) { m_configFile = path; }
    QString configFile() const { return m_configFile; }
    // The profile whose keychain entry "<profileId>/ssh" may hold a key passphrase or an SSH
    // password: ssh then runs with BatchMode=no and asks the askpass helper (the valvur program,
    // cli/sshaskpass.h) for it, never a terminal. Only the profile id travels, in the environment.
    void setAskpass(const QString &profileId, const QString &helperProgram);
    void setReadyTimeout(int ms) { m_readyTimeoutMs = ms; }
    int readyTimeout() const { return m_readyTimeoutMs; }

    void start();
    void stop();

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    QString cause() const { return m_cause; }               // when Failed (or the last one while Reconnecting)
    QString errorText() const { return m_errorText; }       // ssh's own words
    QString fingerprint() const { return m_fingerprint; }   // ssh-host-unknown: SHA256:… when found
    QString socketDir() const { return m_dir; }
    // ssh-host-unknown / ssh-host-key-changed: the first key the host offers now (host and port
    // as ssh -G resolves them; empty fingerprint when it could not be asked) and the known_hosts
    // file ssh reads for it (empty: the user's default).
    SshHostKey hostKey() const { return m_hostKey; }
    QString knownHostsFile() const { return m_knownHostsFile; }
    static constexpr int LocalPort = 5432;
    QString socketPath() const;
    qint64 processId() const { return m_runner ? m_runner->processId() : 0; }
    int reconnectDelaySeconds() const { return m_backoffS; }
    // The options with host=socketDir(), port=5432 (hostaddr dropped): what libpq connects to.
    ConnectionOptions apply(const ConnectionOptions &options) const;

    // What ssh is started with: the program and the arguments (no secret is ever among them).
    static QString program();
    QStringList arguments() const;
    // The destination as ssh takes it: [user@]host:port becomes ssh://[user@]host:port.
    static QString sshDestination(const QString &destination);
    // Common options for every ssh Valvur runs for this endpoint (-F, -i, -J).
    QStringList commonArguments() const;

    static QStringList causeIds();
    // The stable cause for ssh's error output and exit; an empty list and started=false: ssh-missing.
    static QString classify(const QStringList &errorLines, bool started);

    // Removes tunnel directories left by Valvur processes that no longer run (a kill -9: the ssh
    // went with it by its parent-death signal, its control socket stayed); returns them.
    static QStringList sweepStale();
    static QString baseDir();

Q_SIGNALS:
    void stateChanged(Valvur::SshTunnel::State state);
    void ready();
    void failed(const QString &cause);
    void reconnecting(int delaySeconds);

private:
    void launch();
    void setState(State state);
    void onFinished(ToolRunner::Outcome outcome);
    void onErrorLine(const QString &line);
    void poll();
    void probe();
    void fail(const QString &cause);
    void concludeFailure(const QString &cause);
    void scheduleReconnect();
    void stopProcess(bool now);
    bool makeDir();

    SshEndpoint m_endpoint;
    QString m_configFile;
    QString m_askpassProfile;
    QString m_askpassHelper;
    QPointer<ToolRunner> m_runner;
    QPointer<QLocalSocket> m_probe;
    QPointer<SshHostKeyScan> m_scan;
    QTimer m_poll;
    QTimer m_retry;
    QElapsedTimer m_clock;
    QString m_dir;
    QString m_cause;
    QString m_errorText;
    QString m_fingerprint;
    SshHostKey m_hostKey;
    QString m_knownHostsFile;
    QStringList m_errorLines;
    State m_state = State::Idle;
    int m_readyTimeoutMs = 20000;
    int m_backoffS = 0;
    bool m_wasReady = false;
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::SshTunnel::State)
