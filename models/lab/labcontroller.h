#pragma once

#include "lab/labcheck.h"
#include "lab/labprobe.h"
#include "lab/labscenario.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSettings;

namespace Valvur {

class LabScenarioModel;
class ServerConnection;

namespace Lab {
class Reset;
class Run;
}

// The Lab page without widgets: the scenarios and where the user stands with each on the current
// server, the current scenario (goal, hints revealed one by one, actions), and Start / Check /
// Reset through Lab::Run, Lab::Check and Lab::Reset with the server's own options and password.
//
// The Run is a child of the ServerConnection, not of the page: it keeps holding its sessions while
// the user looks at Activity or Locks, and a controller made later for the same server finds it.
// Switching to another server stops it with a reset. On connecting, a lab left on the server by a
// program that ended (no holder sessions, heartbeat silent) is reset; one a live holder keeps
// (e.g. `valvur lab start` in a terminal) is shown as running there and only checked.
// Solved times and traps are remembered per server and scenario in the settings (Lab::recordSolved,
// shared with `valvur lab check`; no secrets).
class LabController : public QObject
{
    Q_OBJECT
public:
    enum class Status { NotConnected, Probing, Idle, Starting, Running, Elsewhere, Stopping };
    Q_ENUM(Status)
    static constexpr int ShutdownBoundMs = 10000;
    static constexpr int MaxHints = 3;

    explicit LabController(QSettings *settings, QObject *parent = nullptr);
    ~LabController() override;

    LabScenarioModel *model() const { return m_model; }
    void setServer(ServerConnection *server);
    ServerConnection *server() const;

    // The current scenario (the list's selection); the first one until another is chosen.
    void select(const QString &scenarioId);
    QString currentId() const { return m_currentId; }
    Lab::Scenario current() const;

    // Hints of the current scenario shown so far; revealHint shows one more (false when all are).
    int revealedHints() const { return m_revealed; }
    int hintCount() const;
    bool revealHint();

    Status status() const { return m_status; }
    // The scenario this window holds (Starting/Running), or another program holds (Elsewhere).
    QString liveScenario() const { return m_liveId; }
    QString progressText() const { return m_progress; }
    QString errorText() const { return m_error; }
    // What happened outside the user's last click: a leftover lab removed, the lab reset.
    QString notice() const { return m_notice; }
    bool hasVerdict() const { return m_hasVerdict; }
    Lab::Verdict verdict() const { return m_verdict; }
    // Seconds since this window's scenario was staged; -1 when none runs here.
    int elapsedS() const;

    void start();
    void check();
    void reset();
    bool canStart() const;
    bool canCheck() const;
    bool isBusy() const;
    // True once the page knows what is on the server (the first look after connecting is done).
    bool isSettled() const;

    // The SQL an action runs (for showing before it runs); empty when the scenario has none.
    QString actionSql(const QString &actionId) const;
    void runAction(const QString &actionId);

    // The window closes: a scenario this window holds is stopped with a reset. The application
    // keeps running (without its window) until the reset ends, at most ShutdownBoundMs; the held
    // sessions end with the process anyway and the next start removes what is left.
    void shutdown();

Q_SIGNALS:
    void changed();          // status, progress, notice, error
    void currentChanged();   // another scenario selected
    void hintsChanged();
    void verdictChanged();
    void elapsedChanged();
    void actionFinished(const QString &actionId, const QString &error);

private:
    void setStatus(Status status);
    void probe();
    void onProbed(LabProbe::Result result, const QString &scenario);
    void adopt(Lab::Run *run);
    void sweep();
    void onVerdict(const Lab::Verdict &verdict, const QString &scenarioId);
    void loadResults();
    void saveResult(const QString &scenarioId, double solvedS, const QStringList &trapIds);
    void updateList();
    bool runActive() const;

    QSettings *m_settings;
    LabScenarioModel *m_model;
    QPointer<ServerConnection> m_server;
    QPointer<Lab::Run> m_run;
    QPointer<Lab::Check> m_check;
    QPointer<Lab::Reset> m_reset;
    LabProbe *m_probe;
    Status m_status = Status::NotConnected;
    QString m_currentId;
    int m_revealed = 0;
    QString m_liveId;
    QString m_progress;
    QString m_error;
    QString m_notice;
    Lab::Verdict m_verdict;
    bool m_hasVerdict = false;
    bool m_probed = false;
    bool m_shutDown = false;
    QString m_verdictId;
    QElapsedTimer m_readySince;
    QTimer m_elapsedTick;
};

} // namespace Valvur
