#include "lab/labprobe.h"

#include "lab/labscenario.h"
#include "lab/labsql.h"
#include "pg/serverconnection.h"

namespace Valvur {

LabProbe::LabProbe(QObject *parent)
    : QObject(parent)
{
    m_bound.setSingleShot(true);
    connect(&m_bound, &QTimer::timeout, this, [this] {
        finish(Result::Error, {}, tr("The server did not say within %1 s whether a lab is left on it.").arg(TimeoutMs / 1000));
    });
}

void LabProbe::start(ServerConnection *server)
{
    const quint64 generation = ++m_generation;
    delete m_side;
    m_bound.start(TimeoutMs);
    server->session()->exec(Lab::Sql::sandboxPresence(), {QLatin1String(Lab::ControlApplication)}, this, [this, generation, server = QPointer(server)](const PgReply &r) {
        if (generation != m_generation)
            return;
        if (!r.ok() || !server)
            return finish(Result::Error, {}, r.error.message());
        const PgResult &row = r.first();
        if (!row.value(0, QStringLiteral("sandbox")).toBool())
            return finish(Result::None, {});
        const bool holder = row.value(0, QStringLiteral("holder")).toBool();
        if (!row.value(0, QStringLiteral("main")).toBool()) // only valvur_lab_* databases: no bookkeeping to read
            return finish(holder ? Result::Held : Result::Stale, {});
        readRun(server, holder);
    });
}

void LabProbe::readRun(ServerConnection *server, bool holder)
{
    const quint64 generation = m_generation;
    m_side = new PgSession(this);
    m_side->setConnectTimeout(TimeoutMs);
    connect(m_side, &PgSession::connectFailed, this, [this, generation, holder](const PgError &e) {
        if (generation == m_generation)
            finish(holder ? Result::Held : Result::Stale, {}, e.message());
    });
    connect(m_side, &PgSession::connected, this, [this, generation, holder] {
        m_side->exec(Lab::Sql::runState(), this,
                     [this, generation, holder](const PgReply &r) {
                         if (generation != m_generation)
                             return;
                         // No bookkeeping (a setup killed early) or no row: only a live holder's sessions say it is in use.
                         if (!r.ok() || r.first().rowCount() == 0)
                             return finish(holder ? Result::Held : Result::Stale, {});
                         const QString scenario = r.first().value(0, QStringLiteral("scenario")).toString();
                         const bool silent = r.first().value(0, QStringLiteral("silent_s")).toDouble() > Lab::HeartbeatSilenceS;
                         finish(holder || !silent ? Result::Held : Result::Stale, scenario);
                     });
    });
    server->openSideSession(m_side, QLatin1String(Lab::Database));
}

void LabProbe::finish(Result result, const QString &scenario, const QString &error)
{
    m_bound.stop();
    ++m_generation;
    if (m_side) {
        m_side->close();
        m_side->deleteLater();
    }
    Q_EMIT finished(result, scenario, error);
}

} // namespace Valvur
