#pragma once

#include <QString>

namespace Valvur::Sql {

// A name as an SQL identifier ("my ""table"""), for the statements that take no parameters
// (CREATE/DROP DATABASE and ROLE, pg_dump's patterns).
inline QString quoteIdent(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// A text as an SQL string literal ('it''s'), standard_conforming_strings on (the default since 9.1).
inline QString quoteLiteral(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace Valvur::Sql
