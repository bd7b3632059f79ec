#pragma once

#include <QString>
#include <QStringList>

namespace Valvur {

class SshTunnel;

// The words for an SSH tunnel's causes (SshTunnel::causeIds()), translation context Valvur::Ssh:
// a headline and a checklist per cause. translated=false gives the English source (--json).
namespace SshText {

QString headline(const QString &cause, bool translated = true);
// %1 in a line is the destination, %2 the host key fingerprint (ssh-host-unknown).
QStringList advice(const QString &cause, const QString &destination, const QString &fingerprint = {}, bool translated = true);
// One line for a status bar or an error: the headline and ssh's last words.
QString describe(const SshTunnel &tunnel, bool translated = true);
// describe() followed by the cause's checklist for the tunnel's destination and fingerprint.
QStringList explain(const SshTunnel &tunnel, bool translated = true);

} // namespace SshText

} // namespace Valvur
