#include "pages/lockspage.h"

#include "errortext.h"
#include "format.h"
#include "pages/insighttable.h"
#include "keyedtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QHBoxLayout>
#include <QPushButton>

namespace Valvur {

LocksPage::LocksPage(const PageContext &context, QWidget *parent)
    : InsightPage(context, parent)
    , m_controller(new LocksController(this))
{
    setObjectName(QStringLiteral("locksPage"));
    setController(m_controller);
    m_showSession = new QPushButton(this);
    m_showSession->setObjectName(QStringLiteral("showSessionButton"));
    connect(m_showSession, &QPushButton::clicked, this, &LocksPage::requestCurrentSession);
    toolRow()->insertWidget(2, m_showSession);
    m_table = new InsightTable(QStringLiteral("locksTable"), context.settings, QStringLiteral("insight/locks/table"),
                               m_controller->locks(), this);
    m_table->setDefaultSort(Granted, Qt::AscendingOrder);
    m_table->source()->setFormatter([this](const QVariantList &row, int column, int role) -> QVariant {
        const QVariant v = row.value(column);
        const bool waiting = !row.value(Granted).toBool();
        if (role == Qt::BackgroundRole) {
            if (waiting)
                return QBrush(QColor(0xfd, 0xe7, 0xe9));
            if (!row.value(Blocks).toString().isEmpty())
                return QBrush(QColor(0xff, 0xf4, 0xce));
            return {};
        }
        if (role == Qt::ForegroundRole && (waiting || !row.value(Blocks).toString().isEmpty()))
            return QBrush(QColor(0x1b, 0x1b, 0x1b));
        if (role == Qt::ToolTipRole && column == Relation)
            return tr("A relation of another database shows as its number (OID): names resolve only in the connected database.");
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case Granted:
            return waiting ? tr("waiting") : tr("granted");
        case Waiting:
            return v.isValid() ? Format::duration(qint64(v.toDouble())) : QString();
        case Query:
            if (LocksController::isHiddenQuery(v))
                return tr("(hidden: another user's session)");
            return v.toString().simplified().left(300);
        default:
            return v;
        }
    });
    m_table->setHiddenColumns({Key});
    addTable(m_table);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &LocksPage::requestCurrentSession);
    setContent(m_table);
    retranslate();
}

QString LocksPage::title() const
{
    return tr("Locks");
}

void LocksPage::retranslatePage()
{
    m_table->setHeaders({tr("Key"), tr("PID"), tr("Status"), tr("Blocked by"), tr("Blocks"), tr("Mode"), tr("Lock type"),
                         tr("Relation"), tr("Transaction"), tr("User"), tr("Database"), tr("Application"), tr("State"),
                         tr("Waiting for"), tr("Query")});
    m_showSession->setText(tr("Show in Activity"));
    m_showSession->setToolTip(tr("Open the selected session on the Activity page (or double-click a row)"));
    updateNote();
}

void LocksPage::updateNote()
{
    QStringList notes;
    const int waiting = m_controller->waitingCount();
    const int hidden = m_controller->hiddenSessions();
    if (waiting > 0)
        notes << tr("%n lock request(s) are waiting. A waiting session shows whom it waits for under \"Blocked by\"; "
                    "the holder is marked in yellow.",
                    nullptr, waiting);
    else if (m_table->source()->rowCount() > 0)
        notes << tr("No session waits for a lock right now.");
    if (hidden > 0)
        notes << tr("The query text of %n session(s) of other users is hidden: only superusers and members of "
                    "pg_read_all_stats may read it.",
                    nullptr, hidden);
    setHiddenNote(notes.join(QLatin1Char('\n')));
}

void LocksPage::resetData()
{
    updateNote();
}

void LocksPage::showData()
{
    updateNote();
    markDataReady();
}

void LocksPage::requestCurrentSession()
{
    const int row = m_table->currentSourceRow();
    if (row < 0)
        return;
    const QVariant pid = m_table->source()->rawValue(row, Pid);
    if (pid.isValid())
        Q_EMIT showSessionRequested(pid.toInt());
}

} // namespace Valvur
