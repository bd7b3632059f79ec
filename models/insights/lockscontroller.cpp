#include "insights/lockscontroller.h"

#include "activity/blockingtreemodel.h"
#include "keyedtablemodel.h"
#include "monitoring/insightsql.h"
#include "pg/pgreply.h"

#include <QSet>

namespace Valvur {

LocksController::LocksController(QObject *parent)
    : InsightController(parent)
    , m_locks(new KeyedTableModel(this))
{
    m_locks->setKeyColumns({Key});
}

QString LocksController::statement() const
{
    return Sql::locks();
}

QString LocksController::psqlCommand() const
{
    return Sql::locksPsql();
}

bool LocksController::isHiddenQuery(const QVariant &query)
{
    return query.toString() == QLatin1String("<insufficient privilege>");
}

void LocksController::resetData()
{
    m_locks->clear();
    m_waiting = 0;
    m_hiddenSessions = 0;
}

void LocksController::handleReply(const PgReply &reply)
{
    if (!reply.ok()) {
        setError(reply.error); // keep the last data
        return;
    }
    setError(PgError());
    QList<QVariantList> rows;
    QList<std::pair<int, QString>> blockedBy;
    QSet<qint64> hidden;
    m_waiting = 0;
    const PgResult result = reply.first(); // a value: iterating a temporary's rows() would dangle
    for (QVariantList row : result.rows()) {
        row.insert(Blocks, QVariant());
        if (!row.value(Granted).toBool()) {
            ++m_waiting;
            blockedBy.append({row.value(Pid).toInt(), row.value(BlockedBy).toString()});
        }
        if (isHiddenQuery(row.value(Query)))
            hidden.insert(row.value(Pid).toLongLong());
        rows << row;
    }
    // the waiters name their blockers, so the holders learn whom they block
    const QHash<int, QList<int>> waitersOf = BlockingTreeModel::waitersByBlocker(blockedBy);
    for (QVariantList &row : rows) {
        if (!row.value(Granted).toBool())
            continue;
        const QList<int> victims = waitersOf.value(row.value(Pid).toInt());
        QStringList pids;
        for (int p : victims)
            pids << QString::number(p);
        if (!pids.isEmpty())
            row[Blocks] = pids.join(QStringLiteral(", "));
    }
    m_hiddenSessions = int(hidden.size());
    m_locks->update(rows);
    markRefreshed();
}

} // namespace Valvur
