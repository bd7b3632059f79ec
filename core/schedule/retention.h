#pragma once

#include "schedule/backupschedule.h"
#include "schedule/schedulehistory.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace Valvur::Retention {

// What retention decided for one backup this schedule recorded as good.
struct Decision
{
    enum class Reason {
        NewestGood,      // the newest backup whose checksum still matches: never removed
        KeepLast,        // among the last N
        KeepDays,        // younger than N days
        ChecksumDiffers, // changed since it was made (edited by hand?): never removed
        Expired,         // removed
    };
    QString path;
    QDateTime madeAt;
    Reason reason = Reason::KeepLast;
    bool remove() const { return reason == Reason::Expired; }
};

// Decides over the schedule's history which of its files go. Only files the history records as a
// good backup of this schedule, inside its folder, that still exist, are considered at all: any
// other file in the folder is never looked at. A file goes only when it is outside both limits
// (the last keepLast backups, those younger than keepDays days) and its SHA-256, computed again
// now by checksum(path), equals the recorded one. The newest backup whose checksum matches is
// never removed, whatever the limits (also when the newest run failed). Without limits nothing goes.
// Newest first. checksum is blocking (Checksum::sha256): call this off the GUI thread.
QList<Decision> plan(const BackupSchedule &schedule, const ScheduleHistory &history, const QDateTime &now,
                     const std::function<QString(const QString &)> &checksum);

// Removes the files plan() marked (a directory backup with everything in it). *failed gets the
// paths that could not be removed. Returns the removed paths.
QStringList apply(const QList<Decision> &decisions, QStringList *failed = nullptr);

QString reasonName(Decision::Reason reason); // newest-good, keep-last, keep-days, checksum-differs, expired

} // namespace Valvur::Retention
