// ctest-labels: pg lab
// The Lab page's controller against a real server: a scenario started through it is held and
// shows "running", the check says unsolved, Activity's terminate fixes it, the list says
// "solved in …" and a fresh controller (after a restart) still does; a production server is
// refused; a lab left over by a program that ended is removed when the controller connects, one
// that another live program holds is not (and Check works on it).
#include "lab/labcontroller.h"
#include "lab/labscenariomodel.h"
#include "lab/labresults.h"
#include "lab/labsql.h"
#include "activity/activitymodel.h"
#include "labdriver.h"
#include "monitoredserver.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Valvur::Test;

namespace {
QString stateOf(const LabController &c, const QString &id, int role = LabScenarioModel::StateRole)
{
    const int row = c.model()->rowOf(id);
    return row < 0 ? QString() : c.model()->index(row, 0).data(role).toString();
}

// The controller's check, waited for (bounded); the verdict's state id.
Lab::Verdict checked(LabController &c)
{
    QSignalSpy spy(&c, &LabController::verdictChanged);
    c.check();
    if (!QTest::qWaitFor([&] { return !spy.isEmpty() && c.hasVerdict(); }, Lab::Check::TimeoutMs + 5000))
        return {};
    return c.verdict();
}
} // namespace

class TestLabController : public QObject
{
    Q_OBJECT
    TestServer m_server;
    QTemporaryDir m_dir;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("valvur.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        LabDriver lab(m_server);
        QCOMPARE(lab.reset(), QString());
    }

