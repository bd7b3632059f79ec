#pragma once

#include "activity/activitycontroller.h"
#include "lab/labcheck.h"
#include "lab/labrun.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Valvur {
class ServerConnection;
}

namespace Valvur::Test {

class TestServer;

// What the lab scenario tests share: a scenario staged on a TestServer as the Lab page and
// `valvur lab start` stage it, checked and reset as they do, and the fixes done through Valvur's
// own actions (Activity's cancel and terminate).
class LabDriver
{
public:
    explicit LabDriver(const TestServer &server);
    ~LabDriver();

    ConnectionOptions options() const;
    QString password() const;

    // Starts the scenario and waits (bounded) until it is staged; false with *error.
    bool start(const QString &scenarioId, QString *error);
    Lab::Run *run() const { return m_run.get(); }
    Lab::Verdict check(const QString &scenarioId) const;
    // Lab::Reset; the error, empty when it finished cleanly.
    QString reset() const;
    // What any lab left on the server: sandbox databases, valvur_lab_ roles, sessions in them.
    QStringList leftovers() const;

    // Activity's own cancel or terminate, on the sessions whose row matches (the raw activity row).
    // The outcomes in order; empty when the controller did not get that far.
    QList<SignalOutcome> signal(ActivityController::Action action, const std::function<bool(const QVariantList &row)> &which);
    // Sessions of an application in a state ("" any), from pg_stat_activity.
    int sessions(const QString &application, const QString &state = {}) const;

private:
    const TestServer &m_server;
    std::unique_ptr<Lab::Run> m_run;
    std::unique_ptr<ServerConnection> m_monitor;
};

} // namespace Valvur::Test
