#include "ssh/sshendpoint.h"

namespace Valvur {

QString SshEndpoint::effectiveRemoteHost() const
{
    const QString host = remoteHost.trimmed();
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

int SshEndpoint::effectiveRemotePort() const
{
    return remotePort > 0 ? remotePort : 5432;
}

} // namespace Valvur
