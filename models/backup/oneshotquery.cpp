#include "backup/oneshotquery.h"

#include "pg/pgsession.h"

#include <QTimer>

namespace Valvur {

OneShotQuery::OneShotQuery(const QString &applicationName, QObject *parent)
    : QObject(parent)
    , m_applicationName(applicationName)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(TimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (m_session)
            m_session->cancel();
    });
}

void OneShotQuery::setTimeout(int ms)
{
    m_timeout->setInterval(ms);
}

void OneShotQuery::reset()
{
    ++m_generation;
    m_timeout->stop();
    if (m_session) {
        // Deleting it drops its handlers (their context is the session) and closes the connection.
        m_session->deleteLater();
        m_session = nullptr;
    }
}

void OneShotQuery::run(const ConnectionOptions &options, const QString &password, const QString &sql, Handler done,
                       const QVariantList &params)
{
    reset();
    auto *session = new PgSession(this);
    m_session = session;
    const quint64 generation = m_generation;
    ConnectionOptions o = options;
    o.setValue(QStringLiteral("application_name"), m_applicationName);
    connect(session, &PgSession::connectFailed, this, [this, session, generation](const PgError &e) {
        if (generation != m_generation)
            return;
        reset();
        Q_EMIT connectFailed(e);
    });
    connect(session, &PgSession::connected, this, [this, session, generation, sql, params, done = std::move(done)] {
        m_timeout->start();
        session->exec(sql, params, session, [this, generation, done](const PgReply &reply) {
            if (generation != m_generation)
                return;
            const PgReply r = reply; // reset() deletes the session the reply belongs to
            reset();
            done(r);
        });
    });
    session->open(o, password);
}

} // namespace Valvur
