#include "backup/backuparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cctype>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};
} // namespace

BackupArchive::Format BackupArchive::detect(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isDir()) {
        const QDir d(path);
        if (d.exists(QStringLiteral("toc.dat")))
            return Format::Directory;
        if (d.exists(QStringLiteral("PG_VERSION")) || d.exists(QStringLiteral("backup_manifest")) || d.exists(QStringLiteral("base.tar"))
            || d.exists(QStringLiteral("base.tar.gz")))
            return Format::Physical;
        return Format::Unknown;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Format::Unknown;
    const QByteArray head = f.read(4096);
    if (head.startsWith("PGDMP"))
        return Format::Custom;
    if (head.size() >= 262 && head.mid(257, 5) == "ustar")
        return head.left(100).startsWith("toc.dat") ? Format::Tar : Format::Unknown;
    return looksLikeSql(head) ? Format::Plain : Format::Unknown;
}

bool BackupArchive::looksLikeSql(const QByteArray &head)
{
    if (head.isEmpty() || head.contains('\0'))
        return false;
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte order mark
    while (i < head.size()) {
        const char c = head.at(i);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
            ++i;
        } else if (head.mid(i, 2) == "--") {
            const qsizetype end = head.indexOf('\n', i);
            if (end < 0)
                return false; // only a comment so far: nothing to run
            i = end + 1;
        } else if (head.mid(i, 2) == "/*") {
            const qsizetype end = head.indexOf("*/", i + 2);
            if (end < 0)
                return false;
            i = end + 2;
        } else {
            break;
        }
    }
    if (i >= head.size())
        return false;
    if (head.at(i) == '\\')
        return true; // a psql meta-command
    qsizetype j = i;
    while (j < head.size() && std::isalpha(static_cast<unsigned char>(head.at(j))))
        ++j;
    static const QSet<QByteArray> keywords = {
        "abort", "alter", "analyze", "begin", "call", "checkpoint", "close", "cluster", "comment", "commit", "copy", "create",
        "deallocate", "declare", "delete", "discard", "do", "drop", "end", "execute", "explain", "grant", "import", "insert",
        "listen", "load", "lock", "merge", "move", "notify", "prepare", "reassign", "refresh", "reindex", "release", "reset",
        "revoke", "rollback", "savepoint", "security", "select", "set", "show", "start", "table", "truncate", "unlisten",
        "update", "vacuum", "values", "with"};
    return keywords.contains(head.mid(i, j - i).toLower());
}

QString BackupArchive::tarProblem(const QString &path, QString *member)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
    const qint64 size = f.size();
    qint64 offset = 0;
    while (true) {
        if (!f.seek(offset))
            return Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
        const QByteArray header = f.read(512);
        if (header.size() < 512)
            return Tr::tr("The tar archive ends without its end marker, after %1 bytes: it is cut off.").arg(size);
        if (header.count('\0') == 512)
            return {};
        const QString name = QString::fromUtf8(header.left(100)).section(QLatin1Char('\0'), 0, 0);
        unsigned sum = 0;
        for (int k = 0; k < 512; ++k)
            sum += (k >= 148 && k < 156) ? unsigned(' ') : static_cast<unsigned char>(header.at(k));
        bool ok = false;
        const unsigned recorded = QString::fromLatin1(header.mid(148, 8)).remove(QLatin1Char('\0')).trimmed().toUInt(&ok, 8);
        if (!ok || recorded != sum)
            return Tr::tr("The tar archive is damaged at byte %1: a member's header is not valid.").arg(offset);
        const qint64 memberSize = QString::fromLatin1(header.mid(124, 12)).remove(QLatin1Char('\0')).trimmed().toLongLong(&ok, 8);
        if (!ok)
            return Tr::tr("The tar archive is damaged at byte %1: the header of the member %2 is not valid.").arg(offset).arg(name);
        if (member)
            *member = name;
        offset += 512 + (memberSize + 511) / 512 * 512;
        if (offset > size)
            return Tr::tr("The tar archive is cut off inside its member %1: it names %2 bytes, fewer are there.").arg(name).arg(memberSize);
    }
}

QString BackupArchive::damagedEntry(const QStringList &errorLines, QString *cause)
{
    // pg_restore: processing data for table "public.t"
    // pg_restore: error: could not read from input file: end of file
    static const QRegularExpression tableData(QStringLiteral("processing data for table \"([^\"]+)\""));
    static const QRegularExpression largeObject(QStringLiteral("restoring large object with OID (\\d+)"));
    static const QRegularExpression item(QStringLiteral("^pg_restore: (?:creating|executing|processing) (.+)$"));
    QString entry;
    cause->clear();
    for (const QString &line : errorLines) {
        const qsizetype at = line.indexOf(QLatin1String("error: "));
        if (at >= 0) {
            *cause = line.mid(at + 7).trimmed();
            break;
        }
        QRegularExpressionMatch m = tableData.match(line);
        if (m.hasMatch()) {
            entry = QStringLiteral("TABLE DATA ") + m.captured(1);
            continue;
        }
        m = largeObject.match(line);
        if (m.hasMatch()) {
            entry = QStringLiteral("LARGE OBJECT ") + m.captured(1);
            continue;
        }
        m = item.match(line);
        if (m.hasMatch())
            entry = m.captured(1).remove(QLatin1Char('"'));
    }
    if (cause->isEmpty())
        *cause = errorLines.isEmpty() ? QString() : errorLines.constLast().trimmed();
    return entry;
}