    void connectionLeakIsStartedCheckedSolvedAndRemembered()
    {
        const QString id = QStringLiteral("connection-leak");
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            auto server = connectMonitoring(m_server, QStringLiteral("postgres"), m_server.superuserPassword());
            QVERIFY(server);
            LabController c(&settings);
            c.setServer(server.get());
            QTRY_VERIFY_WITH_TIMEOUT(c.isSettled(), 20000);
            QCOMPARE(stateOf(c, id), QStringLiteral("not-started"));
            c.select(id);
            c.start();
            QTRY_VERIFY_WITH_TIMEOUT(c.status() == LabController::Status::Running || !c.errorText().isEmpty(), 180000);
            QVERIFY2(c.errorText().isEmpty(), qPrintable(c.errorText()));
            QCOMPARE(stateOf(c, id), QStringLiteral("running"));
            QCOMPARE(stateOf(c, id, LabScenarioModel::StateTextRole), QStringLiteral("running"));
            LabDriver lab(m_server);
            QCOMPARE(lab.sessions(QStringLiteral("shop-api"), QStringLiteral("idle in transaction")), 20);

            Lab::Verdict v = checked(c);
            QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
            QVERIFY2(v.message.contains(QLatin1String("still 20 sessions idle in transaction from shop-api")), qPrintable(v.message));
            QCOMPARE(stateOf(c, id), QStringLiteral("running"));

            // The lab keeps holding while the user works elsewhere: Activity's terminate fixes it.
            const QList<SignalOutcome> outcomes = lab.signal(ActivityController::Action::Terminate, [](const QVariantList &row) {
                return row.value(ActivityModel::FApplication).toString() == QLatin1String("shop-api");
            });
            QCOMPARE(outcomes.size(), 20);
            QTRY_COMPARE_WITH_TIMEOUT(lab.sessions(QStringLiteral("shop-api")), 0, 10000);
            v = checked(c);
            QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
            QCOMPARE(stateOf(c, id), QStringLiteral("solved"));
            QVERIFY2(stateOf(c, id, LabScenarioModel::StateTextRole).startsWith(QLatin1String("solved in ")),
                     qPrintable(stateOf(c, id, LabScenarioModel::StateTextRole)));
            QCOMPARE(c.status(), LabController::Status::Running); // still held until reset

            QSignalSpy changed(&c, &LabController::changed);
            c.reset();
            QTRY_VERIFY_WITH_TIMEOUT(c.status() == LabController::Status::Idle, 60000);
            QVERIFY2(c.notice().contains(QLatin1String("reset")), qPrintable(c.notice()));
            QCOMPARE(lab.leftovers(), QStringList());
        }
        // After a restart: the settings file and a new connection remember the result, no secret in it.
        QSettings settings(settingsFile(), QSettings::IniFormat);
        const std::optional<Lab::Result> remembered = Lab::lastSolved(&settings, LabDriver(m_server).options(), id);
        QVERIFY(remembered && remembered->elapsedS >= 0);
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_server.superuserPassword().toUtf8()));
        auto server = connectMonitoring(m_server, QStringLiteral("postgres"), m_server.superuserPassword());
        QVERIFY(server);
        LabController fresh(&settings);
        fresh.setServer(server.get());
        QTRY_VERIFY_WITH_TIMEOUT(fresh.isSettled(), 20000);
        QCOMPARE(stateOf(fresh, id), QStringLiteral("solved"));
        QVERIFY2(stateOf(fresh, id, LabScenarioModel::StateTextRole).startsWith(QLatin1String("solved in ")),
                 qPrintable(stateOf(fresh, id, LabScenarioModel::StateTextRole)));
        QCOMPARE(stateOf(fresh, QStringLiteral("lock-chain")), QStringLiteral("not-started"));
    }

    void productionIsRefused()
    {
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(m_server.conninfo(), &o, nullptr));
        ServerConnection server(o);
        server.setEnvironment(ServerConnection::Environment::Production);
        QSignalSpy connected(&server, &ServerConnection::connected);
        server.open(m_server.superuserPassword());
        QVERIFY(connected.wait(20000));
        // Refusing touches nothing there, not even what looks like a lab's database.
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE valvur_lab_untouched"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        LabController c(nullptr);
        c.setServer(&server);
        QTRY_VERIFY_WITH_TIMEOUT(c.isSettled(), 20000);
        c.select(QStringLiteral("connection-leak"));
        c.start();
        QTRY_VERIFY_WITH_TIMEOUT(!c.errorText().isEmpty(), 20000);
        QVERIFY2(c.errorText().contains(QLatin1String("tagged production")), qPrintable(c.errorText()));
        QTRY_COMPARE_WITH_TIMEOUT(c.status(), LabController::Status::Idle, 20000);
        LabDriver lab(m_server);
        QCOMPARE(lab.leftovers(), QStringList{QStringLiteral("database valvur_lab_untouched")});
    }

    void aLeftOverLabIsRemovedOnConnecting()
    {
        // What a crashed holder leaves: the sandbox and its bookkeeping, the heartbeat a minute old.
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE valvur_lab"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(Lab::Sql::stateSchema() + QStringLiteral(";\nINSERT INTO valvur_lab.run (scenario, ready_at, heartbeat) "
                                                                "VALUES ('connection-leak', now() - interval '2 min', now() - interval '1 min')"),
                      QStringLiteral("valvur_lab"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE ROLE valvur_lab_app LOGIN"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        LabDriver lab(m_server);
        QVERIFY(!lab.leftovers().isEmpty());

        auto server = connectMonitoring(m_server, QStringLiteral("postgres"), m_server.superuserPassword());
        QVERIFY(server);
        LabController c(nullptr);
        c.setServer(server.get());
        QTRY_VERIFY_WITH_TIMEOUT(c.isSettled(), 60000);
        QCOMPARE(c.notice(), QStringLiteral("A lab left over from an earlier run was removed."));
        QCOMPARE(lab.leftovers(), QStringList());
        QCOMPARE(c.status(), LabController::Status::Idle);
    }

    void aLabAnotherProgramHoldsIsLeftAlone()
    {
        LabDriver holder(m_server);
        QString error;
        QVERIFY2(holder.start(QStringLiteral("connection-leak"), &error), qPrintable(error));
        const QStringList before = holder.leftovers();

        auto server = connectMonitoring(m_server, QStringLiteral("postgres"), m_server.superuserPassword());
        QVERIFY(server);
        LabController c(nullptr);
        c.setServer(server.get());
        QTRY_VERIFY_WITH_TIMEOUT(c.isSettled(), 20000);
        QCOMPARE(c.status(), LabController::Status::Elsewhere);
        QCOMPARE(c.liveScenario(), QStringLiteral("connection-leak"));
        QCOMPARE(c.notice(), QString());
        QCOMPARE(stateOf(c, QStringLiteral("connection-leak")), QStringLiteral("running-elsewhere"));
        QVERIFY(!c.canStart());
        QCOMPARE(holder.sessions(QStringLiteral("shop-api"), QStringLiteral("idle in transaction")), 20);
        QCOMPARE(holder.leftovers().size(), before.size());

        c.select(QStringLiteral("connection-leak"));
        const Lab::Verdict v = checked(c);
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
    }

    void switchingServerEndsTheLabThisWindowHolds()
    {
        auto server = connectMonitoring(m_server, QStringLiteral("postgres"), m_server.superuserPassword());
        QVERIFY(server);
        LabController c(nullptr);
        c.setServer(server.get());
        QTRY_VERIFY_WITH_TIMEOUT(c.isSettled(), 20000);
        c.select(QStringLiteral("connection-leak"));
        c.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.status() == LabController::Status::Running || !c.errorText().isEmpty(), 180000);
        QVERIFY2(c.errorText().isEmpty(), qPrintable(c.errorText()));
        LabDriver lab(m_server);
        QCOMPARE(lab.sessions(QStringLiteral("shop-api")), 20);
        c.setServer(nullptr);
        QCOMPARE(c.status(), LabController::Status::NotConnected);
        QTRY_COMPARE_WITH_TIMEOUT(lab.leftovers(), QStringList(), 60000);
    }
};

QTEST_MAIN(TestLabController)
#include "tst_labcontroller.moc"
