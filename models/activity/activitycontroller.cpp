#include "activity/activitycontroller.h"

#include "activity/activitymodel.h"
#include "monitoring/activitysql.h"
#include "activity/blockingtreemodel.h"
#include "pagequery.h"
#include "pg/pgrowcache.h"
#include "pg/serverconnection.h"

#include <QHash>

namespace Valvur {

SignalTarget SignalTarget::fromRow(const QVariantList &r)
{
    SignalTarget t;
    t.pid = r.value(ActivityModel::FPid).toInt();
    t.startedUs = r.value(ActivityModel::FStartedUs);
    t.user = r.value(ActivityModel::FUser).toString();
    t.database = r.value(ActivityModel::FDatabase).toString();
    t.query = r.value(ActivityModel::FQuery).toString();
    t.own = r.value(ActivityModel::FIsSelf).toBool() || r.value(ActivityModel::FApplication).toString() == QLatin1String("valvur");
    return t;
}

SignalOutcome::Result SignalOutcome::parse(const QString &word)
{
    static const QHash<QString, Result> words = {
        {QStringLiteral("done"), Done},
        {QStringLiteral("gone"), Gone},
        {QStringLiteral("reused"), Reused},
        {QStringLiteral("own"), Own},
        {QStringLiteral("needs_superuser"), NeedsSuperuser},
        {QStringLiteral("needs_role"), NeedsRole},
        {QStringLiteral("unverifiable"), Unverifiable},
        {QStringLiteral("failed"), Failed},
    };
    return words.value(word, Error);
}

ActivityController::ActivityController(QObject *parent)
    : QObject(parent)
    , m_query(new PageQuery(this))
    , m_model(new ActivityModel(this))
    , m_rowCache(std::make_shared<PgRowCache>())
    , m_tree(new BlockingTreeModel(this))
{
    connect(m_query, &PageQuery::tick, this, &ActivityController::onTick);
    connect(m_query, &PageQuery::connected, this, &ActivityController::refresh);
}

void ActivityController::setServer(ServerConnection *server)
{
    m_signalling = false;
    m_hasData = false;
    m_rowCache->clear();
    m_model->clear();
    m_tree->clear();
    m_query->setServer(server); // drops the reply in flight
    if (m_query->isConnected())
        refresh();
}

ServerConnection *ActivityController::server() const
{
    return m_query->server();
}

void ActivityController::setActive(bool active)
{
    m_active = active;
    m_model->setTicking(active && !m_paused);
    if (active && !m_paused)
        refresh();
}

void ActivityController::setPaused(bool paused)
{
    m_paused = paused;
    m_model->setTicking(m_active && !paused);
    if (!paused && m_active)
        refresh();
}

void ActivityController::onTick()
{
    if (m_active && !m_paused)
        refresh();
}

void ActivityController::refresh()
{
    if (!m_query->begin())
        return; // not connected, or a refresh is in flight
    const quint64 generation = m_query->generation();
    // Unchanged sessions come back as the rows the model already holds (PgRowCache): converted
    // once, compared by pointer. The rows are applied in an event of their own, after the one
    // that read them, so neither makes the event loop wait long.
    m_query->server()->session()->exec(Sql::activity(), this, [this, generation](const PgReply &reply) {
        if (!m_query->isCurrent(generation))
            return; // from before a server switch
        QMetaObject::invokeMethod(this, [this, generation, reply] {
            if (m_query->isCurrent(generation))
                apply(reply);
        }, Qt::QueuedConnection);
    }, m_rowCache);
}

void ActivityController::apply(const PgReply &reply)
{
    m_query->finish();
    if (!reply.ok() || reply.results.size() < 2) {
        Q_EMIT refreshFailed(reply.error);
        return;
    }
    QElapsedTimer apply;
    apply.start();
    const double now = reply.at(0).value(0, 0).toDouble();
    const QList<QVariantList> &rows = reply.results.at(1).rows();
    m_model->setSessions(now, rows);
    m_tree->setSessions(now, rows);
    m_lastApplyNs = apply.nsecsElapsed();
    Q_EMIT refreshed();
    if (!m_hasData) {
        m_hasData = true;
        Q_EMIT dataReady();
    }
}

void ActivityController::signalSessions(Action action, const QList<SignalTarget> &targets)
{
    QList<SignalOutcome> outcomes(targets.size());
    QStringList pids, started;
    QList<int> sent; // index into targets
    ServerConnection *server = m_query->server();
    const int ownPid = server ? server->session()->backendPid() : 0;
    for (int i = 0; i < targets.size(); ++i) {
        outcomes[i].pid = targets.at(i).pid;
        if (targets.at(i).own || targets.at(i).pid == ownPid) {
            outcomes[i].result = SignalOutcome::Own; // never sent
            continue;
        }
        pids << QString::number(targets.at(i).pid);
        started << (targets.at(i).startedUs.isNull() ? QStringLiteral("NULL") : QString::number(targets.at(i).startedUs.toLongLong()));
        sent << i;
    }
    if (sent.isEmpty() || !server) {
        if (!server) {
            for (int i : std::as_const(sent)) {
                outcomes[i].result = SignalOutcome::Error;
                outcomes[i].error = PgError(PgError::Kind::NotConnected, QStringLiteral("not connected"));
            }
        }
        QMetaObject::invokeMethod(this, [this, action, outcomes] { Q_EMIT signalFinished(action, outcomes); }, Qt::QueuedConnection);
        return;
    }
    m_signalling = true;
    const quint64 generation = m_query->generation();
    const QVariantList params = {QStringLiteral("{%1}").arg(pids.join(QLatin1Char(','))),
                                 QStringLiteral("{%1}").arg(started.join(QLatin1Char(',')))};
    server->session()->exec(Sql::signalBackends(action == Action::Terminate), params, this,
                            [this, generation, action, outcomes, sent](const PgReply &reply) mutable {
                                if (!m_query->isCurrent(generation))
                                    return;
                                m_signalling = false;
                                const PgResult rows = reply.first();
                                for (int k = 0; k < sent.size(); ++k) {
                                    SignalOutcome &o = outcomes[sent.at(k)];
                                    if (!reply.ok() || k >= rows.rowCount()) {
                                        o.result = SignalOutcome::Error;
                                        o.error = reply.error;
                                        continue;
                                    }
                                    o.result = SignalOutcome::parse(rows.value(k, 1).toString());
                                }
                                Q_EMIT signalFinished(action, outcomes);
                                refresh();
                            });
}

} // namespace Valvur
