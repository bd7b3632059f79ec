#include "serverconnection.h"

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
}

namespace {
ConnectionOptions sessionOptions(ConnectionOptions o, ServerConnection::Environment environment)
{
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur"));
    if (environment == ServerConnection::Environment::Production) {
        // The monitoring session of a production server can never write.
        QString opts = o.value(QStringLiteral("options"));
        opts += QStringLiteral(" -c default_transaction_read_only=on");
        o.setValue(QStringLiteral("options"), opts.trimmed());
    }
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
    const ConnectionOptions o = sessionOptions(m_options, m_environment);
    m_session.open(o, password);
    m_tick.start();
}

void ServerConnection::close()
{
    m_tick.stop();
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
