#pragma once

#include "ssh/sshhostkey.h"

#include <QString>

#include <functional>

class QObject;

namespace Valvur {

// The user's known_hosts, written only after the user trusted a host key (the host-key dialog).
class KnownHosts
{
public:
    // ~/.ssh/known_hosts of the user's home in the password database: ssh reads ~/.ssh from
    // there, not from $HOME.
    static QString defaultPath();
    // The user's home in the password database (what ssh expands ~ to).
    static QString homeDir();
    // How known_hosts and ssh-keygen -R name a host: "host", or "[host]:port" when port ≠ 22.
    static QString hostPattern(const QString &host, int port);
    // "SHA256:…" (base64 without padding) of a key blob, as ssh-keygen -l prints it.
    static QString fingerprint(const QByteArray &keyBlob);
    // The -t value of ssh-keyscan for a key type as ssh prints it ("ED25519" → "ed25519",
    // "ecdsa-sha2-nistp256" → "ecdsa"); empty when unknown.
    static QString keyscanType(const QString &keyType);

    using Done = std::function<void(bool ok, const QString &error)>;
    // Gets the host's key of the accepted type with `ssh-keyscan -p PORT -t TYPE host`
    // (asynchronously: returns at once; done runs later, only while context lives), checks that
    // its fingerprint is the one the user accepted, and appends "[host]:port type key" to
    // knownHostsPath, creating its directory (0700) and the file (0600) when missing. A key
    // already there is not written twice. On any failure nothing is written and error says
    // why (translated). Bounded by timeoutMs; the ssh-keyscan child is ended then, and when
    // context goes away.
    static void appendKnownHost(const QString &knownHostsPath, const SshHostKey &key, QObject *context, Done done,
                                int timeoutMs = 20000);

    // Appends one line for host:port (the writing half of appendKnownHost). False with a
    // translated *error when the directory or file cannot be written.
    static bool appendLine(const QString &knownHostsPath, const QString &host, int port, const QString &keyType,
                           const QByteArray &keyBase64, QString *error);
};

} // namespace Valvur
