#pragma once

#include "schedule/backupschedule.h"
#include "schedule/schedulehistory.h"

#include <QDateTime>
#include <QString>

namespace Valvur {

// How a schedule stands at a moment, from its history alone (the command line's status, the
// Backups page and the server list all use this):
// - the last run: none yet, ok, failed, or missed (a run was due more than a grace period ago and
//   none started since — the machine was off, the timer is gone, cron is not running);
// - the newest good backup's age against the RPO target (past it: overdue);
// - the last drill: its measured RTO and whether the row counts were equal.
// Failing = the last run failed or was missed, the last drill failed, or the newest good backup is
// older than the RPO (or there is none while the schedule is older than the RPO).
struct ScheduleStatus
{
    enum class LastRun { None, Ok, Failed, Missed };

    LastRun lastRun = LastRun::None;
    QDateTime lastRunAt;       // the last run's end (missed: when it was due)
    QString lastError;         // the failed run's reason, as recorded
    QString lastProblem;
    QDateTime dueAt;           // the newest due time
    QString newestGoodPath;
    QDateTime newestGoodAt;
    qint64 newestGoodAgeS = -1; // -1: no good backup
    qint64 rpoS = 0;
    bool overdue = false;       // past the RPO
    bool drillDone = false;
    bool drillOk = false;
    qint64 drillRtoMs = -1;
    QDateTime drillAt;

    bool failing() const { return lastRun == LastRun::Failed || lastRun == LastRun::Missed || overdue || (drillDone && !drillOk); }

    // A due run counts as missed when nothing started within this long after it.
    static constexpr qint64 GraceS = 15 * 60;

    static ScheduleStatus of(const BackupSchedule &schedule, const ScheduleHistory &history, const QDateTime &now);
    static QString lastRunName(LastRun r); // none, ok, failed, missed
};

} // namespace Valvur
