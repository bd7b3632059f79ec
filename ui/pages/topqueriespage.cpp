#include "pages/topqueriespage.h"

#include "zoom/zoom.h"
#include "errortext.h"
#include "format.h"
#include "pages/insighttable.h"
#include "keyedtablemodel.h"
#include "pg/serverconnection.h"
#include "pages/sharebardelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Valvur {

TopQueriesPage::TopQueriesPage(const PageContext &context, QWidget *parent)
    : InsightPage(context, parent)
    , m_controller(new TopQueriesController(this))
{
    setObjectName(QStringLiteral("queriesPage"));
    setController(m_controller);
    connect(m_controller, &TopQueriesController::actionFailed, this, &TopQueriesPage::showActionError);
    m_since = new QLabel(this);
    m_since->setObjectName(QStringLiteral("sinceLabel"));
    toolRow()->insertWidget(1, m_since);
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    connect(m_reset, &QPushButton::clicked, this, &TopQueriesPage::confirmReset);
    toolRow()->insertWidget(3, m_reset);

    m_inner = new QStackedWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, m_inner);
    m_statsView = splitter;
    m_table = new InsightTable(QStringLiteral("queriesTable"), context.settings, QStringLiteral("insight/queries/table"),
                               m_controller->statements(), splitter);
    m_table->setDefaultSort(Total, Qt::DescendingOrder);
    m_table->setItemDelegateForColumn(Share, new ShareBarDelegate(m_table));
    m_table->source()->setFormatter([this](const QVariantList &row, int column, int role) -> QVariant {
        const QVariant v = row.value(column);
        if (role == Qt::TextAlignmentRole && column != Query && column >= Share && column <= HitRatio)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && column == Query)
            return TopQueriesController::isHiddenQuery(v) ? tr("Only superusers and members of pg_read_all_stats see the text of "
                                                   "other users' statements.")
                                              : v.toString().left(2000);
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case Calls:
        case Rows:
            return Format::number(v.toDouble());
        case Total:
        case Mean:
        case Min:
        case Max:
        case Stddev:
            return Format::durationMs(v.toDouble());
        case HitRatio:
            return v.isValid() ? Format::percent(v.toDouble()) : QStringLiteral("—");
        case Share:
            return Format::percent(v.toDouble());
        case Query: {
            if (TopQueriesController::isHiddenQuery(v))
                return tr("(hidden: another user's statement)");
            QString text = v.toString().simplified();
            return text.size() > 300 ? text.left(300) + QChar(0x2026) : text;
        }
        default:
            return v;
        }
    });
    m_table->setHiddenColumns({Key});
    addTable(m_table);
    m_detail = new QPlainTextEdit(splitter);
    m_detail->setObjectName(QStringLiteral("queryDetail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(Zoom::fixedFont());
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TopQueriesPage::updateDetail);
    m_inner->addWidget(splitter);

    m_missingView = new QWidget(m_inner);
    auto *missingLayout = new QVBoxLayout(m_missingView);
    missingLayout->addStretch();
    m_missingText = new QLabel(m_missingView);
    m_missingText->setObjectName(QStringLiteral("extensionMissingText"));
    m_missingText->setWordWrap(true);
    m_missingText->setTextFormat(Qt::RichText);
    m_missingText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    missingLayout->addWidget(m_missingText);
    m_createExtension = new QPushButton(m_missingView);
    m_createExtension->setObjectName(QStringLiteral("createExtensionButton"));
    connect(m_createExtension, &QPushButton::clicked, m_controller, &TopQueriesController::createExtension);
    missingLayout->addWidget(m_createExtension, 0, Qt::AlignLeft);
    missingLayout->addStretch();
    m_inner->addWidget(m_missingView);
    setContent(m_inner);
    retranslate();
}

QString TopQueriesPage::title() const
{
    return tr("Top queries");
}

