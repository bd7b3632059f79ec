#include "ssh/sshdestination.h"

namespace Valvur {

QString SshDestination::toString() const
{
    const QString prefix = user.isEmpty() ? QString() : user + QLatin1Char('@');
    if (port <= 0 || port == 22)
        return prefix + host;
    // ssh accepts ssh://user@host:port since OpenSSH 7.7; "user@host:port" it would not. (An IPv6
    // host with a port has no form ssh takes: see isWritable(); this one at least reads back.)
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("ssh://%1%2:%3").arg(prefix, h).arg(port);
}

bool SshDestination::isWritable() const
{
    return !host.contains(QLatin1Char(':')) || port <= 0 || port == 22;
}

bool SshDestination::parse(const QString &text, SshDestination *out)
{
    QString rest = text.trimmed();
    if (rest.isEmpty() || rest.startsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : rest) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    const bool uri = rest.startsWith(QLatin1String("ssh://"));
    if (uri)
        rest = rest.mid(6);
    SshDestination d;
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        d.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (d.user.isEmpty())
            return false;
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        d.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return false;
        portText = after.mid(1);
    } else if (rest.count(QLatin1Char(':')) == 1) {
        d.host = rest.section(QLatin1Char(':'), 0, 0);
        portText = rest.section(QLatin1Char(':'), 1);
    } else {
        d.host = rest; // a name, an alias or a bare IPv6 address
    }
    if (uri && d.host.endsWith(QLatin1Char('/')))
        d.host.chop(1);
    if (d.host.isEmpty() || d.host.startsWith(QLatin1Char('-')))
        return false;
    if (!portText.isEmpty()) {
        bool ok = false;
        d.port = portText.toInt(&ok);
        if (!ok || d.port < 1 || d.port > 65535)
            return false;
    }
    *out = d;
    return true;
}

} // namespace Valvur
