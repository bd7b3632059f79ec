#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Valvur {

// One row set from the server, as an immutable value. Text-format values are converted by type:
// integers to qlonglong, floats and numeric to double, bool to bool, timestamps to QDateTime,
// everything else to QString; SQL NULL is an invalid QVariant.
class PgResult
{
public:
    PgResult() = default;
    PgResult(QStringList columns, QList<unsigned int> types, QList<QVariantList> rows, QString commandTag);

    const QStringList &columns() const { return m_columns; }
    const QList<unsigned int> &types() const { return m_types; }
    const QList<QVariantList> &rows() const { return m_rows; }
    const QString &commandTag() const { return m_commandTag; }

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }
    int columnIndex(const QString &name) const { return int(m_columns.indexOf(name)); }
    QVariant value(int row, int column) const;
    QVariant value(int row, const QString &column) const { return value(row, columnIndex(column)); }

private:
    QStringList m_columns;
    QList<unsigned int> m_types;
    QList<QVariantList> m_rows;
    QString m_commandTag;
};

} // namespace Valvur
