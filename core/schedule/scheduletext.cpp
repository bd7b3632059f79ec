#include "schedule/scheduletext.h"

#include "schedule/scheduleunits.h"

#include <QCoreApplication>
#include <QLocale>

namespace Valvur::ScheduleText {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Schedule)
};
} // namespace

QString when(const BackupSchedule &schedule)
{
    const QString hm = QLocale().toString(schedule.time, QStringLiteral("HH:mm"));
    switch (schedule.every) {
    case BackupSchedule::Every::Hourly:
        return Tr::tr("every hour at :%1").arg(schedule.time.minute(), 2, 10, QLatin1Char('0'));
    case BackupSchedule::Every::Daily:
        return Tr::tr("daily at %1").arg(hm);
    case BackupSchedule::Every::Weekly:
        return Tr::tr("weekly on %1 at %2").arg(QLocale().dayName(schedule.weekday, QLocale::LongFormat), hm);
    }
    return {};
}

QString age(qint64 seconds)
{
    const qint64 s = qMax<qint64>(0, seconds);
    if (s < 60)
        return Tr::tr("%1 s").arg(s);
    if (s < 3600)
        return Tr::tr("%1 min").arg(s / 60);
    if (s < 86400)
        return (s / 60) % 60 ? Tr::tr("%1 h %2 min").arg(s / 3600).arg((s / 60) % 60) : Tr::tr("%1 h").arg(s / 3600);
    return (s / 3600) % 24 ? Tr::tr("%1 d %2 h").arg(s / 86400).arg((s / 3600) % 24) : Tr::tr("%1 d").arg(s / 86400);
}

QString lastRun(ScheduleStatus::LastRun r)
{
    switch (r) {
    case ScheduleStatus::LastRun::None:
        return Tr::tr("not run yet");
    case ScheduleStatus::LastRun::Ok:
        return Tr::tr("succeeded");
    case ScheduleStatus::LastRun::Failed:
        return Tr::tr("failed");
    case ScheduleStatus::LastRun::Missed:
        return Tr::tr("missed");
    }
    return {};
}

QString rto(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    return Tr::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QStringList problems(const ScheduleStatus &status)
{
    QStringList out;
    const QLocale locale;
    if (status.lastRun == ScheduleStatus::LastRun::Failed) {
        // The keychain's answers are worded here, in the reader's language: a run under cron or a
        // timer records them in the language it ran in.
        QString why = status.lastError.isEmpty() ? Tr::tr("no reason was recorded.") : status.lastError;
        if (status.lastProblem == QLatin1String("keychain-unavailable"))
            why = Tr::tr("the keychain did not give the profile's password (it is locked, or there is no desktop session, as "
                         "under cron). Unlock the keychain at login, or run the schedule where it is available.");
        else if (status.lastProblem == QLatin1String("keychain-entry-missing"))
            why = Tr::tr("the keychain has no password for the profile. Save the password in the profile again.");
        out << Tr::tr("The last run failed: %1").arg(why);
    }
    if (status.lastRun == ScheduleStatus::LastRun::Missed)
        out << Tr::tr("No run since %1, when one was due: the computer was off, or the timer or cron line is gone or not "
                      "running (valvur schedule list shows how it is run).")
                   .arg(locale.toString(status.dueAt.toLocalTime(), QLocale::ShortFormat));
    if (status.overdue && status.newestGoodAgeS >= 0)
        out << Tr::tr("The newest good backup is %1 old, past the RPO target of %2: make a backup now (valvur schedule run-now).")
                   .arg(age(status.newestGoodAgeS), age(status.rpoS));
    else if (status.overdue)
        out << Tr::tr("There is no good backup, and the schedule is older than its RPO target of %1: make a backup now "
                      "(valvur schedule run-now).")
                   .arg(age(status.rpoS));
    if (status.drillDone && !status.drillOk)
        out << Tr::tr("The last restore drill failed: the backup may not restore. Run valvur verify --test-restore on it to see why.");
    return out;
}

QString installedWith(ScheduleInstaller::Method method, const QString &id)
{
    if (method == ScheduleInstaller::Method::Systemd)
        return Tr::tr("a systemd user timer (%1 in %2)").arg(ScheduleUnits::timerName(id), ScheduleUnits::userUnitDir());
    return Tr::tr("a line in the user's crontab (marked %1)").arg(ScheduleUnits::cronMarker(id));
}

QString installFailure(const ScheduleInstaller::Result &result)
{
    if (result.failedCommand == QLatin1String("crontab") && result.output.isEmpty())
        return Tr::tr("There is no systemd user instance and no crontab program: install cron (apt install cron) or log in to "
                      "a desktop session with systemd, then save the schedule again.");
    QString text = Tr::tr("%1 failed, so the schedule will not run on its own. Save it again when that is fixed.").arg(result.failedCommand);
    if (!result.output.isEmpty())
        text += QLatin1Char(' ') + Tr::tr("It said: %1").arg(result.output);
    return text;
}

} // namespace Valvur::ScheduleText
