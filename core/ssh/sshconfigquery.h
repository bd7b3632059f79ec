#pragma once

#include <QMap>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

namespace Valvur {

class SshTunnel;

// What ssh makes of a destination after reading its configuration (ssh -G: no connection is
// made): the real host name, port, user, identity files and jump hosts. Asynchronous and bounded
// (5 s); finished() once. Used by the doctor (shown as a step's detail) and for the host-key scan.
class SshConfigQuery : public QObject
{
    Q_OBJECT
public:
    explicit SshConfigQuery(QObject *parent = nullptr);
    ~SshConfigQuery() override;

    // The same program, config file, identity and jump hosts the tunnel uses.
    void start(const SshTunnel &tunnel);
    bool ok() const { return m_ok; }
    QString value(const QString &key) const { return m_values.value(key).value(0); }
    QStringList values(const QString &key) const { return m_values.value(key); }
    // hostname, port, user, identityfile, proxyjump, proxycommand as "key value" lines.
    QStringList summaryLines() const;
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void done(bool ok);

    QProcess m_process;
    QTimer m_timer;
    QMap<QString, QStringList> m_values;
    QString m_errorText;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace Valvur
