#pragma once

#include "ssh/sshendpoint.h"

#include <QJsonObject>
#include <QString>

namespace Valvur {

class ConnectionProfile;

// pgAdmin 4's SSH tunnel fields of a servers.json entry and a profile's SSH part, both ways:
// UseSSHTunnel (0/1), TunnelHost, TunnelPort, TunnelUsername, TunnelAuthentication (0 password,
// 1 identity file) and TunnelIdentityFile. With a tunnel, the entry's Host and Port are the
// database as the SSH host sees it (a Host starting with "/" is a socket directory there).
class PgAdminTunnel
{
public:
    // Fills p->ssh when the entry uses a tunnel. Returns a translated reason when the fields
    // cannot be used (a tunnel without a host, a port that is not a port); *note says what was
    // left out (an SSH password).
    static QString read(const QJsonObject &server, ConnectionProfile *p, QString *note);
    // Adds the tunnel fields for a profile with an SSH part, and sets Host/Port to the remote side.
    static void write(const ConnectionProfile &p, QJsonObject *server);
};

} // namespace Valvur
