#pragma once

#include "schedule/backupschedule.h"
#include "schedule/scheduleinstaller.h"
#include "schedule/schedulestatus.h"

#include <QString>
#include <QStringList>

// The words for schedules in the interface language, shared by `valvur schedule` and the window.
namespace Valvur::ScheduleText {

// "daily at 02:00", "weekly on Monday at 02:00", "every hour at :15"
QString when(const BackupSchedule &schedule);
// "3 h 5 min", "2 d 4 h", "45 min", "30 s"
QString age(qint64 seconds);
// "ok", "failed", "missed", "not run yet"
QString lastRun(ScheduleStatus::LastRun r);
// The reasons a schedule counts as failing, each a sentence saying what happened and what to do;
// empty when it is healthy.
QStringList problems(const ScheduleStatus &status);
// A drill's RTO: "12.3 s", or "—".
QString rto(qint64 ms);
// What was used: "a systemd user timer (valvur-backup-ID.timer)" / "a crontab line (# valvur-schedule ID)".
QString installedWith(ScheduleInstaller::Method method, const QString &id);
// Why installing or removing failed, and what to do.
QString installFailure(const ScheduleInstaller::Result &result);

} // namespace Valvur::ScheduleText
