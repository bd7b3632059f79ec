#include "containerserver.h"

namespace Valvur::Test {

bool ContainerServer::start(const Options &options)
{
    m_options = options;
    m_volume = m_containers.volume(options.stem + QStringLiteral("-data"), &m_error);
    if (m_volume.isEmpty())
        return false;
    ContainerSpec spec;
    spec.stem = options.stem;
    spec.image = options.image;
    spec.env = {{QStringLiteral("POSTGRES_PASSWORD"), options.password}};
    spec.publishedPort = freeLoopbackPort();
    spec.volume = m_volume;
    spec.command << QStringLiteral("postgres");
    for (const QString &setting : options.settings)
        spec.command << QStringLiteral("-c") << setting;
    m_name = m_containers.run(spec, &m_error);
    if (m_name.isEmpty() || !m_containers.waitHealthy(m_name, options.healthBoundMs, &m_error))
        return false;
    m_port = spec.publishedPort;
    if (options.replication) {
        // The host reaches the container through the engine's bridge, not from 127.0.0.1 inside.
        const DockerResult hba = exec({QStringLiteral("sh"), QStringLiteral("-c"),
                                       QStringLiteral("echo 'host replication all all scram-sha-256' >> \"$PGDATA/pg_hba.conf\"")});
        bool ok = false;
        if (hba.ok())
            psql(QStringLiteral("SELECT pg_reload_conf()"), QStringLiteral("postgres"), &ok);
        if (!ok) {
            m_error = QStringLiteral("could not allow replication in %1: %2").arg(m_name, hba.describe());
            return false;
        }
    }
    return true;
}

void ContainerServer::stop()
{
    m_containers.removeAll();
    m_name.clear();
    m_volume.clear();
    m_port = 0;
}

QString ContainerServer::conninfo(const QString &database, const QString &user) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4").arg(host()).arg(m_port).arg(database, user);
}

QString ContainerServer::psql(const QString &sql, const QString &database, bool *ok) const
{
    QString error;
    const QString result = hostPsql(m_port, m_options.password, sql, &error, database);
    if (ok)
        *ok = error.isEmpty();
    return result;
}

DockerResult ContainerServer::exec(const QStringList &command, int timeoutMs) const
{
    return m_containers.cli(QStringList{QStringLiteral("exec"), m_name} + command, timeoutMs);
}

} // namespace Valvur::Test
