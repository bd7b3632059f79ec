#include "pages/activitypage.h"

#include "zoom/zoom.h"
#include "pages/activityfilterbar.h"
#include "activity/activityfiltermodel.h"
#include "activity/activitymodel.h"
#include "monitoring/activitysql.h"
#include "pages/activitytableview.h"
#include "activity/blockingtreemodel.h"
#include "connectionbanner.h"
#include "pg/serverconnection.h"
#include "dialogs/showsqldialog.h"
#include "dialogs/signalconfirmdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Valvur {

namespace {
const QString KeyHeader = QStringLiteral("activity/header");
const QString KeySplitter = QStringLiteral("activity/splitter");
const QString KeyTab = QStringLiteral("activity/tab");

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

ActivityPage::ActivityPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_controller(new ActivityController(this))
    , m_proxy(new ActivityFilterModel(this))
{
    setObjectName(QStringLiteral("activityPage"));
    m_proxy->setActivityModel(m_controller->model());
    auto *layout = new QVBoxLayout(this);
    m_banner = new ConnectionBanner(this);
    layout->addWidget(m_banner);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);

    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body, 1);
    buildToolBar();
    body->addWidget(m_toolBar);
    m_filterBar = new ActivityFilterBar(m_controller->model(), m_proxy, m_context.settings, m_body);
    connect(m_controller, &ActivityController::refreshed, this, [this] {
        if (m_pendingPid && selectPid(m_pendingPid))
            m_pendingPid = 0;
    });
    body->addWidget(m_filterBar);

    m_result = new QLabel(m_body);
    m_result->setObjectName(QStringLiteral("signalResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setFrameShape(QFrame::StyledPanel);
    m_result->hide();
    body->addWidget(m_result);

    m_splitter = new QSplitter(Qt::Vertical, m_body);
    m_splitter->setObjectName(QStringLiteral("activitySplitter"));
    m_table = new ActivityTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityModel::Pid, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // Fitting the columns measures the rows on screen and this many more, not all of a thousand
    // sessions (each measured cell is shaped text: 16,000 of them stalled the first refresh).
    m_table->verticalHeader()->setResizeContentsPrecision(100);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // Shown by default: what answers "who is doing what, for how long, and who waits on whom".
    // The rest is one right-click on the header away (the column chooser).
    for (int c : {int(ActivityModel::Client), int(ActivityModel::BackendType), int(ActivityModel::BackendStart),
                  int(ActivityModel::XactStart), int(ActivityModel::QueryStart), int(ActivityModel::XactDuration)})
        m_table->setColumnHidden(c, true);
    m_table->setColumnWidth(ActivityModel::Pid, Zoom::scaled(70));
    m_table->setColumnWidth(ActivityModel::Client, Zoom::scaled(130));
    // wide enough for "idle in transaction", "jõude tehingus" and "Lock: transactionid"
    m_table->setColumnWidth(ActivityModel::State, Zoom::scaled(140));
    m_table->setColumnWidth(ActivityModel::Wait, Zoom::scaled(170));
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ActivityPage::showHeaderMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ActivityPage::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_actOnTree = false;
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityPage::updateDetail);
    // The stretched last column follows the window (a zoomed window, a larger screen): not a layout
    // the user chose, and saved it would keep the columns from fitting the first data.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        const QHeaderView *header = m_table->horizontalHeader();
        int last = header->count() - 1;
        while (last > 0 && header->isSectionHidden(header->logicalIndex(last)))
            --last;
        if (!(header->stretchLastSection() && header->logicalIndex(last) == logical))
            saveLayout();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, &ActivityPage::saveLayout);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &ActivityPage::saveLayout);

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_detail = new QPlainTextEdit(m_tabs);
    m_detail->setObjectName(QStringLiteral("queryDetail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(Zoom::fixedFont());
    m_tabs->addTab(m_detail, QString());
    m_treePane = new QWidget(m_tabs);
    auto *treeLayout = new QVBoxLayout(m_treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    m_treeEmpty = new QLabel(m_treePane);
    m_treeEmpty->setObjectName(QStringLiteral("blockingEmpty"));
    m_treeEmpty->setWordWrap(true);
    treeLayout->addWidget(m_treeEmpty);
    m_tree = new QTreeView(m_treePane);
    m_tree->setObjectName(QStringLiteral("blockingTree"));
    m_tree->setModel(m_controller->tree());
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setUniformRowHeights(true);
    treeLayout->addWidget(m_tree, 1);
    m_tabs->addTab(m_treePane, QString());
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &ActivityPage::showContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
        m_treePid = rows.isEmpty() ? 0 : rows.first().data(BlockingTreeModel::PidRole).toInt();
        m_actOnTree = true;
        updateActions();
    });
    connect(m_controller->tree(), &QAbstractItemModel::modelReset, this, &ActivityPage::onTreeReset);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, &ActivityPage::saveLayout);
    body->addWidget(m_splitter, 1);

    connect(m_controller->model(), &ActivityModel::durationsTicked, this, &ActivityPage::repaintDurations);
    // The filter choices follow the sessions, but only when a row came, went or changed.
    auto choicesDirty = [this] { m_choicesDirty = true; };
    connect(m_controller->model(), &QAbstractItemModel::rowsInserted, this, choicesDirty);
    connect(m_controller->model(), &QAbstractItemModel::rowsRemoved, this, choicesDirty);
    connect(m_controller, &ActivityController::refreshed, this, [this] {
        const QSet<int> &changed = m_controller->model()->lastChangedFields();
        for (int f : {int(ActivityModel::FState), int(ActivityModel::FDatabase), int(ActivityModel::FUser),
                      int(ActivityModel::FApplication), int(ActivityModel::FBlockedBy)})
            m_choicesDirty = m_choicesDirty || changed.contains(f);
        if (m_choicesDirty)
            updateFilterChoices();
        m_choicesDirty = false;
        updateDetail();
        updateActions();
    });
    connect(m_controller, &ActivityController::refreshFailed, this, &ActivityPage::setRefreshError);
    connect(m_controller, &ActivityController::refreshed, this, [this] { setRefreshError(PgError()); });
    connect(m_controller, &ActivityController::dataReady, this, [this] {
        if (!m_context.settings || m_context.settings->value(KeyHeader).isNull()) {
            m_table->resizeColumnsToContents();
            for (int c = 0; c < ActivityModel::Query; ++c)
                m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), Zoom::scaled(180)));
        }
        Q_EMIT dataReady();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_context.settings)
            m_context.settings->setValue(KeyTab, tab);
    });
    connect(m_controller, &ActivityController::signalFinished, this, &ActivityPage::showOutcomes);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ActivityPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ActivityPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ActivityPage::updateActions);

    restoreLayout();
    retranslate();
    setServer(nullptr);
}

