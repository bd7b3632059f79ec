#include "activity/blockingtreemodel.h"

#include "activity/activitymodel.h"
#include "activity/sessionstate.h"
#include "format.h"

#include <QHash>
#include <QSet>

#include <functional>

#include <algorithm>

namespace Valvur {

BlockingTreeModel::BlockingTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    retranslate();
}

void BlockingTreeModel::retranslate()
{
    m_headers = {tr("PID"), tr("User"), tr("Database"), tr("State"), tr("Waits for lock"), tr("Relation"), tr("Waiting"),
                 tr("Query")};
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QHash<int, QList<int>> BlockingTreeModel::waitersByBlocker(const QList<std::pair<int, QString>> &blockedBy)
{
    QHash<int, QList<int>> waitersOf;
    for (const auto &[pid, text] : blockedBy) {
        for (const QStringView b : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QList<int> &waiters = waitersOf[b.trimmed().toInt()];
            if (!waiters.contains(pid))
                waiters << pid;
        }
    }
    for (QList<int> &waiters : waitersOf)
        std::sort(waiters.begin(), waiters.end());
    return waitersOf;
}

void BlockingTreeModel::setSessions(double serverNow, const QList<QVariantList> &rows)
{
    m_serverNow = serverNow;
    using F = ActivityModel::Field;
    QHash<int, int> rowOfPid;
    QList<std::pair<int, QString>> blockedBy;
    for (const QVariantList &row : rows) {
        const QVariant &b = row.at(F::FBlockedBy);
        if (!b.isNull()) // only sessions that wait on a lock have it (the common case: none)
            blockedBy.append({row.at(F::FPid).toInt(), b.toString()});
    }
    const QHash<int, QList<int>> waitersOf = waitersByBlocker(blockedBy); // blocker pid -> waiter pids
    QSet<int> waiting;
    for (const QList<int> &w : waitersOf)
        waiting.unite(QSet<int>(w.begin(), w.end()));
    if (!waitersOf.isEmpty()) {
        for (int i = 0; i < rows.size(); ++i) {
            const int pid = rows.at(i).at(F::FPid).toInt();
            if (waiting.contains(pid) || waitersOf.contains(pid))
                rowOfPid.insert(pid, i);
        }
    }
    // Each waiter appears once, under its nearest blocker: pg_blocking_pids() also names the
    // sessions queued ahead for the same lock, so the blocker deepest in the chain is the one it
    // directly waits behind (a queue of N waiters becomes a chain, not 2^N paths).
    QHash<int, QList<int>> blockersOf;
    for (auto it = waitersOf.cbegin(); it != waitersOf.cend(); ++it) {
        for (int w : it.value())
            blockersOf[w] << it.key();
    }
    QHash<int, int> depth; // -1 while being computed (a cycle)
    std::function<int(int)> depthOf = [&](int pid) -> int {
        const auto known = depth.constFind(pid);
        if (known != depth.cend())
            return qMax(0, known.value());
        depth.insert(pid, -1);
        int d = 0;
        for (int b : blockersOf.value(pid))
            d = qMax(d, depthOf(b) + 1);
        depth.insert(pid, d);
        return d;
    };
    QHash<int, QList<int>> childrenOf;
    QList<int> rootPids;
    QSet<int> placed;
    for (auto it = waitersOf.cbegin(); it != waitersOf.cend(); ++it) {
        if (!waiting.contains(it.key()))
            rootPids << it.key();
    }
    // A cycle (a deadlock, until the deadlock detector breaks it) has no natural root.
    if (rootPids.isEmpty() && !waitersOf.isEmpty())
        rootPids << *std::min_element(waitersOf.keyBegin(), waitersOf.keyEnd());
    std::sort(rootPids.begin(), rootPids.end());
    for (int w : waiting) {
        if (rootPids.contains(w))
            continue;
        int parent = -1, best = -1;
        for (int b : blockersOf.value(w)) {
            const int d = depthOf(b);
            if (d > best || (d == best && b < parent)) {
                best = d;
                parent = b;
            }
        }
        childrenOf[parent] << w;
    }

    QList<Node> nodes;
    QList<int> roots;
    std::function<int(int, int, int)> add = [&](int pid, int parent, int rowInParent) {
        Node n;
        n.pid = pid;
        n.parent = parent;
        n.rowInParent = rowInParent;
        n.row = rows.value(rowOfPid.value(pid, -1));
        const int self = int(nodes.size());
        nodes << n;
        placed.insert(pid);
        QList<int> children = childrenOf.value(pid);
        std::sort(children.begin(), children.end());
        for (int w : std::as_const(children)) {
            if (placed.contains(w))
                continue; // a cycle
            const int child = add(w, self, int(nodes.at(self).children.size()));
            nodes[self].children << child;
        }
        return self;
    };
    for (int pid : std::as_const(rootPids))
        roots << add(pid, -1, int(roots.size()));

    bool sameShape = nodes.size() == m_nodes.size();
    for (int i = 0; sameShape && i < nodes.size(); ++i)
        sameShape = nodes.at(i).pid == m_nodes.at(i).pid && nodes.at(i).parent == m_nodes.at(i).parent;
    if (!sameShape) {
        beginResetModel();
        m_nodes = nodes;
        m_roots = roots;
        endResetModel();
        return;
    }
    m_nodes = nodes;
    m_roots = roots;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const QModelIndex left = createIndex(m_nodes.at(i).rowInParent, 0, quintptr(i));
        const QModelIndex right = createIndex(m_nodes.at(i).rowInParent, ColumnCount - 1, quintptr(i));
        Q_EMIT dataChanged(left, right);
    }
}

