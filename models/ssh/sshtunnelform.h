#pragma once

#include "ssh/sshendpoint.h"

#include <QString>

namespace Valvur {

// The SSH part of the profile dialog as the user typed it, without widgets: from and to the
// profile's SshEndpoint, and one clear message for the first thing that is wrong.
class SshTunnelForm
{
public:
    enum class Remote { HostAndPort, SocketDirectory };
    enum class Field { None, Destination, JumpHosts, RemoteHost, RemotePort, SocketDirectory };

    bool enabled = false;
    QString destination;     // an alias from ~/.ssh/config, user@host, user@host:port or ssh://…
    QString jumpHosts;       // comma-separated, in order
    Remote remote = Remote::HostAndPort;
    QString remoteHost;      // empty: localhost (as the SSH host sees it)
    QString remotePort;      // as typed; empty: 5432 (also names the socket file .s.PGSQL.<port>)
    QString socketDirectory; // on the SSH host
    QString identityFile;    // empty: ssh's own choice (agent, ~/.ssh/config)

    static SshTunnelForm fromEndpoint(const SshEndpoint &endpoint);
    // The endpoint to store (an empty one when the tunnel is off). A destination with a port is
    // written as ssh://user@host:port, the form ssh understands. Meaningful when error() is empty.
    SshEndpoint toEndpoint() const;
    // Empty when the form can be saved; otherwise what is wrong and what to write instead
    // (translated). *field names the field to put the cursor in.
    QString error(Field *field = nullptr) const;

    bool operator==(const SshTunnelForm &other) const = default;
};

} // namespace Valvur
