#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Valvur {

class PgSession;
class ServerConnection;

// Finds out whether a lab is on a server and whether something still holds it: a holder (the
// Lab page, `valvur lab start`) keeps its own sessions open as application valvur-lab and beats
// a heartbeat in valvur_lab.run every 2 s. A sandbox with neither is left over from a program
// that ended (a crash, a killed terminal): Stale. Read-only; bounded by TimeoutMs.
class LabProbe : public QObject
{
    Q_OBJECT
public:
    enum class Result { None, Held, Stale, Error };
    Q_ENUM(Result)
    static constexpr int TimeoutMs = 20000;

    explicit LabProbe(QObject *parent = nullptr);
    void start(ServerConnection *server);

Q_SIGNALS:
    // scenario: the staged one's id when it could be read.
    void finished(Valvur::LabProbe::Result result, const QString &scenario, const QString &error);

private:
    void readRun(ServerConnection *server, bool holder);
    void finish(Result result, const QString &scenario, const QString &error = {});

    QPointer<PgSession> m_side;
    QTimer m_bound;
    quint64 m_generation = 0;
};

} // namespace Valvur
