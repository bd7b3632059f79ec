#pragma once

#include "pages/insightpage.h"

class QPushButton;

namespace Valvur {

// Locks: pg_locks joined with pg_stat_activity, waiting locks first, with who blocks whom. A
// double-click (or "Show in Activity") asks for the session on the Activity page.
class LocksPage : public InsightPage
{
    Q_OBJECT
public:
    enum Column { Key, Pid, Granted, BlockedBy, Blocks, Mode, LockType, Relation, Transaction, User, Database,
                  Application, State, Waiting, Query, ColumnCount };

    explicit LocksPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("locks"); }
    QString title() const override;
    QString statement() const override;
    QString psqlCommand() const override;
    InsightTable *table() const { return m_table; }

Q_SIGNALS:
    // The user wants to see this session (and its place in the blocking tree) on the Activity page.
    void showSessionRequested(int pid);

protected:
    void handleReply(const PgReply &reply) override;
    void resetData() override;
    void retranslatePage() override;

private:
    void updateNote();
    void requestCurrentSession();

    InsightTable *m_table;
    QPushButton *m_showSession;
    int m_hiddenSessions = 0;
    int m_waiting = 0;
};

} // namespace Valvur
