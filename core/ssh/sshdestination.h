#pragma once

#include <QString>

namespace Valvur {

// An ssh destination as OpenSSH's command line takes it: an alias from ~/.ssh/config, [user@]host,
// or the URI form ssh://[user@]host[:port]. Plain "user@host:port" is NOT understood by ssh (the
// port would be taken for part of the host name), so a port other than 22 is written as a URI.
class SshDestination
{
public:
    QString user;
    QString host; // an alias, a name or an address (IPv6 without brackets)
    int port = 0; // 0: ssh's default (22, or the alias's Port)

    // ssh://user@host:port when a port other than 22 is given, else [user@]host.
    QString toString() const;
    // False for an IPv6 address with a port other than 22: OpenSSH (9.2) takes neither
    // "ssh://[::1]:2222" nor "::1:2222" as a destination; the way is a Host alias in
    // ~/.ssh/config (HostName, Port). ssh -J does take "user@[::1]:2222".
    bool isWritable() const;
    // Reads any of the forms above, and "user@host:port" as users often write it. A bare IPv6
    // address is a host, not host:port. False (and *this unchanged) for text that is no destination.
    static bool parse(const QString &text, SshDestination *out);
};

} // namespace Valvur
