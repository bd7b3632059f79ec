#include "pg/pgerror.h"

namespace Valvur {

PgError::PgError(Kind kind, QString message, QString sqlState)
    : m_kind(kind)
    , m_sqlState(std::move(sqlState))
    , m_message(std::move(message).trimmed())
{
}

QString PgError::fullText() const
{
    QString text = m_message;
    if (!m_detail.isEmpty())
        text += QStringLiteral("\nDETAIL:  ") + m_detail;
    if (!m_hint.isEmpty())
        text += QStringLiteral("\nHINT:  ") + m_hint;
    return text;
}

} // namespace Valvur
