#include "pg/connectionoptions.h"

#include "profiles/servicefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <libpq-fe.h>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ConnectionOptions)
};
} // namespace

bool ConnectionOptions::parse(const QString &conninfo, ConnectionOptions *out, QString *error)
{
    char *err = nullptr;
    const QByteArray utf8 = conninfo.trimmed().toUtf8();
    PQconninfoOption *opts = PQconninfoParse(utf8.constData(), &err);
    if (!opts) {
        if (error)
            *error = err ? QString::fromUtf8(err).trimmed() : QStringLiteral("out of memory");
        PQfreemem(err);
        return false;
    }
    ConnectionOptions result;
    for (PQconninfoOption *o = opts; o->keyword; ++o) {
        if (o->val)
            result.m_values.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(opts);
    const QString badPort = portError(result.value(QStringLiteral("port")));
    if (!badPort.isEmpty()) {
        if (error)
            *error = badPort;
        return false;
    }
    if (out)
        *out = result;
    return true;
}

QString ConnectionOptions::portError(const QString &ports, bool translated)
{
    const auto text = [translated](const char *source) {
        return translated ? Tr::tr(source) : QString::fromUtf8(source);
    };
    if (ports.isEmpty())
        return {};
    for (const QString &item : ports.split(QLatin1Char(','))) {
        const QString port = item.trimmed();
        if (port.isEmpty())
            continue; // libpq: the default port for this host
        bool ok = false;
        const int n = port.toInt(&ok);
        if (!ok)
            return text(QT_TRANSLATE_NOOP("Valvur::ConnectionOptions", "The port \"%1\" is not a number: give a port from 1 to 65535, e.g. 5432."))
                .arg(printable(port));
        if (n < 1 || n > 65535)
            return text(QT_TRANSLATE_NOOP("Valvur::ConnectionOptions", "The port %1 is out of range: a port is a number from 1 to 65535, e.g. 5432."))
                .arg(printable(port));
    }
    return {};
}

QString ConnectionOptions::printable(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        const char32_t u = c.unicode();
        if (c == QLatin1Char('\n'))
            s += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            s += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            s += QStringLiteral("\\t");
        else if (u < 0x20 || u == 0x7f)
            s += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator
                 || c == QChar::ParagraphSeparator)
            s += QStringLiteral("\\u{%1}").arg(uint(u), 4, 16, QLatin1Char('0')); // C1 controls, bidi overrides
        else
            s += c;
    }
    return s;
}

void ConnectionOptions::setValue(const QString &key, const QString &value)
{
    if (value.isEmpty())
        m_values.remove(key);
    else
        m_values.insert(key, value);
}

static QString envFor(const QString &key)
{
    static const QMap<QString, const char *> env = {
        {QStringLiteral("host"), "PGHOST"},         {QStringLiteral("hostaddr"), "PGHOSTADDR"},
        {QStringLiteral("port"), "PGPORT"},         {QStringLiteral("dbname"), "PGDATABASE"},
        {QStringLiteral("user"), "PGUSER"},         {QStringLiteral("sslmode"), "PGSSLMODE"},
        {QStringLiteral("service"), "PGSERVICE"},   {QStringLiteral("connect_timeout"), "PGCONNECT_TIMEOUT"},
        {QStringLiteral("sslrootcert"), "PGSSLROOTCERT"}, {QStringLiteral("application_name"), "PGAPPNAME"},
    };
    const char *name = env.value(key, nullptr);
    return name ? qEnvironmentVariable(name) : QString();
}

QString ConnectionOptions::effective(const QString &key) const
{
    if (m_values.contains(key))
        return m_values.value(key);
    const QString service = m_values.value(QStringLiteral("service"), envFor(QStringLiteral("service")));
    if (!service.isEmpty()) {
        const QMap<QString, QString> entry = lookupService(service);
        if (entry.contains(key))
            return entry.value(key);
    }
    return envFor(key);
}

QStringList ConnectionOptions::effectiveHosts() const
{
    QString host = effective(QStringLiteral("host"));
    if (host.isEmpty())
        host = QStringLiteral("/var/run/postgresql");
    return host.split(QLatin1Char(','));
}

QString ConnectionOptions::effectivePort() const
{
    const QString port = effective(QStringLiteral("port"));
    return port.isEmpty() ? QStringLiteral("5432") : port;
}

QString ConnectionOptions::effectiveUser() const
{
    QString user = effective(QStringLiteral("user"));
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user;
}

QString ConnectionOptions::effectiveDatabase() const
{
    const QString db = effective(QStringLiteral("dbname"));
    return db.isEmpty() ? effectiveUser() : db;
}

static QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString ConnectionOptions::toConnInfo(bool withPassword) const
{
    QStringList parts;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!withPassword && it.key() == QLatin1String("password"))
            continue;
        parts << it.key() + QLatin1Char('=') + quoted(it.value());
    }
    return parts.join(QLatin1Char(' '));
}

QString ConnectionOptions::displayName() const
{
    const QString host = effectiveHosts().join(QLatin1Char(','));
    return printable(QStringLiteral("%1@%2:%3/%4").arg(effectiveUser(), host, effectivePort(), effectiveDatabase()));
}

bool ConnectionOptions::isSocketPath(const QString &host)
{
    return host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'));
}

QMap<QString, QString> lookupService(const QString &service)
{
    // libpq stops at the first file that has the service; a file it cannot parse is skipped here
    // (libpq would refuse to connect and say why).
    for (const QString &path : ServiceFile::searchPath()) {
        if (!QFile::exists(path))
            continue;
        ServiceFile file;
        if (!file.load(path))
            continue;
        if (const ServiceFile::Service *s = file.find(service))
            return s->values;
    }
    return {};
}

} // namespace Valvur
