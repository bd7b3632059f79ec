#pragma once

#include <QMetaType>
#include <QString>

namespace Valvur {

// A failure as a value. Server errors carry a SQLSTATE; connection-level failures (no SQLSTATE)
// carry a Kind that says what went wrong on our side of the socket. core never words errors for
// the user beyond the server's own message: ui and the connection doctor turn them into advice.
class PgError
{
public:
    enum class Kind {
        None,            // no error
        InvalidOptions,  // the conninfo/URI could not be parsed
        NameResolution,  // host name did not resolve
        Connection,      // connecting failed (refused, authentication, ...; see message/sqlState)
        Timeout,         // connect timeout passed without an answer
        ConnectionLost,  // an established connection broke
        Server,          // the server reported an error for a statement (sqlState set)
        Cancelled,       // our own query was cancelled (SQLSTATE 57014)
        NotConnected,    // a query was sent while no connection was open
    };

    PgError() = default;
    PgError(Kind kind, QString message, QString sqlState = {});

    bool isNull() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    const QString &sqlState() const { return m_sqlState; }
    const QString &severity() const { return m_severity; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    const QString &hint() const { return m_hint; }
    const QString &context() const { return m_context; }

    void setSeverity(const QString &s) { m_severity = s; }
    void setDetail(const QString &s) { m_detail = s; }
    void setHint(const QString &s) { m_hint = s; }
    void setContext(const QString &s) { m_context = s; }

    // Message, detail and hint on separate lines, as psql prints them (untranslated server text).
    QString fullText() const;

private:
    Kind m_kind = Kind::None;
    QString m_sqlState;
    QString m_severity;
    QString m_message;
    QString m_detail;
    QString m_hint;
    QString m_context;
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::PgError)
