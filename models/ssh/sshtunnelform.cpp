#include "ssh/sshtunnelform.h"

#include "ssh/sshdestination.h"

#include <QCoreApplication>
#include <QStringList>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::SshTunnelForm)
};

QStringList jumpList(const QString &text)
{
    QStringList list;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            list << item.trimmed();
    }
    return list;
}

bool hasSpace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

// Why a destination or jump host cannot be used; empty when ssh can take it.
QString destinationProblem(const QString &text, bool jump)
{
    SshDestination d;
    if (hasSpace(text))
        return Tr::tr("it contains a space");
    if (text.startsWith(QLatin1Char('-')))
        return Tr::tr("it starts with \"-\", which ssh would read as an option");
    if (!SshDestination::parse(text, &d))
        return Tr::tr("it is not an alias or user@host:port with a port from 1 to 65535");
    if (!jump && !d.isWritable())
        return Tr::tr("ssh takes no port with an IPv6 address here; give the host an alias in ~/.ssh/config "
                      "(Host, HostName, Port)");
    return {};
}
} // namespace

SshTunnelForm SshTunnelForm::fromEndpoint(const SshEndpoint &e)
{
    SshTunnelForm f;
    f.enabled = e.isEnabled();
    f.destination = e.destination;
    f.jumpHosts = e.jumpHosts.join(QStringLiteral(", "));
    f.remote = e.remoteSocketDir.isEmpty() ? Remote::HostAndPort : Remote::SocketDirectory;
    f.remoteHost = e.remoteHost;
    f.remotePort = e.remotePort > 0 ? QString::number(e.remotePort) : QString();
    f.socketDirectory = e.remoteSocketDir;
    f.identityFile = e.identityFile;
    return f;
}

SshEndpoint SshTunnelForm::toEndpoint() const
{
    SshEndpoint e;
    if (!enabled)
        return e;
    SshDestination d;
    e.destination = SshDestination::parse(destination, &d) ? d.toString() : destination.trimmed();
    e.jumpHosts = jumpList(jumpHosts);
    e.identityFile = identityFile.trimmed();
    e.remotePort = remotePort.trimmed().toInt();
    if (remote == Remote::SocketDirectory)
        e.remoteSocketDir = socketDirectory.trimmed();
    else
        e.remoteHost = remoteHost.trimmed();
    return e;
}

QString SshTunnelForm::error(Field *field) const
{
    auto fail = [field](Field f, const QString &message) {
        if (field)
            *field = f;
        return message;
    };
    if (field)
        *field = Field::None;
    if (!enabled)
        return {};
    const QString dest = destination.trimmed();
    if (dest.isEmpty())
        return fail(Field::Destination, Tr::tr("Give the SSH destination: an alias from ~/.ssh/config or user@host:port."));
    if (const QString why = destinationProblem(dest, false); !why.isEmpty())
        return fail(Field::Destination, Tr::tr("The SSH destination \"%1\" cannot be used: %2. Write an alias from ~/.ssh/config "
                                               "or user@host:port.").arg(dest, why));
    for (const QString &jump : jumpList(jumpHosts)) {
        if (const QString why = destinationProblem(jump, true); !why.isEmpty())
            return fail(Field::JumpHosts, Tr::tr("The jump host \"%1\" cannot be used: %2. Separate jump hosts with commas.")
                                              .arg(jump, why));
    }
    if (remote == Remote::HostAndPort) {
        const QString host = remoteHost.trimmed();
        if (hasSpace(host) || host.startsWith(QLatin1Char('-')))
            return fail(Field::RemoteHost, Tr::tr("The database host \"%1\" must be one host name or address, as the SSH host "
                                                  "sees it (empty: localhost).").arg(host));
    } else {
        const QString dir = socketDirectory.trimmed();
        if (dir.isEmpty())
            return fail(Field::SocketDirectory, Tr::tr("Give the Unix socket directory on the SSH host, for example /var/run/postgresql."));
        if (!dir.startsWith(QLatin1Char('/')) || dir.contains(QLatin1Char(':')))
            return fail(Field::SocketDirectory, Tr::tr("The Unix socket directory must be an absolute path on the SSH host, "
                                                       "for example /var/run/postgresql."));
    }
    const QString port = remotePort.trimmed();
    bool ok = true;
    const int number = port.toInt(&ok);
    if (!port.isEmpty() && (!ok || number < 1 || number > 65535))
        return fail(Field::RemotePort, Tr::tr("The database port \"%1\" is not a port: give a number from 1 to 65535 "
                                              "(empty: 5432).").arg(port));
    return {};
}

} // namespace Valvur
