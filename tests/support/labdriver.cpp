#include "labdriver.h"

#include "activity/activitymodel.h"
#include "lab/labreset.h"
#include "monitoredserver.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

namespace Valvur::Test {

LabDriver::LabDriver(const TestServer &server)
    : m_server(server)
{
}

LabDriver::~LabDriver()
{
    if (m_run && (m_run->state() == Lab::Run::State::Running || m_run->state() == Lab::Run::State::Starting)) {
        QSignalSpy stopped(m_run.get(), &Lab::Run::stopped);
        m_run->stop(true);
        stopped.wait(60000);
    }
}

ConnectionOptions LabDriver::options() const
{
    ConnectionOptions o;
    ConnectionOptions::parse(m_server.conninfo(), &o, nullptr);
    return o;
}

QString LabDriver::password() const
{
    return m_server.superuserPassword();
}

bool LabDriver::start(const QString &scenarioId, QString *error)
{
    Lab::Scenario scenario;
    if (!Lab::findScenario(scenarioId, &scenario)) {
        *error = QStringLiteral("no scenario ") + scenarioId;
        return false;
    }
    m_run = std::make_unique<Lab::Run>(scenario);
    QSignalSpy ready(m_run.get(), &Lab::Run::ready);
    QSignalSpy failed(m_run.get(), &Lab::Run::failed);
    m_run->start(options(), password());
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 180000)) {
        *error = QStringLiteral("the scenario was not staged within 180 s");
        return false;
    }
    if (!failed.isEmpty()) {
        *error = failed.first().first().toString();
        return false;
    }
    return true;
}

Lab::Verdict LabDriver::check(const QString &scenarioId) const
{
    Lab::Scenario scenario;
    Lab::findScenario(scenarioId, &scenario);
    Lab::Check check(scenario);
    QSignalSpy finished(&check, &Lab::Check::finished);
    check.start(options(), password());
    if (!finished.wait(Lab::Check::TimeoutMs + 5000))
        return {};
    return finished.first().first().value<Lab::Verdict>();
}

QString LabDriver::reset() const
{
    Lab::Reset reset;
    QSignalSpy finished(&reset, &Lab::Reset::finished);
    reset.start(options(), password());
    if (!finished.wait(Lab::Reset::TimeoutMs + 5000))
        return QStringLiteral("the reset did not finish");
    return finished.first().first().toString();
}

QStringList LabDriver::leftovers() const
{
    const QString list = m_server.psql(QStringLiteral(
        "SELECT string_agg(x, ',') FROM ("
        "SELECT 'database ' || datname AS x FROM pg_database WHERE datname LIKE 'valvur\\_lab%' "
        "UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname LIKE 'valvur\\_lab\\_%' "
        "UNION ALL SELECT 'session ' || pid || ' ' || application_name FROM pg_stat_activity "
        "WHERE datname LIKE 'valvur\\_lab%' OR usename LIKE 'valvur\\_lab\\_%') t"));
    return list.isEmpty() ? QStringList() : list.split(QLatin1Char(','));
}

QList<SignalOutcome> LabDriver::signal(ActivityController::Action action, const std::function<bool(const QVariantList &row)> &which)
{
    if (!m_monitor)
        m_monitor = connectMonitoring(m_server, QStringLiteral("postgres"), password());
    if (!m_monitor)
        return {};
    ActivityController controller;
    QSignalSpy refreshed(&controller, &ActivityController::refreshed);
    controller.setServer(m_monitor.get());
    controller.setActive(true);
    controller.refresh();
    if (!refreshed.wait(20000))
        return {};
    QList<SignalTarget> targets;
    const ActivityModel *model = controller.model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (which(model->rowValues(r)))
            targets << SignalTarget::fromRow(model->rowValues(r));
    }
    if (targets.isEmpty())
        return {};
    QSignalSpy finished(&controller, &ActivityController::signalFinished);
    controller.signalSessions(action, targets);
    if (!finished.wait(20000))
        return {};
    return finished.first().at(1).value<QList<SignalOutcome>>();
}

int LabDriver::sessions(const QString &application, const QString &state) const
{
    QString sql = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = '%1'").arg(application);
    if (!state.isEmpty())
        sql += QStringLiteral(" AND state = '%1'").arg(state);
    return m_server.psql(sql).toInt();
}

} // namespace Valvur::Test
