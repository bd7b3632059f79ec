#include "schedule/retention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Valvur::Retention {

namespace {

bool insideFolder(const QString &path, const QString &folder)
{
    const QString dir = QFileInfo(folder).canonicalFilePath();
    const QString parent = QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath();
    return !dir.isEmpty() && parent == dir; // a schedule writes straight into its folder
}

} // namespace

QList<Decision> plan(const BackupSchedule &schedule, const ScheduleHistory &history, const QDateTime &now,
                     const std::function<QString(const QString &)> &checksum)
{
    QList<Decision> out;
    QSet<QString> seen;
    const QList<ScheduleHistory::Entry> &entries = history.entries();
    bool newestGoodSeen = false;
    int rank = 0;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const ScheduleHistory::Entry &e = entries.at(i);
        if (e.kind != ScheduleHistory::Entry::Kind::Backup || !e.ok || e.path.isEmpty() || e.sha256.isEmpty())
            continue;
        if (seen.contains(e.path))
            continue; // the newest record of a path speaks for it
        seen.insert(e.path);
        if (!QFileInfo::exists(e.path) || !insideFolder(e.path, schedule.outputDir))
            continue;
        Decision d;
        d.path = e.path;
        d.madeAt = e.finishedAt;
        const bool inLast = schedule.keepLast > 0 && rank < schedule.keepLast;
        const bool young = schedule.keepDays > 0 && e.finishedAt.isValid() && e.finishedAt.secsTo(now) < qint64(schedule.keepDays) * 86400;
        const bool noLimits = schedule.keepLast <= 0 && schedule.keepDays <= 0;
        ++rank;
        if (!newestGoodSeen || (!inLast && !young && !noLimits)) {
            // Either the candidate for the newest good backup, or one that may go: prove it is
            // still the file this schedule wrote.
            if (checksum(e.path) != e.sha256) {
                d.reason = Decision::Reason::ChecksumDiffers;
            } else if (!newestGoodSeen) {
                newestGoodSeen = true;
                d.reason = Decision::Reason::NewestGood;
            } else {
                d.reason = Decision::Reason::Expired;
            }
        } else {
            d.reason = inLast || noLimits ? Decision::Reason::KeepLast : Decision::Reason::KeepDays;
        }
        out << d;
    }
    return out;
}

QStringList apply(const QList<Decision> &decisions, QStringList *failed)
{
    QStringList removed;
    for (const Decision &d : decisions) {
        if (!d.remove())
            continue;
        const QFileInfo info(d.path);
        const bool ok = info.isDir() && !info.isSymLink() ? QDir(d.path).removeRecursively() : QFile::remove(d.path);
        if (ok)
            removed << d.path;
        else if (failed)
            *failed << d.path;
    }
    return removed;
}

QString reasonName(Decision::Reason reason)
{
    switch (reason) {
    case Decision::Reason::NewestGood:
        return QStringLiteral("newest-good");
    case Decision::Reason::KeepLast:
        return QStringLiteral("keep-last");
    case Decision::Reason::KeepDays:
        return QStringLiteral("keep-days");
    case Decision::Reason::ChecksumDiffers:
        return QStringLiteral("checksum-differs");
    case Decision::Reason::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

} // namespace Valvur::Retention
