// ctest-labels: pg lab
// Lab mode's recovery scenarios against a real server. dropped-table: the setup backs up
// public.orders with Valvur's own BackupJob and drops it; Valvur's own RestoreJob brings it back
// (into the existing sandbox, with the user's consent) and the check reports RTO and RPO; a restore
// into another database and a wrong row count are traps; the backup file goes with the lab.
// cannot-connect: the check really connects with the application's settings and names the three
// causes one after the other (connection refused, expired password, missing database) as they are
// fixed; making the role a superuser is a trap; the reset leaves nothing.
#include "backup/restorejob.h"
#include "labdriver.h"
#include "restorerun.h"
#include "testserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Valvur;
using namespace Valvur::Test;

class TestLabRecovery : public QObject
{
    Q_OBJECT
    TestServer m_server;

    RestoreResult restore(const QString &input, const QString &target, bool create, bool intoExisting)
    {
        return runRestore(m_server, input, target, create, intoExisting);
    }

    QString lab(const QString &sql) const { return m_server.psql(sql, QStringLiteral("valvur_lab")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(Lab::scenarioIds().contains(QStringLiteral("dropped-table")));
        QVERIFY(Lab::scenarioIds().contains(QStringLiteral("cannot-connect")));
    }

    void droppedTableRestoredWithValvursRestoreIsSolvedWithRtoAndRpo()
    {
        LabDriver driver(m_server);
        QString error;
        QVERIFY2(driver.start(QStringLiteral("dropped-table"), &error), qPrintable(error));
        const QString backup = driver.run()->backupFile();
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        QCOMPARE(lab(QStringLiteral("SELECT to_regclass('public.orders') IS NULL")), QStringLiteral("t"));
        QCOMPARE(lab(QStringLiteral("SELECT value FROM valvur_lab.fact WHERE name = 'orders.rows'")), QStringLiteral("4321"));
        QCOMPARE(lab(QStringLiteral("SELECT backup_file FROM valvur_lab.run")), backup);

        Lab::Verdict v = driver.check(QStringLiteral("dropped-table"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.message.contains(QLatin1String("public.orders does not exist in valvur_lab; before the drop it had 4321 rows")),
                 qPrintable(v.message));
        QVERIFY2(v.message.contains(backup), qPrintable(v.message));

        // The sandbox has tables: Valvur's restore wants the user's consent first.
        RestoreResult r = restore(backup, QStringLiteral("valvur_lab"), false, false);
        QVERIFY(!r.ok());
        QCOMPARE(r.problem, QStringLiteral("target-not-empty"));
        r = restore(backup, QStringLiteral("valvur_lab"), false, true);
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.firstError));
        QCOMPARE(lab(QStringLiteral("SELECT count(*) FROM public.orders")), QStringLiteral("4321"));

        v = driver.check(QStringLiteral("dropped-table"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
        QVERIFY2(v.traps.isEmpty(), qPrintable(v.traps.join(QLatin1Char('\n'))));
        static const QRegularExpression times(QStringLiteral("all 4321 rows\\. RTO (\\d+ min )?\\d+ s \\(.*RPO (\\d+ min )?\\d+ s \\("));
        QVERIFY2(times.match(v.message).hasMatch(), qPrintable(v.message));
        const Lab::Verdict again = driver.check(QStringLiteral("dropped-table"));
        QCOMPARE(again.message, v.message); // the RTO stops at the first solve

        // Stopping the lab removes the sandbox and the lab's backup.
        QSignalSpy stopped(driver.run(), &Lab::Run::stopped);
        driver.run()->stop(true);
        QVERIFY(stopped.wait(60000));
        QCOMPARE(stopped.first().first().toString(), QString());
        QVERIFY2(!QFile::exists(backup), qPrintable(backup));
        QCOMPARE(driver.leftovers(), QStringList());
    }

    void droppedTableRestoredElsewhereOrPartlyIsATrap()
    {
        LabDriver driver(m_server);
        QString error;
        QVERIFY2(driver.start(QStringLiteral("dropped-table"), &error), qPrintable(error));
        const QString backup = driver.run()->backupFile();

        // Into a new database: a restore, but not where the shop reads.
        RestoreResult r = restore(backup, QStringLiteral("valvur_lab_copy"), true, false);
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.firstError));
        Lab::Verdict v = driver.check(QStringLiteral("dropped-table"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("restored-elsewhere")});
        QVERIFY2(v.traps.first().contains(QLatin1String("restored into valvur_lab_copy")), qPrintable(v.traps.first()));

        // Into valvur_lab, but rows went missing afterwards.
        r = restore(backup, QStringLiteral("valvur_lab"), false, true);
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.firstError));
        lab(QStringLiteral("DELETE FROM public.orders WHERE id <= 21"));
        v = driver.check(QStringLiteral("dropped-table"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("row-count-differs")});
        QVERIFY2(v.traps.first().contains(QLatin1String("4300 rows, but before the drop it had 4321")), qPrintable(v.traps.first()));

        QCOMPARE(driver.reset(), QString());
        QCOMPARE(driver.leftovers(), QStringList());
        QVERIFY(!QFile::exists(backup));
    }

    void theBackupOfAKilledLabGoesWithTheReset()
    {
        LabDriver driver(m_server);
        Lab::Scenario scenario;
        QVERIFY(Lab::findScenario(QStringLiteral("dropped-table"), &scenario));
        QString backup;
        {
            // Killed once its backup is written (as a closed window or kill -9: nothing cleans up).
            auto *run = new Lab::Run(scenario);
            QSignalSpy ready(run, &Lab::Run::ready);
            run->start(driver.options(), driver.password());
            QVERIFY(ready.wait(180000));
            backup = run->backupFile();
            QVERIFY(QFile::exists(backup));
            run->blockSignals(true);
            delete run;
        }
        QVERIFY(QFile::exists(backup));
        QVERIFY(driver.leftovers().contains(QStringLiteral("database valvur_lab")));
        QCOMPARE(driver.reset(), QString());
        QVERIFY2(!QFile::exists(backup), qPrintable(backup));
        QCOMPARE(driver.leftovers(), QStringList());
    }

    void cannotConnectNamesEachCauseInTurnUntilTheApplicationConnects()
    {
        LabDriver driver(m_server);
        QString error;
        QVERIFY2(driver.start(QStringLiteral("cannot-connect"), &error), qPrintable(error));
        const QString conninfo = lab(QStringLiteral("SELECT value FROM valvur_lab.fact WHERE name = 'app.conninfo'"));
        QVERIFY2(conninfo.contains(QLatin1String("user=valvur_lab_app dbname=valvur_lab_shop")), qPrintable(conninfo));
        QVERIFY2(!conninfo.contains(QStringLiteral("port=%1 ").arg(m_server.port())), qPrintable(conninfo));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT rolvaliduntil < now() FROM pg_roles WHERE rolname = 'valvur_lab_app'")), QStringLiteral("t"));
        // The application's password is in the sandbox for the check only: not in the settings.
        const QString secret = lab(QStringLiteral("SELECT secret FROM valvur_lab.run"));
        QVERIFY(secret.size() >= 20);
        QVERIFY(!conninfo.contains(secret));

        Lab::Verdict v = driver.check(QStringLiteral("cannot-connect"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.message.contains(QLatin1String("(connection-refused): nothing listens on port")), qPrintable(v.message));
        QVERIFY2(v.message.contains(QStringLiteral("the server listens on %1").arg(m_server.port())), qPrintable(v.message));

        lab(QStringLiteral("UPDATE valvur_lab.fact SET value = regexp_replace(value, 'port=\\d+', 'port=%1') WHERE name = 'app.conninfo'")
                .arg(m_server.port()));
        v = driver.check(QStringLiteral("cannot-connect"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.message.contains(QLatin1String("(auth-failed): the password of the role valvur_lab_app expired on 2000-01-01")),
                 qPrintable(v.message));

        m_server.psql(QStringLiteral("ALTER ROLE valvur_lab_app VALID UNTIL 'infinity'"));
        v = driver.check(QStringLiteral("cannot-connect"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.message.contains(QLatin1String("(database-missing): the database valvur_lab_shop does not exist")), qPrintable(v.message));

        m_server.psql(QStringLiteral("CREATE DATABASE valvur_lab_shop OWNER valvur_lab_app"));
        v = driver.check(QStringLiteral("cannot-connect"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
        QVERIFY2(v.traps.isEmpty(), qPrintable(v.traps.join(QLatin1Char('\n'))));
        QVERIFY2(v.message.contains(QLatin1String("the application connects")), qPrintable(v.message));

        // The shortcut: an application role with every right.
        m_server.psql(QStringLiteral("ALTER ROLE valvur_lab_app SUPERUSER"));
        v = driver.check(QStringLiteral("cannot-connect"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("app-superuser")});
        QVERIFY2(v.message.contains(QLatin1String("the application connects now, but in a way that must not stay")), qPrintable(v.message));

        QCOMPARE(driver.reset(), QString());
        QCOMPARE(driver.leftovers(), QStringList());
    }

    void goingAroundThePasswordCheckIsATrap()
    {
        LabDriver driver(m_server);
        QString error;
        QVERIFY2(driver.start(QStringLiteral("cannot-connect"), &error), qPrintable(error));
        // The local socket (trust here) and the superuser's database: connects, but fixes nothing.
        lab(QStringLiteral("UPDATE valvur_lab.fact SET value = 'host=%1 port=%2 user=postgres dbname=postgres' WHERE name = 'app.conninfo'")
                .arg(m_server.socketDir()).arg(m_server.port()));
        const Lab::Verdict v = driver.check(QStringLiteral("cannot-connect"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("app-settings-bypass")});
        QCOMPARE(driver.reset(), QString());
        QCOMPARE(driver.leftovers(), QStringList());
    }

    void trustInPgHbaInsteadOfRenewingThePasswordIsATrap()
    {
        LabDriver driver(m_server);
        QString error;
        QVERIFY2(driver.start(QStringLiteral("cannot-connect"), &error), qPrintable(error));
        lab(QStringLiteral("UPDATE valvur_lab.fact SET value = regexp_replace(value, 'port=\\d+', 'port=%1') WHERE name = 'app.conninfo'")
                .arg(m_server.port()));
        m_server.psql(QStringLiteral("CREATE DATABASE valvur_lab_shop OWNER valvur_lab_app"));
        // The expired password "fixed" by letting the role in without one (first matching line wins).
        QFile hba(m_server.dataDir() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray original = hba.readAll();
        hba.close();
        auto restoreHba = qScopeGuard([&] {
            if (hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                hba.write(original);
                hba.close();
            }
            m_server.psql(QStringLiteral("SELECT pg_reload_conf()"));
        });
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("host all valvur_lab_app 127.0.0.1/32 trust\n" + original);
        hba.close();
        m_server.psql(QStringLiteral("SELECT pg_reload_conf()"));

        // The postmaster reads the file on its signal: wait (bounded) until the application gets in.
        Lab::Verdict v;
        QTRY_VERIFY_WITH_TIMEOUT((v = driver.check(QStringLiteral("cannot-connect"))).message.contains(QLatin1String("the application connects now")),
                                 10000);
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("hba-trust")});
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestLabRecovery)
#include "tst_labrecovery.moc"
