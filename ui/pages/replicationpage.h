#pragma once

#include "pages/insightpage.h"

class QGroupBox;
class QLabel;

namespace Valvur {

// Replication: the standbys this server streams WAL to (pg_stat_replication: state, sent LSN,
// write/flush/replay lag) and the replication slots (active, WAL they hold back). With neither,
// an empty state explains what replication is.
class ReplicationPage : public InsightPage
{
    Q_OBJECT
public:
    enum StandbyColumn { Pid, User, Application, Client, State, SyncState, SentLsn, ReplayLagBytes, WriteLag, FlushLag,
                         ReplayLag, BackendStart };
    enum SlotColumn { SlotName, SlotType, SlotDatabase, SlotActive, SlotActivePid, SlotRetained, SlotWalStatus };

    explicit ReplicationPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("replication"); }
    QString title() const override;
    QString statement() const override;
    QString psqlCommand() const override;
    InsightTable *standbysTable() const { return m_standbys; }
    InsightTable *slotsTable() const { return m_slots; }

protected:
    void handleReply(const PgReply &reply) override;
    void resetData() override;
    void retranslatePage() override;

private:
    void updateTexts();

    InsightTable *m_standbys;
    InsightTable *m_slots;
    QGroupBox *m_standbysBox;
    QGroupBox *m_slotsBox;
    QLabel *m_role;
    bool m_haveFacts = false;
    bool m_inRecovery = false;
    QString m_receiverStatus;
    bool m_seesAll = true;
    bool m_empty = false;
};

} // namespace Valvur
