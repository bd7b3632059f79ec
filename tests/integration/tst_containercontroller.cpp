// ctest-labels: docker
// The Container page's data without widgets (ContainerController) against the real engine and
// containers this test starts: where PGDATA lives for a named volume, an anonymous one, a bind
// mount, no volume and the PostgreSQL 18 layout with the volume at the old path; the memory limit
// checked against the server's own settings; the log's stdout and stderr apart, an exited
// container's first error on top, a followed log that shows new lines in a bounded ring.
#include "containers/containercontroller.h"
#include "containers/containerfacts.h"
#include "containers/containerlogmodel.h"
#include "containers/dockerclient.h"
#include "dockerengine.h"
#include "pg/serverconnection.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Valvur;

Q_DECLARE_METATYPE(Valvur::DataPlacement::Kind)
Q_DECLARE_METATYPE(Valvur::MemoryCheck::Verdict)

namespace {
const QString kSleep = QStringLiteral("--entrypoint=sleep");
const QString kOldPath = QStringLiteral("/var/lib/postgresql/data");

QStringList lineTexts(const ContainerLogModel *model)
{
    QStringList texts;
    for (const LogLine &l : model->lines())
        texts << l.text;
    return texts;
}

int highestTick(const ContainerLogModel *model)
{
    int highest = -1;
    for (const LogLine &l : model->lines()) {
        if (l.text.startsWith(QLatin1String("tick ")))
            highest = std::max(highest, l.text.mid(5).toInt());
    }
    return highest;
}
} // namespace

class TestContainerController : public QObject
{
    Q_OBJECT
private:
    QString m_socket;
    std::unique_ptr<DockerClient> m_client;
    std::unique_ptr<Test::Containers> m_containers;

    // Inspected, with the log read (the tail), within a bound.
    bool load(ContainerController &c, const QString &name)
    {
        c.setContainer(name, m_client.get());
        if (!QTest::qWaitFor([&] { return c.state() != ContainerController::State::Loading; }, 15000))
            return false;
        if (c.state() != ContainerController::State::Ready) {
            qWarning() << "inspect failed:" << c.errorText();
            return false;
        }
        return QTest::qWaitFor([&] { return c.logsLoaded(); }, 15000);
    }

    QString run(const Test::ContainerSpec &spec)
    {
        QString error;
        const QString name = m_containers->run(spec, &error);
        if (name.isEmpty())
            qWarning() << error;
        return name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_socket = Test::ensureEngine();
        if (m_socket.isEmpty())
            return; // ensureEngine failed the test and said why
        EngineSocket socket;
        socket.path = m_socket;
        socket.address = QStringLiteral("unix://") + m_socket;
        m_client = std::make_unique<DockerClient>(socket);
        m_containers = std::make_unique<Test::Containers>();
    }

    void cleanupTestCase()
    {
        m_containers.reset(); // removes every container and volume this test made
    }

