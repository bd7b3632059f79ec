#include "lab/labcontroller.h"

#include "lab/labreset.h"
#include "lab/labresults.h"
#include "lab/labrun.h"
#include "lab/labscenariomodel.h"
#include "pg/serverconnection.h"

#include <QCoreApplication>
#include <QEventLoopLocker>
#include <QDateTime>

#include <memory>

namespace Valvur {

LabController::LabController(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_model(new LabScenarioModel(this))
    , m_probe(new LabProbe(this))
{
    m_model->setScenarios(Lab::scenarios());
    if (!m_model->scenarios().isEmpty())
        m_currentId = m_model->scenarios().constFirst().id;
    connect(m_probe, &LabProbe::finished, this, [this](LabProbe::Result result, const QString &scenario) { onProbed(result, scenario); });
    m_elapsedTick.setInterval(1000);
    connect(&m_elapsedTick, &QTimer::timeout, this, &LabController::elapsedChanged);
}

LabController::~LabController() = default;

ServerConnection *LabController::server() const
{
    return m_server;
}

bool LabController::runActive() const
{
    return m_run && (m_run->state() == Lab::Run::State::Starting || m_run->state() == Lab::Run::State::Running);
}

void LabController::setStatus(Status status)
{
    if (status != Status::Running && status != Status::Starting)
        m_elapsedTick.stop();
    m_status = status;
    updateList();
    Q_EMIT changed();
}

void LabController::setServer(ServerConnection *server)
{
    if (server == m_server)
        return;
    if (m_server)
        disconnect(m_server, nullptr, this, nullptr);
    if (runActive()) {
        // The lab stays with the server it was staged on; leaving that server ends it.
        Lab::Run *run = m_run;
        disconnect(run, nullptr, this, nullptr);
        connect(run, &Lab::Run::stopped, run, &QObject::deleteLater);
        run->stop(true);
    }
    m_run = nullptr;
    m_server = server;
    m_probed = false;
    m_liveId.clear();
    m_progress.clear();
    m_error.clear();
    m_notice.clear();
    m_hasVerdict = false;
    m_verdict = Lab::Verdict();
    Q_EMIT verdictChanged();
    loadResults();
    if (!server)
        return setStatus(Status::NotConnected);
    const auto runs = server->findChildren<Lab::Run *>(QString(), Qt::FindDirectChildrenOnly);
    for (Lab::Run *run : runs) {
        if (run->state() == Lab::Run::State::Starting || run->state() == Lab::Run::State::Running)
            adopt(run);
    }
    connect(server, &ServerConnection::connected, this, &LabController::probe);
    if (runActive())
        return setStatus(m_run->state() == Lab::Run::State::Running ? Status::Running : Status::Starting);
    setStatus(Status::Idle);
    if (server->state() == PgSession::State::Connected)
        probe();
}

void LabController::probe()
{
    if (!m_server || runActive() || m_reset)
        return;
    if (m_server->environment() == ServerConnection::Environment::Production) {
        m_probed = true; // nothing of a lab is touched there
        return setStatus(Status::Idle);
    }
    setStatus(Status::Probing);
    m_probe->start(m_server);
}

void LabController::onProbed(LabProbe::Result result, const QString &scenario)
{
    if (m_status != Status::Probing)
        return;
    m_probed = true;
    switch (result) {
    case LabProbe::Result::Held:
        m_liveId = scenario;
        return setStatus(Status::Elsewhere);
    case LabProbe::Result::Stale:
        return sweep();
    case LabProbe::Result::None:
    case LabProbe::Result::Error: // the page still works; Start clears what is left anyway
        m_liveId.clear();
        return setStatus(Status::Idle);
    }
}

void LabController::sweep()
{
    m_reset = new Lab::Reset(this);
    connect(m_reset, &Lab::Reset::finished, this, [this, reset = m_reset.data()](const QString &error) {
        reset->deleteLater();
        m_progress.clear();
        m_notice = error.isEmpty() ? tr("A lab left over from an earlier run was removed.")
                                   : tr("A lab left over from an earlier run could not be removed: %1").arg(error);
        m_liveId.clear();
        setStatus(Status::Idle);
    });
    setStatus(Status::Stopping);
    m_progress = tr("Removing a lab left over from an earlier run…");
    m_reset->start(m_server->options(), m_server->password());
}

void LabController::adopt(Lab::Run *run)
{
    m_run = run;
    m_liveId = run->scenario().id;
    connect(run, &Lab::Run::progress, this, [this](const QString &text) {
        m_progress = text;
        Q_EMIT changed();
    });
    connect(run, &Lab::Run::ready, this, [this] {
        m_readySince.start();
        m_elapsedTick.start();
        setStatus(Status::Running);
    });
    connect(run, &Lab::Run::failed, this, [this](const QString &error) {
        m_error = error;
        m_progress.clear();
        Q_EMIT changed();
    });
    connect(run, &Lab::Run::stopped, this, [this, run](const QString &resetError) {
        const bool failed = !run->error().isEmpty();
        run->deleteLater();
        m_liveId.clear();
        m_progress.clear();
        if (!failed)
            m_notice = resetError.isEmpty() ? tr("The lab was reset: its sessions ended and the sandbox database and roles were removed.")
                                            : resetError;
        if (!m_reset)
            setStatus(m_server ? Status::Idle : Status::NotConnected);
    });
    if (run->state() == Lab::Run::State::Running) {
        m_readySince.start(); // adopted: counted from now
        m_elapsedTick.start();
    }
}

Lab::Scenario LabController::current() const
{
    const int row = m_model->rowOf(m_currentId);
    return row >= 0 ? m_model->scenarios().at(row) : Lab::Scenario();
}

void LabController::select(const QString &scenarioId)
{
    if (scenarioId == m_currentId || m_model->rowOf(scenarioId) < 0)
        return;
    m_currentId = scenarioId;
    m_revealed = 0;
    Q_EMIT currentChanged();
    Q_EMIT hintsChanged();
    if (m_hasVerdict && m_verdictId != scenarioId) {
        m_hasVerdict = false;
        Q_EMIT verdictChanged();
    }
}

int LabController::hintCount() const
{
    return qMin(int(current().hints.size()), MaxHints);
}

bool LabController::revealHint()
{
    if (m_revealed >= hintCount())
        return false;
    ++m_revealed;
    Q_EMIT hintsChanged();
    return true;
}

int LabController::elapsedS() const
{
    if (m_status != Status::Running || !m_readySince.isValid())
        return -1;
    return int(m_readySince.elapsed() / 1000);
}

bool LabController::isBusy() const
{
    return m_status == Status::Probing || m_status == Status::Starting || m_status == Status::Stopping;
}

bool LabController::isSettled() const
{
    return !m_server || ((m_probed || runActive()) && !isBusy());
}

bool LabController::canStart() const
{
    return m_server && !isBusy() && m_status != Status::Running && m_status != Status::Elsewhere && !m_currentId.isEmpty();
}

bool LabController::canCheck() const
{
    return m_server && !m_check && (m_status == Status::Running || m_status == Status::Elsewhere || m_status == Status::Idle);
}

void LabController::start()
{
    if (m_shutDown) // the window closed: nothing starts again (its reset already ran)
        return;
    if (!canStart())
        return;
    const Lab::Scenario scenario = current();
    auto *run = new Lab::Run(scenario, m_server); // lives with the server, not with the page
    run->setProduction(m_server->environment() == ServerConnection::Environment::Production);
    run->setContainer(m_server->container());
    m_error.clear();
    m_notice.clear();
    m_hasVerdict = false;
    Q_EMIT verdictChanged();
    LabScenarioModel::Status status = m_model->status(scenario.id);
    status.solvedNow = false;
    m_model->setStatus(scenario.id, status);
    adopt(run);
    setStatus(Status::Starting);
    run->start(m_server->options(), m_server->password());
}

void LabController::check()
{
    if (!canCheck())
        return;
    const Lab::Scenario scenario = current();
    m_check = new Lab::Check(scenario, this);
    connect(m_check, &Lab::Check::finished, this, [this, check = m_check.data(), id = scenario.id](const Lab::Verdict &v) {
        check->deleteLater();
        m_check = nullptr; // Check is possible again right away
        onVerdict(v, id);
    });
    m_progress = tr("Checking…");
    Q_EMIT changed();
    m_check->start(m_server->options(), m_server->password());
}

void LabController::onVerdict(const Lab::Verdict &verdict, const QString &scenarioId)
{
    m_progress.clear();
    m_verdict = verdict;
    m_verdictId = scenarioId;
    m_hasVerdict = scenarioId == m_currentId;
    if (verdict.solved())
        saveResult(scenarioId, verdict.elapsedS, verdict.trapIds);
    // What the check saw about who holds the lab.
    if (m_status == Status::Elsewhere && (verdict.state == Lab::Verdict::State::NotStarted || verdict.state == Lab::Verdict::State::NotRunning))
        m_liveId.clear();
    if (m_status == Status::Elsewhere && m_liveId.isEmpty())
        m_status = Status::Idle;
    if (m_status == Status::Idle && (verdict.state == Lab::Verdict::State::Unsolved || verdict.solved()) && !runActive()) {
        m_liveId = scenarioId; // another program holds it (its heartbeat is fresh, or the check would say so)
        m_status = Status::Elsewhere;
    }
    updateList();
    Q_EMIT changed();
    Q_EMIT verdictChanged();
}

void LabController::reset()
{
    if (!m_server || m_reset || m_status == Status::Stopping)
        return;
    m_error.clear();
    m_notice.clear();
    m_hasVerdict = false;
    Q_EMIT verdictChanged();
    m_progress = tr("Resetting the lab…");
    if (runActive()) {
        setStatus(Status::Stopping);
        m_run->stop(true);
        return;
    }
    m_reset = new Lab::Reset(this);
    connect(m_reset, &Lab::Reset::finished, this, [this, reset = m_reset.data()](const QString &error) {
        reset->deleteLater();
        m_progress.clear();
        m_liveId.clear();
        m_notice = error.isEmpty() ? tr("The lab was reset: its sessions ended and the sandbox database and roles were removed.") : QString();
        m_error = error;
        setStatus(m_server ? Status::Idle : Status::NotConnected);
    });
    setStatus(Status::Stopping);
    m_reset->start(m_server->options(), m_server->password());
}

QString LabController::actionSql(const QString &actionId) const
{
    for (const Lab::Action &a : current().actions) {
        if (a.id == actionId)
            return a.sql;
    }
    return {};
}

void LabController::runAction(const QString &actionId)
{
    if (!runActive() || m_run->state() != Lab::Run::State::Running || m_run->scenario().id != m_currentId) {
        const QString error = m_status == Status::Elsewhere
            ? tr("The lab runs in another program; do this there, or reset the lab and start the scenario here.")
            : tr("Start the scenario first: the lab does this only in a scenario it holds.");
        QMetaObject::invokeMethod(this, [this, actionId, error] { Q_EMIT actionFinished(actionId, error); }, Qt::QueuedConnection);
        return;
    }
    QPointer<LabController> self(this);
    m_run->runAction(actionId, [self, actionId](const QString &error) {
        if (self)
            Q_EMIT self->actionFinished(actionId, error);
    });
}

void LabController::shutdown()
{
    m_shutDown = true;
    if (!runActive())
        return;
    Lab::Run *run = m_run;
    disconnect(run, nullptr, this, nullptr);
    // The event loop goes on (the window already gone) until the reset ends or the bound passes.
    auto locker = std::make_shared<std::unique_ptr<QEventLoopLocker>>(std::make_unique<QEventLoopLocker>());
    connect(run, &Lab::Run::stopped, qApp, [locker] { locker->reset(); });
    QTimer::singleShot(ShutdownBoundMs, qApp, [locker] { locker->reset(); });
    run->stop(true);
    m_run = nullptr;
    m_liveId.clear();
    setStatus(m_server ? Status::Idle : Status::NotConnected);
}

void LabController::loadResults()
{
    m_model->clearStatus();
    if (!m_server)
        return;
    for (const Lab::Scenario &s : m_model->scenarios()) {
        if (const std::optional<Lab::Result> r = Lab::lastSolved(m_settings, m_server->options(), s.id)) {
            LabScenarioModel::Status status;
            status.solvedS = r->elapsedS;
            status.trapIds = r->trapIds;
            m_model->setStatus(s.id, status);
        }
    }
}

void LabController::saveResult(const QString &scenarioId, double solvedS, const QStringList &trapIds)
{
    LabScenarioModel::Status status = m_model->status(scenarioId);
    status.solvedS = qMax(0.0, solvedS);
    status.trapIds = trapIds;
    status.solvedNow = true;
    m_model->setStatus(scenarioId, status);
    if (m_server) // the same record `valvur lab check` keeps and reads
        Lab::recordSolved(m_settings, m_server->options(), scenarioId, {QDateTime::currentDateTime(), status.solvedS, trapIds});
}

void LabController::updateList()
{
    for (const Lab::Scenario &s : m_model->scenarios()) {
        LabScenarioModel::Status status = m_model->status(s.id);
        status.live = LabScenarioModel::Live::None;
        if (s.id != m_liveId)
            status.solvedNow = false;
        if (s.id == m_liveId) {
            if (m_status == Status::Starting)
                status.live = LabScenarioModel::Live::Starting;
            else if (m_status == Status::Running)
                status.live = LabScenarioModel::Live::Running;
            else if (m_status == Status::Elsewhere)
                status.live = LabScenarioModel::Live::Elsewhere;
        }
        m_model->setStatus(s.id, status);
    }
}

} // namespace Valvur
