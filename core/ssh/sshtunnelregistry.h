#pragma once

#include "ssh/sshendpoint.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

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
    // Set on each tunnel the registry makes (the askpass helper; empty: batch mode only).
    void setAskpassHelper(const QString &program) { m_askpassHelper = program; }
    // Profiles whose keychain has an SSH secret (<profileId>/ssh): their tunnels use the helper.
    void setAskpassProfile(const QString &profileId, bool enabled);

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
    QSet<QString> m_askpassProfiles;
};

} // namespace Valvur
