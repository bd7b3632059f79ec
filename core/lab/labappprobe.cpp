#include "lab/labappprobe.h"

#include "doctor/connectiondoctor.h"
#include "pg/connectionoptions.h"
#include "pg/pgsession.h"

namespace Valvur::Lab {

AppProbe::AppProbe(QObject *parent)
    : QObject(parent)
{
}

void AppProbe::start(const QString &conninfo, const QString &password)
{
    m_done = false;
    ConnectionOptions options;
    QString error;
    if (!ConnectionOptions::parse(conninfo, &options, &error)) {
        finish({false, QStringLiteral("unknown"), tr("The application's connection settings cannot be read: %1").arg(error)});
        return;
    }
    if (!options.contains(QStringLiteral("application_name")))
        options.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-lab-probe"));
    delete m_session;
    m_session = new PgSession(this);
    m_session->setConnectTimeout(TimeoutMs);
    connect(m_session, &PgSession::connectFailed, this, [this](const PgError &e) {
        finish({false, ConnectionDoctor::problemFor(e), e.message()});
    });
    connect(m_session, &PgSession::connected, this, [this] { finish({true, QStringLiteral("ok"), {}}); });
    m_session->open(options, password);
}

void AppProbe::finish(const AppProbeOutcome &outcome)
{
    if (m_done)
        return;
    m_done = true;
    if (m_session)
        m_session->close();
    Q_EMIT finished(outcome);
}

} // namespace Valvur::Lab