ActivityPage::~ActivityPage()
{
    // The models outlive this class's part of the object while QWidget tears down the children:
    // no signal of theirs may reach a slot of a half-destroyed page.
    for (QObject *o : {static_cast<QObject *>(m_proxy), static_cast<QObject *>(m_controller),
                       static_cast<QObject *>(m_controller->model()), static_cast<QObject *>(m_controller->tree()),
                       static_cast<QObject *>(m_table->selectionModel()), static_cast<QObject *>(m_tree->selectionModel()),
                       static_cast<QObject *>(m_table->horizontalHeader()), static_cast<QObject *>(m_splitter),
                       static_cast<QObject *>(m_tabs)})
        disconnect(o, nullptr, this, nullptr);
}


void ActivityPage::buildToolBar()
{
    m_toolBar = new QToolBar(m_body);
    m_toolBar->setObjectName(QStringLiteral("activityToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto action = [this](const char *name, QStyle::StandardPixmap icon) {
        auto *a = new QAction(style()->standardIcon(icon), QString(), this);
        a->setObjectName(QString::fromLatin1(name));
        addAction(a);
        return a;
    };
    m_cancelAction = action("cancelQueryAction", QStyle::SP_MediaStop);
    m_terminateAction = action("terminateSessionAction", QStyle::SP_DialogCloseButton);
    m_pauseAction = action("pauseAction", QStyle::SP_MediaPause);
    m_pauseAction->setCheckable(true);
    m_refreshAction = action("refreshAction", QStyle::SP_BrowserReload);
    m_copyRowAction = action("copyRowAction", QStyle::SP_FileIcon);
    m_copyRowAction->setShortcut(QKeySequence::Copy);
    m_copyRowAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyQueryAction = action("copyQueryAction", QStyle::SP_FileDialogDetailedView);
    m_copyCsvAction = action("copyCsvAction", QStyle::SP_FileDialogListView);
    m_showSqlAction = action("showSqlAction", QStyle::SP_FileDialogInfoView);
    m_toolBar->addAction(m_cancelAction);
    m_toolBar->addAction(m_terminateAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_pauseAction);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_copyRowAction);
    m_toolBar->addAction(m_copyQueryAction);
    m_toolBar->addAction(m_copyCsvAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_showSqlAction);
    connect(m_cancelAction, &QAction::triggered, this, [this] { requestSignal(ActivityController::Action::Cancel); });
    connect(m_terminateAction, &QAction::triggered, this, [this] { requestSignal(ActivityController::Action::Terminate); });
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        m_controller->setPaused(paused);
        retranslate();
    });
    connect(m_refreshAction, &QAction::triggered, this, &ActivityPage::refreshNow);
    connect(m_copyRowAction, &QAction::triggered, this, [this] { copyRows(false); });
    connect(m_copyCsvAction, &QAction::triggered, this, [this] { copyRows(true); });
    connect(m_copyQueryAction, &QAction::triggered, this, &ActivityPage::copyQuery);
    connect(m_showSqlAction, &QAction::triggered, this, [this] {
        ShowSqlDialog::show(this, Sql::activity() + QStringLiteral(";\n\n-- ") + tr("Cancel query / terminate session:")
                                      + QLatin1Char('\n') + Sql::signalBackends(true) + QLatin1Char(';'),
                            Sql::activityPsql(),
                            tr("The Activity page runs the first two statements in one round trip every second while it is "
                               "visible. Cancel and terminate run the last one, with the pids and the backend_start times "
                               "you saw as parameters, so a PID that now belongs to another session is never hit."));
    });
}

