#include "ssh/sshtunnelregistry.h"

#include "ssh/sshtunnel.h"

namespace Valvur {

SshTunnelRegistry::SshTunnelRegistry(QObject *parent)
    : QObject(parent)
{
}

SshTunnelRegistry::~SshTunnelRegistry()
{
    for (Entry &e : m_entries) {
        if (e.tunnel) {
            e.tunnel->disconnect(this);
            e.tunnel->stop();
            delete e.tunnel;
        }
    }
}

SshTunnel *SshTunnelRegistry::acquire(const QString &profileId, const SshEndpoint &endpoint)
{
    Entry &e = m_entries[profileId];
    if (e.tunnel && e.users == 0 && !(e.tunnel->endpoint() == endpoint)) {
        e.tunnel->stop();
        e.tunnel->deleteLater();
        e.tunnel = nullptr;
    }
    if (!e.tunnel) {
        auto *tunnel = new SshTunnel(endpoint, this);
        if (!m_askpassHelper.isEmpty())
            tunnel->setAskpass(profileId, m_askpassHelper);
        connect(tunnel, &SshTunnel::stateChanged, this, [this, profileId] { Q_EMIT tunnelStateChanged(profileId); });
        e.tunnel = tunnel;
    }
    ++e.users;
    if (e.tunnel->state() == SshTunnel::State::Idle || e.tunnel->state() == SshTunnel::State::Failed)
        e.tunnel->start();
    return e.tunnel;
}

void SshTunnelRegistry::release(const QString &profileId)
{
    auto it = m_entries.find(profileId);
    if (it == m_entries.end())
        return;
    if (--it->users > 0)
        return;
    if (it->tunnel) {
        it->tunnel->disconnect(this);
        it->tunnel->stop();
        it->tunnel->deleteLater();
    }
    m_entries.erase(it);
    Q_EMIT tunnelStateChanged(profileId);
}

SshTunnel *SshTunnelRegistry::tunnel(const QString &profileId) const
{
    return m_entries.value(profileId).tunnel;
}

int SshTunnelRegistry::users(const QString &profileId) const
{
    return m_entries.value(profileId).users;
}

} // namespace Valvur
