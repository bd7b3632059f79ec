#pragma once

#include "backup/backupoptions.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Valvur {

// Where a running backup or restore stands.
struct ToolProgress
{
    int tablesDone = 0;
    int tablesTotal = 0;
    qint64 bytesWritten = 0;
    qint64 elapsedMs = 0;
    qint64 remainingMs = -1; // -1: not known yet
    double fraction = 0;     // 0..1, weighted by table size
    QString currentItem;
};

// What a finished (or refused, failed, cancelled) backup produced.
struct BackupResult
{
    enum class Status { Success, Refused, Failed, Cancelled };
    Status status = Status::Failed;
    QString error;          // what happened and what to do, in the user's language
    QStringList toolErrors; // the tool's own error lines
    QStringList warnings;   // said before the tool ran (e.g. the free space may not be enough)
    QString path;
    BackupOptions::Format format = BackupOptions::Format::Custom;
    QString database;
    QString server;         // user@host:port, for the history
    qint64 sizeBytes = 0;
    qint64 databaseBytes = 0;
    qint64 durationMs = 0;
    QString sha256;
    qint64 rtoEstimateMs = 0;
    QString command;        // as shown to the user (password as ***)
    QString toolVersion;
    QDateTime finishedAt;
    QStringList serverLeftovers; // physical, cancelled or failed: what of pg_basebackup's is still on the server

    bool ok() const { return status == Status::Success; }
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::ToolProgress)
Q_DECLARE_METATYPE(Valvur::BackupResult)
