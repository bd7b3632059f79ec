#include "pages/replicationpage.h"

#include "errortext.h"
#include "format.h"
#include "pages/insighttable.h"
#include "keyedtablemodel.h"

#include <QGroupBox>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace Valvur {

ReplicationPage::ReplicationPage(const PageContext &context, QWidget *parent)
    : InsightPage(context, parent)
    , m_controller(new ReplicationController(this))
{
    setObjectName(QStringLiteral("replicationPage"));
    setController(m_controller);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_role = new QLabel(content);
    m_role->setObjectName(QStringLiteral("serverRole"));
    m_role->setWordWrap(true);
    layout->addWidget(m_role);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    layout->addWidget(splitter, 1);

    m_standbysBox = new QGroupBox(splitter);
    auto *sLayout = new QVBoxLayout(m_standbysBox);
    m_standbys = new InsightTable(QStringLiteral("standbysTable"), context.settings, QStringLiteral("insight/replication/standbys"),
                                  m_controller->standbys(), m_standbysBox);
    m_standbys->setDefaultSort(Application, Qt::AscendingOrder);
    m_standbys->source()->setFormatter([this](const QVariantList &row, int column, int role) -> QVariant {
        const QVariant v = row.value(column);
        if (role == Qt::TextAlignmentRole && column >= ReplayLagBytes && column <= ReplayLag)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case State:
            return v.isValid() ? v : QVariant(tr("(hidden)"));
        case ReplayLagBytes:
            return v.isValid() ? Format::bytes(v.toLongLong()) : QString();
        case WriteLag:
        case FlushLag:
        case ReplayLag:
            // NULL lag: the standby has caught up and nothing new was written since
            return v.isValid() ? Format::durationMs(v.toDouble() * 1000.0) : tr("caught up");
        case BackendStart:
            return Format::dateTime(v.toDateTime());
        default:
            return v;
        }
    });
    sLayout->addWidget(m_standbys);
    addTable(m_standbys);

    m_slotsBox = new QGroupBox(splitter);
    auto *slLayout = new QVBoxLayout(m_slotsBox);
    m_slots = new InsightTable(QStringLiteral("slotsTable"), context.settings, QStringLiteral("insight/replication/slots"),
                              m_controller->replicationSlots(), m_slotsBox);
    m_slots->setDefaultSort(SlotName, Qt::AscendingOrder);
    m_slots->source()->setFormatter([this](const QVariantList &row, int column, int role) -> QVariant {
        const QVariant v = row.value(column);
        if (role == Qt::BackgroundRole && column == SlotActive && !row.value(SlotActive).toBool())
            return QBrush(QColor(0xff, 0xf4, 0xce));
        if (role == Qt::ToolTipRole && column == SlotActive && !row.value(SlotActive).toBool())
            return tr("Nobody uses this slot, yet it keeps WAL on the primary's disk until a standby comes back or the slot "
                      "is dropped (pg_drop_replication_slot).");
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case SlotActive:
            return v.toBool() ? tr("yes") : tr("no");
        case SlotRetained:
            return v.isValid() ? Format::bytes(v.toLongLong()) : QString();
        default:
            return v;
        }
    });
    slLayout->addWidget(m_slots);
    addTable(m_slots);
    splitter->addWidget(m_standbysBox);
    splitter->addWidget(m_slotsBox);
    setContent(content);
    retranslate();
}

QString ReplicationPage::title() const
{
    return tr("Replication");
}

void ReplicationPage::retranslatePage()
{
    m_standbysBox->setTitle(tr("Standbys receiving WAL from this server (pg_stat_replication)"));
    m_slotsBox->setTitle(tr("Replication slots (pg_replication_slots)"));
    m_standbys->setHeaders({tr("PID"), tr("User"), tr("Application"), tr("Client address"), tr("State"), tr("Sync"),
                            tr("Sent LSN"), tr("Replay behind"), tr("Write lag"), tr("Flush lag"), tr("Replay lag"),
                            tr("Connected since")});
    m_slots->setHeaders({tr("Slot"), tr("Type"), tr("Database"), tr("Active"), tr("Active PID"), tr("WAL retained"),
                         tr("WAL status")});
    updateTexts();
}

void ReplicationPage::updateTexts()
{
    const QString receiver = m_controller->receiverStatus();
    if (!m_controller->hasFacts()) {
        m_role->clear();
    } else if (m_controller->inRecovery()) {
        m_role->setText(tr("This server is a standby: it replays WAL from its primary (WAL receiver: %1).")
                            .arg(receiver.isEmpty() ? tr("not running") : receiver));
    } else {
        m_role->setText(tr("This server is a primary."));
    }
    if (m_controller->isEmpty()) {
        showEmptyState(tr("No standby is connected to this server and it has no replication slots.\n\n"
                          "Replication keeps a copy of the database on another server (a standby) by streaming the "
                          "write-ahead log (WAL) to it: if the primary fails, the standby takes over, and it can answer "
                          "read-only queries meanwhile. A standby starts from a physical backup "
                          "(pg_basebackup -R) and then connects to the primary; it needs wal_level = replica and "
                          "max_wal_senders > 0 here. Once one connects, it appears on this page with its lag."));
    }
    const bool hiddenDetails = !m_controller->seesAll() && m_standbys->source()->rowCount() > 0;
    setHiddenNote(hiddenDetails ? tr("The state, positions and lag of the standbys are hidden: only superusers and members "
                                     "of pg_read_all_stats may see them.")
                                : QString());
}

void ReplicationPage::resetData()
{
    updateTexts();
}

void ReplicationPage::showData()
{
    if (!m_controller->isEmpty())
        showContent();
    updateTexts();
    markDataReady();
}

} // namespace Valvur
