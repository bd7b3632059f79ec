#pragma once

#include "containers/containerinfo.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Valvur {

// A container's facts in the user's words, the same in the window's Containers group and in
// `valvur containers`. Never a secret: the environment is not part of them.
namespace ContainerFacts {

// How bad the container's state is, for a colour: Good (running, healthy or no healthcheck),
// Waiting (starting, restarting, created, paused), Bad (unhealthy, exited with an error, dead),
// Stopped (exited 0).
enum class Severity { Good, Waiting, Bad, Stopped };
Severity severity(const ContainerInfo &c);

// "running · healthy", "running · starting", "exited (1)", "created" …
QString stateText(const ContainerInfo &c);
// "postgres:16 · PostgreSQL 16" (or just the image when the version is unknown).
QString imageText(const ContainerInfo &c);
// "compose project / service", empty when the container is not from compose.
QString composeText(const ContainerInfo &c);
// The PostgreSQL port: "127.0.0.1:5433→5432", or "5432 not published".
QString portText(const ContainerInfo &c);
// One entry per mount: "volume pgdata → /var/lib/postgresql/data", "anonymous volume 3f2a1b… → …",
// "bind /srv/pg → …"; "no volume" when there is none.
QStringList volumeTexts(const ContainerInfo &c);

// Where a client on this machine connects: the published HostIp when it is a specific address,
// else 127.0.0.1 (for 0.0.0.0, :: and empty). Empty when the port is not published.
QString connectHost(const ContainerInfo &c);

// The facts as JSON for `valvur containers --json` (stable keys, no environment, no secret).
QJsonObject toJson(const ContainerInfo &c);

// The `docker run` line that starts a PostgreSQL container as the course does (no real password).
QString exampleRunCommand();

} // namespace ContainerFacts
} // namespace Valvur
