#include "profiles/servicefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>

#include <libpq-fe.h>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Profiles)
};

// The keywords libpq knows (PQconndefaults), so a typo is caught the way libpq would catch it.
const QSet<QString> &knownKeywords()
{
    static const QSet<QString> keywords = [] {
        QSet<QString> k;
        if (PQconninfoOption *opts = PQconndefaults()) {
            for (PQconninfoOption *o = opts; o->keyword; ++o)
                k.insert(QString::fromUtf8(o->keyword));
            PQconninfoFree(opts);
        }
        return k;
    }();
    return keywords;
}
} // namespace

QStringList ServiceFile::searchPath()
{
    QStringList files;
    const QString own = qEnvironmentVariable("PGSERVICEFILE");
    files << (own.isEmpty() ? QDir::homePath() + QStringLiteral("/.pg_service.conf") : own);
    const QString sysconf = qEnvironmentVariable("PGSYSCONFDIR");
    files << (sysconf.isEmpty() ? QStringLiteral("/etc/postgresql-common") : sysconf) + QStringLiteral("/pg_service.conf");
    return files;
}

bool ServiceFile::load(const QString &path, QString *error, int *errorLine)
{
    m_services.clear();
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

bool ServiceFile::parse(const QByteArray &data, QString *error, int *errorLine)
{
    m_services.clear();
    QList<Service> services;
    QSet<QString> names; // a file of thousands of services stays linear
    const QList<QByteArray> lines = data.split('\n');
    auto fail = [&](int line, const QString &message) {
        if (error)
            *error = message;
        if (errorLine)
            *errorLine = line;
        return false;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString line = QString::fromUtf8(lines.at(i)).trimmed(); // also drops a CR
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3)
                return fail(lineNo, Tr::tr("Line %1: a service name must be written as [name].").arg(lineNo));
            Service s;
            s.name = line.mid(1, line.size() - 2).trimmed();
            s.line = lineNo;
            if (names.contains(s.name))
                return fail(lineNo, Tr::tr("Line %1: the service [%2] appears twice.").arg(lineNo).arg(s.name));
            names.insert(s.name);
            services << s;
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(lineNo, Tr::tr("Line %1 is not keyword=value.").arg(lineNo));
        if (services.isEmpty())
            return fail(lineNo, Tr::tr("Line %1 comes before the first [service] line.").arg(lineNo));
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("service"))
            return fail(lineNo, Tr::tr("Line %1: a service cannot name another service.").arg(lineNo));
        if (!knownKeywords().contains(key))
            return fail(lineNo, Tr::tr("Line %1: \"%2\" is not a libpq connection parameter.").arg(lineNo).arg(key));
        services.last().values.insert(key, value);
        services.last().valueLines.insert(key, lineNo);
    }
    m_services = services;
    return true;
}

const ServiceFile::Service *ServiceFile::find(const QString &name) const
{
    for (const Service &s : m_services) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

} // namespace Valvur
