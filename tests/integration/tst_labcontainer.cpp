// ctest-labels: docker lab
// cannot-connect on a server in a container (as `valvur lab start cannot-connect --container NAME`
// runs it): beside the usual causes, the lab makes its own container valvur-lab-shop of the same
// image, stopped and with no published port. The check names each container cause in turn
// (container-stopped, then port-not-published) until the application's report job connects to the
// container recreated with -p and its named volume; the reset removes that container and volume,
// also when the lab's program was killed.
#include "containerserver.h"
#include "dockerengine.h"
#include "valvurprocess.h"

#include "lab/labcheck.h"
#include "lab/labreset.h"
#include "lab/labrun.h"
#include "lab/labscenario.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace Valvur;
using namespace Valvur::Test;

namespace {
const QString kShop = QStringLiteral("valvur-lab-shop");
const QString kShopVolume = QStringLiteral("valvur-lab-shop-data");
} // namespace

class TestLabContainer : public QObject
{
    Q_OBJECT
    QString m_socket;
    ContainerServer m_server;
    Containers m_containers;
    Lab::Scenario m_scenario;

    ConnectionOptions options() const
    {
        ConnectionOptions o;
        ConnectionOptions::parse(m_server.conninfo(), &o, nullptr);
        return o;
    }
    QString sandbox(const QString &sql) const { return m_server.psql(sql, QStringLiteral("valvur_lab")); }
    QString inspect(const QString &name, const QString &format) const
    {
        return dockerCli({QStringLiteral("inspect"), QStringLiteral("-f"), format, name}).text();
    }
    QString labContainers() const
    {
        return dockerCli({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"), QStringLiteral("name=valvur-lab-"),
                          QStringLiteral("--format"), QStringLiteral("{{.Names}}")}).text()
            + dockerCli({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("--filter"), QStringLiteral("name=valvur-lab-"),
                         QStringLiteral("--format"), QStringLiteral("{{.Name}}")}).text();
    }
    Lab::Verdict check() const
    {
        Lab::Check check(m_scenario);
        QSignalSpy finished(&check, &Lab::Check::finished);
        check.start(options(), m_server.password());
        if (!finished.wait(Lab::Check::TimeoutMs + 5000))
            return {};
        return finished.first().first().value<Lab::Verdict>();
    }
    QString reset(QStringList *removed = nullptr) const
    {
        Lab::Reset reset;
        QSignalSpy finished(&reset, &Lab::Reset::finished);
        reset.start(options(), m_server.password());
        if (!finished.wait(Lab::Reset::TimeoutMs + 5000))
            return QStringLiteral("the reset did not finish");
        if (removed)
            *removed = reset.removed();
        return finished.first().first().toString();
    }
    // The check once the lab's container has started: until the engine calls it healthy, the check
    // says it is still starting (also true).
    bool checkOnceStarted(Lab::Verdict *v)
    {
        QString error;
        if (!m_containers.waitHealthy(kShop, 120000, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return QTest::qWaitFor([&] {
            *v = check();
            return !v->message.contains(QLatin1String("(container-starting)"));
        }, 60000);
    }
    // Stages cannot-connect beside the server's container; the run, or null with a test failure.
    std::unique_ptr<Lab::Run> stage()
    {
        auto run = std::make_unique<Lab::Run>(m_scenario);
        run->setContainer(m_server.name());
        QSignalSpy ready(run.get(), &Lab::Run::ready);
        QString error;
        connect(run.get(), &Lab::Run::failed, this, [&error](const QString &e) { error = e; });
        run->start(options(), m_server.password());
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !error.isEmpty(); }, 240000) || !error.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("the lab did not get ready: ") + error), __FILE__, __LINE__);
            return {};
        }
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Lab::findScenario(QStringLiteral("cannot-connect"), &m_scenario));
        QVERIFY(m_scenario.container.isSet());
        m_socket = ensureEngine();
        if (m_socket.isEmpty())
            return;
        m_containers.remove(kShop); // a crashed earlier run of this test
        m_containers.removeVolume(kShopVolume);
        ContainerServer::Options o;
        o.stem = QStringLiteral("labsrv");
        QVERIFY2(m_server.start(o), qPrintable(m_server.error()));
    }

    void stoppedContainerAndUnpublishedPortAreNamedUntilTheReportJobConnects()
    {
        QVERIFY(!m_socket.isEmpty());
        const std::unique_ptr<Lab::Run> run = stage();
        QVERIFY(run);

        // The lab's container: the student's image, stopped, no published port, data in its named volume.
        QCOMPARE(inspect(kShop, QStringLiteral("{{.State.Status}} {{.State.ExitCode}}")), QStringLiteral("exited 0"));
        QCOMPARE(inspect(kShop, QStringLiteral("{{.Image}}")), inspect(m_server.name(), QStringLiteral("{{.Image}}")));
        QCOMPARE(dockerCli({QStringLiteral("port"), kShop}).text(), QString());
        QCOMPARE(inspect(kShop, QStringLiteral("{{range .Mounts}}{{.Name}}{{end}}")), kShopVolume);
        const QString conninfo = sandbox(QStringLiteral("SELECT value FROM valvur_lab.fact WHERE name = 'container.conninfo'"));
        const int port = QRegularExpression(QStringLiteral("port=(\\d+)")).match(conninfo).captured(1).toInt();
        QVERIFY2(port > 0 && conninfo.contains(QLatin1String("user=valvur_lab_app dbname=valvur_lab_report")), qPrintable(conninfo));
        // Where the application's main settings say "connection refused", the published port is named.
        Lab::Verdict v = check();
        QVERIFY2(v.message.contains(QStringLiteral("the server listens on %1").arg(m_server.port())), qPrintable(v.message));

        // The main part fixed as the student would: the report job is still cut off.
        sandbox(QStringLiteral("UPDATE valvur_lab.fact SET value = regexp_replace(value, 'port=\\d+', 'port=%1') WHERE name = 'app.conninfo'")
                    .arg(m_server.port()));
        m_server.psql(QStringLiteral("ALTER ROLE valvur_lab_app VALID UNTIL 'infinity'"));
        m_server.psql(QStringLiteral("CREATE DATABASE valvur_lab_shop OWNER valvur_lab_app"));
        v = check();
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.message.contains(QLatin1String("(container-stopped)")) && v.message.contains(QLatin1String("exit code 0"))
                     && v.message.contains(kShop),
                 qPrintable(v.message));

        QVERIFY(dockerCli({QStringLiteral("start"), kShop}).ok());
        QVERIFY(checkOnceStarted(&v));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.message.contains(QLatin1String("(port-not-published)")), qPrintable(v.message));

        // Ports cannot be added to a container: recreated with -p and the same volume (the data stays,
        // so the image needs no password again).
        const QString image = inspect(kShop, QStringLiteral("{{.Image}}"));
        QVERIFY(dockerCli({QStringLiteral("rm"), QStringLiteral("-f"), kShop}).ok());
        const DockerResult recreated = dockerCli({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), kShop, QStringLiteral("-v"),
                                                  kShopVolume + QStringLiteral(":/var/lib/postgresql/data"), QStringLiteral("-p"),
                                                  QStringLiteral("127.0.0.1:%1:5432").arg(port), image});
        QVERIFY2(recreated.ok(), qPrintable(recreated.describe()));
        QVERIFY(checkOnceStarted(&v));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
        QVERIFY2(v.message.contains(QLatin1String("the application connects")), qPrintable(v.message));

        // The reset removes the container the student recreated (it has the lab's name) and its volume.
        QSignalSpy stopped(run.get(), &Lab::Run::stopped);
        run->stop(true);
        QVERIFY(stopped.wait(Lab::Reset::TimeoutMs + 5000));
        QCOMPARE(stopped.first().first().toString(), QString());
        QCOMPARE(labContainers(), QString());
    }

    void aKilledLabsContainerGoesWithTheNextReset()
    {
        QVERIFY(!m_socket.isEmpty());
        {
            std::unique_ptr<Lab::Run> run = stage();
            QVERIFY(run);
            run->blockSignals(true); // killed: nothing of its own clean-up runs
            Lab::Run *killed = run.release();
            delete killed;
        }
        QVERIFY(labContainers().contains(kShop));
        QStringList removed;
        QCOMPARE(reset(&removed), QString());
        QVERIFY2(removed.contains(QStringLiteral("container ") + kShop) && removed.contains(QStringLiteral("volume ") + kShopVolume),
                 qPrintable(removed.join(u',')));
        QCOMPARE(labContainers(), QString());
        QCOMPARE(reset(&removed), QString());
        QCOMPARE(removed, QStringList());
    }

    void theCommandLineStagesItBesideTheContainerAndCleansUp()
    {
        QVERIFY(!m_socket.isEmpty());
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        QProcess holder;
        QVERIFY(startValvur(&holder, {QStringLiteral("lab"), QStringLiteral("start"), QStringLiteral("cannot-connect"), QStringLiteral("--container"),
                                      m_server.name()}, env));
        QByteArray out;
        QVERIFY2(QTest::qWaitFor([&] {
            out += holder.readAllStandardOutput();
            return out.contains("Ctrl+C") || holder.state() == QProcess::NotRunning;
        }, 240000) && holder.state() == QProcess::Running, out.constData());
        QVERIFY2(out.contains("valvur-lab-shop"), out.constData()); // its progress names the lab's container
        QCOMPARE(inspect(kShop, QStringLiteral("{{.State.Status}}")), QStringLiteral("exited"));
        const ValvurRun check = runValvur({QStringLiteral("lab"), QStringLiteral("check"), QStringLiteral("cannot-connect"), QStringLiteral("--container"),
                                           m_server.name(), QStringLiteral("--json")}, env, 120000);
        QCOMPARE(check.code, 1);
        QCOMPARE(QJsonDocument::fromJson(check.out).object().value(QLatin1String("state")).toString(), QStringLiteral("unsolved"));
        holder.terminate(); // SIGTERM, as Ctrl+C
        QVERIFY(holder.waitForFinished(90000));
        QCOMPARE(labContainers(), QString());
    }

    void cleanupTestCase()
    {
        m_containers.remove(kShop);
        m_containers.removeVolume(kShopVolume);
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestLabContainer)
#include "tst_labcontainer.moc"
