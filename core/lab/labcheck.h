#pragma once

#include "lab/labscenario.h"
#include "pg/connectionoptions.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Valvur {

class PgSession;

namespace Lab {

// What the check decided, from the server's state alone.
struct Verdict
{
    enum class State {
        Error,        // the check could not run (message says why)
        NotStarted,   // no lab on this server
        OtherRunning, // another scenario is staged here
        NotRunning,   // staged, but the program that held its sessions has ended
        Unsolved,
        Solved,
    };
    State state = State::Error;
    QString message;              // translated where Valvur speaks; the scenario's own text otherwise
    QStringList traps;            // the wrong fixes noticed, each with why it is wrong
    QStringList trapIds;
    double elapsedS = -1;         // from the moment the problem was staged to solved (or to now)
    QString runningScenario;      // OtherRunning: its id

    bool solved() const { return state == State::Solved; }
    static QString stateId(State s); // "solved", "unsolved", "not-started", "not-running", "other-running", "error"
};

// Runs a scenario's check against a server: its query and its traps, in the sandbox database,
// with Valvur's timeouts (it never waits behind a lock). A scenario with appConfig first connects
// with the application's settings (valvur_lab.fact app.conninfo, the password in valvur_lab.run.secret;
// Lab::AppProbe) and gives the check SQL the outcome as $1 (ok), $2 (the connection doctor's problem
// id) and $3 (the message). A first "solved" is recorded in the
// sandbox, so the time from start to solved stays the same however often the check runs.
class Check : public QObject
{
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 20000;

    explicit Check(const Scenario &scenario, QObject *parent = nullptr);
    void start(const ConnectionOptions &options, const QString &password);

Q_SIGNALS:
    void finished(const Valvur::Lab::Verdict &verdict);

private:
    void preflight();
    void readRunState();
    void runCheck(bool wasSolved, double elapsedS);
    // params: empty, or for a scenario with appConfig the probe's outcome ($1 ok, $2 problem id, $3 message).
    void runCheckSql(const QVariantList &params);
    void runTraps(int index, const QMap<QString, QString> &values, bool solved);
    void checkContainerPart(const QMap<QString, QString> &values);
    void recordSolved(const QMap<QString, QString> &values);
    void finish(Verdict verdict);

    Scenario m_scenario;
    PgSession *m_session = nullptr;
    Verdict m_verdict;
    QTimer m_bound;
    bool m_done = false;
};

} // namespace Lab
} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::Lab::Verdict)
