#include "profiles/pgadmintunnel.h"

#include "profiles/connectionprofile.h"
#include "ssh/sshdestination.h"

#include <QCoreApplication>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Profiles)
};

// pgAdmin writes numbers and flags sometimes as JSON numbers, sometimes as strings or booleans.
int intValue(const QJsonValue &v, bool *ok)
{
    *ok = true;
    if (v.isUndefined() || v.isNull())
        return 0;
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble() && v.toDouble() == double(v.toInt()))
        return v.toInt();
    if (v.isString())
        return v.toString().trimmed().isEmpty() ? 0 : v.toString().trimmed().toInt(ok);
    *ok = false;
    return 0;
}
} // namespace

QString PgAdminTunnel::read(const QJsonObject &s, ConnectionProfile *p, QString *note)
{
    bool ok = false;
    const int use = intValue(s.value(QStringLiteral("UseSSHTunnel")), &ok);
    if (!ok || use == 0)
        return {};
    SshDestination d;
    d.host = s.value(QStringLiteral("TunnelHost")).toString().trimmed();
    d.user = s.value(QStringLiteral("TunnelUsername")).toString().trimmed();
    d.port = intValue(s.value(QStringLiteral("TunnelPort")), &ok);
    if (d.host.isEmpty())
        return Tr::tr("UseSSHTunnel is on but TunnelHost is empty.");
    if (!ok || d.port < 0 || d.port > 65535)
        return Tr::tr("TunnelPort is not a port from 1 to 65535.");
    SshDestination check;
    if (!SshDestination::parse(d.toString(), &check) || check.host != d.host || check.user != d.user)
        return Tr::tr("TunnelHost or TunnelUsername is not something ssh can connect to (spaces, or a leading \"-\").");
    if (!d.isWritable())
        return Tr::tr("ssh cannot take the IPv6 address %1 together with TunnelPort %2. Give the host an alias in "
                      "~/.ssh/config (Host, HostName, Port), set UseSSHTunnel to 0 here and the alias as the profile's SSH destination.")
            .arg(d.host)
            .arg(d.port);
    SshEndpoint &ssh = p->ssh;
    ssh.destination = d.toString();
    if (intValue(s.value(QStringLiteral("TunnelAuthentication")), &ok) == 1)
        ssh.identityFile = s.value(QStringLiteral("TunnelIdentityFile")).toString().trimmed();
    // Host/Port of a tunnelled entry name the database as the SSH host sees it.
    const QString host = p->hosts.value(0);
    if (host.startsWith(QLatin1Char('/')))
        ssh.remoteSocketDir = host;
    else
        ssh.remoteHost = host;
    ssh.remotePort = p->port;
    if (!s.value(QStringLiteral("TunnelPassword")).isUndefined())
        *note = Tr::tr("The SSH password in the file was not imported: ssh uses your keys and agent.");
    return {};
}

void PgAdminTunnel::write(const ConnectionProfile &p, QJsonObject *s)
{
    if (!p.ssh.isEnabled())
        return;
    SshDestination d;
    if (!SshDestination::parse(p.ssh.destination, &d))
        d.host = p.ssh.destination.trimmed();
    s->insert(QStringLiteral("UseSSHTunnel"), 1);
    s->insert(QStringLiteral("TunnelHost"), d.host);
    s->insert(QStringLiteral("TunnelPort"), QString::number(d.port > 0 ? d.port : 22)); // pgAdmin writes a string
    if (!d.user.isEmpty())
        s->insert(QStringLiteral("TunnelUsername"), d.user);
    s->insert(QStringLiteral("TunnelAuthentication"), p.ssh.identityFile.isEmpty() ? 0 : 1);
    if (!p.ssh.identityFile.isEmpty())
        s->insert(QStringLiteral("TunnelIdentityFile"), p.ssh.identityFile);
    s->insert(QStringLiteral("Host"), p.ssh.remoteSocketDir.isEmpty() ? p.ssh.effectiveRemoteHost() : p.ssh.remoteSocketDir);
    s->insert(QStringLiteral("Port"), p.ssh.effectiveRemotePort());
}

} // namespace Valvur
