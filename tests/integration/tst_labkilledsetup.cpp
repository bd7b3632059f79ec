// ctest-labels: pg lab slow
// Every built-in scenario's setup killed halfway (the holder gone mid-way, as a closed window or
// kill -9 would leave it, nothing cleaned up) is removed by Lab::Reset, which leaves no session,
// role, database or backup file behind, and a second reset finds nothing to do.
#include "labdriver.h"
#include "testserver.h"

#include "lab/labreset.h"
#include "lab/labscenario.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace Valvur;
using namespace Valvur::Test;

class TestLabKilledSetup : public QObject
{
    Q_OBJECT
    TestServer m_server;

    // Runs the scenario's setup and counts its progress steps until it is staged.
    int stepsUntilReady(const Lab::Scenario &scenario, LabDriver &lab, QString *error)
    {
        Lab::Run run(scenario);
        QSignalSpy progress(&run, &Lab::Run::progress);
        QSignalSpy ready(&run, &Lab::Run::ready);
        QSignalSpy stopped(&run, &Lab::Run::stopped);
        QObject::connect(&run, &Lab::Run::failed, &run, [error](const QString &e) { *error = e; });
        run.start(lab.options(), lab.password());
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !stopped.isEmpty(); }, 240000))
            return -1;
        return ready.isEmpty() ? -1 : int(progress.count());
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestServer::Options o;
        o.maxConnections = 60; // room for connection-leak's 40, and too-many-connections fills it quickly
        o.extraConfig << QStringLiteral("shared_buffers = 16MB"); // cache-hit's working set is twice that
        QVERIFY2(m_server.start(o), qPrintable(m_server.error()));
    }

    void resetRemovesASetupKilledHalfway_data()
    {
        QTest::addColumn<QString>("id");
        for (const Lab::Scenario &s : Lab::scenarios())
            QTest::newRow(qPrintable(s.id)) << s.id;
        QVERIFY(QTest::currentDataTag() == nullptr);
    }

    void resetRemovesASetupKilledHalfway()
    {
        QFETCH(QString, id);
        LabDriver lab(m_server);
        Lab::Scenario scenario;
        QVERIFY(Lab::findScenario(id, &scenario));

        QString error;
        const int steps = stepsUntilReady(scenario, lab, &error);
        QVERIFY2(steps >= 2, qPrintable(QStringLiteral("the setup of %1 did not get ready (%2 steps): %3").arg(id).arg(steps).arg(error)));
        QCOMPARE(lab.reset(), QString());
        QCOMPARE(lab.leftovers(), QStringList());

        // Again, killed at its middle step.
        const int killAt = (steps + 1) / 2;
        {
            auto *run = new Lab::Run(scenario);
            QSignalSpy progress(run, &Lab::Run::progress);
            QSignalSpy stopped(run, &Lab::Run::stopped);
            run->start(lab.options(), lab.password());
            QVERIFY2(QTest::qWaitFor([&] { return progress.count() >= killAt || !stopped.isEmpty(); }, 240000),
                     qPrintable(QStringLiteral("%1: no step %2").arg(id).arg(killAt)));
            QVERIFY2(stopped.isEmpty(), qPrintable(id));
            run->blockSignals(true);
            delete run;
        }
        QVERIFY2(!lab.leftovers().isEmpty(), qPrintable(QStringLiteral("%1 left nothing at step %2 of %3: the kill came too late to test anything")
                                                        .arg(id).arg(killAt).arg(steps)));
        QCOMPARE(lab.reset(), QString());
        QVERIFY2(lab.leftovers().isEmpty(), qPrintable(lab.leftovers().join(u',')));
        QCOMPARE(lab.reset(), QString()); // idempotent
        QVERIFY2(lab.leftovers().isEmpty(), qPrintable(lab.leftovers().join(u',')));
        // No lab backup file outlives the reset either.
        const QStringList dumps = QDir(Lab::backupFolder()).entryList({QStringLiteral("*.dump")}, QDir::Files);
        QVERIFY2(dumps.isEmpty(), qPrintable(dumps.join(u' ')));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestLabKilledSetup)
#include "tst_labkilledsetup.moc"
