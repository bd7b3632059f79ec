#include "ssh/sshtext.h"

#include "pg/connectionoptions.h"
#include "ssh/sshtunnel.h"

#include <QCoreApplication>

namespace Valvur::SshText {

namespace {

QString text(const char *source, bool translated)
{
    return translated ? QCoreApplication::translate("Valvur::Ssh", source) : QString::fromUtf8(source);
}

struct Entry
{
    const char *cause;
    const char *text;
};

// clang-format off
const Entry headlines[] = {
    {"ssh-missing", QT_TRANSLATE_NOOP("Valvur::Ssh", "The ssh program was not found: the tunnel needs OpenSSH's client.")},
    {"ssh-host-unknown", QT_TRANSLATE_NOOP("Valvur::Ssh", "The SSH host is not known yet: its key is not in known_hosts.")},
    {"ssh-host-key-changed", QT_TRANSLATE_NOOP("Valvur::Ssh", "The SSH host's key has changed: the connection was refused to protect you.")},
    {"ssh-auth-failed", QT_TRANSLATE_NOOP("Valvur::Ssh", "The SSH host did not accept your key or password.")},
    {"ssh-unreachable", QT_TRANSLATE_NOOP("Valvur::Ssh", "The SSH host cannot be reached.")},
    {"ssh-forward-failed", QT_TRANSLATE_NOOP("Valvur::Ssh", "The SSH connection works, but the SSH host cannot reach the database.")},
    {"ssh-failed", QT_TRANSLATE_NOOP("Valvur::Ssh", "The SSH tunnel could not be opened.")},
};

const Entry checklist[] = {
    {"ssh-missing", QT_TRANSLATE_NOOP("Valvur::Ssh", "Install the OpenSSH client: sudo apt install openssh-client.")},
    {"ssh-missing", QT_TRANSLATE_NOOP("Valvur::Ssh", "If ssh is installed elsewhere, name it in the VALVUR_SSH environment variable.")},
    {"ssh-host-unknown", QT_TRANSLATE_NOOP("Valvur::Ssh", "The host offers the key %2. Compare it with the fingerprint the host's administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host).")},
    {"ssh-host-unknown", QT_TRANSLATE_NOOP("Valvur::Ssh", "If it matches, accept it once in a terminal: ssh %1 (answer yes), then try again.")},
    {"ssh-host-key-changed", QT_TRANSLATE_NOOP("Valvur::Ssh", "Someone may be in the middle, or the host was reinstalled. Ask the host's administrator before you trust the new key.")},
    {"ssh-host-key-changed", QT_TRANSLATE_NOOP("Valvur::Ssh", "Only when the change is confirmed: remove the old key with ssh-keygen -R HOST and connect again with ssh %1.")},
    {"ssh-auth-failed", QT_TRANSLATE_NOOP("Valvur::Ssh", "Check the user and the key: ssh -v %1 shows which keys are offered and refused.")},
    {"ssh-auth-failed", QT_TRANSLATE_NOOP("Valvur::Ssh", "Is your public key in ~/.ssh/authorized_keys of that user on the host? ssh-copy-id %1 puts it there.")},
    {"ssh-auth-failed", QT_TRANSLATE_NOOP("Valvur::Ssh", "A key with a passphrase needs the SSH agent (ssh-add) or the passphrase saved in the keychain with the profile.")},
    {"ssh-unreachable", QT_TRANSLATE_NOOP("Valvur::Ssh", "Check the host name and port of %1 (ssh -G %1 shows what ssh uses).")},
    {"ssh-unreachable", QT_TRANSLATE_NOOP("Valvur::Ssh", "Is sshd running there, and does a firewall let the SSH port through? Try ssh %1 in a terminal.")},
    {"ssh-unreachable", QT_TRANSLATE_NOOP("Valvur::Ssh", "Behind a bastion host? Add it as a jump host to the profile (ssh -J).")},
    {"ssh-forward-failed", QT_TRANSLATE_NOOP("Valvur::Ssh", "Check the database host and port, or the socket directory, as the SSH host sees them: on the host, pg_isready -h HOST -p PORT.")},
    {"ssh-forward-failed", QT_TRANSLATE_NOOP("Valvur::Ssh", "The SSH server may forbid forwarding: AllowTcpForwarding and AllowStreamLocalForwarding in its sshd_config.")},
    {"ssh-failed", QT_TRANSLATE_NOOP("Valvur::Ssh", "Read ssh's message above; ssh -v %1 in a terminal shows more.")},
};
// clang-format on

} // namespace

QString headline(const QString &cause, bool translated)
{
    for (const Entry &e : headlines) {
        if (cause == QLatin1String(e.cause))
            return text(e.text, translated);
    }
    return text(headlines[std::size(headlines) - 1].text, translated);
}

QStringList advice(const QString &cause, const QString &destination, const QString &fingerprint, bool translated)
{
    QStringList list;
    for (const Entry &e : checklist) {
        if (cause != QLatin1String(e.cause))
            continue;
        QString line = text(e.text, translated);
        if (line.contains(QStringLiteral("%2"))) {
            if (fingerprint.isEmpty())
                continue;
            line.replace(QStringLiteral("%2"), fingerprint);
        }
        line.replace(QStringLiteral("%1"), ConnectionOptions::printable(destination));
        list << line;
    }
    return list;
}

QString describe(const SshTunnel &tunnel, bool translated)
{
    const QString last = tunnel.errorText().trimmed().section(QLatin1Char('\n'), -1);
    QString line = headline(tunnel.cause(), translated);
    if (!last.isEmpty())
        line += QStringLiteral(" (") + ConnectionOptions::printable(last) + QLatin1Char(')');
    return line;
}

QStringList explain(const SshTunnel &tunnel, bool translated)
{
    return QStringList{describe(tunnel, translated)}
        + advice(tunnel.cause(), tunnel.endpoint().destination, tunnel.fingerprint(), translated);
}

} // namespace Valvur::SshText
