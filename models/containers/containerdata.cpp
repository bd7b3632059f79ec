#include "containers/containerdata.h"

namespace Valvur {

namespace {
const QString kOldDataPath = QStringLiteral("/var/lib/postgresql/data");

QString withoutTrailingSlash(const QString &path)
{
    return path.size() > 1 && path.endsWith(QLatin1Char('/')) ? path.chopped(1) : path;
}
} // namespace

VolumeDetails VolumeDetails::fromInspect(const QJsonObject &volume)
{
    VolumeDetails d;
    d.name = volume.value(QLatin1String("Name")).toString();
    d.driver = volume.value(QLatin1String("Driver")).toString();
    d.mountpoint = volume.value(QLatin1String("Mountpoint")).toString();
    d.created = QDateTime::fromString(volume.value(QLatin1String("CreatedAt")).toString(), Qt::ISODate);
    d.known = !d.name.isEmpty();
    return d;
}

DataPlacement dataPlacement(const ContainerInfo &info)
{
    DataPlacement p;
    p.dataDirectory = info.dataDirectory();
    p.postgresMajor = info.postgresMajor();
    p.mount = info.dataMount();
    if (p.mount) {
        if (p.mount->type == QLatin1String("bind"))
            p.kind = DataPlacement::Kind::BindMount;
        else if (p.mount->type == QLatin1String("tmpfs"))
            p.kind = DataPlacement::Kind::Tmpfs;
        else if (p.mount->isAnonymousVolume())
            p.kind = DataPlacement::Kind::AnonymousVolume;
        else
            p.kind = DataPlacement::Kind::NamedVolume;
    }
    // Before 18 the image's own VOLUME is at that path: a mount there is where it belongs.
    for (const ContainerMount &m : info.mounts) {
        if (p.postgresMajor < 18 || withoutTrailingSlash(m.destination) != kOldDataPath)
            continue;
        const bool holdsData = p.mount && withoutTrailingSlash(p.mount->destination) == kOldDataPath;
        if (!holdsData)
            p.misplacedMount = m;
    }
    return p;
}

} // namespace Valvur
