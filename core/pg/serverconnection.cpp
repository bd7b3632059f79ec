#include "pg/serverconnection.h"

namespace Valvur {

ServerConnection::ServerConnection(const ConnectionOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_session.setAutoReconnect(true);
    m_tick.setInterval(1000);
    connect(&m_session, &PgSession::stateChanged, this, &ServerConnection::stateChanged);
    connect(&m_session, &PgSession::connected, this, &ServerConnection::connected);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_session.isConnected())
            Q_EMIT tick();
    });
    connect(&m_session, &PgSession::answered, this, [this] {
        m_lastAnswer = QDateTime::currentDateTime();
        checkAnswering();
    });
    connect(&m_session, &PgSession::stateChanged, this, &ServerConnection::checkAnswering);
    connect(&m_answerWatch, &QTimer::timeout, this, &ServerConnection::checkAnswering);
    setAnswerBound(m_answerBound);
}

ServerConnection::~ServerConnection()
{
    if (m_tunnel && m_tunnels) {
        m_tunnel->disconnect(this);
        m_tunnels->release(m_profileId);
    }
}

void ServerConnection::setSshTunnel(SshTunnelRegistry *registry, const SshEndpoint &endpoint)
{
    m_tunnels = registry;
    m_tunnel = registry->acquire(m_profileId, endpoint);
    connect(m_tunnel, &SshTunnel::stateChanged, this, &ServerConnection::sshStateChanged);
    connect(m_tunnel, &SshTunnel::ready, this, [this] {
        // Back after a drop (or ready for the first time): connect now, not at the next backoff step.
        if (m_opened && !m_session.isConnected())
            openSession();
    });
}

void ServerConnection::setAnswerBound(int ms)
{
    m_answerBound = qMax(1, ms);
    m_answerWatch.setInterval(qBound(50, m_answerBound / 4, 1000));
}

void ServerConnection::checkAnswering()
{
    // Only a connected session can be silent; a lost connection is the banner's other story.
    const qint64 waited = m_session.isConnected() ? m_session.busyForMs() : -1;
    const bool answering = waited < m_answerBound;
    if (!answering && m_answering)
        m_silentSince = QDateTime::currentDateTime().addMSecs(-waited);
    if (answering == m_answering)
        return;
    m_answering = answering;
    if (answering)
        m_silentSince = QDateTime();
    Q_EMIT answeringChanged(answering);
}

namespace {
ConnectionOptions sessionOptions(ConnectionOptions o, ServerConnection::Environment environment)
{
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur"));
    // Ours first: a later -c of the same name (the user's own) wins. The user's options may come
    // from the connection string, the service file or PGOPTIONS; setting options here replaces
    // the last two for libpq, so they are carried over.
    QString opts = QStringLiteral("-c lock_timeout=%1 -c statement_timeout=%2")
                       .arg(ServerConnection::LockTimeoutMs)
                       .arg(ServerConnection::StatementTimeoutMs);
    const QString own = o.effective(QStringLiteral("options")).trimmed();
    if (!own.isEmpty())
        opts += QLatin1Char(' ') + own;
    // The monitoring session of a production server can never write.
    if (environment == ServerConnection::Environment::Production)
        opts += QStringLiteral(" -c default_transaction_read_only=on");
    o.setValue(QStringLiteral("options"), opts);
    return o;
}
} // namespace

void ServerConnection::openSideSession(PgSession *session, const QString &database) const
{
    ConnectionOptions o = sessionOptions(m_options, m_environment);
    o.setValue(QStringLiteral("dbname"), database);
    session->open(o, m_password);
}

void ServerConnection::open(const QString &password)
{
    m_password = password;
    m_opened = true;
    m_tick.start();
    m_answerWatch.start();
    // Behind an SSH host the session waits for the tunnel (its ready() opens it).
    if (!m_tunnel || m_tunnel->isReady())
        openSession();
}

void ServerConnection::openSession()
{
    if (m_tunnel)
        m_options = m_tunnel->apply(m_options);
    m_session.open(sessionOptions(m_options, m_environment), m_password);
}

void ServerConnection::close()
{
    m_opened = false;
    m_tick.stop();
    m_answerWatch.stop();
    m_session.close();
}

void ServerConnection::setTicking(bool on)
{
    if (on)
        m_tick.start();
    else
        m_tick.stop();
}

} // namespace Valvur
