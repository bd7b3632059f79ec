#include "schedule/schedulehistory.h"

#include "backup/backuphistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Valvur {

ScheduleHistory::ScheduleHistory(QString file)
    : m_file(std::move(file))
{
}

QString ScheduleHistory::defaultFile(const QString &scheduleId)
{
    // Beside the backup history: $XDG_DATA_HOME/valvur/.
    return QFileInfo(BackupHistory::defaultFile()).absolutePath() + QStringLiteral("/schedules/") + scheduleId + QStringLiteral(".jsonl");
}

QString ScheduleHistory::kindName(Entry::Kind kind)
{
    switch (kind) {
    case Entry::Kind::Backup:
        return QStringLiteral("backup");
    case Entry::Kind::Drill:
        return QStringLiteral("drill");
    case Entry::Kind::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

bool ScheduleHistory::load()
{
    m_entries.clear();
    QFile f(m_file);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly))
        return false;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.isEmpty())
            continue;
        Entry e;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == kindName(Entry::Kind::Drill))
            e.kind = Entry::Kind::Drill;
        else if (kind == kindName(Entry::Kind::Removed))
            e.kind = Entry::Kind::Removed;
        else if (kind != kindName(Entry::Kind::Backup))
            continue;
        e.startedAt = QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
        e.finishedAt = QDateTime::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODateWithMs);
        e.ok = o.value(QStringLiteral("ok")).toBool();
        e.error = o.value(QStringLiteral("error")).toString();
        e.problem = o.value(QStringLiteral("problem")).toString();
        e.path = o.value(QStringLiteral("path")).toString();
        e.sha256 = o.value(QStringLiteral("sha256")).toString();
        e.sizeBytes = qint64(o.value(QStringLiteral("size")).toDouble());
        e.rtoMs = qint64(o.value(QStringLiteral("rtoMs")).toDouble(-1));
        e.countsMatch = o.value(QStringLiteral("countsMatch")).toBool();
        e.tables = o.value(QStringLiteral("tables")).toInt();
        m_entries << e;
    }
    return true;
}

bool ScheduleHistory::append(const Entry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindName(e.kind));
    o.insert(QStringLiteral("start"), e.startedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("end"), e.finishedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("ok"), e.ok);
    if (!e.error.isEmpty())
        o.insert(QStringLiteral("error"), e.error);
    if (!e.problem.isEmpty())
        o.insert(QStringLiteral("problem"), e.problem);
    if (!e.path.isEmpty())
        o.insert(QStringLiteral("path"), e.path);
    if (!e.sha256.isEmpty())
        o.insert(QStringLiteral("sha256"), e.sha256);
    if (e.sizeBytes > 0)
        o.insert(QStringLiteral("size"), double(e.sizeBytes));
    if (e.kind == Entry::Kind::Drill) {
        o.insert(QStringLiteral("rtoMs"), double(e.rtoMs));
        o.insert(QStringLiteral("countsMatch"), e.countsMatch);
        o.insert(QStringLiteral("tables"), e.tables);
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QFile f(m_file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    // One write of one line: a reader sees the line whole or not at all.
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (f.write(line) != line.size())
        return false;
    m_entries << e;
    return true;
}

const ScheduleHistory::Entry *ScheduleHistory::lastBackup() const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).kind == Entry::Kind::Backup)
            return &m_entries.at(i);
    }
    return nullptr;
}

const ScheduleHistory::Entry *ScheduleHistory::newestGoodBackup() const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const Entry &e = m_entries.at(i);
        if (e.kind == Entry::Kind::Backup && e.ok && !e.path.isEmpty() && QFileInfo::exists(e.path))
            return &e;
    }
    return nullptr;
}

const ScheduleHistory::Entry *ScheduleHistory::lastDrill() const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).kind == Entry::Kind::Drill)
            return &m_entries.at(i);
    }
    return nullptr;
}

int ScheduleHistory::goodBackupCount() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        n += e.kind == Entry::Kind::Backup && e.ok ? 1 : 0;
    return n;
}

} // namespace Valvur
