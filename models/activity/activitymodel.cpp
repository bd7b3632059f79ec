#include "activity/activitymodel.h"

#include "activity/sessionstate.h"
#include "format.h"

#include <QColor>
#include <QDateTime>

namespace Valvur {

namespace {
constexpr int TickMs = 1000;

bool isNull(const QVariant &v)
{
    return v.isNull() || !v.isValid();
}
} // namespace

ActivityModel::ActivityModel(QObject *parent)
    : KeyedTableModel(parent)
{
    setKeyColumns({FPid, FStartedUs});
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &ActivityModel::tickDurations);
    m_sinceRefresh.start();
    retranslate();
}

void ActivityModel::retranslate()
{
    setHeaders({tr("PID"), tr("Database"), tr("User"), tr("Application"), tr("Client"), tr("Backend type"), tr("State"),
                tr("Waiting for"), tr("Session started"), tr("Transaction started"), tr("Query started"),
                tr("Query running"), tr("Transaction open"), tr("In this state"), tr("Blocked by"), tr("Query")});
}

void ActivityModel::setSessions(double serverNow, const QList<QVariantList> &rows)
{
    m_serverNow = serverNow;
    m_sinceRefresh.restart();
    update(rows);
    tickDurations();
    // While refreshes come every second they repaint the durations themselves; the timer only
    // ticks when they stop coming (paused, or a slow server): never twice a second.
    if (m_tick.isActive())
        m_tick.start(TickMs * 3 / 2);
}

void ActivityModel::clear()
{
    KeyedTableModel::clear();
    m_serverNow = 0;
}

void ActivityModel::setLongQuerySeconds(int s)
{
    m_longQuerySeconds = s;
    tickDurations();
}

void ActivityModel::setIdleInTransactionSeconds(int s)
{
    m_idleInTransactionSeconds = s;
    tickDurations();
}

void ActivityModel::setTicking(bool on)
{
    if (on)
        m_tick.start();
    else
        m_tick.stop();
}

double ActivityModel::serverNow() const
{
    return m_serverNow + double(m_sinceRefresh.elapsed()) / 1000.0;
}

double ActivityModel::age(const QVariant &epoch) const
{
    return qMax(0.0, serverNow() - epoch.toDouble());
}

// Time passing changes what data() returns for the durations and the highlights, but no raw
// value: the order of the durations does not change (each is "now - a fixed start") and the
// filter does not look at them. So the tick is a repaint hint (durationsTicked), not a
// dataChanged over every row: with a thousand sessions that signal went through the sorting
// proxy row by row every second (see docs/benchmarks.md). A refresh that changes a row raises
// dataChanged for it as usual.
void ActivityModel::tickDurations()
{
    if (m_tick.isActive() && m_tick.interval() != TickMs)
        m_tick.setInterval(TickMs);
    if (rowCount() > 0)
        Q_EMIT durationsTicked();
}

int ActivityModel::highlight(int row) const
{
    const QVariantList &r = rowValues(row);
    int h = None;
    const QString state = r.at(FState).toString();
    if (state == QLatin1String("active") && !isNull(r.at(FQueryStart)) && age(r.at(FQueryStart)) >= m_longQuerySeconds)
        h |= LongQuery;
    if (state.startsWith(QLatin1String("idle in transaction")) && !isNull(r.at(FStateChange))
        && age(r.at(FStateChange)) >= m_idleInTransactionSeconds)
        h |= LongIdleInTransaction;
    if (r.at(FWaitEventType).toString() == QLatin1String("Lock"))
        h |= WaitingOnLock;
    return h;
}

bool ActivityModel::isOwn(int row) const
{
    const QVariantList &r = rowValues(row);
    return r.at(FIsSelf).toBool() || r.at(FApplication).toString() == QLatin1String("valvur");
}

QString ActivityModel::firstLine(const QString &query)
{
    const QString trimmed = query.trimmed();
    const qsizetype nl = trimmed.indexOf(QLatin1Char('\n'));
    return nl < 0 ? trimmed : trimmed.left(nl).trimmed() + QStringLiteral(" …");
}

QString ActivityModel::stateText(const QVariantList &row) const
{
    return sessionStateText(row.at(FState).toString());
}

