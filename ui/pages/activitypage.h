#pragma once

#include "activity/activitycontroller.h"
#include "pages/page.h"

#include <QHash>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolBar;
class QTreeView;

namespace Valvur {

class ActivityFilterBar;
class ActivityTableView;
class ActivityFilterModel;
class ConnectionBanner;
class ServerConnection;
class SignalConfirmDialog;

// Live pg_stat_activity: a filtered, sortable table that updates by diff, the full query of the
// current row, who blocks whom, and cancel/terminate with a confirmation that lists every target.
// The work without widgets is in ActivityController.
class ActivityPage : public Page
{
    Q_OBJECT
public:
    explicit ActivityPage(const PageContext &context, QWidget *parent = nullptr);
    ~ActivityPage() override;

    QString pageId() const override { return QStringLiteral("activity"); }
    QString title() const override;
    void setServer(ServerConnection *server) override;
    bool hasData() const override;
    void setActive(bool active) override;
    void refreshNow() override;

    ActivityController *controller() const { return m_controller; }
    ActivityFilterModel *filterModel() const { return m_proxy; }
    // The sessions the actions would target now (the selection in the table or in the tree).
    QList<SignalTarget> selectedTargets() const;
    // Selects the session with this pid (from the Locks page); when a filter hides it, searches for
    // the pid; when it has not arrived yet, selects it after the next refresh.
    void showSession(int pid);
    // Opens the confirmation (window-modal, not exec()); it acts when accepted.
    SignalConfirmDialog *requestSignal(ActivityController::Action action);

protected:
    void retranslate() override;
    void showRefreshError(const QString &text) override;

private:
    void buildToolBar();
    void updateActions();
    void updateDetail();
    void updateFilterChoices();
    void showOutcomes(ActivityController::Action action, const QList<SignalOutcome> &outcomes);
    void showHeaderMenu(const QPoint &pos);
    void showContextMenu(const QPoint &pos);
    void copyRows(bool csv);
    void copyQuery();
    void saveLayout();
    void restoreLayout();
    void onTreeReset();
    void repaintDurations();
    QList<int> selectedSourceRows() const;
    bool selectPid(int pid);

    QPointer<ServerConnection> m_server;
    int m_pendingPid = 0;
    ActivityController *m_controller;
    ActivityFilterModel *m_proxy;
    ConnectionBanner *m_banner;
    QLabel *m_empty;
    ActivityFilterBar *m_filterBar;
    QWidget *m_body;
    QToolBar *m_toolBar;
    QAction *m_cancelAction;
    QAction *m_terminateAction;
    QAction *m_pauseAction;
    QAction *m_refreshAction;
    QAction *m_copyRowAction;
    QAction *m_copyQueryAction;
    QAction *m_copyCsvAction;
    QAction *m_showSqlAction;
    QSplitter *m_splitter;
    ActivityTableView *m_table;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_detail;
    QWidget *m_treePane;
    QLabel *m_treeEmpty;
    QTreeView *m_tree;
    QLabel *m_result;
    bool m_actOnTree = false;
    bool m_choicesDirty = true;
    int m_treePid = 0;
    QString m_detailKey;
    QHash<int, int> m_paintedHighlights; // pid -> highlight, for the rows on screen at the last tick
};

} // namespace Valvur
