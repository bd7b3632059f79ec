#include "schedule/schedulestatus.h"

namespace Valvur {

ScheduleStatus ScheduleStatus::of(const BackupSchedule &schedule, const ScheduleHistory &history, const QDateTime &now)
{
    ScheduleStatus s;
    s.rpoS = schedule.rpoTarget();
    s.dueAt = schedule.lastDueBefore(now.addSecs(-GraceS));
    if (const ScheduleHistory::Entry *last = history.lastBackup()) {
        s.lastRun = last->ok ? LastRun::Ok : LastRun::Failed;
        s.lastRunAt = last->finishedAt;
        if (!last->ok) {
            s.lastError = last->error;
            s.lastProblem = last->problem;
        }
        // A due time after the last run's start with no run since: missed. (A manual run-now
        // after the due time counts as the run.)
        if (s.dueAt.isValid() && last->startedAt.isValid() && last->startedAt < s.dueAt) {
            s.lastRun = LastRun::Missed;
            s.lastRunAt = s.dueAt;
        }
    } else if (s.dueAt.isValid()) {
        s.lastRun = LastRun::Missed;
        s.lastRunAt = s.dueAt;
    }
    if (const ScheduleHistory::Entry *good = history.newestGoodBackup()) {
        s.newestGoodPath = good->path;
        s.newestGoodAt = good->finishedAt;
        s.newestGoodAgeS = qMax<qint64>(0, good->finishedAt.secsTo(now));
        s.overdue = s.newestGoodAgeS > s.rpoS;
    } else {
        s.overdue = schedule.createdAt.isValid() && schedule.createdAt.secsTo(now) > s.rpoS;
    }
    if (const ScheduleHistory::Entry *drill = history.lastDrill()) {
        s.drillDone = true;
        s.drillOk = drill->ok;
        s.drillRtoMs = drill->rtoMs;
        s.drillAt = drill->finishedAt;
    }
    return s;
}

QString ScheduleStatus::lastRunName(LastRun r)
{
    switch (r) {
    case LastRun::None:
        return QStringLiteral("none");
    case LastRun::Ok:
        return QStringLiteral("ok");
    case LastRun::Failed:
        return QStringLiteral("failed");
    case LastRun::Missed:
        return QStringLiteral("missed");
    }
    return {};
}

} // namespace Valvur
