#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Valvur {

// What a schedule did, one JSON object per line in $XDG_DATA_HOME/valvur/schedules/<id>.jsonl:
// each backup run (start, end, result, file, SHA-256; or why it failed), each restore drill (the
// measured RTO and whether the row counts were equal) and each file retention removed. Appending a
// line never rewrites what was recorded before; a line that cannot be read is skipped. No secrets.
class ScheduleHistory
{
public:
    struct Entry
    {
        enum class Kind { Backup, Drill, Removed };
        Kind kind = Kind::Backup;
        QDateTime startedAt;   // UTC
        QDateTime finishedAt;  // UTC
        bool ok = false;
        QString error;         // why not, in the language of the run
        QString problem;       // for scripts: "keychain-unavailable", "backup-failed", …
        QString path;          // backup and drill: the file; removed: the file retention deleted
        QString sha256;
        qint64 sizeBytes = 0;
        qint64 rtoMs = -1;     // drill: the measured restore time
        bool countsMatch = false;
        int tables = 0;        // drill: tables whose rows were counted
    };

    explicit ScheduleHistory(QString file);
    // $XDG_DATA_HOME/valvur/schedules/<id>.jsonl (~/.local/share when XDG_DATA_HOME is unset).
    static QString defaultFile(const QString &scheduleId);

    QString file() const { return m_file; }
    bool load();
    bool append(const Entry &entry);
    const QList<Entry> &entries() const { return m_entries; }

    // The newest backup run (ok or not), the newest good backup whose file still exists, the newest
    // drill; nullptr when there is none.
    const Entry *lastBackup() const;
    const Entry *newestGoodBackup() const;
    const Entry *lastDrill() const;
    // Good backups so far (for "a drill after every Nth").
    int goodBackupCount() const;

    static QString kindName(Entry::Kind kind); // backup, drill, removed

private:
    QString m_file;
    QList<Entry> m_entries;
};

} // namespace Valvur
