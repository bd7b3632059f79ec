#include "lab/labcheck.h"

#include "containers/containercausetext.h"
#include "containers/containercheck.h"
#include "lab/labappprobe.h"
#include "lab/labcontainer.h"
#include "lab/labreset.h"
#include "lab/labsql.h"
#include "pg/pgsession.h"

#include <QLocale>

namespace Valvur::Lab {

QString Verdict::stateId(State s)
{
    switch (s) {
    case State::Error: return QStringLiteral("error");
    case State::NotStarted: return QStringLiteral("not-started");
    case State::OtherRunning: return QStringLiteral("other-running");
    case State::NotRunning: return QStringLiteral("not-running");
    case State::Unsolved: return QStringLiteral("unsolved");
    case State::Solved: return QStringLiteral("solved");
    }
    return {};
}

namespace {
QMap<QString, QString> rowValues(const PgResult &result)
{
    QMap<QString, QString> out;
    if (result.rowCount() == 0)
        return out;
    for (int c = 0; c < result.columnCount(); ++c) {
        const QVariant v = result.value(0, c);
        QString text;
        if (v.typeId() == QMetaType::Double)
            text = QLocale().toString(v.toDouble(), 'f', v.toDouble() < 10 ? 2 : 0);
        else if (v.typeId() == QMetaType::Bool)
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            text = v.toString();
        out.insert(result.columns().at(c), text);
    }
    return out;
}
} // namespace

Check::Check(const Scenario &scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
{
    m_bound.setSingleShot(true);
    connect(&m_bound, &QTimer::timeout, this, [this] {
        Verdict v;
        v.message = tr("The server did not answer the check within %1 s.").arg(TimeoutMs / 1000);
        finish(v);
    });
}

void Check::start(const ConnectionOptions &options, const QString &password)
{
    m_done = false;
    m_verdict = Verdict();
    delete m_session;
    m_session = new PgSession(this);
    m_bound.start(TimeoutMs);
    ConnectionOptions o = adminOptions(options, QStringLiteral("valvur-lab-check"));
    o.setValue(QStringLiteral("dbname"), QLatin1String(Database));
    connect(m_session, &PgSession::connectFailed, this, [this](const PgError &e) {
        Verdict v;
        if (e.sqlState() == QLatin1String("3D000") || e.message().contains(QLatin1String("\"valvur_lab\" does not exist"))) {
            v.state = Verdict::State::NotStarted;
            v.message = tr("No lab runs on this server. Start the scenario %1 first.").arg(m_scenario.id);
        } else {
            v.message = tr("Cannot connect to check the lab: %1").arg(e.message());
        }
        finish(v);
    });
    connect(m_session, &PgSession::connectionLost, this, [this](const PgError &e) {
        Verdict v;
        v.message = tr("The connection broke during the check: %1").arg(e.message());
        finish(v);
    });
    connect(m_session, &PgSession::connected, this, &Check::preflight);
    m_session->open(o, password);
}

void Check::preflight()
{
    m_session->exec(Sql::checkPreflight(), this, [this](const PgReply &p) {
        Verdict v;
        if (p.ok() && !p.first().value(0, QStringLiteral("has_run")).toBool()) {
            // The sandbox exists but the setup did not get as far as its bookkeeping.
            v.state = Verdict::State::NotRunning;
            v.message = tr("A lab's setup was interrupted on this server. Reset the lab and start it again.");
            return finish(v);
        }
        if (p.ok() && !p.first().value(0, QStringLiteral("locked")).toString().isEmpty()) {
            v.message = tr("The check did not run: the table %1 is locked by session %2 (as a restore, ALTER TABLE or LOCK TABLE "
                           "locks it), and Valvur does not wait behind it. Check again when that session is done.")
                            .arg(p.first().value(0, QStringLiteral("locked")).toString(), p.first().value(0, QStringLiteral("locker")).toString());
            return finish(v);
        }
        readRunState();
    });
}

void Check::readRunState()
{
    m_session->exec(Sql::runState(), this, [this](const PgReply &r) {
        Verdict v;
        if (!r.ok()) {
            v.message = tr("The check failed: %1").arg(r.error.message());
            return finish(v);
        }
        const PgResult &run = r.first();
        if (run.rowCount() == 0 || !run.value(0, QStringLiteral("ready")).toBool()) {
            v.state = Verdict::State::NotRunning;
            v.message = tr("The lab is still being set up on this server (or its setup was interrupted: then reset it).");
            return finish(v);
        }
        const QString running = run.value(0, QStringLiteral("scenario")).toString();
        if (running != m_scenario.id) {
            v.state = Verdict::State::OtherRunning;
            v.runningScenario = running;
            v.message = tr("Another scenario, %1, is staged on this server. Reset it first, or check that one.").arg(running);
            return finish(v);
        }
        const bool wasSolved = run.value(0, QStringLiteral("was_solved")).toBool();
        const double silent = run.value(0, QStringLiteral("silent_s")).toDouble();
        if (!wasSolved && silent > HeartbeatSilenceS) {
            v.state = Verdict::State::NotRunning;
            v.message = tr("The scenario %1 is staged, but the program that held its sessions ended %2 s ago, so its "
                           "problem may have gone with it. Reset the lab and start the scenario again.")
                            .arg(m_scenario.id).arg(qRound(silent));
            return finish(v);
        }
        runCheck(wasSolved, run.value(0, QStringLiteral("elapsed_s")).toDouble());
    });
}

void Check::runCheck(bool wasSolved, double elapsedS)
{
    Q_UNUSED(wasSolved)
    m_verdict.elapsedS = elapsedS;
    if (m_scenario.appConfig.isEmpty())
        return runCheckSql({});
    // The application's settings as the student left them: really connect with them first.
    m_session->exec(Sql::appSettings(), this, [this](const PgReply &r) {
        if (!r.ok() || r.first().rowCount() == 0) {
            Verdict v;
            v.state = Verdict::State::NotRunning;
            v.message = tr("The application's connection settings of the lab are missing (%1). Reset the lab and start it again.")
                            .arg(r.ok() ? QStringLiteral("app.conninfo") : r.error.message());
            return finish(v);
        }
        auto *probe = new AppProbe(this);
        connect(probe, &AppProbe::finished, this, [this, probe](const AppProbeOutcome &o) {
            probe->deleteLater();
            runCheckSql({o.ok, o.problem, o.message});
        });
        probe->start(r.first().value(0, 0).toString(), r.first().value(0, 1).toString());
    });
}

void Check::runCheckSql(const QVariantList &params)
{
    m_session->exec(m_scenario.checkSql, params, this, [this](const PgReply &r) {
        if (!r.ok()) {
            Verdict v;
            v.message = tr("The scenario's check failed: %1").arg(r.error.message());
            return finish(v);
        }
        const QMap<QString, QString> values = rowValues(r.first());
        runTraps(0, values, values.value(QStringLiteral("solved")) == QLatin1String("true"));
    });
}

void Check::runTraps(int index, const QMap<QString, QString> &values, bool solved)
{
    if (index < m_scenario.traps.size()) {
        const Trap &trap = m_scenario.traps.at(index);
        m_session->exec(trap.sql, this, [this, index, values, solved](const PgReply &r) {
            bool stillSolved = solved;
            if (!r.ok()) {
                Verdict v;
                v.message = tr("The scenario's trap %1 failed: %2").arg(m_scenario.traps.at(index).id, r.error.message());
                return finish(v);
            }
            const QMap<QString, QString> trapValues = rowValues(r.first());
            if (trapValues.value(QStringLiteral("hit")) == QLatin1String("true")) {
                const Trap &t = m_scenario.traps.at(index);
                m_verdict.trapIds << t.id;
                m_verdict.traps << fill(t.message.text(), trapValues);
                stillSolved = stillSolved && !t.blocks;
            }
            runTraps(index + 1, values, stillSolved);
        });
        return;
    }
    if (!solved) {
        m_verdict.state = Verdict::State::Unsolved;
        m_verdict.message = fill(m_scenario.unsolved.text(), values);
        return finish(m_verdict);
    }
    if (m_scenario.container.isSet())
        return checkContainerPart(values);
    recordSolved(values);
}

// cannot-connect beside a container: the application's second part connects to the lab's own
// container, which was left stopped with its port unpublished. Judged by really connecting, and
// when that fails, by what the container engine says about that container.
void Check::checkContainerPart(const QMap<QString, QString> &values)
{
    m_session->exec(Sql::containerSettings(), this, [this, values](const PgReply &r) {
        if (!r.ok() || r.first().rowCount() == 0)
            return recordSolved(values); // not staged (the server is no container)
        const QString conninfo = r.first().value(0, 0).toString();
        const QString name = r.first().value(0, 1).toString();
        auto *probe = new AppProbe(this);
        connect(probe, &AppProbe::finished, this, [this, probe, values, conninfo, name](const AppProbeOutcome &o) {
            probe->deleteLater();
            if (o.ok)
                return recordSolved(values);
            ContainerTarget target;
            ConnectionOptions app;
            ConnectionOptions::parse(conninfo, &app, nullptr);
            target.hosts = app.effectiveHosts();
            target.port = conninfoPort(conninfo);
            target.container = name;
            target.networkProblem = o.problem;
            auto *check = new ContainerCheck(this);
            connect(check, &ContainerCheck::finished, this, [this, check, conninfo, name, o] {
                check->deleteLater();
                QString why = o.message.trimmed();
                if (!check->causes().isEmpty())
                    why = DoctorText::causeHeadline(check->causes().first()) + QStringLiteral(" (") + check->causes().first().id + QLatin1Char(')');
                else if (!check->engineError().isNull())
                    why = describeEngineError(check->engineError(), check->socketDescription());
                m_verdict.state = Verdict::State::Unsolved;
                m_verdict.message = tr("Not solved yet: the application's report job (%1) still cannot connect to its own database "
                                       "in the container %2: %3").arg(conninfo, name, why);
                finish(m_verdict);
            });
            check->start(target);
        });
        probe->start(conninfo, r.first().value(0, 2).toString());
    });
}

void Check::recordSolved(const QMap<QString, QString> &values)
{
    m_session->exec(Sql::recordSolved(), {m_verdict.trapIds.join(QLatin1Char(','))}, this, [this, values](const PgReply &r) {
        m_verdict.state = Verdict::State::Solved;
        if (r.ok() && r.first().rowCount() > 0)
            m_verdict.elapsedS = r.first().value(0, 0).toDouble();
        m_verdict.message = fill(m_scenario.solved.text(), values);
        finish(m_verdict);
    });
}

void Check::finish(Verdict verdict)
{
    if (m_done)
        return;
    m_done = true;
    m_bound.stop();
    if (m_session)
        m_session->close();
    Q_EMIT finished(verdict);
}

} // namespace Valvur::Lab
