#pragma once

#include "backup/backupresult.h"
#include "pg/connectionoptions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Valvur {

// Backups Valvur made, per server: where, how big, how long, the SHA-256, and the last
// verification. A small JSON file (no secrets: the connection string is kept without password).
class BackupHistory
{
public:
    struct Entry
    {
        QString server;     // profile id, or user@host:port
        QString conninfo;   // without password
        QString database;
        QString path;
        QString format;
        qint64 sizeBytes = 0;
        qint64 durationMs = 0;
        QString sha256;
        QDateTime createdAt;
        QDateTime verifiedAt;
        QString verification; // "", "ok", "failed: …"
        qint64 restoreMs = -1; // measured by a test restore
    };

    explicit BackupHistory(QString file);
    // The default file: $XDG_DATA_HOME/valvur/backup-history.json.
    static QString defaultFile();
    // The key a backup is recorded under: the profile id when a saved profile was used, else
    // user@host:port of the connection.
    static QString serverKey(const ConnectionOptions &options, const QString &profileId = {});

    bool load();
    bool save() const;
    const QList<Entry> &entries() const { return m_entries; }
    QList<Entry> entriesFor(const QString &server) const;
    // The newest entry for a path (absolute), or nullptr.
    const Entry *find(const QString &path) const;

    void record(const BackupResult &result, const QString &server, const QString &conninfo);
    void recordVerification(const QString &path, bool ok, const QString &message, qint64 restoreMs);

private:
    static QJsonObject toJson(const Entry &e);
    static Entry fromJson(const QJsonObject &o);

    QString m_file;
    QList<Entry> m_entries;
};

} // namespace Valvur
