#pragma once

#include "pg/pgerror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QVariantList>

#include <functional>

namespace Valvur {

class PageQuery;
class PgSession;
class ServerConnection;
struct PgReply;

// What the six insight controllers share, without widgets: a PageQuery (server switch, one
// request at a time, generation, last error), a refresh every refreshEveryTicks() ticks while
// the page is active (and at once when it comes back with older data), and counting of what was
// sent (tests prove "one request per refresh" and "Show SQL is what ran"). A subclass supplies
// its statement() and shapes the reply into models and plain values in handleReply(), then calls
// markRefreshed().
class InsightController : public QObject
{
    Q_OBJECT
public:
    explicit InsightController(QObject *parent = nullptr);

    PageQuery *query() const { return m_query; }
    // Follows another server (nullptr: none): the reply in flight is dropped and resetData() forgets
    // the old server's data. Refreshes at once when active and connected.
    void setServer(ServerConnection *server);
    ServerConnection *server() const;
    virtual void setActive(bool active);
    bool isActive() const { return m_active; }
    // Sends the refresh unless one is in flight or the server is not connected.
    void refresh();

    bool hasData() const { return m_hasData; }
    // What "Show SQL" shows.
    virtual QString statement() const = 0;
    // What psql would show instead (for "Show SQL").
    virtual QString psqlCommand() const { return {}; }
    virtual int refreshEveryTicks() const { return 2; }
    QString lastSentSql() const { return m_lastSentSql; }
    quint64 requestCount() const { return m_requestCount; }

Q_SIGNALS:
    void refreshed();  // the models and values hold a refresh's data
    void dataReady();  // the first data from this server, after refreshed()
    void errorChanged(const Valvur::PgError &error); // every refresh's outcome (null: it worked)
    void cleared();    // setServer(): the old server's data is gone

protected:
    // The reply of statement() (the default sendRefresh()). Report the outcome with setError().
    virtual void handleReply(const PgReply &reply) = 0;
    virtual void resetData() {}
    // Sends the refresh (the request slot is claimed; call refreshDone() when it is over).
    virtual void sendRefresh();
    void refreshDone();
    void setError(const PgError &error);
    void markRefreshed();
    // Sends sql on session (the monitoring one unless given), counting it; handler runs only when
    // no server switch came in between.
    void send(PgSession *session, const QString &sql, const QVariantList &params, std::function<void(const PgReply &)> handler);
    PgSession *session() const;

private:
    void onTick();

    PageQuery *m_query;
    QString m_lastSentSql;
    quint64 m_requestCount = 0;
    QElapsedTimer m_sinceRefresh;
    bool m_active = false;
    bool m_hasData = false;
    int m_ticks = 0;
};

} // namespace Valvur
