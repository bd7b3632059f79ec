#include "pg/pgresult.h"

namespace Valvur {

PgResult::PgResult(QStringList columns, QList<unsigned int> types, QList<QVariantList> rows, QString commandTag)
    : m_columns(std::move(columns))
    , m_types(std::move(types))
    , m_rows(std::move(rows))
    , m_commandTag(std::move(commandTag))
{
}

QVariant PgResult::value(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return {};
    return m_rows.at(row).at(column);
}

} // namespace Valvur
