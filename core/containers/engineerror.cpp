#include "containers/engineerror.h"

#include <QCoreApplication>

namespace Valvur {

QString EngineError::id() const
{
    switch (m_kind) {
    case Kind::None: return {};
    case Kind::NoEngine: return QStringLiteral("no-engine");
    case Kind::NotRunning: return QStringLiteral("not-running");
    case Kind::PermissionDenied: return QStringLiteral("permission-denied");
    case Kind::NotUnixSocket: return QStringLiteral("not-unix-socket");
    case Kind::ApiTooOld: return QStringLiteral("api-too-old");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Protocol: return QStringLiteral("protocol");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Aborted: return QStringLiteral("aborted");
    }
    return {};
}

QString describeEngineError(const EngineError &error, const QString &socket)
{
    const auto say = [](const char *s) { return QCoreApplication::translate("Valvur::Containers", s); };
    switch (error.kind()) {
    case EngineError::Kind::None:
        return {};
    case EngineError::Kind::NoEngine:
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "No container engine was found: there is no Docker or Podman socket at %1. Install Docker "
                  "(Debian: apt install docker.io) or Podman, or set DOCKER_HOST to the engine's socket."))
            .arg(socket);
    case EngineError::Kind::NotRunning:
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "The container engine is not running: nobody answers on %1. Start it (sudo systemctl start "
                  "docker, or systemctl --user start podman.socket) and Valvur will find it."))
            .arg(socket);
    case EngineError::Kind::PermissionDenied:
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "You may not use the container engine's socket %1. Add yourself to the docker group "
                  "(sudo usermod -aG docker $USER, then log in again) or use rootless Docker or Podman. "
                  "Note that access to this socket is equivalent to root on this machine."))
            .arg(socket);
    case EngineError::Kind::NotUnixSocket:
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "The container engine %1 is not a local Unix socket. Valvur talks only to a local engine "
                  "(unix:// in DOCKER_HOST)."))
            .arg(socket);
    case EngineError::Kind::ApiTooOld:
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "The container engine at %1 is too old (API %2). Valvur needs Docker 19.03 (API 1.40) or "
                  "newer, or Podman 3 or newer."))
            .arg(socket, error.message());
    case EngineError::Kind::Timeout:
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "The container engine at %1 did not answer in time. It may be overloaded or hung; check "
                  "it with: docker info"))
            .arg(socket);
    case EngineError::Kind::Protocol:
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "The container engine at %1 gave an answer Valvur could not read: %2"))
            .arg(socket, error.message());
    case EngineError::Kind::Http:
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "The container engine refused the request: %1")).arg(error.message());
    case EngineError::Kind::Aborted:
        return say(QT_TRANSLATE_NOOP("Valvur::Containers", "The request to the container engine was stopped."));
    }
    return {};
}

} // namespace Valvur
