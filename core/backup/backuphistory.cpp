#include "backup/backuphistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Valvur {

BackupHistory::BackupHistory(QString file)
    : m_file(std::move(file))
{
}

QString BackupHistory::defaultFile()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/valvur/backup-history.json");
}

QString BackupHistory::serverKey(const ConnectionOptions &options, const QString &profileId)
{
    if (!profileId.isEmpty())
        return profileId;
    return options.effectiveUser() + QLatin1Char('@') + options.effectiveHosts().join(QLatin1Char(',')) + QLatin1Char(':')
        + options.effectivePort();
}

bool BackupHistory::load()
{
    m_entries.clear();
    QFile f(m_file);
    if (!f.exists())
        return true;
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    const QJsonArray list = doc.object().value(QStringLiteral("backups")).toArray();
    for (const QJsonValue &v : list)
        m_entries << fromJson(v.toObject());
    return true;
}

bool BackupHistory::save() const
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QJsonArray list;
    for (const Entry &e : m_entries)
        list.append(toJson(e));
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("backups"), list);
    f.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return f.commit();
}

QList<BackupHistory::Entry> BackupHistory::entriesFor(const QString &server) const
{
    QList<Entry> out;
    for (const Entry &e : m_entries) {
        if (e.server == server)
            out << e;
    }
    return out;
}

const BackupHistory::Entry *BackupHistory::find(const QString &path) const
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).path == abs)
            return &m_entries.at(i);
    }
    return nullptr;
}

void BackupHistory::record(const BackupResult &r, const QString &server, const QString &conninfo)
{
    Entry e;
    e.server = server;
    e.conninfo = conninfo;
    e.database = r.database;
    e.path = QFileInfo(r.path).absoluteFilePath();
    e.format = BackupOptions::formatName(r.format);
    e.sizeBytes = r.sizeBytes;
    e.durationMs = r.durationMs;
    e.sha256 = r.sha256;
    e.createdAt = r.finishedAt.isValid() ? r.finishedAt : QDateTime::currentDateTime();
    // A new backup at the same path replaces what was recorded for the old one.
    m_entries.removeIf([&e](const Entry &old) { return old.path == e.path; });
    m_entries << e;
    while (m_entries.size() > 500)
        m_entries.removeFirst();
}

void BackupHistory::recordVerification(const QString &path, bool ok, const QString &message, qint64 restoreMs)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        Entry &e = m_entries[i];
        if (e.path != abs)
            continue;
        e.verifiedAt = QDateTime::currentDateTime();
        e.verification = ok ? QStringLiteral("ok") : QStringLiteral("failed: ") + message;
        if (restoreMs >= 0)
            e.restoreMs = restoreMs;
        return;
    }
}

QJsonObject BackupHistory::toJson(const Entry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("server"), e.server);
    o.insert(QStringLiteral("conninfo"), e.conninfo);
    o.insert(QStringLiteral("database"), e.database);
    o.insert(QStringLiteral("path"), e.path);
    o.insert(QStringLiteral("format"), e.format);
    o.insert(QStringLiteral("size"), double(e.sizeBytes));
    o.insert(QStringLiteral("durationMs"), double(e.durationMs));
    o.insert(QStringLiteral("sha256"), e.sha256);
    o.insert(QStringLiteral("created"), e.createdAt.toString(Qt::ISODate));
    if (e.verifiedAt.isValid())
        o.insert(QStringLiteral("verified"), e.verifiedAt.toString(Qt::ISODate));
    if (!e.verification.isEmpty())
        o.insert(QStringLiteral("verification"), e.verification);
    if (e.restoreMs >= 0)
        o.insert(QStringLiteral("restoreMs"), double(e.restoreMs));
    return o;
}

BackupHistory::Entry BackupHistory::fromJson(const QJsonObject &o)
{
    Entry e;
    e.server = o.value(QStringLiteral("server")).toString();
    e.conninfo = o.value(QStringLiteral("conninfo")).toString();
    e.database = o.value(QStringLiteral("database")).toString();
    e.path = o.value(QStringLiteral("path")).toString();
    e.format = o.value(QStringLiteral("format")).toString();
    e.sizeBytes = qint64(o.value(QStringLiteral("size")).toDouble());
    e.durationMs = qint64(o.value(QStringLiteral("durationMs")).toDouble());
    e.sha256 = o.value(QStringLiteral("sha256")).toString();
    e.createdAt = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    e.verifiedAt = QDateTime::fromString(o.value(QStringLiteral("verified")).toString(), Qt::ISODate);
    e.verification = o.value(QStringLiteral("verification")).toString();
    e.restoreMs = o.contains(QStringLiteral("restoreMs")) ? qint64(o.value(QStringLiteral("restoreMs")).toDouble()) : -1;
    return e;
}

} // namespace Valvur
