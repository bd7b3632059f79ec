#pragma once

#include "pg/pgerror.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>

#include <functional>
#include <memory>

namespace Valvur {

class PgRowCache;
class PgSession;
class ServerConnection;
struct PgReply;

// What every page controller needs around its refresh, without widgets: the current server
// (its tick() and connected() re-emitted here), one request at a time (a refresh while one is in
// flight is skipped; the next tick tries again), a generation that drops replies from before a
// server switch or reset(), and the last refresh's error. A controller owns one PageQuery and the
// page forwards errorChanged() to Page::setRefreshError().
class PageQuery : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const PgReply &)>;

    explicit PageQuery(QObject *parent = nullptr);

    // Follows another server (nullptr: none). The reply in flight is dropped and the last error
    // forgotten (errorChanged() with a null PgError).
    void setServer(ServerConnection *server);
    ServerConnection *server() const;
    bool isConnected() const;

    // Sends sql on the server's monitoring session unless a request is in flight or the session
    // is not connected (then returns false). done() runs only when no setServer() or reset() came
    // in between, with the in-flight state already cleared.
    bool exec(const QString &sql, Handler done, std::shared_ptr<PgRowCache> cache = {});
    // The same with $1… parameters.
    bool exec(const QString &sql, const QVariantList &params, Handler done, std::shared_ptr<PgRowCache> cache = {});
    // A request outside the one refresh slot (an action, a second query, a side session of the
    // controller's own): done() runs only when no setServer() or reset() came in between.
    void send(PgSession *session, const QString &sql, const QVariantList &params, Handler done,
              std::shared_ptr<PgRowCache> cache = {});

    // For a controller that finishes a reply later (Activity applies it in an event of its own):
    // begin() claims the one request slot (false: in flight or not connected), isCurrent() says
    // whether a generation is still the current one, finish() frees the slot.
    bool begin();
    void finish() { m_inFlight = false; }
    bool isInFlight() const { return m_inFlight; }
    quint64 generation() const { return m_generation; }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    // Drops the reply in flight (a pause, a lost connection).
    void reset();

    // Every refresh reports its outcome here: the error of a failed one, a null PgError for a good
    // one. Emits errorChanged() each time; the page words it and skips repeats.
    void setError(const PgError &error);
    const PgError &lastError() const { return m_lastError; }

Q_SIGNALS:
    void tick();
    void connected();
    void errorChanged(const Valvur::PgError &error);

private:
    QPointer<ServerConnection> m_server;
    bool m_inFlight = false;
    quint64 m_generation = 0;
    PgError m_lastError;
};

} // namespace Valvur
