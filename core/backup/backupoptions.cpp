#include "backup/backupoptions.h"

#include "pg/sqlquote.h"

#include <QDateTime>

namespace Valvur {

using Sql::quoteIdent;

QString BackupOptions::toolConnInfo(const ConnectionOptions &c)
{
    auto quote = [](const QString &v) {
        static const QString special = QStringLiteral(" '\\\t\n");
        bool plain = !v.isEmpty();
        for (const QChar ch : v)
            plain = plain && !special.contains(ch);
        if (plain)
            return v;
        QString q = v;
        q.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        q.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + q + QLatin1Char('\'');
    };
    static const QStringList first = {QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"),
                                      QStringLiteral("user"), QStringLiteral("dbname")};
    QStringList parts;
    for (const QString &k : first) {
        if (c.contains(k))
            parts << k + QLatin1Char('=') + quote(c.value(k));
    }
    for (auto it = c.values().cbegin(); it != c.values().cend(); ++it) {
        if (first.contains(it.key()) || it.key() == QLatin1String("password"))
            continue;
        parts << it.key() + QLatin1Char('=') + quote(it.value());
    }
    return parts.join(QLatin1Char(' '));
}

QString BackupOptions::exactPattern(const QString &schema, const QString &name)
{
    if (name.isEmpty())
        return quoteIdent(schema);
    return quoteIdent(schema) + QLatin1Char('.') + quoteIdent(name);
}

QStringList BackupOptions::arguments(const QString &outputPath) const
{
    QStringList a;
    const QString conninfo = toolConnInfo(connection);
    if (isPhysical()) {
        a << QStringLiteral("--dbname=") + conninfo << QStringLiteral("--pgdata=") + outputPath
          << QStringLiteral("--format=") + (physicalTar ? QStringLiteral("tar") : QStringLiteral("plain"))
          << QStringLiteral("--wal-method=stream")
          << QStringLiteral("--checkpoint=") + (fastCheckpoint ? QStringLiteral("fast") : QStringLiteral("spread"));
        if (physicalTar && compression > 0)
            a << QStringLiteral("--compress=%1").arg(compression);
        if (maxRateKBps > 0)
            a << QStringLiteral("--max-rate=%1").arg(maxRateKBps);
        a << QStringLiteral("--progress") << QStringLiteral("--verbose");
        return a;
    }
    static const char *const codes[] = {"c", "d", "t", "p"};
    a << QStringLiteral("--format=") + QLatin1String(codes[int(format)]) << QStringLiteral("--file=") + outputPath
      << QStringLiteral("--verbose");
    if (format == Format::Directory && jobs > 1)
        a << QStringLiteral("--jobs=%1").arg(jobs);
    if (compression >= 0 && format != Format::Tar)
        a << QStringLiteral("--compress=%1").arg(compression);
    if (content == Content::SchemaOnly)
        a << QStringLiteral("--schema-only");
    else if (content == Content::DataOnly)
        a << QStringLiteral("--data-only");
    for (const QString &s : schemas)
        a << QStringLiteral("--schema=") + exactPattern(s);
    for (const QString &t : tables) {
        const qsizetype dot = t.indexOf(QLatin1Char('.'));
        a << QStringLiteral("--table=") + (dot < 0 ? exactPattern(QStringLiteral("public"), t) : exactPattern(t.left(dot), t.mid(dot + 1)));
    }
    if (noOwner)
        a << QStringLiteral("--no-owner");
    if (noPrivileges)
        a << QStringLiteral("--no-privileges");
    if (format == Format::Plain) {
        if (clean)
            a << QStringLiteral("--clean");
        if (clean && ifExists)
            a << QStringLiteral("--if-exists");
        if (create)
            a << QStringLiteral("--create");
    }
    a << QStringLiteral("--dbname=") + conninfo;
    return a;
}

BackupOptions::SpaceNeed BackupOptions::spaceNeeded(qint64 databaseBytes, qint64 dataBytes) const
{
    if (isPhysical())
        return {databaseBytes, true};
    if (content == Content::SchemaOnly)
        return {1 << 20, false};
    // Plain SQL and tar are not compressed: about the tables' data (COPY text is near the size on
    // disk). Custom and directory are compressed unless level 0: typical table data shrinks 3-10
    // times (pgbench 20 times); a quarter is a generous guess.
    const bool compressed = (format == Format::Custom || format == Format::Directory) && compression != 0;
    return {compressed ? dataBytes / 4 : dataBytes, false};
}

QString BackupOptions::formatName(Format f)
{
    switch (f) {
    case Format::Custom: return QStringLiteral("custom");
    case Format::Directory: return QStringLiteral("directory");
    case Format::Tar: return QStringLiteral("tar");
    case Format::Plain: return QStringLiteral("plain");
    case Format::Physical: return QStringLiteral("physical");
    }
    return {};
}

bool BackupOptions::parseFormat(const QString &name, Format *out)
{
    for (Format f : {Format::Custom, Format::Directory, Format::Tar, Format::Plain, Format::Physical}) {
        if (formatName(f) == name.trimmed().toLower()) {
            *out = f;
            return true;
        }
    }
    return false;
}

QString BackupOptions::extension(Format f)
{
    switch (f) {
    case Format::Custom: return QStringLiteral(".dump");
    case Format::Tar: return QStringLiteral(".tar");
    case Format::Plain: return QStringLiteral(".sql");
    case Format::Directory:
    case Format::Physical: return {};
    }
    return {};
}

QString BackupOptions::defaultFileName(const QString &database, Format f, const QDateTime &when)
{
    QString base = database.isEmpty() ? QStringLiteral("postgres") : database;
    base.replace(QLatin1Char('/'), QLatin1Char('_'));
    return base + (f == Format::Physical ? QStringLiteral("-basebackup-") : QStringLiteral("-"))
        + when.toString(QStringLiteral("yyyyMMdd-HHmmss")) + extension(f);
}

} // namespace Valvur
