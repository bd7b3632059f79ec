#pragma once

#include "schedule/backupschedule.h"

#include <QString>
#include <QStringList>

namespace Valvur::ScheduleUnits {

// The text Valvur gives the machine's own scheduler for a schedule: a systemd user timer and
// service pair, or one crontab line. Both run exactly `<program> schedule run-now <id>`.

// valvur-backup-<id>.service / .timer
QString serviceName(const QString &id);
QString timerName(const QString &id);
// $XDG_CONFIG_HOME/systemd/user (~/.config/systemd/user when unset).
QString userUnitDir();

// program: the absolute path of valvur.
QString serviceText(const BackupSchedule &schedule, const QString &program);
QString timerText(const BackupSchedule &schedule);

// The marker that ends this schedule's crontab line: "# valvur-schedule <id>".
QString cronMarker(const QString &id);
// "0 2 * * * /usr/bin/valvur schedule run-now <id> # valvur-schedule <id>"
QString cronLine(const BackupSchedule &schedule, const QString &program);
// The crontab without this schedule's line(s) (other lines exactly as they were), and with line
// appended when it is not empty. The result ends with a newline (crontab wants one).
QString editCrontab(const QString &crontab, const QString &id, const QString &line);

// The arguments the timer runs, after the program.
QStringList runArguments(const QString &id);

} // namespace Valvur::ScheduleUnits
