#include "schedule/scheduleunits.h"

#include <QDir>
#include <QRegularExpression>

namespace Valvur::ScheduleUnits {

namespace {

bool plainWord(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_./+:@=-]+$"));
    return re.match(s).hasMatch();
}

// systemd's command line: "%" starts a specifier; quote a path with spaces.
QString systemdWord(const QString &s)
{
    QString t = s;
    t.replace(QLatin1Char('%'), QStringLiteral("%%"));
    if (plainWord(s))
        return t;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

// cron passes the command to /bin/sh, except that an unescaped "%" is a newline to cron.
QString cronWord(const QString &s)
{
    QString t = s;
    if (!plainWord(s)) {
        t.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
        t = QLatin1Char('\'') + t + QLatin1Char('\'');
    }
    return t.replace(QLatin1Char('%'), QStringLiteral("\\%"));
}

} // namespace

QString serviceName(const QString &id)
{
    return QStringLiteral("valvur-backup-%1.service").arg(id);
}

QString timerName(const QString &id)
{
    return QStringLiteral("valvur-backup-%1.timer").arg(id);
}

QString userUnitDir()
{
    QString base = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/systemd/user");
}

QStringList runArguments(const QString &id)
{
    return {QStringLiteral("schedule"), QStringLiteral("run-now"), id};
}

QString serviceText(const BackupSchedule &schedule, const QString &program)
{
    QStringList exec{systemdWord(program)};
    for (const QString &a : runArguments(schedule.id))
        exec << systemdWord(a);
    return QStringLiteral("# Written by Valvur for the backup schedule %1; valvur schedule remove %1 removes it.\n"
                          "[Unit]\n"
                          "Description=Valvur scheduled backup %1\n"
                          "\n"
                          "[Service]\n"
                          "Type=oneshot\n"
                          "ExecStart=%2\n")
        .arg(schedule.id, exec.join(QLatin1Char(' ')));
}

QString timerText(const BackupSchedule &schedule)
{
    return QStringLiteral("# Written by Valvur for the backup schedule %1; valvur schedule remove %1 removes it.\n"
                          "[Unit]\n"
                          "Description=Valvur scheduled backup %1 (%2)\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=%3\n"
                          "Persistent=true\n"
                          "Unit=%4\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n")
        .arg(schedule.id, schedule.whenSpec(), schedule.onCalendar(), serviceName(schedule.id));
}

QString cronMarker(const QString &id)
{
    return QStringLiteral("# valvur-schedule ") + id;
}

QString cronLine(const BackupSchedule &schedule, const QString &program)
{
    QStringList words{cronWord(program)};
    for (const QString &a : runArguments(schedule.id))
        words << cronWord(a);
    return schedule.cronFields() + QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' ') + cronMarker(schedule.id);
}

QString editCrontab(const QString &crontab, const QString &id, const QString &line)
{
    QStringList lines = crontab.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QString marker = cronMarker(id);
    lines.erase(std::remove_if(lines.begin(), lines.end(), [&marker](const QString &l) { return l.trimmed().endsWith(marker); }),
                lines.end());
    if (!line.isEmpty())
        lines << line;
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Valvur::ScheduleUnits
