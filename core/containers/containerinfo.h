#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Valvur {

struct ContainerPort
{
    int containerPort = 0;
    QString protocol = QStringLiteral("tcp");
    QString hostIp;   // "127.0.0.1", "0.0.0.0", "::"; empty when not published
    int hostPort = 0; // 0 when not published
    bool isPublished() const { return hostPort > 0; }
};

struct ContainerMount
{
    QString type;        // "volume", "bind", "tmpfs"
    QString name;        // the volume's name (volumes only)
    QString source;      // where it is on the host
    QString destination; // where it is in the container
    bool readWrite = true;
    // A volume whose name the engine made up (64 hex digits): lost when the container is recreated.
    bool isAnonymousVolume() const;
};

// What the engine knows of one container: the list's summary, completed by inspect. Holds the
// container's environment, which may carry a password: never log it, never write it anywhere; use
// environmentForDisplay() to show it.
struct ContainerInfo
{
    QString id;
    QString name;  // without the leading '/'
    QString image; // as the user named it: "postgres:16"
    QString imageId;
    QString state; // running, exited, created, restarting, paused, dead, removing
    QString health; // empty (no healthcheck), starting, healthy, unhealthy
    int exitCode = 0;
    bool oomKilled = false;
    QString engineError; // .State.Error
    QDateTime startedAt;
    QDateTime finishedAt;
    QStringList environment; // "KEY=value"
    QMap<QString, QString> labels;
    QList<ContainerPort> ports;
    QList<ContainerMount> mounts;
    QStringList networks;
    QString restartPolicy; // "no", "always", "unless-stopped", "on-failure"
    qint64 memoryLimit = 0; // bytes; 0 = none
    QStringList healthcheckTest; // ["CMD-SHELL", "pg_isready"]; empty = none
    QString user;               // .Config.User
    QStringList command;        // entrypoint + cmd as configured
    bool inspected = false;     // filled from /containers/{id}/json (environment, mounts, health …)

    bool isRunning() const { return state == QLatin1String("running"); }
    QString environmentValue(const QString &key) const;
    bool hasEnvironment(const QString &key) const;
    QString composeProject() const { return labels.value(QStringLiteral("com.docker.compose.project")); }
    QString composeService() const { return labels.value(QStringLiteral("com.docker.compose.service")); }

    // PostgreSQL facts, as the official image's contract defines them.
    int postgresMajor() const;         // PG_MAJOR, else PG_VERSION's major, else the image tag's; 0 = unknown
    QString postgresVersion() const;   // PG_VERSION or the major
    QString postgresUser() const;      // POSTGRES_USER, default "postgres"
    QString postgresDatabase() const;  // POSTGRES_DB, default the user
    QString passwordFile() const;      // POSTGRES_PASSWORD_FILE
    bool hasPasswordInEnvironment() const { return hasEnvironment(QStringLiteral("POSTGRES_PASSWORD")); }
    QString dataDirectory() const;     // PGDATA, else the image's default for its major
    // The container's port 5432/tcp (or the port PGPORT names) and how it is published.
    ContainerPort postgresPort() const;
    // The mount that holds dataDirectory(), if any (the deepest one above it).
    std::optional<ContainerMount> dataMount() const;

    // "KEY=value" lines with the values of secrets (PASSWORD, SECRET, TOKEN, KEY in the name) as ***.
    QStringList environmentForDisplay() const;
};

// True for a container of a PostgreSQL image (postgres, postgis/postgis, timescale/timescaledb,
// bitnami/postgresql, supabase/postgres, …) or one whose environment has PG_MAJOR / PG_VERSION.
bool looksLikePostgres(const ContainerInfo &info);
bool isPostgresImageName(const QString &image);

// An entry of GET /containers/json (inspected = false).
ContainerInfo containerFromSummary(const QJsonObject &summary);
// GET /containers/{id}/json (inspected = true).
ContainerInfo containerFromInspect(const QJsonObject &inspect);

// By id, full or short (4+ hex digits), or by name (with or without '/'); nullptr when unknown.
const ContainerInfo *findContainer(const QList<ContainerInfo> &containers, const QString &idOrName);

// True when a name of a secret: POSTGRES_PASSWORD, *_PASSWORD, *SECRET*, *TOKEN*, *_KEY …
bool isSecretEnvironmentName(const QString &name);

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::ContainerInfo)
