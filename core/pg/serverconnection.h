#pragma once

#include "pg/connectionoptions.h"
#include "pg/pgsession.h"
#include "ssh/sshtunnel.h"
#include "ssh/sshtunnelregistry.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Valvur {


// A server the user has open: its connection options and the one monitoring session Valvur keeps
// to it (application_name=valvur, reconnecting with backoff). Pages run their statements on
// session() and refresh on tick(), so a server costs one connection however many pages look at it.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    enum class Environment { Unknown, Development, Staging, Production };
    Q_ENUM(Environment)

    ServerConnection(const ConnectionOptions &options, QObject *parent = nullptr);
    ~ServerConnection() override;

    QString title() const { return m_title.isEmpty() ? m_options.displayName() : m_title; }
    void setTitle(const QString &title) { m_title = title; }
    QString profileId() const { return m_profileId; }
    void setProfileId(const QString &id) { m_profileId = id; }
    // The local container this server runs in (its name), empty when not a container.
    QString container() const { return m_container; }
    void setContainer(const QString &name) { m_container = name; }
    Environment environment() const { return m_environment; }
    void setEnvironment(Environment e) { m_environment = e; }
    const ConnectionOptions &options() const { return m_options; }

    // A server behind an SSH host (call before open(), with the profile id set): the profile's
    // tunnel from the registry (shared, released when this server goes). open() waits for it;
    // once it is ready, options() point at its socket (host=<directory> port=5432), so side
    // sessions and tools go through it too. When the tunnel comes back after a drop, the
    // monitoring session reconnects at once.
    void setSshTunnel(SshTunnelRegistry *registry, const SshEndpoint &endpoint);
    SshTunnel *sshTunnel() const { return m_tunnel; }

    // Opens the monitoring session. A production server's session is read-only.
    void open(const QString &password = {});
    void close();
    // The password this server was opened with (memory only), for the tools Valvur starts for it
    // (pg_dump through a temporary pgpass file). Empty: libpq's own pgpass lookup applies.
    QString password() const { return m_password; }

    PgSession *session() { return &m_session; }
    // Opens another session to the same server as the same user (same options and password,
    // application_name=valvur, read-only for production) but to another database: e.g. for the
    // table sizes of a database the monitoring session is not connected to. The caller owns it.
    void openSideSession(PgSession *session, const QString &database) const;
    PgSession::State state() const { return m_session.state(); }

    // The monitoring tick (default 1 s): pages that refresh live listen to it.
    int tickInterval() const { return m_tick.interval(); }
    void setTickInterval(int ms) { m_tick.setInterval(ms); }
    void setTicking(bool on);
    bool isTicking() const { return m_tick.isActive(); }

    // Valvur's own sessions to this server never wait long for an application's lock, and never
    // run a statement without a bound: these go into their options before the user's own (so a
    // statement_timeout or lock_timeout the user gives in the connection string, service file or
    // PGOPTIONS still applies).
    static constexpr int LockTimeoutMs = 2000;
    static constexpr int StatementTimeoutMs = 30000;

    // Whether the server answers. A connected server whose monitoring session has waited longer
    // than answerBound() (default 10 s) for an answer is "not answering": a frozen or overloaded
    // server keeps the TCP connection open and says nothing. silentSince() is when the
    // unanswered request was sent, lastAnswer() when the last answer came.
    bool isAnswering() const { return m_answering; }
    QDateTime silentSince() const { return m_silentSince; }
    QDateTime lastAnswer() const { return m_lastAnswer; }
    int answerBound() const { return m_answerBound; }
    void setAnswerBound(int ms);

Q_SIGNALS:
    void stateChanged(Valvur::PgSession::State state);
    void connected();
    void tick();
    void answeringChanged(bool answering);
    // The SSH tunnel's state changed (see sshTunnel()): Starting, Ready, Reconnecting, Failed.
    void sshStateChanged();

private:
    ConnectionOptions m_options;
    QString m_title;
    QString m_profileId;
    QString m_container;
    Environment m_environment = Environment::Unknown;
    PgSession m_session;
    void checkAnswering();

    QTimer m_tick;
    QTimer m_answerWatch;
    int m_answerBound = 10000;
    bool m_answering = true;
    QDateTime m_silentSince;
    QDateTime m_lastAnswer;
    QString m_password; // memory only, for side sessions; never written anywhere
    QPointer<SshTunnelRegistry> m_tunnels;
    QPointer<SshTunnel> m_tunnel;
    bool m_opened = false;
    void openSession();
};

} // namespace Valvur
