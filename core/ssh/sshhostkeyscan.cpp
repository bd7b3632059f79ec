#include "ssh/sshhostkeyscan.h"

#include "ssh/knownhosts.h"
#include "ssh/sshconfigquery.h"
#include "ssh/sshtunnel.h"

#include <QRegularExpression>

namespace Valvur {

SshHostKeyScan::SshHostKeyScan(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SshHostKeyScan::done);
    m_keyscan.setStandardOutputProcess(&m_keygen);
    connect(&m_keyscan, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done();
    });
    connect(&m_keygen, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done();
    });
    connect(&m_keygen, &QProcess::finished, this, [this] {
        // "256 SHA256:abc… [127.0.0.1]:2222 (ED25519)"
        static const QRegularExpression line(QStringLiteral("^\\d+ (\\S+) .*(\\([A-Z0-9-]+\\))\\s*$"));
        for (const QByteArray &l : m_keygen.readAllStandardOutput().split('\n')) {
            const QRegularExpressionMatch m = line.match(QString::fromLocal8Bit(l).trimmed());
            if (m.hasMatch())
                m_fingerprints << m.captured(1) + QLatin1Char(' ') + m.captured(2);
        }
        done();
    });
}

SshHostKeyScan::~SshHostKeyScan()
{
    m_keyscan.disconnect(this);
    m_keygen.disconnect(this);
    for (QProcess *p : {&m_keyscan, &m_keygen}) {
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(1000); // killed: reaped at once
        }
    }
}

void SshHostKeyScan::start(const SshTunnel &tunnel)
{
    m_timer.start(10000);
    m_config = new SshConfigQuery(this);
    connect(m_config, &SshConfigQuery::finished, this, [this](bool ok) {
        m_host = m_config->value(QStringLiteral("hostname"));
        m_port = m_config->value(QStringLiteral("port")).toInt();
        if (m_port <= 0)
            m_port = 22;
        m_knownHostsFile = m_config->value(QStringLiteral("userknownhostsfile")).section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        if (m_knownHostsFile.startsWith(QLatin1String("~/")))
            m_knownHostsFile = KnownHosts::homeDir() + m_knownHostsFile.mid(1);
        // Through a jump host the keys cannot be fetched from here: no fingerprint then.
        if (!ok || m_host.isEmpty() || !m_config->values(QStringLiteral("proxyjump")).isEmpty())
            done();
        else
            scan();
    });
    m_config->start(tunnel);
}

void SshHostKeyScan::scan()
{
    m_keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), QStringLiteral("-")});
    m_keyscan.start(QStringLiteral("ssh-keyscan"), {QStringLiteral("-T"), QStringLiteral("5"), QStringLiteral("-p"), QString::number(m_port),
                                                    QStringLiteral("--"), m_host});
}

void SshHostKeyScan::done()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT finished();
}

} // namespace Valvur