QVariant ActivityModel::durationValue(const QVariantList &r, int column) const
{
    switch (column) {
    case QueryDuration:
        if (r.at(FState).toString() == QLatin1String("active") && !isNull(r.at(FQueryStart)))
            return age(r.at(FQueryStart));
        return {};
    case XactDuration:
        return isNull(r.at(FXactStart)) ? QVariant() : QVariant(age(r.at(FXactStart)));
    case StateDuration:
        return isNull(r.at(FStateChange)) ? QVariant() : QVariant(age(r.at(FStateChange)));
    default:
        return {};
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &r = rowValues(index.row());
    const int column = index.column();

    if (role == HighlightRole)
        return highlight(index.row());
    if (role == Qt::UserRole) { // raw values for sorting
        switch (column) {
        case Pid: return r.at(FPid);
        case Database: return r.at(FDatabase);
        case User: return r.at(FUser);
        case Application: return r.at(FApplication);
        case Client: return r.at(FClientAddr);
        case BackendType: return r.at(FBackendType);
        case State: return r.at(FState);
        case Wait: return r.at(FWaitEventType);
        case BackendStart: return r.at(FBackendStart);
        case XactStart: return r.at(FXactStart);
        case QueryStart: return r.at(FQueryStart);
        case QueryDuration:
        case XactDuration:
        case StateDuration: return durationValue(r, column);
        case BlockedBy: return r.at(FBlockedBy);
        case Query: return r.at(FQuery);
        default: return {};
        }
    }
    if (role == Qt::BackgroundRole) {
        const int h = highlight(index.row());
        if (h & WaitingOnLock)
            return QColor(0xf8, 0xd7, 0xd3);
        if (h & LongQuery)
            return QColor(0xfc, 0xe4, 0xc4);
        if (h & LongIdleInTransaction)
            return QColor(0xfa, 0xf0, 0xb8);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (isOwn(index.row()))
            return QColor(0x70, 0x70, 0x70);
        if (highlight(index.row()))
            return QColor(Qt::black); // readable on the highlight in a dark theme too
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == Pid || column == QueryDuration || column == XactDuration || column == StateDuration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        const int h = highlight(index.row());
        if (isOwn(index.row()))
            lines << tr("This is Valvur's own session: it cannot be cancelled or terminated from here.");
        if (h & WaitingOnLock)
            lines << tr("Waits for a lock held by %1.").arg(r.at(FBlockedBy).toString());
        if (h & LongQuery)
            lines << tr("The query has been running for longer than the threshold (%n s).", nullptr, m_longQuerySeconds);
        if (h & LongIdleInTransaction)
            lines << tr("Idle in transaction for longer than the threshold (%n s): it holds its locks and keeps VACUUM from cleaning up.",
                        nullptr, m_idleInTransactionSeconds);
        if (column == Query && !isNull(r.at(FQuery))) {
            QString q = r.at(FQuery).toString();
            if (q.size() > 1000)
                q = q.left(1000) + QStringLiteral(" …");
            lines << q;
        }
        if (column == Wait && !isNull(r.at(FLockMode))) {
            lines << (isNull(r.at(FLockRelation))
                          ? tr("Waits for %1 on a %2 lock.").arg(r.at(FLockMode).toString(), r.at(FLockType).toString())
                          : tr("Waits for %1 on a %2 lock (%3).")
                                .arg(r.at(FLockMode).toString(), r.at(FLockType).toString(), r.at(FLockRelation).toString()));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole)
        return {};

    switch (column) {
    case Pid: return r.at(FPid);
    case Database: return r.at(FDatabase);
    case User: return r.at(FUser);
    case Application: return r.at(FApplication);
    case Client: {
        const int port = r.at(FClientPort).toInt();
        if (isNull(r.at(FClientAddr)))
            return port == -1 ? tr("Unix socket") : QString();
        const QString addr = r.at(FClientAddr).toString();
        return addr.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(addr).arg(port)
                                               : QStringLiteral("%1:%2").arg(addr).arg(port);
    }
    case BackendType: return r.at(FBackendType);
    case State: return stateText(r);
    case Wait:
        if (isNull(r.at(FWaitEventType)))
            return QString();
        if (r.at(FWaitEventType).toString() == QLatin1String("Client") && r.at(FState).toString() != QLatin1String("active"))
            return QString(); // an idle session waiting for its client: the normal case, not worth a word
        return QStringLiteral("%1: %2").arg(r.at(FWaitEventType).toString(), r.at(FWaitEvent).toString());
    case BackendStart:
    case XactStart:
    case QueryStart: {
        const QVariant v = r.at(column == BackendStart ? FBackendStart : column == XactStart ? FXactStart : FQueryStart);
        if (isNull(v))
            return QString();
        return Format::dateTime(QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble() * 1000.0)));
    }
    case QueryDuration:
    case XactDuration:
    case StateDuration: {
        const QVariant d = durationValue(r, column);
        return d.isValid() ? Format::duration(qint64(d.toDouble())) : QString();
    }
    case BlockedBy: {
        QString b = r.at(FBlockedBy).toString();
        return b.replace(QLatin1Char(','), QStringLiteral(", "));
    }
    case Query: return firstLine(r.at(FQuery).toString());
    default: return {};
    }
}

} // namespace Valvur
