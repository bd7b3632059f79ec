#include "pages/insightpage.h"
#include "zoom/zoom.h"

#include "connectionbanner.h"
#include "errortext.h"
#include "pages/insighttable.h"
#include "insights/insightcontroller.h"
#include "pg/serverconnection.h"
#include "dialogs/showsqldialog.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Valvur {

InsightPage::InsightPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new ConnectionBanner(this);
    layout->addWidget(m_banner);

    m_toolRow = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(Zoom::scaled(320));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (InsightTable *t : std::as_const(m_tables))
            t->setFilterText(text);
    });
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, [this] { m_filter->setFocus(); m_filter->selectAll(); });
    addAction(focusFilter);
    m_toolRow->addWidget(m_filter);
    m_toolRow->addStretch();
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (InsightTable *t = activeTable())
            t->copySelection();
    });
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_export, &QPushButton::clicked, this, &InsightPage::exportCsv);
    m_showSql = new QPushButton(this);
    m_showSql->setObjectName(QStringLiteral("showSqlButton"));
    connect(m_showSql, &QPushButton::clicked, this, [this] { ShowSqlDialog::show(this, statement(), psqlCommand(), sqlExplanation()); });
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, &InsightPage::refreshNow);
    for (QPushButton *b : {m_copy, m_export, m_showSql, m_refresh})
        m_toolRow->addWidget(b);
    layout->addLayout(m_toolRow);

    m_hiddenNote = new QLabel(this);
    m_hiddenNote->setObjectName(QStringLiteral("hiddenNote"));
    m_hiddenNote->setWordWrap(true);
    m_hiddenNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hiddenNote->setStyleSheet(QStringLiteral("QLabel#hiddenNote { background: #eef4fb; color: #1b1b1b; padding: 4px; border-radius: 4px; }"));
    m_hiddenNote->hide();
    layout->addWidget(m_hiddenNote);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel#errorText { background: #fde7e9; color: #1b1b1b; padding: 4px; border-radius: 4px; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
}

void InsightPage::setController(InsightController *controller)
{
    m_controller = controller;
    connect(controller, &InsightController::errorChanged, this, &InsightPage::setRefreshError);
    connect(controller, &InsightController::refreshed, this, &InsightPage::showData);
}

QString InsightPage::statement() const
{
    return m_controller->statement();
}

QString InsightPage::psqlCommand() const
{
    return m_controller->psqlCommand();
}

QString InsightPage::lastSentSql() const
{
    return m_controller->lastSentSql();
}

quint64 InsightPage::requestCount() const
{
    return m_controller->requestCount();
}

QString InsightPage::sqlExplanation() const
{
    return tr("This page sends these statements in one request every %n second(s) while it is visible.", nullptr,
              m_controller->refreshEveryTicks());
}

void InsightPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the selected rows (or all rows) as tab-separated text"));
    m_export->setText(tr("Export CSV…"));
    m_showSql->setText(tr("Show SQL"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Refresh now (F5)"));
    retranslatePage();
    if (!m_server)
        showEmptyState(QString());
}

void InsightPage::setContent(QWidget *content)
{
    m_content = content;
    m_stack->addWidget(content);
}

void InsightPage::addTable(InsightTable *table)
{
    m_tables << table;
    connect(table, &QAbstractItemView::clicked, this, [this, table] { m_lastFocusedTable = table; });
    connect(table, &QAbstractItemView::activated, this, [this, table] { m_lastFocusedTable = table; });
}

InsightTable *InsightPage::activeTable() const
{
    for (InsightTable *t : m_tables) {
        if (t->hasFocus())
            return t;
    }
    if (m_lastFocusedTable && m_lastFocusedTable->isVisible())
        return m_lastFocusedTable;
    for (InsightTable *t : m_tables) {
        if (t->isVisible())
            return t;
    }
    return m_tables.value(0);
}

void InsightPage::exportCsv()
{
    InsightTable *table = activeTable();
    if (!table)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("%1.csv").arg(table->objectName()),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!table->exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export CSV"), tr("Cannot write %1: %2\nChoose another folder or free some space.").arg(path, error));
}

void InsightPage::setHiddenNote(const QString &text)
{
    m_hiddenNote->setText(text);
    m_hiddenNote->setVisible(!text.isEmpty());
}

void InsightPage::setErrorText(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void InsightPage::showEmptyState(const QString &text)
{
    m_emptyText = text;
    m_empty->setText(m_server ? text
                              : tr("No server is selected.\nUse File → Connect… (Ctrl+N) to connect to a PostgreSQL server, "
                                   "for example host=localhost port=5432 user=postgres."));
    m_stack->setCurrentWidget(m_empty);
}

void InsightPage::showContent()
{
    if (m_content)
        m_stack->setCurrentWidget(m_content);
}

void InsightPage::markDataReady()
{
    for (InsightTable *t : std::as_const(m_tables)) {
        if (t->model()->rowCount() > 0)
            t->fitColumnsOnce();
    }
    if (!m_hasData) {
        m_hasData = true;
        Q_EMIT dataReady();
    }
}

void InsightPage::setServer(ServerConnection *server)
{
    m_server = server;
    m_hasData = false;
    m_banner->setServer(server);
    setHiddenNote(QString());
    setErrorText(QString());
    m_controller->setServer(server); // forgets the old server's data and error
    resetData();
    if (!server) {
        showEmptyState(QString());
        return;
    }
    showContent();
}

void InsightPage::setActive(bool active)
{
    Page::setActive(active);
    m_controller->setActive(active);
}

void InsightPage::refreshNow()
{
    m_controller->refresh();
}

} // namespace Valvur