QString ActivityPage::title() const
{
    return tr("Activity");
}

void ActivityPage::retranslate()
{
    m_controller->model()->retranslate();
    m_controller->tree()->retranslate();
    m_cancelAction->setText(tr("Cancel query"));
    m_terminateAction->setText(tr("Terminate session"));
    m_pauseAction->setText(m_pauseAction->isChecked() ? tr("Resume") : tr("Pause"));
    m_pauseAction->setToolTip(m_pauseAction->isChecked() ? tr("Resume the live refresh") : tr("Pause the live refresh"));
    m_refreshAction->setText(tr("Refresh"));
    m_copyRowAction->setText(tr("Copy row"));
    m_copyQueryAction->setText(tr("Copy query"));
    m_copyCsvAction->setText(tr("Copy as CSV"));
    m_showSqlAction->setText(tr("Show SQL"));
    m_filterBar->retranslate();
    m_tabs->setTabText(0, tr("Query"));
    m_tabs->setTabText(1, tr("Blocking (%1)").arg(m_controller->tree()->rootCount()));
    m_treeEmpty->setText(m_controller->tree()->rootCount() == 0
                             ? tr("No session waits on a lock now.")
                             : tr("Sessions at the top hold the locks the ones below them wait for. Select the top one to "
                                  "cancel its query or terminate it."));
    m_empty->setText(tr("No server is selected.\nUse File → Connect… (Ctrl+N) to connect to a PostgreSQL server, "
                        "for example host=localhost port=5432 user=postgres."));
    updateActions();
}

void ActivityPage::setServer(ServerConnection *server)
{
    m_server = server;
    m_banner->setServer(server);
    setRefreshError(PgError());
    m_result->hide();
    m_detail->clear();
    m_detailKey.clear();
    m_controller->setServer(server);
    m_empty->setVisible(!server);
    m_body->setVisible(server);
    updateActions();
}

void ActivityPage::showRefreshError(const QString &text)
{
    m_banner->setQueryError(text);
}

bool ActivityPage::hasData() const
{
    return m_controller->hasData();
}

void ActivityPage::setActive(bool active)
{
    Page::setActive(active);
    m_controller->setActive(active);
}

void ActivityPage::refreshNow()
{
    m_controller->refresh();
}

QList<int> ActivityPage::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<SignalTarget> ActivityPage::selectedTargets() const
{
    QList<SignalTarget> targets;
    ActivityModel *model = m_controller->model();
    if (m_actOnTree) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (m_treePid && model->rowValues(r).at(ActivityModel::FPid).toInt() == m_treePid)
                targets << SignalTarget::fromRow(model->rowValues(r));
        }
        return targets;
    }
    for (int r : selectedSourceRows())
        targets << SignalTarget::fromRow(model->rowValues(r));
    return targets;
}

