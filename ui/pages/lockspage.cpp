#include "pages/lockspage.h"

#include "errortext.h"
#include "format.h"
#include "monitoring/insightsql.h"
#include "pages/insighttable.h"
#include "keyedtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QHBoxLayout>
#include <QHash>
#include <QPushButton>
#include <QSet>

namespace Valvur {

namespace {
QString hiddenQuery()
{
    return QStringLiteral("<insufficient privilege>");
}
} // namespace

LocksPage::LocksPage(const PageContext &context, QWidget *parent)
    : InsightPage(context, parent)
{
    setObjectName(QStringLiteral("locksPage"));
    m_showSession = new QPushButton(this);
    m_showSession->setObjectName(QStringLiteral("showSessionButton"));
    connect(m_showSession, &QPushButton::clicked, this, &LocksPage::requestCurrentSession);
    toolRow()->insertWidget(2, m_showSession);
    m_table = new InsightTable(QStringLiteral("locksTable"), context.settings, QStringLiteral("insight/locks/table"), this);
    m_table->setDefaultSort(Granted, Qt::AscendingOrder);
    m_table->source()->setKeyColumns({Key});
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
            if (v.toString() == hiddenQuery())
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

QString LocksPage::statement() const
{
    return Sql::locks();
}

QString LocksPage::psqlCommand() const
{
    return QStringLiteral("SELECT * FROM pg_locks l JOIN pg_stat_activity a USING (pid) WHERE NOT l.granted;");
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
    if (m_waiting > 0)
        notes << tr("%n lock request(s) are waiting. A waiting session shows whom it waits for under \"Blocked by\"; "
                    "the holder is marked in yellow.",
                    nullptr, m_waiting);
    else if (m_table->source()->rowCount() > 0)
        notes << tr("No session waits for a lock right now.");
    if (m_hiddenSessions > 0)
        notes << tr("The query text of %n session(s) of other users is hidden: only superusers and members of "
                    "pg_read_all_stats may read it.",
                    nullptr, m_hiddenSessions);
    setHiddenNote(notes.join(QLatin1Char('\n')));
}

void LocksPage::resetData()
{
    m_table->source()->clear();
    m_hiddenSessions = 0;
    m_waiting = 0;
    updateNote();
}

void LocksPage::handleReply(const PgReply &reply)
{
    if (!reply.ok()) {
        setRefreshError(reply.error);
        return;
    }
    setRefreshError(PgError());
    // who blocks whom: the waiters name their blockers, so the holders learn whom they block
    QHash<qint64, QSet<qint64>> blocks;
    QList<QVariantList> rows;
    QSet<qint64> hidden;
    m_waiting = 0;
    const PgResult result = reply.first(); // a value: iterating a temporary's rows() would dangle
    for (QVariantList row : result.rows()) {
        row.insert(Blocks, QVariant());
        if (!row.value(Granted).toBool()) {
            ++m_waiting;
            for (const QString &p : row.value(BlockedBy).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts))
                blocks[p.toLongLong()].insert(row.value(Pid).toLongLong());
        }
        if (row.value(Query).toString() == hiddenQuery())
            hidden.insert(row.value(Pid).toLongLong());
        rows << row;
    }
    for (QVariantList &row : rows) {
        if (!row.value(Granted).toBool())
            continue;
        const QSet<qint64> victims = blocks.value(row.value(Pid).toLongLong());
        if (victims.isEmpty())
            continue;
        QList<qint64> sorted(victims.begin(), victims.end());
        std::sort(sorted.begin(), sorted.end());
        QStringList pids;
        for (qint64 p : sorted)
            pids << QString::number(p);
        row[Blocks] = pids.join(QStringLiteral(", "));
    }
    m_hiddenSessions = int(hidden.size());
    m_table->source()->update(rows);
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
