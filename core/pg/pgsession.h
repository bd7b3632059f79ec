#pragma once

#include "pg/connectionoptions.h"
#include "pg/pgreply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;
class QSocketNotifier;
class QHostInfo;

namespace Valvur {

class PgRowCache;

// One connection to a server, on the GUI thread, driven by libpq's asynchronous API and socket
// notifiers: connecting, resolving host names, sending and reading never block the event loop.
// Requests are queued and run one after the other; each reply reaches its handler only while the
// handler's context object is alive.
class PgSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Resolving, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    using Handler = std::function<void(const PgReply &)>;

    explicit PgSession(QObject *parent = nullptr);
    ~PgSession() override;

    // Starts connecting. The password (may be empty: then libpq looks in the pgpass file) is
    // handed to libpq only and kept in memory for reconnects; it is never logged or shown.
    void open(const ConnectionOptions &options, const QString &password = {});
    void close();

    // Connect timeout in milliseconds; default: the options' connect_timeout, else 10 s.
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    int connectTimeout() const;
    // Reconnect with backoff (1, 2, 4 … 30 s) after a lost connection or a failed attempt that
    // may succeed later (not for wrong passwords or missing roles/databases).
    void setAutoReconnect(bool on) { m_autoReconnect = on; }
    bool autoReconnect() const { return m_autoReconnect; }

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    const ConnectionOptions &options() const { return m_options; }
    // The password given to open(), for the connection doctor's second look. Never log or show it.
    const QString &password() const { return m_password; }
    const PgError &lastError() const { return m_lastError; }
    int serverVersion() const;
    int backendPid() const;
    // The SCRAM-SHA-256 verifier of a password for CREATE/ALTER ROLE … PASSWORD, computed here
    // (PQencryptPasswordConn), so the password itself never travels to the server or its log.
    // Empty when not connected or libpq refused.
    QString encryptPassword(const QString &user, const QString &password) const;
    // The TLS protocol of the open connection ("TLSv1.3"), empty when it is not encrypted.
    QString sslProtocol() const;
    int secondsUntilReconnect() const;

    // Queues a statement. With parameters it runs through the extended protocol ($1, $2 … as
    // parameters, never pasted into the text) and must be one statement. Without parameters
    // several statements may be sent at once; the reply holds one row set each.
    void exec(const QString &sql, const QVariantList &params, QObject *context, Handler handler)
    {
        exec(sql, params, context, std::move(handler), nullptr);
    }
    void exec(const QString &sql, QObject *context, Handler handler) { exec(sql, {}, context, std::move(handler)); }
    // The same for a request sent again and again (a page's refresh): rows whose raw text is the
    // same as in the last reply read through this cache come back as that reply's rows (shared,
    // not converted again). The values are the same as without a cache.
    void exec(const QString &sql, QObject *context, Handler handler, std::shared_ptr<PgRowCache> cache);
    void exec(const QString &sql, const QVariantList &params, QObject *context, Handler handler,
              std::shared_ptr<PgRowCache> cache);

    // Asks the server to cancel the running request (off the GUI thread; libpq's PQcancel blocks).
    // The request then ends with a Cancelled error (SQLSTATE 57014).
    void cancel();
    bool isBusy() const { return m_current.has_value(); }
    // How long the request now on the wire has waited for its answer (ms); -1 when none is.
    qint64 busyForMs() const { return m_current ? m_requestTimer.elapsed() : -1; }
    int queuedCount() const { return int(m_queue.size()) + (m_current ? 1 : 0); }

Q_SIGNALS:
    void stateChanged(Valvur::PgSession::State state);
    void connected();
    void connectFailed(const Valvur::PgError &error);
    void connectionLost(const Valvur::PgError &error);
    void notice(const QString &message);
    void notification(const QString &channel, const QString &payload);
    // The server answered a request (its reply, an error included, is complete).
    void answered();

private:
    struct Request
    {
        QString sql;
        QVariantList params;
        bool extended = false;
        QPointer<QObject> context;
        Handler handler;
        std::shared_ptr<PgRowCache> cache;
    };

    void setState(State s);
    void teardown();
    void startConnect();
    void onHostResolved(int index, const QHostInfo &info);
    void startLibpq();
    void pollConnect();
    void connectFailedWith(const PgError &error);
    void lose(const PgError &error);
    void scheduleReconnect();
    void updateNotifiers(bool wantRead, bool wantWrite);
    void dropNotifiers();
    void onReadable();
    void onWritable();
    void drain();
    void flush();
    void readResults();
    void finishCurrent();
    void failAll(const PgError &error);
    PgError connectionError() const;
    static void noticeReceiver(void *arg, const pg_result *res);

    ConnectionOptions m_options;
    QString m_password;
    pg_conn *m_conn = nullptr;
    State m_state = State::Disconnected;
    PgError m_lastError;
    int m_socket = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    int m_reconnectAttempt = 0;
    int m_connectTimeoutMs = -1;
    bool m_autoReconnect = false;
    quint64 m_generation = 0;

    // name resolution: one entry per host in the host list
    QStringList m_hosts;
    QList<QStringList> m_addresses;
    int m_pendingLookups = 0;
    QList<int> m_lookupIds;

    QQueue<Request> m_queue;
    std::optional<Request> m_current;
    PgReply m_partial;
    QElapsedTimer m_requestTimer;
};

} // namespace Valvur
