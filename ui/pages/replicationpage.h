#pragma once

#include "insights/replicationcontroller.h"
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
    using enum ReplicationController::StandbyColumn;
    using enum ReplicationController::SlotColumn;

    explicit ReplicationPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("replication"); }
    QString title() const override;
    InsightTable *standbysTable() const { return m_standbys; }
    InsightTable *slotsTable() const { return m_slots; }

protected:
    void showData() override;
    void resetData() override;
    void retranslatePage() override;

private:
    void updateTexts();

    ReplicationController *m_controller;
    InsightTable *m_standbys;
    InsightTable *m_slots;
    QGroupBox *m_standbysBox;
    QGroupBox *m_slotsBox;
    QLabel *m_role;
};

} // namespace Valvur
