#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QVariantList>

#include <utility>

namespace Valvur {

// Who blocks whom: sessions that hold a lock others wait for at the root (those that do not wait
// themselves), the sessions waiting on them below, as deep as the chain goes, each waiter with the
// lock mode and the relation it waits for. Built from ActivityModel rows (pg_blocking_pids).
// Each waiter appears once, under its nearest blocker. While the shape stays the same a refresh
// only raises dataChanged; a new shape resets the model (lock chains are small and rare, and the
// page selects the same pid again).
class BlockingTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Pid, User, Database, State, LockMode, Relation, Waiting, Query, ColumnCount };
    enum Role { PidRole = Qt::UserRole + 1, StartedUsRole };

    explicit BlockingTreeModel(QObject *parent = nullptr);

    void retranslate();
    // Who blocks whom, from each waiting session's pid and its pg_blocking_pids() as text ("12, 34"):
    // blocker pid -> its waiters' pids (sorted, each once). The Locks page names them the same way.
    static QHash<int, QList<int>> waitersByBlocker(const QList<std::pair<int, QString>> &blockedBy);
    // rows: Sql::activity() rows (ActivityModel::Field order); serverNow in epoch seconds.
    void setSessions(double serverNow, const QList<QVariantList> &rows);
    void clear();

    int rootCount() const { return int(m_roots.size()); }
    // The first node showing this pid, or an invalid index.
    QModelIndex indexOfPid(int pid) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        int pid = 0;
        int parent = -1;   // node index, -1 for a root
        int rowInParent = 0;
        QList<int> children;
        QVariantList row;
    };

    QList<Node> m_nodes;
    QList<int> m_roots;
    QStringList m_headers;
    double m_serverNow = 0;
};

} // namespace Valvur
