#include "keyedtablemodel.h"

#include <QSet>

namespace Valvur {

KeyedTableModel::KeyedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void KeyedTableModel::setHeaders(const QStringList &headers)
{
    if (headers.size() != m_headers.size()) {
        beginResetModel();
        m_headers = headers;
        endResetModel();
        return;
    }
    m_headers = headers;
    if (!headers.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(headers.size()) - 1);
}

QString KeyedTableModel::keyOf(const QVariantList &row) const
{
    // Called for every row of every refresh: one string, no intermediate list.
    if (m_keyColumns.size() == 1) {
        const int c = m_keyColumns.first();
        return c < row.size() ? row.at(c).toString() : QString();
    }
    QString key;
    key.reserve(32);
    for (int i = 0; i < m_keyColumns.size(); ++i) {
        if (i > 0)
            key += QChar(0x1f);
        const int c = m_keyColumns.at(i);
        if (c < row.size())
            key += row.at(c).toString();
    }
    return key;
}

void KeyedTableModel::reindex()
{
    m_index.clear();
    m_index.reserve(m_keys.size());
    for (int i = 0; i < m_keys.size(); ++i)
        m_index.insert(m_keys.at(i), i);
}

void KeyedTableModel::update(const QList<QVariantList> &rows)
{
    m_changedFields.clear();
    // Each key is computed once per refresh (incoming) and kept with its row (m_keys). A row that
    // is the very list this model holds (shared, e.g. through PgRowCache: same data pointer, so
    // the same values) keeps its key without computing it again.
    QHash<const QVariant *, int> held;
    held.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).isEmpty())
            held.insert(m_rows.at(i).constData(), i);
    }
    QList<QString> incomingKeys;
    incomingKeys.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        const auto same = rows.at(i).isEmpty() ? held.cend() : held.constFind(rows.at(i).constData());
        incomingKeys << (same != held.cend() ? m_keys.at(same.value()) : keyOf(rows.at(i)));
    }
    // The common refresh: the same rows in the same order, some values changed.
    if (incomingKeys == m_keys) {
        updateInPlace(rows);
        return;
    }
    QHash<QString, int> incoming;
    incoming.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        incoming.insert(incomingKeys.at(i), i);

    // 1. remove vanished rows, from the bottom, in contiguous runs
    bool removed = false;
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (incoming.contains(m_keys.at(i))) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !incoming.contains(m_keys.at(first - 1)))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        m_keys.remove(first, i - first + 1);
        endRemoveRows();
        removed = true;
        i = first - 1;
    }
    if (removed)
        reindex();

    // 2. update rows that stay
    for (int i = 0; i < m_rows.size(); ++i)
        updateRow(i, rows.at(incoming.value(m_keys.at(i))));

    // 3. append new rows, in their incoming order
    QList<QVariantList> added;
    QList<QString> addedKeys;
    for (int i = 0; i < rows.size(); ++i) {
        if (!m_index.contains(incomingKeys.at(i))) {
            added << rows.at(i);
            addedKeys << incomingKeys.at(i);
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        m_keys.append(addedKeys);
        for (int i = 0; i < addedKeys.size(); ++i)
            m_index.insert(addedKeys.at(i), first + i);
        endInsertRows();
    }
}

void KeyedTableModel::updateInPlace(const QList<QVariantList> &rows)
{
    for (int i = 0; i < m_rows.size(); ++i)
        updateRow(i, rows.at(i));
}

void KeyedTableModel::updateRow(int i, const QVariantList &fresh)
{
    if (fresh == m_rows.at(i))
        return; // QList compares its data pointer first: a shared, unchanged row costs nothing
    const int columns = columnCount();
    int left = -1, right = -1;
    for (int c = 0; c < qMax(fresh.size(), m_rows.at(i).size()); ++c) {
        if (c >= fresh.size() || c >= m_rows.at(i).size() || fresh.at(c) != m_rows.at(i).at(c)) {
            m_changedFields.insert(c);
            if (left < 0)
                left = c;
            right = c;
        }
    }
    m_rows[i] = fresh;
    if (left < 0 || columns <= 0)
        return;
    if (fresh.size() != columns) {
        // the columns are not the row's values one to one (a model that derives its columns):
        // any of them may show the changed value, and a proxy must re-filter and re-sort
        left = 0;
        right = columns - 1;
    }
    Q_EMIT dataChanged(index(i, qMin(left, columns - 1)), index(i, qMin(right, columns - 1)));
}

void KeyedTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_keys.clear();
    m_index.clear();
    m_changedFields.clear();
    endRemoveRows();
}

QVariant KeyedTableModel::rawValue(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_rows.at(row).size())
        return {};
    return m_rows.at(row).at(column);
}

int KeyedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant KeyedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return index.column() < row.size() ? row.at(index.column()) : QVariant();
    if (m_formatter) {
        const QVariant v = m_formatter(row, index.column(), role);
        if (v.isValid() || role != Qt::DisplayRole)
            return v;
    }
    if (role == Qt::DisplayRole && index.column() < row.size())
        return row.at(index.column());
    return {};
}

QVariant KeyedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Valvur
