#pragma once

#include "connectionoptions.h"
#include "pgsession.h"

#include <QObject>
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

    QString title() const { return m_title.isEmpty() ? m_options.displayName() : m_title; }
    void setTitle(const QString &title) { m_title = title; }
    QString profileId() const { return m_profileId; }
    void setProfileId(const QString &id) { m_profileId = id; }
    Environment environment() const { return m_environment; }
    void setEnvironment(Environment e) { m_environment = e; }
    const ConnectionOptions &options() const { return m_options; }

    // Opens the monitoring session. A production server's session is read-only.
    void open(const QString &password = {});
    // The password this server was opened with (memory only), for tools Valvur starts for it
    // (pg_dump through a temporary pgpass file). Empty: libpq's own pgpass lookup applies.
    QString password() const { return m_password; }
    void close();

    PgSession *session() { return &m_session; }
    PgSession::State state() const { return m_session.state(); }

    // The monitoring tick (default 1 s): pages that refresh live listen to it.
    int tickInterval() const { return m_tick.interval(); }
    void setTickInterval(int ms) { m_tick.setInterval(ms); }
    void setTicking(bool on);
    bool isTicking() const { return m_tick.isActive(); }

Q_SIGNALS:
    void stateChanged(Valvur::PgSession::State state);
    void connected();
    void tick();

private:
    ConnectionOptions m_options;
    QString m_title;
    QString m_profileId;
    QString m_password;
    Environment m_environment = Environment::Unknown;
    PgSession m_session;
    QTimer m_tick;
};

} // namespace Valvur
