#include "ssh/sshconfigquery.h"

#include "ssh/sshtunnel.h"

namespace Valvur {

SshConfigQuery::SshConfigQuery(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_errorText = QStringLiteral("ssh -G did not answer in time");
        m_process.kill();
        done(false);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_errorText = m_process.errorString();
            done(false);
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QList<QByteArray> lines = m_process.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype space = line.indexOf(' ');
            if (space > 0)
                m_values[QString::fromUtf8(line.left(space))] << QString::fromLocal8Bit(line.mid(space + 1)).trimmed();
        }
        m_errorText = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
        done(status == QProcess::NormalExit && code == 0 && !m_values.isEmpty());
    });
}

SshConfigQuery::~SshConfigQuery()
{
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000); // killed: reaped at once
    }
}

void SshConfigQuery::start(const SshTunnel &tunnel)
{
    m_values.clear();
    m_errorText.clear();
    m_ok = m_done = false;
    m_timer.start(5000);
    m_process.start(SshTunnel::program(), tunnel.commonArguments()
                                              << QStringLiteral("-G") << SshTunnel::sshDestination(tunnel.endpoint().destination));
}

QStringList SshConfigQuery::summaryLines() const
{
    QStringList lines;
    for (const char *key : {"hostname", "port", "user", "identityfile", "proxyjump", "proxycommand"}) {
        for (const QString &v : values(QLatin1String(key)))
            lines << QLatin1String(key) + QLatin1Char(' ') + v;
    }
    return lines;
}

void SshConfigQuery::done(bool ok)
{
    if (m_done)
        return;
    m_done = true;
    m_ok = ok;
    m_timer.stop();
    Q_EMIT finished(ok);
}

} // namespace Valvur
