#pragma once

#include "containers/containerinfo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Valvur {

// What `docker volume inspect NAME` says (GET /volumes/{name}).
struct VolumeDetails
{
    QString name;
    QString driver;     // "local"
    QString mountpoint; // where the files are on the engine's host
    QDateTime created;
    bool known = false; // the engine answered

    static VolumeDetails fromInspect(const QJsonObject &volume);
};

// Where a container's PostgreSQL keeps its data, in the chapter's terms (2.2 Volume Architecture):
// a named volume survives the container, an anonymous one is lost when the container is recreated,
// a bind mount is a host directory, and without a mount the data lives in the container's own
// layer and is deleted with it.
struct DataPlacement
{
    enum class Kind { NamedVolume, AnonymousVolume, BindMount, Tmpfs, NoVolume };

    Kind kind = Kind::NoVolume;
    QString dataDirectory;                // PGDATA (or the image's default for its major)
    std::optional<ContainerMount> mount;  // the mount that holds it
    // A mount at the pre-18 path /var/lib/postgresql/data that does not hold the data: the
    // PostgreSQL 18 image keeps PGDATA in /var/lib/postgresql/18/docker and wants its volume at
    // /var/lib/postgresql.
    std::optional<ContainerMount> misplacedMount;
    int postgresMajor = 0;

    // True when the data survives `docker rm` (a named volume or a bind mount).
    bool survivesRemoval() const { return kind == Kind::NamedVolume || kind == Kind::BindMount; }
};

DataPlacement dataPlacement(const ContainerInfo &info);

} // namespace Valvur
