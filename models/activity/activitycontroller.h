#pragma once

#include "pg/pgerror.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QVariant>

#include <memory>

namespace Valvur {

class ActivityModel;
class PgRowCache;
struct PgReply;
class BlockingTreeModel;
class PageQuery;
class ServerConnection;

// A session the user chose to cancel or terminate, as the user saw it: the pid and its
// backend_start (microseconds; null when hidden from this role) are what the server checks,
// the rest is for the confirmation.
struct SignalTarget
{
    int pid = 0;
    QVariant startedUs;
    QString user;
    QString database;
    QString query;
    bool own = false;

    static SignalTarget fromRow(const QVariantList &activityRow);
};

struct SignalOutcome
{
    enum Result { Done, Gone, Reused, Own, NeedsSuperuser, NeedsRole, Unverifiable, Failed, Error };
    int pid = 0;
    Result result = Error;
    PgError error; // for Error: why the statement failed

    static Result parse(const QString &word);
};

// The Activity page without widgets: refreshes pg_stat_activity on the server's tick (one round
// trip) into an ActivityModel and a BlockingTreeModel, pauses, and cancels or terminates sessions
// guarded against reused pids (Sql::signalBackends). Valvur's own sessions are refused here and
// again by the statement.
class ActivityController : public QObject
{
    Q_OBJECT
public:
    enum class Action { Cancel, Terminate };
    Q_ENUM(Action)

    explicit ActivityController(QObject *parent = nullptr);

    ActivityModel *model() const { return m_model; }
    BlockingTreeModel *tree() const { return m_tree; }

    void setServer(ServerConnection *server);
    ServerConnection *server() const;
    // Refresh on the tick only while the page is visible and not paused.
    void setActive(bool active);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool hasData() const { return m_hasData; }
    void refresh();

    // Sends the signal to every target in one statement; signalFinished reports one outcome per
    // target, in order. Refreshes right after, so the table shows the effect.
    void signalSessions(Action action, const QList<SignalTarget> &targets);
    bool isSignalling() const { return m_signalling; }

    // GUI-thread time the last refresh took to apply (for the benchmark).
    qint64 lastApplyNs() const { return m_lastApplyNs; }

Q_SIGNALS:
    void refreshed();
    void dataReady();
    void refreshFailed(const Valvur::PgError &error);
    void signalFinished(Valvur::ActivityController::Action action, const QList<Valvur::SignalOutcome> &outcomes);

private:
    void onTick();
    void apply(const PgReply &reply);

    PageQuery *m_query; // server, generation, one refresh at a time
    ActivityModel *m_model;
    std::shared_ptr<PgRowCache> m_rowCache;
    BlockingTreeModel *m_tree;
    bool m_active = false;
    bool m_paused = false;
    bool m_hasData = false;
    bool m_signalling = false;
    qint64 m_lastApplyNs = 0;
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::SignalOutcome)
