#pragma once

#include "pages/page.h"

class QLabel;
class QListView;
class QPushButton;
class QHBoxLayout;
class QStackedWidget;

namespace Valvur {

class LabController;
class LabHintsView;

// Lab mode (issue 14): on the left the scenarios with where the user stands with each; on the
// right the current one — its goal, Start / Check / Reset, the setup's progress, the verdict
// (solved green, unsolved amber, traps red), hints revealed one by one with a link to the page
// that shows the problem and the command that shows the same, the scenario's actions (their SQL
// shown and confirmed first), the advice once solved, and the time since the problem was staged.
class LabPage : public Page
{
    Q_OBJECT
public:
    explicit LabPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("lab"); }
    QString title() const override;
    void setServer(ServerConnection *server) override;
    bool hasData() const override;
    LabController *controller() const { return m_controller; }

    // Selects a scenario; with start, also starts it and shows its first hint once it runs (for
    // --lab-scenario: screenshots of a running scenario for the lab guide, classroom demos).
    bool openScenario(const QString &scenarioId, bool start);

Q_SIGNALS:
    void openPageRequested(const QString &pageId);

protected:
    void retranslate() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showScenario();
    void showStatus();
    void showVerdict();
    void showElapsed();
    void rebuildActions();
    void confirmReset();
    void confirmAction(const QString &actionId, const QString &label);
    void checkReady();

    LabController *m_controller;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QListView *m_list;
    QLabel *m_title;
    QLabel *m_section;
    QLabel *m_goal;
    QPushButton *m_start;
    QPushButton *m_check;
    QPushButton *m_reset;
    QLabel *m_elapsed;
    QLabel *m_progress;
    QLabel *m_notice;
    QLabel *m_verdict;
    QLabel *m_traps;
    QLabel *m_advice;
    QLabel *m_actionsLabel;
    QHBoxLayout *m_actions;
    LabHintsView *m_hints;
    bool m_startWanted = false;
    bool m_ready = false;
};

} // namespace Valvur
