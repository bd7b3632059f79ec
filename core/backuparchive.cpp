#include "backuparchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

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
    if (head.isEmpty() || head.contains('\0'))
        return Format::Unknown;
    if (head.contains("PostgreSQL database dump") || head.contains("CREATE ") || head.contains("SET ") || head.contains("INSERT "))
        return Format::Plain;
    return Format::Unknown;
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

bool BackupArchive::plainDumpComplete(const QString &path, QString *problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray head = f.read(4096);
    if (!head.contains("-- PostgreSQL database dump")) {
        *problem = Tr::tr("The file does not start like a pg_dump plain SQL dump.");
        return false;
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
