#pragma once

#include "backup/backupoptions.h"

#include <QDateTime>
#include <QString>
#include <QTime>

namespace Valvur {

// One scheduled backup: whose (a saved profile), how (the format; physical is pg_basebackup),
// where (a folder: each run writes a new file named by BackupOptions::defaultFileName), when
// (hourly, daily at a time, weekly on a day at a time, local time), how long files stay (the last N
// and/or N days), the RPO target and, optionally, a restore drill after every Nth good backup on
// another saved profile. Nothing secret: the password comes from the keychain at run time.
struct BackupSchedule
{
    enum class Every { Hourly, Daily, Weekly };

    QString id;                    // short, unique, safe in a unit name and a crontab line: [a-z0-9]
    QString profileId;
    BackupOptions::Format format = BackupOptions::Format::Custom;
    QString outputDir;             // absolute
    Every every = Every::Daily;
    QTime time = QTime(2, 0);      // daily and weekly: hour and minute; hourly: the minute
    int weekday = 1;               // weekly: 1 = Monday … 7 = Sunday
    int keepLast = 0;              // 0: no count limit
    int keepDays = 0;              // 0: no age limit
    qint64 rpoSeconds = 0;         // 0: derived from when it runs (rpoTarget())
    int drillEvery = 0;            // 0: no drills
    QString drillProfileId;
    QDateTime createdAt;

    bool isPhysical() const { return format == BackupOptions::Format::Physical; }
    // The RPO the status compares with: the chosen one, else one period plus two hours.
    qint64 rpoTarget() const;
    // One period of the schedule in seconds (3600, 86400, 604800).
    qint64 periodSeconds() const;

    // The newest moment at or before now when a run was due (local time); invalid before the first.
    QDateTime lastDueBefore(const QDateTime &now) const;

    // systemd's OnCalendar= value: "*-*-* *:15:00", "*-*-* 02:00:00", "Mon *-*-* 02:00:00".
    QString onCalendar() const;
    // The five time fields of a crontab line: "15 * * * *", "0 2 * * *", "0 2 * * 1".
    QString cronFields() const;
    // "hourly", "daily 02:00", "weekly mon 02:00" (the command line's words, for lists and JSON).
    QString whenSpec() const;

    // A new random id: 8 lower-case hex digits.
    static QString newId();
    // An id is safe in a unit name, a crontab line and a file name.
    static bool isValidId(const QString &id);
    // "26h", "90m", "2d", "45s", "1w" (also "1d12h") to seconds; false when it is not that.
    static bool parseDuration(const QString &text, qint64 *seconds);
    // "2d", "26h", "90m": the largest whole unit (for lists and JSON).
    static QString durationSpec(qint64 seconds);
    // "HH:MM" (24 h).
    static bool parseTime(const QString &text, QTime *out);
    // mon…sun, monday…sunday, 1…7 (case-insensitive).
    static bool parseWeekday(const QString &text, int *out);
    static QString weekdayName(int weekday); // mon … sun
    static QString everyName(Every e);       // hourly, daily, weekly
    static bool everyFromName(const QString &name, Every *out);

    bool operator==(const BackupSchedule &other) const = default;
};

} // namespace Valvur
