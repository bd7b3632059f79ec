#pragma once

#include "insights/lockscontroller.h"
#include "pages/insightpage.h"

class QPushButton;

namespace Valvur {

// Locks: pg_locks joined with pg_stat_activity, waiting locks first, with who blocks whom. A
// double-click (or "Show in Activity") asks for the session on the Activity page.
class LocksPage : public InsightPage
{
    Q_OBJECT
public:
    using enum LocksController::Column;

    explicit LocksPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("locks"); }
    QString title() const override;
    InsightTable *table() const { return m_table; }
    LocksController *locks() const { return m_controller; }

Q_SIGNALS:
    // The user wants to see this session (and its place in the blocking tree) on the Activity page.
    void showSessionRequested(int pid);

protected:
    void showData() override;
    void resetData() override;
    void retranslatePage() override;

private:
    void updateNote();
    void requestCurrentSession();

    LocksController *m_controller;
    InsightTable *m_table;
    QPushButton *m_showSession;
};

} // namespace Valvur
