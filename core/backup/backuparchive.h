#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Valvur {

// What is inside a backup file or directory, read without running anything: the format by
// content, and (from pg_restore --list output) the table of contents.
class BackupArchive
{
public:
    enum class Format { Unknown, Custom, Directory, Tar, Plain, Physical };

    struct Entry
    {
        QString line;   // the --list line, as pg_restore -L wants it back
        int id = 0;
        QString type;   // TABLE, TABLE DATA, INDEX, SCHEMA, SEQUENCE, "LARGE OBJECTS"…
        QString schema; // "-" for objects without one
        QString name;
        QString owner;
    };

    // Custom: "PGDMP" magic; tar: "ustar" at 257 with toc.dat inside; directory: toc.dat;
    // physical: PG_VERSION or backup_manifest / base.tar; plain: a text file that looks like SQL.
    static Format detect(const QString &path);
    static QString formatName(Format f);
    static bool needsPgRestore(Format f) { return f == Format::Custom || f == Format::Directory || f == Format::Tar; }

    // Parses pg_restore --list output; *database gets the "; Dbname:" header when present.
    static QList<Entry> parseList(const QString &listOutput, QString *database = nullptr);

    // A plain SQL dump is complete when it starts with pg_dump's header and ends with its footer.
    // Reads only the first and last few kilobytes. A hand-written SQL file (no pg_dump header) has
    // nothing to be checked against: it passes when it is text to its end.
    static bool plainDumpComplete(const QString &path, QString *problem, bool *handWritten = nullptr);

    // Text psql can run: no NUL byte, and the first thing after blank lines and comments (--, /* */)
    // is an SQL keyword (any case) or a psql meta-command (\set, \connect…).
    static bool looksLikeSql(const QByteArray &head);

    // A tar archive's structure: every member's header checksum and its data within the file, up to
    // the end marker. Empty when whole; else what is wrong, naming the member.
    static QString tarProblem(const QString &path, QString *member = nullptr);

    // From pg_restore --verbose error output: the entry it was reading when the first error came
    // ("TABLE DATA public.t"), and *cause gets the error itself. Empty when no entry was named.
    static QString damagedEntry(const QStringList &errorLines, QString *cause);
};

} // namespace Valvur