QString BackupArchive::formatName(Format f)
{
    switch (f) {
    case Format::Custom: return QStringLiteral("custom");
    case Format::Directory: return QStringLiteral("directory");
    case Format::Tar: return QStringLiteral("tar");
    case Format::Plain: return QStringLiteral("plain");
    case Format::Physical: return QStringLiteral("physical");
    case Format::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QList<BackupArchive::Entry> BackupArchive::parseList(const QString &listOutput, QString *database)
{
    // 215; 1259 16390 TABLE public pgbench_accounts postgres
    // 3345; 0 16390 TABLE DATA public pgbench_accounts postgres
    static const QRegularExpression entryRe(QStringLiteral("^(\\d+);\\s+\\d+\\s+\\d+\\s+(.*)$"));
    static const QStringList twoWordTypes = {
        QStringLiteral("TABLE DATA"), QStringLiteral("SEQUENCE SET"), QStringLiteral("SEQUENCE OWNED BY"),
        QStringLiteral("LARGE OBJECTS"), QStringLiteral("BLOB DATA"), QStringLiteral("BLOBS"), QStringLiteral("DEFAULT ACL"),
        QStringLiteral("FK CONSTRAINT"), QStringLiteral("CHECK CONSTRAINT"), QStringLiteral("MATERIALIZED VIEW DATA"),
        QStringLiteral("MATERIALIZED VIEW"), QStringLiteral("FOREIGN TABLE"), QStringLiteral("INDEX ATTACH"),
        QStringLiteral("TABLE ATTACH"), QStringLiteral("EVENT TRIGGER"), QStringLiteral("SHELL TYPE"), QStringLiteral("LARGE OBJECT"),
        QStringLiteral("DATABASE PROPERTIES"), QStringLiteral("TEXT SEARCH CONFIGURATION"), QStringLiteral("TEXT SEARCH DICTIONARY"),
        QStringLiteral("PUBLICATION TABLE"), QStringLiteral("ROW SECURITY"), QStringLiteral("STATISTICS DATA")};
    QList<Entry> entries;
    const QStringList lines = listOutput.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char(';'))) {
            // ;     dbname: shop
            static const QRegularExpression dbRe(QStringLiteral("^;\\s+dbname:\\s*(.*)$"), QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = dbRe.match(line);
            if (database && m.hasMatch())
                *database = m.captured(1).trimmed();
            continue;
        }
        const QRegularExpressionMatch m = entryRe.match(line);
        if (!m.hasMatch())
            continue;
        Entry e;
        e.line = line;
        e.id = m.captured(1).toInt();
        QString rest = m.captured(2);
        for (const QString &t : twoWordTypes) {
            if (rest.startsWith(t + QLatin1Char(' '))) {
                e.type = t;
                rest = rest.mid(t.size() + 1);
                break;
            }
        }
        if (e.type.isEmpty()) {
            const qsizetype sp = rest.indexOf(QLatin1Char(' '));
            e.type = rest.left(sp);
            rest = sp < 0 ? QString() : rest.mid(sp + 1);
        }
        const qsizetype sp1 = rest.indexOf(QLatin1Char(' '));
        e.schema = rest.left(sp1);
        rest = sp1 < 0 ? QString() : rest.mid(sp1 + 1);
        const qsizetype last = rest.lastIndexOf(QLatin1Char(' '));
        if (last > 0) {
            e.name = rest.left(last);
            e.owner = rest.mid(last + 1);
        } else {
            e.name = rest;
        }
        entries << e;
    }
    return entries;
}

bool BackupArchive::plainDumpComplete(const QString &path, QString *problem, bool *handWritten)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray head = f.read(4096);
    if (handWritten)
        *handWritten = false;
    if (!head.contains("-- PostgreSQL database dump")) {
        if (!looksLikeSql(head)) {
            *problem = Tr::tr("The file does not start like SQL that psql can run.");
            return false;
        }
        // Not pg_dump's: nothing to check its end against, but it must be text to its end.
        while (!f.atEnd()) {
            const QByteArray block = f.read(1 << 20);
            if (block.contains('\0')) {
                *problem = Tr::tr("The SQL file holds binary data (a zero byte): it is damaged.");
                return false;
            }
            if (block.isEmpty() && f.error() != QFileDevice::NoError) {
                *problem = Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
                return false;
            }
        }
        if (handWritten)
            *handWritten = true;
        return true;
    }
    const qint64 size = f.size();
    f.seek(qMax<qint64>(0, size - 4096));
    const QByteArray tail = f.read(4096);
    if (!tail.contains("-- PostgreSQL database dump complete")) {
        *problem = Tr::tr("The file ends before pg_dump's closing line \"-- PostgreSQL database dump complete\": it is cut off.");
        return false;
    }
    return true;
}

} // namespace Valvur
