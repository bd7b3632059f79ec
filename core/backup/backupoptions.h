#pragma once

#include "pg/connectionoptions.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Valvur {

// Everything a backup needs to know, chosen in the wizard or on the command line. The password is
// kept in memory only and reaches the tool through a temporary pgpass file.
struct BackupOptions
{
    enum class Format { Custom, Directory, Tar, Plain, Physical };
    enum class Content { Everything, SchemaOnly, DataOnly };

    ConnectionOptions connection; // dbname is the database to back up
    QString password;
    Format format = Format::Custom;
    QString output;               // the final file or directory
    int jobs = 1;                 // directory format only
    int compression = -1;         // 0-9; -1 leaves the tool's default
    Content content = Content::Everything;
    QStringList schemas;          // only these schemas (exact names)
    QStringList tables;           // only these tables, "schema.table" (exact names)
    bool noOwner = false;
    bool noPrivileges = false;
    bool clean = false;           // plain SQL only
    bool ifExists = false;        // plain SQL only, with clean
    bool create = false;          // plain SQL only
    bool physicalTar = false;     // physical: tar instead of plain files
    bool fastCheckpoint = true;   // physical
    int maxRateKBps = 0;          // physical: pg_basebackup --max-rate in kB/s (32 to 1048576); 0: as fast as it goes
    bool overwrite = false;       // replace an existing output (the user said yes)
    bool skipSpaceCheck = false;  // the user knows the output fits (--skip-space-check)
    QString toolDirectory;        // from the settings; searched first
    QString container;            // a local container whose own pg_dump runs the backup (docker exec); empty: this computer's
    int stallTimeoutS = 60;       // no progress and no answer for this long: the server stopped answering (0: never)

    bool isPhysical() const { return format == Format::Physical; }

    // How much room the output will take, estimated before it is written. sure: a physical backup
    // copies every file, so its size is known; a logical dump's size depends on the data and the
    // compression, so it is a guess to warn with, never to refuse on.
    struct SpaceNeed
    {
        qint64 bytes = 0;
        bool sure = false;
    };
    // databaseBytes: the database's (physical: the cluster's) size on disk; dataBytes: its tables'
    // data without indexes.
    SpaceNeed spaceNeeded(qint64 databaseBytes, qint64 dataBytes) const;
    // The program that does the work: pg_dump or pg_basebackup.
    QString program() const { return isPhysical() ? QStringLiteral("pg_basebackup") : QStringLiteral("pg_dump"); }
    // The output is a directory (directory format, physical).
    bool outputIsDirectory() const { return format == Format::Directory || format == Format::Physical; }

    // The tool's arguments, writing to outputPath (the temporary name while running).
    QStringList arguments(const QString &outputPath) const;

    static QString formatName(Format f);              // custom, directory, tar, plain, physical
    static bool parseFormat(const QString &name, Format *out);
    static QString extension(Format f);               // .dump, "", .tar, .sql, ""
    // <database>-<YYYYmmdd-HHMMSS><ext>
    static QString defaultFileName(const QString &database, Format f, const QDateTime &when);
    // key=value conninfo for a tool's --dbname, without password; values quoted only when they
    // must be (libpq rules), host and port first so the command reads naturally.
    static QString toolConnInfo(const ConnectionOptions &c);
    // "schema.table" -> the pg_dump pattern matching exactly that table ("schema"."table").
    static QString exactPattern(const QString &schema, const QString &name = {});
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::BackupOptions)