void ActivityPage::updateActions()
{
    const QList<SignalTarget> targets = selectedTargets();
    int others = 0;
    for (const SignalTarget &t : targets)
        others += t.own ? 0 : 1;
    const bool busy = m_controller->isSignalling();
    for (QAction *a : {m_cancelAction, m_terminateAction}) {
        a->setEnabled(others > 0 && !busy);
        const bool terminate = a == m_terminateAction;
        if (targets.isEmpty())
            a->setToolTip(terminate ? tr("Select one or more sessions to terminate (pg_terminate_backend).")
                                    : tr("Select one or more sessions whose query to cancel (pg_cancel_backend)."));
        else if (others == 0)
            a->setToolTip(tr("Valvur's own sessions cannot be cancelled or terminated from here."));
        else
            a->setToolTip(terminate ? tr("Close the selected sessions (%n) with pg_terminate_backend: an open transaction is rolled back.", nullptr, others)
                                    : tr("Stop the running queries of the selected sessions (%n) with pg_cancel_backend; the sessions stay connected.",
                                         nullptr, others));
    }
    const bool any = !selectedSourceRows().isEmpty();
    m_copyRowAction->setEnabled(any);
    m_copyQueryAction->setEnabled(any);
    m_copyCsvAction->setEnabled(m_proxy->rowCount() > 0);
}

SignalConfirmDialog *ActivityPage::requestSignal(ActivityController::Action action)
{
    QList<SignalTarget> targets;
    for (const SignalTarget &t : selectedTargets()) {
        if (!t.own)
            targets << t;
    }
    if (targets.isEmpty() || !m_server)
        return nullptr;
    QString typeToConfirm;
    if (m_server->environment() == ServerConnection::Environment::Production) {
        QSet<QString> databases;
        for (const SignalTarget &t : std::as_const(targets))
            databases.insert(t.database);
        typeToConfirm = databases.size() == 1 && !targets.first().database.isEmpty()
                            ? targets.first().database
                            : m_server->options().value(QStringLiteral("dbname"));
        if (typeToConfirm.isEmpty())
            typeToConfirm = m_server->options().value(QStringLiteral("user"));
    }
    auto *dialog = new SignalConfirmDialog(action, targets, typeToConfirm, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_controller->signalSessions(dialog->action(), dialog->targets());
        updateActions();
    });
    dialog->open();
    return dialog;
}

void ActivityPage::showOutcomes(ActivityController::Action action, const QList<SignalOutcome> &outcomes)
{
    QStringList lines;
    for (const SignalOutcome &o : outcomes)
        lines << describeOutcome(action, o);
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_result->show();
    updateActions();
}

void ActivityPage::updateDetail()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    ActivityModel *model = m_controller->model();
    if (!current.isValid()) {
        if (!m_detailKey.isEmpty()) {
            m_detail->clear();
            m_detailKey.clear();
        }
        return;
    }
    const QVariantList &r = model->rowValues(m_proxy->mapToSource(current).row());
    const QString query = r.at(ActivityModel::FQuery).toString();
    const QString key = model->keyOf(r) + QChar(0x1f) + query;
    if (key == m_detailKey)
        return; // same session, same query: keep the user's text selection
    m_detailKey = key;
    m_detail->setPlainText(query);
}

void ActivityPage::updateFilterChoices()
{
    m_filterBar->updateChoices();
    const QString tab = tr("Blocking (%1)").arg(m_controller->tree()->rootCount());
    if (m_tabs->tabText(1) != tab)
        m_tabs->setTabText(1, tab);
}

void ActivityPage::onTreeReset()
{
    m_tree->expandAll();
    for (int c = 0; c < BlockingTreeModel::Query; ++c)
        m_tree->resizeColumnToContents(c);
    if (m_treePid) {
        const QModelIndex i = m_controller->tree()->indexOfPid(m_treePid);
        if (i.isValid()) {
            const bool onTree = m_actOnTree;
            m_tree->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_actOnTree = onTree;
        }
    }
    retranslate();
}

