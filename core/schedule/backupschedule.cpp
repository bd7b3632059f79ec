#include "schedule/backupschedule.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace Valvur {

namespace {
const char *const kWeekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const char *const kSystemdWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
} // namespace

qint64 BackupSchedule::periodSeconds() const
{
    switch (every) {
    case Every::Hourly:
        return 3600;
    case Every::Daily:
        return 86400;
    case Every::Weekly:
        return 7 * 86400;
    }
    return 86400;
}

qint64 BackupSchedule::rpoTarget() const
{
    return rpoSeconds > 0 ? rpoSeconds : periodSeconds() + 2 * 3600;
}

QDateTime BackupSchedule::lastDueBefore(const QDateTime &now) const
{
    const QDateTime local = now.toLocalTime();
    QDateTime due;
    switch (every) {
    case Every::Hourly:
        due = QDateTime(local.date(), QTime(local.time().hour(), time.minute()));
        if (due > local)
            due = due.addSecs(-3600);
        break;
    case Every::Daily:
        due = QDateTime(local.date(), QTime(time.hour(), time.minute()));
        if (due > local)
            due = QDateTime(local.date().addDays(-1), QTime(time.hour(), time.minute()));
        break;
    case Every::Weekly: {
        QDate day = local.date();
        while (day.dayOfWeek() != weekday)
            day = day.addDays(-1);
        due = QDateTime(day, QTime(time.hour(), time.minute()));
        if (due > local)
            due = QDateTime(day.addDays(-7), QTime(time.hour(), time.minute()));
        break;
    }
    }
    if (createdAt.isValid() && due < createdAt)
        return {};
    return due;
}

QString BackupSchedule::onCalendar() const
{
    const QString hm = QStringLiteral("%1:%2:00").arg(time.hour(), 2, 10, QLatin1Char('0')).arg(time.minute(), 2, 10, QLatin1Char('0'));
    switch (every) {
    case Every::Hourly:
        return QStringLiteral("*-*-* *:%1:00").arg(time.minute(), 2, 10, QLatin1Char('0'));
    case Every::Daily:
        return QStringLiteral("*-*-* ") + hm;
    case Every::Weekly:
        return QLatin1String(kSystemdWeekdays[qBound(1, weekday, 7) - 1]) + QStringLiteral(" *-*-* ") + hm;
    }
    return {};
}

QString BackupSchedule::cronFields() const
{
    switch (every) {
    case Every::Hourly:
        return QStringLiteral("%1 * * * *").arg(time.minute());
    case Every::Daily:
        return QStringLiteral("%1 %2 * * *").arg(time.minute()).arg(time.hour());
    case Every::Weekly:
        return QStringLiteral("%1 %2 * * %3").arg(time.minute()).arg(time.hour()).arg(weekday % 7); // cron: 0 = Sunday
    }
    return {};
}

QString BackupSchedule::whenSpec() const
{
    const QString hm = time.toString(QStringLiteral("HH:mm"));
    switch (every) {
    case Every::Hourly:
        return time.minute() == 0 ? QStringLiteral("hourly") : QStringLiteral("hourly :%1").arg(time.minute(), 2, 10, QLatin1Char('0'));
    case Every::Daily:
        return QStringLiteral("daily ") + hm;
    case Every::Weekly:
        return QStringLiteral("weekly ") + weekdayName(weekday) + QLatin1Char(' ') + hm;
    }
    return {};
}

QString BackupSchedule::newId()
{
    return QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

bool BackupSchedule::isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]{1,32}$"));
    return re.match(id).hasMatch();
}

bool BackupSchedule::parseDuration(const QString &text, qint64 *seconds)
{
    static const QRegularExpression whole(QStringLiteral("^(\\d+[wdhms])+$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)([wdhms])"));
    const QString t = text.trimmed().toLower();
    if (!whole.match(t).hasMatch())
        return false;
    qint64 total = 0;
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bool ok = false;
        const qint64 n = m.captured(1).toLongLong(&ok);
        if (!ok || n > 100000)
            return false;
        const QChar unit = m.captured(2).at(0);
        const qint64 factor = unit == QLatin1Char('w') ? 7 * 86400
            : unit == QLatin1Char('d')                 ? 86400
            : unit == QLatin1Char('h')                 ? 3600
            : unit == QLatin1Char('m')                 ? 60
                                                       : 1;
        total += n * factor;
    }
    if (total <= 0)
        return false;
    *seconds = total;
    return true;
}

QString BackupSchedule::durationSpec(qint64 seconds)
{
    if (seconds > 0 && seconds % 86400 == 0)
        return QStringLiteral("%1d").arg(seconds / 86400);
    if (seconds > 0 && seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}

bool BackupSchedule::parseTime(const QString &text, QTime *out)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h > 23 || min > 59)
        return false;
    *out = QTime(h, min);
    return true;
}

bool BackupSchedule::parseWeekday(const QString &text, int *out)
{
    const QString t = text.trimmed().toLower();
    bool isNumber = false;
    const int n = t.toInt(&isNumber);
    if (isNumber) {
        if (n < 1 || n > 7)
            return false;
        *out = n;
        return true;
    }
    static const char *const full[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i) {
        if (t == QLatin1String(kWeekdays[i]) || t == QLatin1String(full[i])) {
            *out = i + 1;
            return true;
        }
    }
    return false;
}

QString BackupSchedule::weekdayName(int weekday)
{
    return QLatin1String(kWeekdays[qBound(1, weekday, 7) - 1]);
}

QString BackupSchedule::everyName(Every e)
{
    switch (e) {
    case Every::Hourly:
        return QStringLiteral("hourly");
    case Every::Daily:
        return QStringLiteral("daily");
    case Every::Weekly:
        return QStringLiteral("weekly");
    }
    return {};
}

bool BackupSchedule::everyFromName(const QString &name, Every *out)
{
    for (Every e : {Every::Hourly, Every::Daily, Every::Weekly}) {
        if (name == everyName(e)) {
            *out = e;
            return true;
        }
    }
    return false;
}

} // namespace Valvur
