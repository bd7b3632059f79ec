#pragma once

#include "ssh/sshendpoint.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Valvur {

class SshTunnel;

// One tunnel per profile, shared by everything that connects through it (the monitoring session,
// a backup's tools, a doctor run): acquire() starts it for the first user and counts the others;
// release() stops it when the last one lets go. Destroying the registry stops every tunnel.
class SshTunnelRegistry : public QObject
{
    Q_OBJECT
public:
    explicit SshTunnelRegistry(QObject *parent = nullptr);
    ~SshTunnelRegistry() override;

    // The profile's tunnel, started when it was not running (or had failed). A profile whose SSH
    // part changed gets a new tunnel once nobody uses the old one.
    SshTunnel *acquire(const QString &profileId, const SshEndpoint &endpoint);
    void release(const QString &profileId);
    SshTunnel *tunnel(const QString &profileId) const;
    int users(const QString &profileId) const;
    // The askpass helper (the valvur program, cli/sshaskpass.h) for the tunnels the registry makes
    // from now on: ssh asks it for a key passphrase or password, which it reads from the keychain
    // (key "<profileId>/ssh"). Empty (the default): ssh runs in batch mode and never asks.
    void setAskpassHelper(const QString &program) { m_askpassHelper = program; }

Q_SIGNALS:
    // Any tunnel's state changed (the status bar follows it).
    void tunnelStateChanged(const QString &profileId);

private:
    struct Entry
    {
        QPointer<SshTunnel> tunnel;
        int users = 0;
    };
    QHash<QString, Entry> m_entries;
    QString m_askpassHelper;
};

} // namespace Valvur
