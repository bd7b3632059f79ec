// ConnectionDoctor's first steps for a profile with an SSH leg: what ssh makes of the destination
// (ssh -G), then the tunnel itself; the database steps then run through the forwarded socket.
#include "doctor/connectiondoctor.h"

#include "ssh/sshconfigquery.h"
#include "ssh/sshtunnel.h"

namespace Valvur {

void ConnectionDoctor::setSsh(const SshEndpoint &endpoint, const QString &configFile)
{
    m_ssh = endpoint;
    m_sshConfigFile = configFile;
}

void ConnectionDoctor::startSsh()
{
    auto *tunnel = new SshTunnel(m_ssh, this);
    if (!m_sshConfigFile.isEmpty())
        tunnel->setConfigFile(m_sshConfigFile);
    if (!m_sshAskpassHelper.isEmpty())
        tunnel->setAskpass(m_sshAskpassProfile, m_sshAskpassHelper);
    m_tunnel = tunnel;
    const int configStep = beginStep(QStringLiteral("ssh-config"), m_ssh.destination);
    auto *query = new SshConfigQuery(this);
    m_sshQuery = query;
    const quint64 generation = m_generation;
    connect(query, &SshConfigQuery::finished, this, [this, query, tunnel, configStep, generation](bool ok) {
        query->deleteLater();
        if (generation != m_generation)
            return;
        if (ok)
            endStep(configStep, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "ssh -G resolves it to"), {},
                    query->summaryLines().join(QStringLiteral("; ")));
        else
            endStep(configStep, DoctorStep::State::Failed, QT_TRANSLATE_NOOP("Valvur::Doctor", "ssh -G failed"), {}, query->errorText());
        // The tunnel is tried either way: its failure names the cause.
        const QString target = m_ssh.remoteSocketDir.trimmed().isEmpty()
                                   ? QStringLiteral("%1:%2").arg(m_ssh.effectiveRemoteHost()).arg(m_ssh.effectiveRemotePort())
                                   : m_ssh.remoteSocketDir.trimmed() + QStringLiteral("/.s.PGSQL.%1").arg(m_ssh.effectiveRemotePort());
        const int step = beginStep(QStringLiteral("ssh"), m_ssh.destination + QStringLiteral(" → ") + target);
        connect(tunnel, &SshTunnel::ready, this, [this, tunnel, step] {
            endStep(step, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "tunnel open, local socket %1"), {tunnel->socketPath()});
            m_options = tunnel->apply(m_options);
            resolveHosts();
        });
        connect(tunnel, &SshTunnel::failed, this, [this, tunnel, step](const QString &cause) {
            m_sshError = tunnel->errorText();
            m_sshFingerprint = tunnel->fingerprint();
            // The verdict's headline says what it means; the step keeps ssh's own last words.
            endStep(step, DoctorStep::State::Failed, nullptr, {}, m_sshError.section(QLatin1Char('\n'), -1));
            finish(cause);
        });
        tunnel->start();
    });
    query->start(*tunnel);
}

void ConnectionDoctor::stopSsh()
{
    delete m_sshQuery;
    if (m_tunnel) {
        m_tunnel->disconnect(this);
        m_tunnel->stop();
        m_tunnel->deleteLater();
    }
    m_tunnel = nullptr;
}

} // namespace Valvur
