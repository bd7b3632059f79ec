#pragma once

#include "lab/labscenario.h"
#include "pg/connectionoptions.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Valvur {

class BackupJob;
class PgError;
class PgSession;
struct PgReply;

namespace Lab {

class ContainerStage;
class Reset;

// Stages one scenario on a server and holds it: creates the sandbox database and roles, runs the
// scenario's setup, opens and holds its sessions (real connections of this process: they end
// when it ends, and the server rolls their transactions back), keeps a heartbeat in the sandbox
// so that a check in another process knows the scenario is still held, and runs the loads.
// stop() closes everything and resets the server. Every step is bounded.
class Run : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Stopping, Stopped, Failed };
    Q_ENUM(State)
    static constexpr int StepTimeoutMs = 120000; // one setup step (a big table takes a while)
    static constexpr int HoldTimeoutMs = 20000;  // until held sessions are running or waiting
    static constexpr int HeartbeatMs = 2000;
    static constexpr int CancelWaitMs = 5000;    // stop(): for a cancelled setup statement's answer

    explicit Run(const Scenario &scenario, QObject *parent = nullptr);
    ~Run() override;

    // production: the server is tagged production; the lab refuses it.
    void setProduction(bool production) { m_production = production; }
    // Where the setup's backup goes (a folder); default: backupFolder() (Lab::Reset clears that one).
    void setBackupFolder(const QString &folder) { m_backupFolder = folder; }
    // The student's server runs in this container: a scenario's container part (cannot-connect's
    // stopped container with an unpublished port) is staged beside it, of the same image.
    void setContainer(const QString &name) { m_container = name; }
    void start(const ConnectionOptions &options, const QString &password);
    // Ends the sessions and, with reset, removes what the lab made (finished() then says so).
    void stop(bool reset = true);
    // Runs one of the scenario's actions (e.g. add the index) in the sandbox.
    void runAction(const QString &actionId, std::function<void(const QString &error)> done);

    State state() const { return m_state; }
    const Scenario &scenario() const { return m_scenario; }
    int heldSessions() const;
    QString backupFile() const { return m_backupFile; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void stateChanged(Valvur::Lab::Run::State state);
    void progress(const QString &text);   // what the setup does now, for the user
    void ready();                          // the problem is staged and held
    void failed(const QString &error);    // translated: what happened and what to do
    void stopped(const QString &resetError);
    void sessionEnded(int pid, const QString &kind);  // someone ended a held session

private:
    struct Held
    {
        QPointer<PgSession> session;
        QString kind;
        int pid = 0;
        bool loop = false;
        QString loopSql;
    };
    using Step = std::function<void()>;

    void setState(State s);
    void fail(const QString &error);
    void closeAndReset(bool reset, bool failing);
    void next();
    void exec(PgSession *session, const QString &sql, const QVariantList &params, std::function<void(const PgReply &)> then);
    void control(const QString &sql, std::function<void(const PgReply &)> then) { exec(m_control, sql, {}, std::move(then)); }
    ConnectionOptions sessionOptions(const QString &database, const QString &application, const QString &login) const;
    void buildSteps();
    void checkRights();
    void createRoles();
    void openGroup(const Sessions &group);
    void openOne(const Sessions &group, std::function<void(PgSession *, const PgError *)> done);
    void waitHeld(const QList<int> &pids, const QString &how, int waitedMs);
    void runBackup();
    QString appConninfo() const;
    void writeAppConfig();
    void stageContainer();
    void startLoops();
    void loopOnce(Held *held);
    void sendHeartbeat();

    Scenario m_scenario;
    ConnectionOptions m_options;
    QString m_password;
    bool m_production = false;
    State m_state = State::Idle;
    QString m_error;
    QList<Step> m_steps;
    PgSession *m_admin = nullptr;
    PgSession *m_control = nullptr;
    QPointer<ContainerStage> m_stage;
    QList<Held *> m_held;
    QList<Held *> m_retired; // of an earlier start: a pending loop timer may still look at them
    QMap<QString, QString> m_rolePasswords; // role -> random password, in memory only
    QTimer m_heartbeat;
    QTimer m_stepBound;
    QString m_backupFolder;
    QString m_container;
    QString m_backupFile;
    QPointer<BackupJob> m_backup;
    QPointer<Reset> m_reset;
    bool m_superuser = false;
};

} // namespace Lab
} // namespace Valvur