void BlockingTreeModel::clear()
{
    if (m_nodes.isEmpty())
        return;
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    endResetModel();
}

QModelIndex BlockingTreeModel::indexOfPid(int pid) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).pid == pid)
            return createIndex(m_nodes.at(i).rowInParent, 0, quintptr(i));
    }
    return {};
}

QModelIndex BlockingTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_roots.size() ? createIndex(row, column, quintptr(m_roots.at(row))) : QModelIndex();
    const Node &p = m_nodes.at(int(parent.internalId()));
    return row < p.children.size() ? createIndex(row, column, quintptr(p.children.at(row))) : QModelIndex();
}

QModelIndex BlockingTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node &n = m_nodes.at(int(child.internalId()));
    if (n.parent < 0)
        return {};
    return createIndex(m_nodes.at(n.parent).rowInParent, 0, quintptr(n.parent));
}

int BlockingTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int BlockingTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BlockingTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    using F = ActivityModel::Field;
    const Node &n = m_nodes.at(int(index.internalId()));
    if (role == PidRole)
        return n.pid;
    if (role == StartedUsRole)
        return n.row.value(F::FStartedUs);
    const QVariantList &r = n.row;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Query)
            return r.value(F::FQuery);
        if (n.parent < 0)
            return tr("Session %1 holds the lock the sessions below wait for. Select it to cancel its query or terminate it.").arg(n.pid);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Pid:
        return n.pid;
    case User:
        return r.value(F::FUser);
    case Database:
        return r.value(F::FDatabase);
    case State:
        return sessionStateText(r.value(F::FState).toString());
    case LockMode:
        if (r.value(F::FLockMode).isNull())
            return QString();
        return tr("%1 on %2").arg(r.value(F::FLockMode).toString(), r.value(F::FLockType).toString());
    case Relation:
        return r.value(F::FLockRelation);
    case Waiting: {
        if (n.parent < 0 || r.value(F::FQueryStart).isNull())
            return QString();
        return Format::duration(qint64(qMax(0.0, m_serverNow - r.value(F::FQueryStart).toDouble())));
    }
    case Query:
        return ActivityModel::firstLine(r.value(F::FQuery).toString());
    default:
        return {};
    }
}

QVariant BlockingTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractItemModel::headerData(section, orientation, role);
}

} // namespace Valvur
