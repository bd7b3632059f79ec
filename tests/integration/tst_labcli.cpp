// ctest-labels: pg lab
// `valvur lab` as an instructor scripts a class: list, start (in the foreground, holding the
// scenario until it is solved or interrupted, then cleaning up), check (exit 0 only when solved),
// hint, reset; and a production-tagged profile is refused.
#include "activity/activitymodel.h"
#include "labdriver.h"
#include "profiles/profilestore.h"
#include "testserver.h"
#include "valvurprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Valvur::Test;

class TestLabCli : public QObject
{
    Q_OBJECT
    TestServer m_server;
    QTemporaryDir m_dir;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("pgpass")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        e.remove(QStringLiteral("PGPASSWORD"));
        return e;
    }
    ValvurRun valvur(const QStringList &args) { return runValvur(args, env(), 120000); }
    QString server() const { return m_server.conninfo(); }

    // A started `valvur lab start` has printed that the scenario is ready.
    static bool waitReady(QProcess &p, QByteArray *out)
    {
        return QTest::qWaitFor([&] {
            *out += p.readAllStandardOutput();
            return out->contains("Ctrl+C") || p.state() == QProcess::NotRunning;
        }, 120000) && p.state() == QProcess::Running;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QFile f(m_dir.filePath(QStringLiteral("pgpass")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(m_server.port()).arg(m_server.superuserPassword()).toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    void listNamesTheScenarios()
    {
        const ValvurRun run = valvur({QStringLiteral("lab"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QStringList ids;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).array())
            ids << v.toObject().value(QLatin1String("id")).toString();
        QVERIFY2(ids.contains(QLatin1String("connection-leak")) && ids.contains(QLatin1String("lock-chain")), run.out.constData());
        const ValvurRun et = valvur({QStringLiteral("lab"), QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("et")});
        QVERIFY2(QString::fromUtf8(et.out).contains(QStringLiteral("Ühenduste leke")), et.out.constData());
    }

    void aStudentsRunFromStartToSolved()
    {
        QProcess holder;
        QVERIFY(startValvur(&holder, {QStringLiteral("lab"), QStringLiteral("start"), QStringLiteral("connection-leak"), server()}, env()));
        QByteArray out;
        QVERIFY2(waitReady(holder, &out), out.constData());
        QVERIFY2(out.contains("Connection leak (5.2)"), out.constData());

        ValvurRun check = valvur({QStringLiteral("lab"), QStringLiteral("check"), QStringLiteral("connection-leak"), server()});
        QCOMPARE(check.code, 1);
        QVERIFY2(check.out.contains("still 20 sessions idle in transaction from shop-api"), check.out.constData());

        const ValvurRun hint = valvur({QStringLiteral("lab"), QStringLiteral("hint"), QStringLiteral("connection-leak"), QStringLiteral("2")});
        QCOMPARE(hint.code, 0);
        QVERIFY2(hint.out.contains("Hint 2 of 3") && hint.out.contains("pg_terminate_backend"), hint.out.constData());

        LabDriver lab(m_server);
        QCOMPARE(lab.signal(ActivityController::Action::Terminate, [](const QVariantList &row) {
                     return row.value(ActivityModel::FApplication).toString() == QLatin1String("shop-api");
                 }).size(), 20);
        // The holder sees the fix by itself, says so with the time, resets and exits 0.
        QVERIFY(holder.waitForFinished(60000));
        out += holder.readAllStandardOutput();
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY2(out.contains("Solved: none of the 20 sessions") && out.contains("Time from start to solved"), out.constData());
        QVERIFY2(out.contains("The lab was reset"), out.constData());
        QCOMPARE(lab.leftovers(), QStringList());

        check = valvur({QStringLiteral("lab"), QStringLiteral("check"), QStringLiteral("connection-leak"), server(), QStringLiteral("--json")});
        QCOMPARE(check.code, 0); // remembered: solved, then reset by the holder
        QCOMPARE(QJsonDocument::fromJson(check.out).object().value(QLatin1String("state")).toString(), QStringLiteral("solved"));
    }

    void interruptingTheHolderCleansUp()
    {
        QProcess holder;
        QVERIFY(startValvur(&holder, {QStringLiteral("lab"), QStringLiteral("start"), QStringLiteral("lock-chain"), server()}, env()));
        QByteArray out;
        QVERIFY2(waitReady(holder, &out), out.constData());
        LabDriver lab(m_server);
        QVERIFY(!lab.leftovers().isEmpty());
        const ValvurRun check = valvur({QStringLiteral("lab"), QStringLiteral("check"), QStringLiteral("lock-chain"), server(), QStringLiteral("--json")});
        QCOMPARE(check.code, 1);
        QCOMPARE(QJsonDocument::fromJson(check.out).object().value(QLatin1String("state")).toString(), QStringLiteral("unsolved"));
        holder.terminate(); // SIGTERM, as Ctrl+C
        QVERIFY(holder.waitForFinished(60000));
        QCOMPARE(holder.exitCode(), 1);
        QCOMPARE(lab.leftovers(), QStringList());
    }

    void resetIsIdempotentAndSaysWhatItRemoved()
    {
        LabDriver lab(m_server);
        QString error;
        QVERIFY2(lab.start(QStringLiteral("lock-chain"), &error), qPrintable(error));
        lab.run()->stop(false); // as a crashed holder: the sandbox stays
        QTRY_VERIFY_WITH_TIMEOUT(lab.run()->state() == Lab::Run::State::Stopped, 20000);
        ValvurRun reset = valvur({QStringLiteral("lab"), QStringLiteral("reset"), server()});
        QCOMPARE(reset.code, 0);
        QVERIFY2(reset.out.contains("database valvur_lab"), reset.out.constData());
        QCOMPARE(lab.leftovers(), QStringList());
        reset = valvur({QStringLiteral("lab"), QStringLiteral("reset"), QStringLiteral("lock-chain"), server()});
        QCOMPARE(reset.code, 0);
        QVERIFY2(reset.out.contains("Nothing of a lab"), reset.out.constData());
    }

    void aProductionProfileIsRefused()
    {
        {
            QSettings settings(m_dir.filePath(QStringLiteral("config/valvur/valvur.ini")), QSettings::IniFormat);
            ProfileStore store(&settings);
            ConnectionOptions o;
            ConnectionOptions::parse(server(), &o, nullptr);
            ConnectionProfile p = ConnectionProfile::fromOptions(o);
            p.name = QStringLiteral("shop-prod");
            p.environment = ConnectionProfile::Environment::Production;
            QVERIFY(store.add(p));
        }
        const ValvurRun run = valvur({QStringLiteral("lab"), QStringLiteral("start"), QStringLiteral("connection-leak"),
                                      QStringLiteral("--profile"), QStringLiteral("shop-prod")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("tagged production")), qPrintable(run.err));
        QCOMPARE(LabDriver(m_server).leftovers(), QStringList());
    }

    void aScreenshotOfARunningScenarioLeavesNothingBehind()
    {
        const QString png = m_dir.filePath(QStringLiteral("lab.png"));
        const ValvurRun run = valvur({QStringLiteral("--page"), QStringLiteral("lab"), QStringLiteral("--lab-scenario"),
                                      QStringLiteral("lock-chain"), server(), QStringLiteral("--screenshot"), png});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(png).size() > 0);
        const QStringList left = LabDriver(m_server).leftovers(); // the window's close reset the lab it started
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',') + QLatin1Char('\n') + run.err));
    }

    void badInputIsExplained()
    {
        ValvurRun run = valvur({QStringLiteral("lab"), QStringLiteral("start"), QStringLiteral("conection-leak"), server()});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("There is no scenario \"conection-leak\"")), qPrintable(run.err));
        run = valvur({QStringLiteral("lab"), QStringLiteral("strat")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("start")), qPrintable(run.err));
        run = valvur({QStringLiteral("lab"), QStringLiteral("check"), QStringLiteral("connection-leak"), QStringLiteral("host=127.0.0.1 port=1 user=postgres")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("Cannot connect to check the lab")), qPrintable(run.err));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestLabCli)
#include "tst_labcli.moc"
