#pragma once

#include <QString>

namespace Valvur {

// An SSH server's host key as ssh reports it when it does not know it (or knows another one):
// what the user compares with the administrator's word before trusting it.
struct SshHostKey
{
    QString host;        // as ssh connected to it (a name or an address, no brackets)
    int port = 22;
    QString keyType;     // as ssh prints it: "ED25519", "ECDSA", "RSA" (or "ssh-ed25519")
    QString fingerprint; // "SHA256:…" as ssh and ssh-keygen -l print it

    bool operator==(const SshHostKey &other) const = default;
};

} // namespace Valvur
