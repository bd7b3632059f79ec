#include "insights/replicationcontroller.h"

#include "keyedtablemodel.h"
#include "monitoring/insightsql.h"
#include "pg/pgreply.h"

namespace Valvur {

ReplicationController::ReplicationController(QObject *parent)
    : InsightController(parent)
    , m_standbys(new KeyedTableModel(this))
    , m_slots(new KeyedTableModel(this))
{
    m_standbys->setKeyColumns({Pid});
    m_slots->setKeyColumns({SlotName});
}

QString ReplicationController::statement() const
{
    return Sql::replication();
}

QString ReplicationController::psqlCommand() const
{
    return Sql::replicationPsql();
}

void ReplicationController::resetData()
{
    m_standbys->clear();
    m_slots->clear();
    m_haveFacts = false;
    m_inRecovery = false;
    m_empty = false;
    m_seesAll = true;
    m_receiverStatus.clear();
}

void ReplicationController::handleReply(const PgReply &reply)
{
    if (!reply.ok() || reply.results.size() < 3) {
        setError(reply.error);
        return;
    }
    setError(PgError());
    const PgResult facts = reply.at(0);
    m_haveFacts = true;
    m_inRecovery = facts.value(0, 0).toBool();
    m_receiverStatus = facts.value(0, 1).toString();
    m_seesAll = facts.value(0, 2).toBool();
    m_standbys->update(reply.at(1).rows());
    m_slots->update(reply.at(2).rows());
    m_empty = reply.at(1).rowCount() == 0 && reply.at(2).rowCount() == 0 && !m_inRecovery;
    markRefreshed();
}

} // namespace Valvur
