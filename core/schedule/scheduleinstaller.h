#pragma once

#include "schedule/backupschedule.h"

#include <QObject>
#include <QProcess>
#include <QStringList>

#include <functional>

namespace Valvur {

// Puts a schedule into the machine's own scheduler, or takes it out, without a Valvur daemon:
// a systemd user timer + service (when a systemd user instance runs: $XDG_RUNTIME_DIR/systemd
// exists and `systemctl --user is-system-running` says running or degraded), else one crontab line
// tagged "# valvur-schedule <id>" (crontab -l, crontab -). Installing or removing touches exactly
// this schedule's two unit files and its crontab line; every other unit and line stays as it was.
// Removing clears both kinds (a schedule may have moved from one to the other).
// When systemd refuses units it was given, they are removed again (nothing half-installed stays).
// Every program runs asynchronously (QProcess) with a bound; finished() follows once, in every case.
// VALVUR_SCHEDULER=systemd|cron forces the choice (for machines where the detection is wrong).
class ScheduleInstaller : public QObject
{
    Q_OBJECT
public:
    enum class Method { None, Systemd, Cron };
    Q_ENUM(Method)

    struct Result
    {
        bool ok = false;
        Method method = Method::None;
        QString failedCommand; // "crontab -", "systemctl --user enable --now …"
        QString output;        // what it said (stderr, else stdout), trimmed
        QStringList written;   // unit files written
        QStringList removed;   // unit files removed
    };

    explicit ScheduleInstaller(QObject *parent = nullptr);

    // program: the absolute path of valvur that the timer runs.
    void install(const BackupSchedule &schedule, const QString &program);
    void remove(const QString &id);

    static QString methodName(Method m); // none, systemd, cron

    // Each program's bound.
    static constexpr int StepTimeoutMs = 30000;

Q_SIGNALS:
    void finished(const Valvur::ScheduleInstaller::Result &result);

private:
    using Done = std::function<void(int exitCode, const QString &out, const QString &err)>;
    void detect(std::function<void(Method)> then);
    void run(const QString &program, const QStringList &args, const QByteArray &input, Done done);
    void installSystemd(const BackupSchedule &schedule, const QString &program);
    void installCron(const BackupSchedule &schedule, const QString &program);
    void removeUnits(const QString &id, std::function<void()> then);
    void editCron(const QString &id, const QString &line, std::function<void()> then);
    void fail(const QString &command, int exitCode, const QString &out, const QString &err);
    void succeed();

    Result m_result;
    bool m_done = false;
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::ScheduleInstaller::Result)
