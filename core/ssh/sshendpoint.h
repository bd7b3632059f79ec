#pragma once

#include <QString>
#include <QStringList>

namespace Valvur {

// The SSH leg of a profile: how the system's own OpenSSH client reaches the database host. Empty
// destination: no tunnel. Never a secret: key passphrases and SSH passwords live in the keychain.
class SshEndpoint
{
public:
    // An alias from ~/.ssh/config, [user@]host, or ssh://[user@]host[:port] (OpenSSH takes a port only
    // in the ssh:// form; "host:port" would be read as a host name). ssh resolves it as on a terminal.
    QString destination;
    // Jump hosts in order (ssh -J), each an alias or [user@]host[:port].
    QStringList jumpHosts;
    // A private key file ssh is given (-i); empty: ssh's own choice (agent, ~/.ssh/config, defaults).
    QString identityFile;
    // The database as seen from the SSH host: a host and port, or a Unix socket directory there
    // (remoteSocketDir wins when set; the socket file is .s.PGSQL.<remotePort>).
    QString remoteHost;          // empty: localhost
    int remotePort = 0;          // 0: 5432
    QString remoteSocketDir;

    bool isEnabled() const { return !destination.trimmed().isEmpty(); }
    QString effectiveRemoteHost() const;
    int effectiveRemotePort() const;

    bool operator==(const SshEndpoint &other) const = default;

    // The keychain key of a profile's SSH key passphrase or password ("<profileId>/ssh"): ssh asks
    // the askpass helper (cli/sshaskpass.h), which reads it; the profile dialog writes it.
    static QString keychainKey(const QString &profileId) { return profileId + QStringLiteral("/ssh"); }
};

} // namespace Valvur