void TopQueriesPage::retranslatePage()
{
    m_table->setHeaders({tr("Key"), tr("Share of time"), tr("Calls"), tr("Total time"), tr("Mean"), tr("Query"), tr("Min"),
                         tr("Max"), tr("Std. dev."), tr("Rows"), tr("Buffer hit %"), tr("Role"), tr("Database")});
    m_reset->setText(tr("Reset…"));
    m_reset->setToolTip(tr("Set every pg_stat_statements counter back to zero (pg_stat_statements_reset)"));
    m_createExtension->setText(tr("Run CREATE EXTENSION pg_stat_statements"));
    updateTexts();
}

void TopQueriesPage::updateTexts()
{
    const QDateTime statsReset = m_controller->statsReset();
    const bool installed = m_controller->isInstalled();
    const bool preloaded = m_controller->isPreloaded();
    m_since->setText(statsReset.isValid() ? tr("Counting since %1").arg(Format::dateTime(statsReset)) : QString());
    if (!m_controller->seesAll() && m_controller->hiddenCount() > 0)
        setHiddenNote(tr("The text of %n statement(s) run by other users is hidden: only superusers and members of "
                         "pg_read_all_stats may read it. Their times and counts are shown.",
                         nullptr, m_controller->hiddenCount()));
    else
        setHiddenNote(QString());
    QString text = tr("<h3>pg_stat_statements is not available</h3>"
                      "<p>Top queries come from the pg_stat_statements extension. Switching it on takes two steps:</p>"
                      "<ol><li>Load the library when the server starts: set <code>shared_preload_libraries = "
                      "'pg_stat_statements'</code> in postgresql.conf (or <code>ALTER SYSTEM SET shared_preload_libraries "
                      "= 'pg_stat_statements'</code>) and <b>restart</b> the server "
                      "(<code>docker restart postgres</code>).</li>"
                      "<li>Create the extension in the database you connect to: <code>CREATE EXTENSION "
                      "pg_stat_statements;</code></li></ol>");
    if (!preloaded)
        text += tr("<p>The library is <b>not loaded</b> yet on this server: start with step 1.</p>");
    else if (m_controller->isPreloadedKnown())
        text += tr("<p>The library is already loaded: only step 2 is left, and Valvur can do it for you.</p>");
    m_missingText->setText(text);
    m_createExtension->setVisible(preloaded && !installed);
    m_reset->setVisible(installed && preloaded);
}

void TopQueriesPage::resetData()
{
    m_detail->clear();
    m_inner->setCurrentWidget(m_statsView);
    updateTexts();
}

void TopQueriesPage::showData()
{
    if (!m_controller->isAvailable()) {
        m_inner->setCurrentWidget(m_missingView);
        updateTexts();
        markDataReady(); // the explanation is what this page has to say
        return;
    }
    m_inner->setCurrentWidget(m_statsView);
    if (!m_table->currentIndex().isValid() && m_table->model()->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(0, Calls)); // the costliest statement's text below
    updateTexts();
    updateDetail();
    if (m_table->source()->rowCount() == 0)
        setHiddenNote(tr("pg_stat_statements has not counted any statement since %1.")
                          .arg(Format::dateTime(m_controller->statsReset())));
    markDataReady();
}

void TopQueriesPage::updateDetail()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        m_detail->setPlainText(tr("Select a statement to see its full text."));
        return;
    }
    const QString text = m_table->source()->rawValue(row, Query).toString();
    const QString shown = TopQueriesController::isHiddenQuery(text) ? tr("(hidden: another user's statement)") : text;
    if (m_detail->toPlainText() != shown)
        m_detail->setPlainText(shown);
}

void TopQueriesPage::confirmReset()
{
    if (!server() || m_confirm)
        return;
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Reset pg_stat_statements"),
                                tr("Set every pg_stat_statements counter on %1 back to zero?\n\nEveryone who looks at these "
                                   "statistics starts from nothing again. This cannot be undone.")
                                    .arg(server()->title()),
                                QMessageBox::Reset | QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("resetConfirmation"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Reset || !server())
            return;
        m_controller->resetStatements();
    });
    m_confirm->open();
}

void TopQueriesPage::showActionError(TopQueriesController::Action action, const PgError &error)
{
    setErrorText(action == TopQueriesController::Action::Reset ? tr("The reset failed. %1").arg(describeError(error))
                                                                : tr("CREATE EXTENSION failed. %1").arg(describeError(error)));
}

} // namespace Valvur
