#pragma once

#include "insights/insightcontroller.h"

namespace Valvur {

class KeyedTableModel;

// The Replication page without widgets: whether this server is a standby (and its WAL receiver's
// state), the standbys it sends WAL to and its replication slots (Sql::replication).
class ReplicationController : public InsightController
{
    Q_OBJECT
public:
    enum StandbyColumn { Pid, User, Application, Client, State, SyncState, SentLsn, ReplayLagBytes, WriteLag, FlushLag,
                         ReplayLag, BackendStart };
    enum SlotColumn { SlotName, SlotType, SlotDatabase, SlotActive, SlotActivePid, SlotRetained, SlotWalStatus };

    explicit ReplicationController(QObject *parent = nullptr);

    QString statement() const override;
    QString psqlCommand() const override;
    KeyedTableModel *standbys() const { return m_standbys; }
    KeyedTableModel *replicationSlots() const { return m_slots; }
    bool hasFacts() const { return m_haveFacts; }
    bool inRecovery() const { return m_inRecovery; }
    QString receiverStatus() const { return m_receiverStatus; } // empty: no WAL receiver runs
    // False: this role may not see the standbys' state, positions and lag (pg_read_all_stats).
    bool seesAll() const { return m_seesAll; }
    // A primary with no standby and no slot: nothing to show but an explanation.
    bool isEmpty() const { return m_empty; }

protected:
    void handleReply(const PgReply &reply) override;
    void resetData() override;

private:
    KeyedTableModel *m_standbys;
    KeyedTableModel *m_slots;
    bool m_haveFacts = false;
    bool m_inRecovery = false;
    QString m_receiverStatus;
    bool m_seesAll = true;
    bool m_empty = false;
};

} // namespace Valvur
