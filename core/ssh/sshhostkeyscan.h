#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace Valvur {

class SshConfigQuery;
class SshTunnel;

// The fingerprints of the keys an SSH host offers, for a host ssh does not know yet: ssh -G finds
// the real host and port, ssh-keyscan fetches the keys, ssh-keygen -lf - prints their SHA256
// fingerprints. Nothing is written to known_hosts. Asynchronous, bounded (10 s), finished() once;
// fingerprints() is empty when the host could not be asked.
class SshHostKeyScan : public QObject
{
    Q_OBJECT
public:
    explicit SshHostKeyScan(QObject *parent = nullptr);
    ~SshHostKeyScan() override;

    void start(const SshTunnel &tunnel);
    // "SHA256:… (ED25519)" per key.
    QStringList fingerprints() const { return m_fingerprints; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    // The first UserKnownHostsFile ssh -G names for the host (~ expanded); empty when unknown.
    QString knownHostsFile() const { return m_knownHostsFile; }

Q_SIGNALS:
    void finished();

private:
    void scan();
    void done();

    QPointer<SshConfigQuery> m_config;
    QProcess m_keyscan;
    QProcess m_keygen;
    QTimer m_timer;
    QString m_host;
    int m_port = 22;
    QString m_knownHostsFile;
    QStringList m_fingerprints;
    bool m_done = false;
};

} // namespace Valvur
