#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace Valvur {

// A pg_service.conf as libpq reads it: [name] sections of keyword=value lines, "#" comments,
// blank lines, CR LF endings. Unknown keywords are errors (libpq refuses them too).
class ServiceFile
{
public:
    struct Service
    {
        QString name;
        int line = 0;                   // line of the [name] header
        QMap<QString, QString> values;  // keyword -> value, as written (may include a password)
        QMap<QString, int> valueLines;  // keyword -> its line, for messages
    };

    // The files libpq looks in, in order: PGSERVICEFILE (else ~/.pg_service.conf), then
    // PGSYSCONFDIR/pg_service.conf (Debian's default directory /etc/postgresql-common).
    static QStringList searchPath();

    bool load(const QString &path, QString *error = nullptr, int *errorLine = nullptr);
    bool parse(const QByteArray &data, QString *error = nullptr, int *errorLine = nullptr);

    const QList<Service> &services() const { return m_services; }
    const Service *find(const QString &name) const;

private:
    QList<Service> m_services;
};

} // namespace Valvur