    void dataPlacement_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<DataPlacement::Kind>("kind");
        QTest::addColumn<bool>("misplaced");
        QTest::addColumn<QString>("says");
        QTest::newRow("named volume") << QStringLiteral("named") << DataPlacement::Kind::NamedVolume << false << QStringLiteral("stays when the container is removed");
        QTest::newRow("anonymous volume") << QStringLiteral("anonymous") << DataPlacement::Kind::AnonymousVolume << false << QStringLiteral("lost when the container is recreated");
        QTest::newRow("bind mount") << QStringLiteral("bind") << DataPlacement::Kind::BindMount << false << QStringLiteral("a bind mount");
        QTest::newRow("no volume") << QStringLiteral("none") << DataPlacement::Kind::NoVolume << false << QStringLiteral("deleted with this container");
        QTest::newRow("PostgreSQL 18, volume at the old path") << QStringLiteral("pg18") << DataPlacement::Kind::NoVolume << true
                                                               << QStringLiteral("deleted with this container");
    }
    void dataPlacement()
    {
        QFETCH(QString, setup);
        QFETCH(DataPlacement::Kind, kind);
        QFETCH(bool, misplaced);
        QFETCH(QString, says);
        QVERIFY(m_client);
        // The facts come from inspect: the server need not run, so the container only sleeps.
        Test::ContainerSpec spec;
        spec.stem = QStringLiteral("cpage-") + setup;
        spec.image = QString::fromLatin1(Test::kPostgres17Image);
        spec.extraArgs << kSleep;
        spec.command << QStringLiteral("300");
        QString volume;
        QTemporaryDir hostDir;
        if (setup == QLatin1String("named") || setup == QLatin1String("pg18")) {
            QString error;
            volume = m_containers->volume(QStringLiteral("cpage"), &error);
            QVERIFY2(!volume.isEmpty(), qPrintable(error));
            spec.extraArgs << QStringLiteral("--volume") << volume + QLatin1Char(':') + kOldPath;
        } else if (setup == QLatin1String("bind")) {
            QVERIFY(hostDir.isValid());
            spec.extraArgs << QStringLiteral("--volume") << hostDir.path() + QLatin1Char(':') + kOldPath;
        } else if (setup == QLatin1String("none")) {
            spec.env.insert(QStringLiteral("PGDATA"), QStringLiteral("/srv/pgdata"));
        }
        if (setup == QLatin1String("pg18")) {
            // What postgres:18 sets in its image.
            spec.env.insert(QStringLiteral("PG_MAJOR"), QStringLiteral("18"));
            spec.env.insert(QStringLiteral("PGDATA"), QStringLiteral("/var/lib/postgresql/18/docker"));
        }
        const QString name = run(spec);
        QVERIFY(!name.isEmpty());

        ContainerController c;
        QVERIFY(load(c, name));
        QCOMPARE(c.placement().kind, kind);
        QCOMPARE(c.placement().misplacedMount.has_value(), misplaced);
        const QList<ContainerFact> facts = dataFacts(c.info(), c.placement(), c.volume());
        QCOMPARE(facts.at(1).id, QStringLiteral("data-volume"));
        QVERIFY2(facts.at(1).value.contains(says), qPrintable(facts.at(1).value));
        if (misplaced) {
            QCOMPARE(facts.last().id, QStringLiteral("pg18-layout"));
            QVERIFY(facts.last().value.contains(QLatin1String("/var/lib/postgresql/18/docker")));
        }
        if (setup == QLatin1String("named")) {
            // docker volume inspect: the driver and where the files are.
            QTRY_VERIFY_WITH_TIMEOUT(c.volume().known, 10000);
            QCOMPARE(c.volume().driver, QStringLiteral("local"));
            QVERIFY(c.volume().mountpoint.contains(volume));
            const ContainerFact f = dataFacts(c.info(), c.placement(), c.volume()).at(1);
            QVERIFY(f.value.contains(c.volume().mountpoint));
            QCOMPARE(f.command, QStringLiteral("docker volume inspect ") + volume);
        }
        if (setup == QLatin1String("bind"))
            QVERIFY(facts.at(1).value.contains(hostDir.path()));
    }

    void memoryLimitAgainstTheServersSettings_data()
    {
        QTest::addColumn<QString>("memory");
        QTest::addColumn<QStringList>("serverOptions");
        QTest::addColumn<MemoryCheck::Verdict>("verdict");
        QTest::newRow("256 MB for 100 connections") << QStringLiteral("256m") << QStringList{} << MemoryCheck::Verdict::TooSmall;
        QTest::newRow("1 GB for 20 connections") << QStringLiteral("1g") << QStringList{QStringLiteral("-c"), QStringLiteral("max_connections=20")}
                                                << MemoryCheck::Verdict::Fits;
    }
    void memoryLimitAgainstTheServersSettings()
    {
        QFETCH(QString, memory);
        QFETCH(QStringList, serverOptions);
        QFETCH(MemoryCheck::Verdict, verdict);
        QVERIFY(m_client);
        const QString password = QStringLiteral("cpage-memory-pw");
        Test::ContainerSpec spec;
        spec.stem = QStringLiteral("cpage-memory");
        spec.env.insert(QStringLiteral("POSTGRES_PASSWORD"), password);
        spec.publishedPort = Test::freeLoopbackPort();
        spec.extraArgs << QStringLiteral("--memory") << memory;
        spec.command << QStringLiteral("postgres") << serverOptions;
        const QString name = run(spec);
        QVERIFY(!name.isEmpty());
        QString error;
        QVERIFY2(m_containers->waitHealthy(name, 90000, &error), qPrintable(error));

        ContainerController c;
        QVERIFY(load(c, name));
        // Not connected: the page cannot check and says so.
        QCOMPARE(c.memory().verdict, MemoryCheck::Verdict::CannotCheck);
        QVERIFY(configurationFacts(c.info(), c.memory()).last().value.contains(QLatin1String("not connected")));

        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(spec.publishedPort), &o, nullptr));
        ServerConnection server(o);
        server.open(password);
        c.setServer(&server);
        QTRY_COMPARE_WITH_TIMEOUT(c.memory().verdict, verdict, 20000);
        const ContainerFact f = configurationFacts(c.info(), c.memory()).last();
        QVERIFY2(f.value.contains(serverOptions.isEmpty() ? QLatin1String("max_connections 100") : QLatin1String("max_connections 20")),
                 qPrintable(f.value));
        QCOMPARE(f.severity == ContainerFact::Severity::Bad, verdict == MemoryCheck::Verdict::TooSmall);
        server.close();
    }

    void exitedContainerShowsItsFirstErrorOnTop()
    {
        QVERIFY(m_client);
        Test::ContainerSpec spec;
        spec.stem = QStringLiteral("cpage-nopassword"); // the official entrypoint refuses to initdb without one
        const QString name = run(spec);
        QVERIFY(!name.isEmpty());
        QCOMPARE(m_containers->waitExited(name, 60000), 1);

        ContainerController c;
        QVERIFY(load(c, name));
        QVERIFY(!c.info().isRunning());
        QVERIFY(!c.firstErrors().isEmpty());
        QVERIFY2(c.firstErrors().first().text.contains(QLatin1String("superuser password is not specified")),
                 qPrintable(c.firstErrors().first().text));
        QVERIFY(c.firstErrors().first().isStderr);
        const ContainerFact state = statusFacts(c.info()).first();
        QVERIFY2(state.value.contains(QLatin1String("exited with code 1")), qPrintable(state.value));
    }

    void stdoutAndStderrApartAndSearch()
    {
        QVERIFY(m_client);
        Test::ContainerSpec spec;
        spec.stem = QStringLiteral("cpage-streams");
        spec.extraArgs << QStringLiteral("--entrypoint=sh");
        spec.command << QStringLiteral("-c") << QStringLiteral("echo out-line; echo err-line >&2; exec sleep 300");
        const QString name = run(spec);
        QVERIFY(!name.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_containers->logs(name).contains(QLatin1String("err-line")), 10000);

        ContainerController c;
        QVERIFY(load(c, name));
        // The engine logs the two streams apart: lines written at once may come in either order.
        QStringList texts = lineTexts(c.logs());
        texts.sort();
        QCOMPARE(texts, (QStringList{QStringLiteral("err-line"), QStringLiteral("out-line")}));
        for (const LogLine &l : c.logs()->lines()) {
            QCOMPARE(l.isStderr, l.text == QLatin1String("err-line"));
            QVERIFY(l.time.isValid());
        }
        QVERIFY(c.firstErrors().isEmpty()); // running

        ContainerLogFilter *shown = c.filteredLogs();
        shown->setShowStderr(false);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, ContainerLogModel::Text).data().toString(), QStringLiteral("out-line"));
        shown->setShowStderr(true);
        shown->setSearch(QStringLiteral("ERR"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, ContainerLogModel::Stream).data().toString(), QStringLiteral("stderr"));
    }

    void followShowsNewLinesInABoundedRing()
    {
        QVERIFY(m_client);
        Test::ContainerSpec spec;
        spec.stem = QStringLiteral("cpage-follow");
        spec.extraArgs << QStringLiteral("--entrypoint=sh");
        spec.command << QStringLiteral("-c") << QStringLiteral("i=0; while true; do echo \"tick $i\"; i=$((i+1)); sleep 0.2; done");
        const QString name = run(spec);
        QVERIFY(!name.isEmpty());

        ContainerController c;
        QVERIFY(load(c, name));
        c.logs()->setCapacity(5);
        QSignalSpy following(&c, &ContainerController::followingChanged);
        c.setFollow(true);
        QVERIFY(c.isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(highestTick(c.logs()) >= 0, 10000);
        const int seen = highestTick(c.logs());
        QTRY_VERIFY_WITH_TIMEOUT(highestTick(c.logs()) >= seen + 6, 5000); // more lines than the ring holds
        QVERIFY(c.logs()->rowCount() <= 5);
        QCOMPARE(c.logs()->rowCount(), 5);

        c.setFollow(false);
        QVERIFY(!c.isFollowing());
        QCOMPARE(c.logs()->rowCount(), 5); // what arrived stays
        QCOMPARE(following.count(), 2);
    }

    void unknownContainerIsSaidByName()
    {
        QVERIFY(m_client);
        ContainerController c;
        const QString name = QStringLiteral("valvur-test-cpage-nosuch-%1").arg(QCoreApplication::applicationPid());
        c.setContainer(name, m_client.get());
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), ContainerController::State::Failed, 15000);
        QCOMPARE(c.error().httpStatus(), 404);
        QVERIFY2(c.errorText().contains(name), qPrintable(c.errorText()));
    }

    void noEngineIsSaid()
    {
        QTemporaryDir dir;
        EngineSocket socket;
        socket.path = dir.filePath(QStringLiteral("docker.sock"));
        DockerClient client(socket);
        ContainerController c;
        c.setContainer(QStringLiteral("db"), &client);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), ContainerController::State::Failed, 15000);
        QCOMPARE(c.error().kind(), EngineError::Kind::NoEngine);
        QVERIFY(!c.errorText().isEmpty());
        c.setContainer({}, nullptr);
        QCOMPARE(c.state(), ContainerController::State::NoContainer);
        QVERIFY(c.errorText().isEmpty());
    }
};

QTEST_MAIN(TestContainerController)
#include "tst_containercontroller.moc"
