#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace Valvur {

class PgSession;

namespace Lab {

// The outcome of a connection attempt with an application's settings, as Lab::Check passes it to
// a scenario's check SQL: $1 ok, $2 the connection doctor's problem id (ConnectionDoctor::
// problemIds(): "ok", "connection-refused", "auth-failed", "database-missing" …), $3 the words of
// libpq or the server.
struct AppProbeOutcome
{
    bool ok = false;
    QString problem;
    QString message;
};

// Connects once with an application's connection settings (a conninfo string the student may have
// edited) and the application's password, then disconnects. Bounded by TimeoutMs; never blocks.
class AppProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 5000;

    explicit AppProbe(QObject *parent = nullptr);
    void start(const QString &conninfo, const QString &password);

Q_SIGNALS:
    void finished(const Valvur::Lab::AppProbeOutcome &outcome);

private:
    void finish(const AppProbeOutcome &outcome);

    QPointer<PgSession> m_session;
    bool m_done = false;
};

} // namespace Lab
} // namespace Valvur
