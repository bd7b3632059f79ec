#pragma once

#include "insights/insightcontroller.h"

namespace Valvur {

class KeyedTableModel;

// The Locks page without widgets: pg_locks joined with pg_stat_activity (Sql::locks), waiting
// locks first. A waiting lock names its blockers (pg_blocking_pids); a granted one gets, in
// Blocks, the sessions waiting for its holder — the same who-blocks-whom as Activity's
// BlockingTreeModel.
class LocksController : public InsightController
{
    Q_OBJECT
public:
    enum Column { Key, Pid, Granted, BlockedBy, Blocks, Mode, LockType, Relation, Transaction, User, Database,
                  Application, State, Waiting, Query, ColumnCount };

    explicit LocksController(QObject *parent = nullptr);

    QString statement() const override;
    QString psqlCommand() const override;
    KeyedTableModel *locks() const { return m_locks; }
    // Lock requests waiting now, and sessions whose query text this role may not read.
    int waitingCount() const { return m_waiting; }
    int hiddenSessions() const { return m_hiddenSessions; }
    // What pg_stat_activity shows instead of another user's query.
    static bool isHiddenQuery(const QVariant &query);

protected:
    void handleReply(const PgReply &reply) override;
    void resetData() override;

private:
    KeyedTableModel *m_locks;
    int m_waiting = 0;
    int m_hiddenSessions = 0;
};

} // namespace Valvur