// Time passing changes the durations and, past a threshold, a row's highlight; nothing else on
// screen. Repainting only those (not the whole table every second) is most of what keeps a
// thousand live sessions cheap: shaping the text of every visible cell is the costly part.
void ActivityPage::repaintDurations()
{
    if (m_tree->isVisible())
        m_tree->viewport()->update();
    if (!m_table->isVisible())
        return;
    const ActivityModel *model = m_controller->model();
    QRegion rows;
    QHash<int, int> painted;
    const int rowCount = m_proxy->rowCount();
    int first = m_table->rowAt(0);
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (first >= 0) {
        if (last < 0)
            last = rowCount - 1;
        for (int r = first; r <= last; ++r) {
            const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
            const int pid = model->rowValues(source).at(ActivityModel::FPid).toInt();
            const int h = model->highlight(source);
            painted.insert(pid, h);
            if (m_paintedHighlights.value(pid, -1) != h)
                rows += m_table->rowsRect(r, r);
        }
    }
    m_paintedHighlights = painted;
    m_table->repaintColumns({ActivityModel::QueryDuration, ActivityModel::XactDuration, ActivityModel::StateDuration}, rows);
}

void ActivityPage::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnChooser"));
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        QAction *a = menu.addAction(m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_table->setColumnHidden(c, !on);
            saveLayout();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void ActivityPage::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_cancelAction);
    menu.addAction(m_terminateAction);
    menu.addSeparator();
    menu.addAction(m_copyRowAction);
    menu.addAction(m_copyQueryAction);
    menu.addAction(m_copyCsvAction);
    menu.addSeparator();
    menu.addAction(m_showSqlAction);
    auto *view = qobject_cast<QAbstractItemView *>(sender() ? sender() : m_table);
    menu.exec((view ? view->viewport() : m_table->viewport())->mapToGlobal(pos));
}

void ActivityPage::copyRows(bool csv)
{
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int v = 0; v < header->count(); ++v) {
        const int logical = header->logicalIndex(v);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    QList<int> proxyRows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        proxyRows << i.row();
    if (csv && proxyRows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            proxyRows << r;
    }
    std::sort(proxyRows.begin(), proxyRows.end());
    QStringList lines;
    const QChar sep = csv ? QLatin1Char(',') : QLatin1Char('\t');
    if (csv) {
        QStringList cells;
        for (int c : std::as_const(columns))
            cells << csvField(m_proxy->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        lines << cells.join(sep);
    }
    for (int r : std::as_const(proxyRows)) {
        QStringList cells;
        const QVariantList &raw = m_controller->model()->rowValues(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
        for (int c : std::as_const(columns)) {
            // the full query, not its first line
            const QString text = c == ActivityModel::Query ? raw.at(ActivityModel::FQuery).toString()
                                                           : m_proxy->index(r, c).data().toString();
            cells << (csv ? csvField(text) : QString(text).replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
        lines << cells.join(sep);
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void ActivityPage::copyQuery()
{
    QStringList queries;
    for (int r : selectedSourceRows())
        queries << m_controller->model()->rowValues(r).at(ActivityModel::FQuery).toString();
    QApplication::clipboard()->setText(queries.join(QStringLiteral("\n\n")));
}

void ActivityPage::saveLayout()
{
    if (!m_context.settings)
        return;
    m_context.settings->setValue(KeyHeader, m_table->horizontalHeader()->saveState());
    m_context.settings->setValue(KeySplitter, m_splitter->saveState());
}

void ActivityPage::restoreLayout()
{
    if (!m_context.settings)
        return;
    const QByteArray header = m_context.settings->value(KeyHeader).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    const QByteArray splitter = m_context.settings->value(KeySplitter).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_tabs->setCurrentIndex(m_context.settings->value(KeyTab, 0).toInt());
}

void ActivityPage::showSession(int pid)
{
    m_pendingPid = 0;
    if (selectPid(pid))
        return;
    m_filterBar->setSearchText(QString::number(pid)); // a filter (e.g. "hide idle") may hide it
    if (!selectPid(pid))
        m_pendingPid = pid; // not in the table yet: the next refresh brings it
}

bool ActivityPage::selectPid(int pid)
{
    const ActivityModel *model = m_controller->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->rowValues(r).value(ActivityModel::FPid).toInt() != pid)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(model->index(r, ActivityModel::Pid));
        if (!index.isValid())
            return false;
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        return true;
    }
    return false;
}

} // namespace Valvur
