#pragma once

#include "dockerengine.h"

#include <QString>
#include <QStringList>

namespace Valvur::Test {

// A throwaway PostgreSQL server as a container of a locally built image, as the course runs one:
// a named volume on PGDATA, port 5432 published on 127.0.0.1, the password in POSTGRES_PASSWORD.
// stop() (and the destructor) removes the container and its volume. Needs a running engine
// (engineProblem() / ensureEngine() first).
class ContainerServer
{
public:
    struct Options
    {
        QString image = QString::fromLatin1(kPostgres17Image);
        QString stem = QStringLiteral("server");     // in the container's and volume's names
        QString password = QStringLiteral("valvur-test-pw");
        QStringList settings;                        // "name=value", passed as postgres -c name=value
        bool replication = false;                    // pg_hba: replication from the host (pg_basebackup)
        int healthBoundMs = 120000;
    };

    ContainerServer() = default;
    ~ContainerServer() { stop(); }
    ContainerServer(const ContainerServer &) = delete;
    ContainerServer &operator=(const ContainerServer &) = delete;

    // Volume, container, healthy. False with error() (the container's log's end) when anything fails.
    bool start(const Options &options);
    void stop();

    const QString &name() const { return m_name; }
    const QString &volume() const { return m_volume; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    const QString &password() const { return m_options.password; }
    const QString &error() const { return m_error; }
    // key=value conninfo over TCP (no password: pass it separately, as the app does).
    QString conninfo(const QString &database = QStringLiteral("postgres"),
                     const QString &user = QStringLiteral("postgres")) const;

    // SQL with the host's psql over the published port (set-up only): the last statement's rows,
    // unaligned, or a null string (with *ok false).
    QString psql(const QString &sql, const QString &database = QStringLiteral("postgres"), bool *ok = nullptr) const;
    // docker exec in the container, bounded.
    DockerResult exec(const QStringList &command, int timeoutMs = 120000) const;

private:
    Containers m_containers;
    Options m_options;
    QString m_name;
    QString m_volume;
    QString m_error;
    int m_port = 0;
};

} // namespace Valvur::Test
