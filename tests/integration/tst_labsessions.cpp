// ctest-labels: pg lab
// Lab mode's session scenarios (connection-leak, lock-chain) against a real server: the setup
// creates the problem (asserted on pg_stat_activity), the check says "not solved" before the fix,
// Activity's own terminate or cancel fixes it, the traps notice a wrong fix, and the reset leaves
// nothing behind, also twice and after a setup killed halfway.
#include "activity/activitymodel.h"
#include "labdriver.h"
#include "testserver.h"

#include "pg/pgsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Valvur;
using namespace Valvur::Test;

namespace {
bool isApp(const QVariantList &row, const QString &app)
{
    return row.value(ActivityModel::FApplication).toString() == app;
}
} // namespace

class TestLabSessions : public QObject
{
    Q_OBJECT
    TestServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    }

    void scenariosAreDataWithTheStableIds()
    {
        QStringList problems;
        const QList<Lab::Scenario> all = Lab::scenarios(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QStringList ids = Lab::scenarioIds();
        QVERIFY2(ids.contains(QLatin1String("connection-leak")) && ids.contains(QLatin1String("lock-chain")), qPrintable(ids.join(QLatin1Char(','))));
        for (const Lab::Scenario &s : all) {
            QVERIFY2(!s.goal.en.isEmpty() && !s.goal.et.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.hints.isEmpty() && s.hints.size() <= 3, qPrintable(s.id));
            for (const Lab::Hint &h : s.hints)
                QVERIFY2(!h.text.et.isEmpty() && !h.text.en.isEmpty(), qPrintable(s.id));
        }
    }

    void connectionLeakIsStagedCheckedAndFixedByTerminate()
    {
        LabDriver lab(m_server);
        QString error;
        QVERIFY2(lab.start(QStringLiteral("connection-leak"), &error), qPrintable(error));
        QCOMPARE(lab.sessions(QStringLiteral("shop-api"), QStringLiteral("idle in transaction")), 20);
        QCOMPARE(lab.sessions(QStringLiteral("shop-web"), QStringLiteral("idle")), 3);

        Lab::Verdict v = lab.check(QStringLiteral("connection-leak"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.message.contains(QLatin1String("still 20 sessions idle in transaction from shop-api")), qPrintable(v.message));

        const QList<SignalOutcome> outcomes = lab.signal(ActivityController::Action::Terminate, [](const QVariantList &row) {
            return isApp(row, QStringLiteral("shop-api"));
        });
        QCOMPARE(outcomes.size(), 20);
        for (const SignalOutcome &o : outcomes)
            QCOMPARE(int(o.result), int(SignalOutcome::Done));
        QTRY_COMPARE_WITH_TIMEOUT(lab.sessions(QStringLiteral("shop-api")), 0, 10000);

        v = lab.check(QStringLiteral("connection-leak"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
        QVERIFY2(v.traps.isEmpty(), qPrintable(v.traps.join(QLatin1Char('\n'))));
        QVERIFY(v.elapsedS >= 0);
        // A second check keeps the first solved time.
        const Lab::Verdict again = lab.check(QStringLiteral("connection-leak"));
        QCOMPARE(Lab::Verdict::stateId(again.state), QStringLiteral("solved"));
        QCOMPARE(again.elapsedS, v.elapsedS);
    }

    void killingEveryConnectionIsATrap()
    {
        LabDriver lab(m_server);
        QString error;
        QVERIFY2(lab.start(QStringLiteral("connection-leak"), &error), qPrintable(error));
        const QList<SignalOutcome> outcomes = lab.signal(ActivityController::Action::Terminate, [](const QVariantList &row) {
            return row.value(ActivityModel::FApplication).toString().startsWith(QLatin1String("shop-"));
        });
        QCOMPARE(outcomes.size(), 23);
        QTRY_COMPARE_WITH_TIMEOUT(lab.sessions(QStringLiteral("shop-web")), 0, 10000);
        const Lab::Verdict v = lab.check(QStringLiteral("connection-leak"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("innocent-killed")});
        QVERIFY2(v.traps.first().contains(QLatin1String("3 session(s) of other applications")), qPrintable(v.traps.first()));
    }

    void lockChainTerminatingTheWaitersIsATrapCancellingTheRootSolvesIt()
    {
        LabDriver lab(m_server);
        QString error;
        QVERIFY2(lab.start(QStringLiteral("lock-chain"), &error), qPrintable(error));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'shop-api' "
                                              "AND wait_event_type = 'Lock'")).toInt(), 4);
        Lab::Verdict v = lab.check(QStringLiteral("lock-chain"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.message.contains(QLatin1String("4 session(s) still wait for the lock that billing-job")), qPrintable(v.message));

        // The wrong fix first: two of the victims.
        int ended = 0;
        const QList<SignalOutcome> wrong = lab.signal(ActivityController::Action::Terminate, [&ended](const QVariantList &row) {
            return isApp(row, QStringLiteral("shop-api")) && ended++ < 2;
        });
        QCOMPARE(wrong.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(lab.sessions(QStringLiteral("shop-api")), 2, 10000);
        v = lab.check(QStringLiteral("lock-chain"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("waiters-terminated")});

        // The right one: cancel the root's query; its transaction ends and the waiters go through.
        const QList<SignalOutcome> right = lab.signal(ActivityController::Action::Cancel, [](const QVariantList &row) {
            return isApp(row, QStringLiteral("billing-job"));
        });
        QCOMPARE(right.size(), 1);
        QCOMPARE(int(right.first().result), int(SignalOutcome::Done));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).toInt(),
                                  0, 10000);
        v = lab.check(QStringLiteral("lock-chain"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
        QVERIFY2(v.message.contains(QLatin1String("billing-job")), qPrintable(v.message));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("waiters-terminated")}); // reported with the fix
    }

    void aRestartIsATrapNotAFix()
    {
        LabDriver lab(m_server);
        QString error;
        QVERIFY2(lab.start(QStringLiteral("connection-leak"), &error), qPrintable(error));
        QVERIFY(m_server.stop());
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        // The holder's own session comes back and beats again.
        QTRY_VERIFY_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'valvur-lab'"),
                                               QStringLiteral("valvur_lab")) == QLatin1String("1"), 30000);
        const Lab::Verdict v = lab.check(QStringLiteral("connection-leak"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved")); // the leak is gone, but so is everything else
        QVERIFY(v.trapIds.contains(QStringLiteral("server-restarted")));
        QVERIFY2(v.traps.join(QLatin1Char(' ')).contains(QLatin1String("without a restart")), qPrintable(v.traps.join(QLatin1Char(' '))));
    }

    void aUserWithoutTheRightsIsToldWhatIsMissing()
    {
        m_server.psql(QStringLiteral("DROP ROLE IF EXISTS student; CREATE ROLE student LOGIN PASSWORD 'student-pw'"));
        Lab::Scenario scenario;
        QVERIFY(Lab::findScenario(QStringLiteral("connection-leak"), &scenario));
        Lab::Run run(scenario);
        QSignalSpy failed(&run, &Lab::Run::failed);
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(m_server.conninfo(QStringLiteral("postgres"), QStringLiteral("student")), &o, nullptr));
        run.start(o, QStringLiteral("student-pw"));
        QVERIFY(failed.wait(30000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QLatin1String("CREATEDB, CREATEROLE")) && message.contains(QLatin1String("student")), qPrintable(message));
        QCOMPARE(LabDriver(m_server).leftovers(), QStringList());
    }

    void theCheckNeverTakesTheStudentsWordWhenNothingIsStaged()
    {
        LabDriver lab(m_server);
        QCOMPARE(lab.reset(), QString());
        const Lab::Verdict v = lab.check(QStringLiteral("connection-leak"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("not-started"));
    }

    void aHolderThatEndedIsNotASolve()
    {
        LabDriver lab(m_server);
        QString error;
        QVERIFY2(lab.start(QStringLiteral("connection-leak"), &error), qPrintable(error));
        // The holder stops without resetting (a crash keeps the sandbox; the sessions end with the process).
        QSignalSpy stopped(lab.run(), &Lab::Run::stopped);
        lab.run()->stop(false);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(lab.sessions(QStringLiteral("shop-api")), 0, 10000);
        m_server.psql(QStringLiteral("UPDATE valvur_lab.run SET heartbeat = now() - interval '1 minute'"), QStringLiteral("valvur_lab"));
        const Lab::Verdict v = lab.check(QStringLiteral("connection-leak"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("not-running"));
        QVERIFY(!lab.leftovers().isEmpty());
        QCOMPARE(lab.reset(), QString());
        QCOMPARE(lab.leftovers(), QStringList());
    }

    void aLockedSandboxTableIsNamedInsteadOfWaitedBehind()
    {
        LabDriver lab(m_server);
        QString error;
        QVERIFY2(lab.start(QStringLiteral("connection-leak"), &error), qPrintable(error));
        const qsizetype logBefore = m_server.logText().size();
        // A student's session holds a table of the sandbox as a restore or ALTER TABLE would.
        PgSession locker;
        QSignalSpy connected(&locker, &PgSession::connected);
        ConnectionOptions o = lab.options();
        o.setValue(QStringLiteral("dbname"), QStringLiteral("valvur_lab"));
        locker.open(o, lab.password());
        QVERIFY(connected.wait(20000));
        bool locked = false;
        locker.exec(QStringLiteral("BEGIN; LOCK TABLE valvur_lab.session IN ACCESS EXCLUSIVE MODE"), this, [&](const PgReply &r) { locked = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return locked; }, 20000));

        Lab::Verdict v = lab.check(QStringLiteral("connection-leak"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("error"));
        QVERIFY2(v.message.contains(QStringLiteral("the table session is locked by session %1").arg(locker.backendPid())), qPrintable(v.message));
        // Nothing waited for the lock, so the server logged no lock timeout.
        const QString log = m_server.logText().mid(logBefore);
        QVERIFY2(!log.contains(QLatin1String("lock timeout")) && !log.contains(QLatin1String("ERROR")), qPrintable(log));

        locker.close();
        QVERIFY(QTest::qWaitFor([&] { return lab.check(QStringLiteral("connection-leak")).state == Lab::Verdict::State::Unsolved; }, 20000));
        QCOMPARE(lab.reset(), QString());
        QCOMPARE(lab.leftovers(), QStringList());
    }

    void resetLeavesNothingTwiceAndAfterASetupKilledHalfway()
    {
        LabDriver lab(m_server);
        QString error;
        QVERIFY2(lab.start(QStringLiteral("lock-chain"), &error), qPrintable(error));
        QVERIFY(!lab.leftovers().isEmpty());
        QCOMPARE(lab.reset(), QString());
        QCOMPARE(lab.leftovers(), QStringList());
        QCOMPARE(lab.reset(), QString()); // idempotent
        QCOMPARE(lab.leftovers(), QStringList());

        // A setup killed while it opens its sessions: the object is gone mid-way (as a closed window or kill -9).
        Lab::Scenario scenario;
        QVERIFY(Lab::findScenario(QStringLiteral("connection-leak"), &scenario));
        {
            auto *run = new Lab::Run(scenario);
            QSignalSpy progress(run, &Lab::Run::progress);
            run->start(lab.options(), lab.password());
            QVERIFY(QTest::qWaitFor([&] {
                for (const QList<QVariant> &p : progress) {
                    if (p.first().toString().contains(QLatin1String("shop-api")))
                        return true;
                }
                return false;
            }, 60000));
            delete run;
        }
        QVERIFY(lab.leftovers().contains(QStringLiteral("database valvur_lab")));
        QCOMPARE(lab.reset(), QString());
        QCOMPARE(lab.leftovers(), QStringList());
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestLabSessions)
#include "tst_labsessions.moc"
