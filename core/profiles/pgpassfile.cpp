#include "profiles/pgpassfile.h"

#include "pg/connectionoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Profiles)
};

// One field up to an unescaped ':'; *pos moves past the ':'. Returns false at the end of the line.
bool takeField(const QString &line, qsizetype *pos, QString *field)
{
    field->clear();
    qsizetype i = *pos;
    while (i < line.size() && line.at(i) != QLatin1Char(':')) {
        if (line.at(i) == QLatin1Char('\\') && i + 1 < line.size())
            ++i;
        field->append(line.at(i));
        ++i;
    }
    if (i >= line.size())
        return false;
    *pos = i + 1;
    return true;
}
} // namespace

QString PgpassFile::defaultPath()
{
    const QString env = qEnvironmentVariable("PGPASSFILE");
    if (!env.isEmpty())
        return env;
    return QDir::homePath() + QStringLiteral("/.pgpass");
}

bool PgpassFile::permissionsOk(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    if (!S_ISREG(st.st_mode))
        return false;
    return (st.st_mode & (S_IRWXG | S_IRWXO)) == 0;
}

bool PgpassFile::parseLine(const QString &line, Entry *out)
{
    // "*" must be the whole raw field to be a wildcard (libpq's pwdfMatchesString): "\*" is a
    // literal star, kept as "\*" here so that match() can tell the two apart.
    Entry e;
    qsizetype pos = 0;
    QString *fields[] = {&e.host, &e.port, &e.database, &e.user};
    for (QString *f : fields) {
        const qsizetype start = pos;
        if (!takeField(line, &pos, f))
            return false;
        if (*f == QLatin1String("*") && line.mid(start, 2) == QLatin1String("\\*"))
            *f = QStringLiteral("\\*"); // escaped star: literal, see match()
    }
    // The password runs to the end of the line or an unescaped ':' (as in libpq).
    QString password;
    takeField(line, &pos, &password);
    e.password = password;
    if (out)
        *out = e;
    return true;
}

QString PgpassFile::escape(const QString &field)
{
    QString s = field;
    s.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    s.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return s;
}

bool PgpassFile::load(const QString &path, QString *error, int *errorLine)
{
    m_path = path;
    m_entries.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        if (errorLine)
            *errorLine = 0;
        return false;
    }
    return parse(file.readAll(), error, errorLine);
}

bool PgpassFile::parse(const QByteArray &data, QString *error, int *errorLine)
{
    m_entries.clear();
    const QList<QByteArray> lines = data.split('\n');
    QList<Entry> entries;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i));
        while (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Entry e;
        if (!parseLine(line, &e)) {
            if (error)
                *error = Tr::tr("Line %1 is not host:port:database:username:password.").arg(i + 1);
            if (errorLine)
                *errorLine = i + 1;
            return false;
        }
        e.line = i + 1;
        entries << e;
    }
    m_entries = entries;
    return true;
}

const PgpassFile::Entry *PgpassFile::match(const QString &host, const QString &port, const QString &database,
                                           const QString &user) const
{
    QString h = host;
    if (h.isEmpty() || ConnectionOptions::isSocketPath(h))
        h = QStringLiteral("localhost");
    const QString p = port.isEmpty() ? QStringLiteral("5432") : port;
    auto literal = [](const QString &f) { return f == QLatin1String("\\*") ? QStringLiteral("*") : f; };
    for (const Entry &e : m_entries) {
        if ((e.host == QLatin1String("*") || literal(e.host) == h) && (e.port == QLatin1String("*") || literal(e.port) == p)
            && (e.database == QLatin1String("*") || literal(e.database) == database)
            && (e.user == QLatin1String("*") || literal(e.user) == user))
            return &e;
    }
    return nullptr;
}

} // namespace Valvur
