#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Valvur {

// A table that follows a changing row set by key: rows that vanished are removed, new rows are
// inserted, and changed cells raise dataChanged — never a reset — so selection, scroll position
// and a detail pane survive every refresh. Qt::DisplayRole goes through the formatter (sizes,
// durations, dates in the user's locale); Qt::UserRole returns the raw value for sorting.
class KeyedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Formatter = std::function<QVariant(const QVariantList &row, int column, int role)>;

    explicit KeyedTableModel(QObject *parent = nullptr);

    void setHeaders(const QStringList &headers);
    void setKeyColumns(const QList<int> &columns) { m_keyColumns = columns; }
    void setFormatter(Formatter f) { m_formatter = std::move(f); }

    // Replaces the rows with these, by key.
    void update(const QList<QVariantList> &rows);
    void clear();

    const QVariantList &rowValues(int row) const { return m_rows.at(row); }
    QVariant rawValue(int row, int column) const;
    int rowForKey(const QString &key) const { return m_index.value(key, -1); }
    QString keyOf(const QVariantList &row) const;
    // The value positions (row columns) that changed in a row kept by the last update() (rows
    // that came or went not counted): lets a view skip work when only other values moved.
    const QSet<int> &lastChangedFields() const { return m_changedFields; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reindex();
    void updateInPlace(const QList<QVariantList> &rows);
    void updateRow(int row, const QVariantList &fresh);

    QStringList m_headers;
    QList<int> m_keyColumns{0};
    QList<QVariantList> m_rows;
    QList<QString> m_keys; // keyOf(m_rows[i]), kept so a refresh computes each key once
    QHash<QString, int> m_index;
    QSet<int> m_changedFields;
    Formatter m_formatter;
};

} // namespace Valvur
