#pragma once

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace Valvur {

// Where a Docker Engine API (or Podman's Docker-compatible API) may listen on this machine, in the
// order the docker CLI itself would look: DOCKER_HOST, the current docker context (DOCKER_CONTEXT
// or currentContext in ~/.docker/config.json), /var/run/docker.sock, rootless Docker in
// $XDG_RUNTIME_DIR, then Podman's user and system sockets. Reading this never touches the engine.
struct EngineSocket
{
    enum class Origin { DockerHost, Context, System, Rootless, PodmanUser, PodmanSystem };

    Origin origin = Origin::System;
    QString path;        // the Unix socket's path; empty when the address is not a Unix socket
    QString address;     // as written by the user (DOCKER_HOST or the context's Host), for messages
    QString contextName; // for Origin::Context

    bool isUnixSocket() const { return !path.isEmpty(); }
    // Untranslated, for logs and --json ("DOCKER_HOST", "context dev", "/var/run/docker.sock" …).
    QString describe() const;
};

// Every candidate, explicit ones first. When DOCKER_HOST or a context names an address, only that
// one is returned (the user chose it; falling back to another engine would surprise them).
// homeDir: where ~/.docker lives (the process's HOME by default).
QList<EngineSocket> candidateEngineSockets(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                                           const QString &homeDir = {});

// The first candidate whose socket file exists, else the first candidate (so that a "not found"
// names where Valvur looked first). Never empty.
EngineSocket preferredEngineSocket(const QList<EngineSocket> &candidates);

} // namespace Valvur
