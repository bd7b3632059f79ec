#pragma once

#include "backup/backuparchive.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Valvur {

// What a verification found: the quick check, the checksum and, when asked, the test restore
// (logical: a scratch database; physical: the copy started as a temporary server) with its
// per-table row counts. VerifyJob gives it; PhysicalTestRestore fills the physical part.
struct VerifyResult
{
    struct RowCount
    {
        QString table;
        qint64 source = -1;   // -1: not known
        qint64 restored = -1; // -1: missing after the restore
        QString database;     // physical backups: the database the table is in
    };

    bool ok = false;
    QString error;            // in the user's language
    BackupArchive::Format format = BackupArchive::Format::Unknown;
    bool quickOk = false;
    QString quickMessage;
    int entries = 0;          // archive entries read by pg_restore --list
    QString sha256;
    int checksumMatches = -1; // 1 equal, 0 different, -1 nothing recorded
    bool restored = false;
    qint64 restoreMs = -1;    // the measured RTO
    QString scratchDatabase;
    bool scratchDropped = false;
    QString sourceDatabase;
    QList<RowCount> rowCounts;
    bool countsCompared = false;
    bool countsMatch = false;
    // Physical test restore: the copy started as a temporary server.
    bool physical = false;
    qint64 copyMs = -1;       // copying or unpacking the backup
    qint64 startMs = -1;      // from starting the server until it accepted connections
    int temporaryPort = 0;
    QStringList databases;    // the databases of the started copy whose rows were counted
    QStringList checksRun;    // what the quick check proved (tar base backups: read here, not by pg_verifybackup)
    QStringList notChecked;   // what it could not prove
    QString badFile;          // the first file found wrong
    QString badEntry;         // logical archives: the first damaged entry ("TABLE DATA public.t")
    QString problem;          // for scripts (--json): "damaged-file", "damaged-entry", "server-programs-missing", "" otherwise
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::VerifyResult)
