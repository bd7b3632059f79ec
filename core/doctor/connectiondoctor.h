#pragma once

#include "pg/connectionoptions.h"
#include "containers/containercause.h"
#include "doctor/doctorstep.h"
#include "pg/pgerror.h"
#include "ssh/sshendpoint.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTcpSocket;
class QTimer;

namespace Valvur {

class ContainerCheck;
class PgSession;
class SshConfigQuery;
class SshTunnel;

// Finds out why a connection fails, step by step, without blocking: name resolution (QHostInfo),
// TCP reachability of every address, whether the port speaks PostgreSQL at all (an SSLRequest
// must be answered with 'S' or 'N'), TLS, authentication and database (through PgSession, whose
// errors carry the SQLSTATE), and, once in, whether connection slots are left for others.
// Each step is announced when it starts and when it ends; finished() names the problem with a
// stable id (problemIds()). Words for the user are in DoctorText.
// When a local server cannot be reached (or a container was named), the container engine is asked
// last (step "containers", bounded): containerCauses() then name container causes with stable ids
// (containerCauseIds()) next to the network verdict, which stays as it is.
class ConnectionDoctor : public QObject
{
    Q_OBJECT
public:
    struct Holder // who holds connections (visible once a reserved slot let us in)
    {
        QString application;
        QString user;
        int count = 0;
    };

    explicit ConnectionDoctor(QObject *parent = nullptr);
    ~ConnectionDoctor() override;

    // Bound for each network step (lookup, TCP connect, protocol answer, login); default 5 s.
    // A connect_timeout in the options, when given, is used instead.
    static constexpr int DefaultStepTimeoutMs = 5000;
    void setStepTimeout(int ms) { m_stepTimeoutMs = ms; }
    int stepTimeout() const;

    // Starts (or restarts) a diagnosis. The password may be empty: libpq then reads the pgpass file.
    void start(const ConnectionOptions &options, const QString &password = {});
    void abort();
    bool isRunning() const { return m_running; }

    // The container the server runs in (a profile's container, valvur doctor --container): the
    // engine is then always asked about it. Empty: asked only about a failed local connection.
    void setContainer(const QString &name) { m_container = name; }
    const QString &container() const { return m_container; }
    // Off: never ask the container engine.
    void setContainerCheckEnabled(bool enabled) { m_containerCheckEnabled = enabled; }
    const QList<ContainerCause> &containerCauses() const { return m_causes; }

    // A profile's SSH leg: probed first (steps "ssh-config": what ssh -G resolves, "ssh": the
    // tunnel, with the ssh-* problem ids), then every database step runs through the tunnel.
    // The config file is for ssh -F (empty: VALVUR_SSH_CONFIG, else the user's own).
    void setSsh(const SshEndpoint &endpoint, const QString &configFile = {});
    // The profile whose keychain may hold an SSH secret, and the askpass helper (SshTunnel::setAskpass).
    void setSshAskpass(const QString &profileId, const QString &helper)
    {
        m_sshAskpassProfile = profileId;
        m_sshAskpassHelper = helper;
    }
    const SshEndpoint &ssh() const { return m_ssh; }
    QString sshErrorText() const { return m_sshError; }      // ssh's own words on failure
    QString sshFingerprint() const { return m_sshFingerprint; } // ssh-host-unknown: the key the host offers

    const ConnectionOptions &options() const { return m_options; }
    const QList<DoctorStep> &steps() const { return m_steps; }
    QString problem() const { return m_problem; } // empty while running
    const PgError &error() const { return m_error; } // libpq's or the server's words, when any
    qint64 elapsedMs() const { return m_elapsedMs; }
    // Filled when we got in: slots used by others, max_connections, superuser_reserved_connections.
    int connectionsInUse() const { return m_inUse; }
    int maxConnections() const { return m_maxConnections; }
    int reservedConnections() const { return m_reserved; }
    const QList<Holder> &holders() const { return m_holders; }

    // The problem id for a failed connection attempt (SQLSTATE first, then libpq's words).
    static QString problemFor(const PgError &error);
    static QStringList problemIds();

Q_SIGNALS:
    void stepStarted(int index);
    void stepFinished(int index);
    void finished(const QString &problem);

private:
    struct Probe // one TCP address under test
    {
        QString host;
        QString address;
        int port = 0;
        QTcpSocket *socket = nullptr;
        QTimer *timer = nullptr;
        int step = -1;
        QByteArray answer;
        QString outcome; // connected / connection-refused / timeout; then postgres / not-postgres / timeout
    };

    int beginStep(const QString &id, const QString &target);
    void endStep(int index, DoctorStep::State state, const char *note = nullptr, const QStringList &args = {},
                 const QString &raw = {});
    void resolveHosts();
    void onResolved(int hostIndex, const QStringList &addresses, const QString &errorText);
    void probeTcp();
    void onTcpDone(int probe, const QString &outcome, const QString &errorText);
    void probeProtocol(int probe);
    void onProtocolDone(int probe);
    void afterProtocol();
    void openSession();
    void onSessionConnected();
    void onSessionFailed(const PgError &error);
    void checkCapacity();
    void finish(const QString &problem);
    bool startContainerCheck(const QString &problem); // connectiondoctorcontainers.cpp
    void startSsh();                                  // connectiondoctorssh.cpp
    void stopSsh();
    void conclude(const QString &problem);
    void cleanup();

    ConnectionOptions m_options;
    QString m_password;
    int m_stepTimeoutMs = DefaultStepTimeoutMs;
    bool m_running = false;
    quint64 m_generation = 0;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    QList<DoctorStep> m_steps;
    QString m_problem;
    PgError m_error;

    QStringList m_hosts;
    QStringList m_ports;
    QList<QStringList> m_addresses;
    QList<int> m_resolveSteps;
    QList<int> m_lookupIds;
    int m_pending = 0;
    QList<Probe> m_probes;
    bool m_serverOffersTls = false;
    int m_tlsStep = -1;
    int m_authStep = -1;
    QPointer<PgSession> m_session;
    QPointer<QTimer> m_lookupTimer;
    QString m_container;
    bool m_containerCheckEnabled = true;
    QPointer<ContainerCheck> m_containerCheck;
    QList<ContainerCause> m_causes;
    SshEndpoint m_ssh;
    QString m_sshConfigFile;
    QString m_sshAskpassProfile;
    QString m_sshAskpassHelper;
    QPointer<SshTunnel> m_tunnel;
    QPointer<SshConfigQuery> m_sshQuery;
    QString m_sshError;
    QString m_sshFingerprint;

    int m_inUse = 0;
    int m_maxConnections = 0;
    int m_reserved = 0;
    QList<Holder> m_holders;
};

} // namespace Valvur
