#pragma once

#include <QMetaType>
#include <QString>

namespace Valvur {

// A failure talking to the container engine, as a value. core never words it for the user beyond
// the engine's own message: describeEngineError() and the doctor do.
class EngineError
{
public:
    enum class Kind {
        None,
        NoEngine,         // no socket file where Valvur looked: no engine installed or not started
        NotRunning,       // the socket file exists, nobody accepts on it (the daemon is stopped)
        PermissionDenied, // the socket exists but this user may not open it
        NotUnixSocket,    // DOCKER_HOST / the context names a tcp:// or ssh:// engine (not supported)
        ApiTooOld,        // the engine's API is older than Valvur needs
        Timeout,          // the engine did not answer within the bound
        Protocol,         // the answer was not the HTTP Valvur expects, or the engine closed mid-answer
        Http,             // the engine answered with an error status (httpStatus, message)
        Aborted,          // Valvur stopped the call itself
    };

    EngineError() = default;
    EngineError(Kind kind, QString message = {}, int httpStatus = 0)
        : m_kind(kind), m_message(std::move(message)), m_httpStatus(httpStatus)
    {
    }

    bool isNull() const { return m_kind == Kind::None; }
    Kind kind() const { return m_kind; }
    // The engine's own text (untranslated) or the socket error's; may be empty.
    const QString &message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    // The engine could not be reached at all (as opposed to an error about one request).
    bool isUnreachable() const
    {
        return m_kind == Kind::NoEngine || m_kind == Kind::NotRunning || m_kind == Kind::PermissionDenied
            || m_kind == Kind::NotUnixSocket || m_kind == Kind::ApiTooOld;
    }
    // A stable id for --json and tests: "no-engine", "not-running", "permission-denied" …
    QString id() const;

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_httpStatus = 0;
};


// What happened and what to do, in the user's language (QCoreApplication::translate), naming the
// socket. Secrets never appear in engine errors, so this may be shown and logged.
QString describeEngineError(const EngineError &error, const QString &socketDescription);

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::EngineError)
