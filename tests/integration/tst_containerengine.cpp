// ctest-labels: docker
// The container test harness itself, against the real engine: the locally built PostgreSQL 15 and
// 17 images start healthy with a named volume, psql on the host connects with the password, the
// server in the container is the version the tag says, the programs are on PATH inside, the data
// outlives the container on its volume (the course's volume lesson), and the entrypoint refuses to
// start without a password as the official image does. Fails (never skips) without an engine.
#include "containerserver.h"
#include "dockerengine.h"
#include "privatedockerd.h"

#include <QNetworkInterface>
#include <QTest>

using namespace Valvur;

class TestContainerEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (Test::ensureEngine().isEmpty())
            return;  // the failure, with its reason, is recorded
    }

    void imagesStartHealthyAndKeepDataOnTheirVolume_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("major");
        QTest::newRow("15") << QString::fromLatin1(Test::kPostgres15Image) << 15;
        QTest::newRow("17") << QString::fromLatin1(Test::kPostgres17Image) << 17;
    }

    void imagesStartHealthyAndKeepDataOnTheirVolume()
    {
        QFETCH(QString, image);
        QFETCH(int, major);
        Test::Containers containers;
        QString error;
        const QString volume = containers.volume(QStringLiteral("data"), &error);
        QVERIFY2(!volume.isEmpty(), qPrintable(error));
        const QString password = QStringLiteral("pw-%1-with spaces'and quotes").arg(major);

        Test::ContainerSpec spec;
        spec.stem = QStringLiteral("pg%1").arg(major);
        spec.image = image;
        spec.env = {{QStringLiteral("POSTGRES_PASSWORD"), password}, {QStringLiteral("POSTGRES_DB"), QStringLiteral("course")}};
        spec.publishedPort = Test::freeLoopbackPort();
        spec.volume = volume;
        const QString first = containers.run(spec, &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QVERIFY2(containers.waitHealthy(first, 90000, &error), qPrintable(error));

        // What `docker inspect` shows users of the official image: a healthcheck, PGDATA, the volume.
        const QString config = containers.cli({QStringLiteral("inspect"), QStringLiteral("-f"),
                                               QStringLiteral("{{json .Config.Healthcheck.Test}} {{range .Config.Env}}{{.}} {{end}}"), first}).text();
        QVERIFY2(config.contains(QLatin1String("pg_isready")), qPrintable(config));
        QVERIFY2(config.contains(QLatin1String("PGDATA=/var/lib/postgresql/data")), qPrintable(config));
        QVERIFY2(config.contains(QStringLiteral("PG_MAJOR=%1").arg(major)), qPrintable(config));
        const QString ports = containers.cli({QStringLiteral("port"), first, QStringLiteral("5432")}).text();
        QCOMPARE(ports, QStringLiteral("127.0.0.1:%1").arg(spec.publishedPort));

        // psql on the host, over the published loopback port, with the password.
        const QString version = Test::hostPsql(spec.publishedPort, password, QStringLiteral("SHOW server_version_num"), &error,
                                               QStringLiteral("course"));
        QVERIFY2(!version.isEmpty(), qPrintable(error));
        QCOMPARE(version.toInt() / 10000, major);
        QVERIFY(Test::hostPsql(spec.publishedPort, QStringLiteral("wrong"), QStringLiteral("SELECT 1"), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
        QVERIFY2(!Test::hostPsql(spec.publishedPort, password,
                                 QStringLiteral("CREATE TABLE lesson AS SELECT g AS id FROM generate_series(1, 1234) g; SELECT 1"),
                                 &error, QStringLiteral("course")).isEmpty(),
                 qPrintable(error));

        // The server's own pg_dump inside the container, found on PATH as in the official image.
        const Test::DockerResult dump = containers.cli({QStringLiteral("exec"), first, QStringLiteral("pg_dump"), QStringLiteral("-U"),
                                                        QStringLiteral("postgres"), QStringLiteral("--schema-only"), QStringLiteral("course")});
        QVERIFY2(dump.ok(), qPrintable(dump.describe()));
        QVERIFY(dump.out.contains("CREATE TABLE public.lesson"));
        QVERIFY2(dump.out.contains(QStringLiteral("Dumped by pg_dump version %1.").arg(major).toUtf8()), dump.out.left(400).constData());

        // A new container on the same volume: the data is there, nothing initialised it again.
        QVERIFY(containers.remove(first));
        spec.env.clear();  // an initialised volume needs no password to start
        const QString second = containers.run(spec, &error);
        QVERIFY2(!second.isEmpty(), qPrintable(error));
        QVERIFY2(containers.waitHealthy(second, 90000, &error), qPrintable(error));
        QVERIFY(containers.logs(second).contains(QLatin1String("Skipping initialization")));
        QCOMPARE(Test::hostPsql(spec.publishedPort, password, QStringLiteral("SELECT count(*) FROM lesson"), &error,
                                QStringLiteral("course")),
                 QStringLiteral("1234"));
    }

    // As the official image: an empty data directory and no password is a clear error and exit code 1.
    void refusesToStartWithoutAPassword()
    {
        Test::Containers containers;
        Test::ContainerSpec spec;
        spec.stem = QStringLiteral("nopassword");
        spec.image = QString::fromLatin1(Test::kPostgres15Image);
        QString error;
        const QString name = containers.run(spec, &error);
        QVERIFY2(!name.isEmpty(), qPrintable(error));
        QCOMPARE(containers.waitExited(name, 60000), 1);
        const QString log = containers.logs(name);
        QVERIFY2(log.contains(QLatin1String("superuser password is not specified")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("POSTGRES_HOST_AUTH_METHOD=trust")), qPrintable(log));
    }

    // The demo's server (and any test's): a container with a named volume, gone after stop().
    void containerServerLeavesNothingBehind()
    {
        Test::ContainerServer server;
        Test::ContainerServer::Options options;
        options.image = QString::fromLatin1(Test::kPostgres15Image);
        options.stem = QStringLiteral("cserver");
        options.settings = {QStringLiteral("shared_preload_libraries=pg_stat_statements")};
        options.replication = true;
        QVERIFY2(server.start(options), qPrintable(server.error()));
        bool ok = false;
        QCOMPARE(server.psql(QStringLiteral("SHOW shared_preload_libraries"), QStringLiteral("postgres"), &ok),
                 QStringLiteral("pg_stat_statements"));
        QVERIFY(ok);
        const QString hba = QString::fromUtf8(server.exec({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cat \"$PGDATA/pg_hba.conf\"")}).out);
        QVERIFY2(hba.contains(QLatin1String("host replication all all scram-sha-256")), qPrintable(hba));
        const QString name = server.name();
        const QString volume = server.volume();
        QVERIFY(Test::dockerCli({QStringLiteral("volume"), QStringLiteral("inspect"), volume}).ok());
        server.stop();
        QVERIFY(!Test::dockerCli({QStringLiteral("inspect"), name}).ok());
        QVERIFY(!Test::dockerCli({QStringLiteral("volume"), QStringLiteral("inspect"), volume}).ok());
    }

    // The private daemon the "daemon stopped" and "no access to the socket" tests use starts next
    // to the main one, runs a container of the copied image, and stops with its socket gone.
    void privateDaemonRunsBesideTheMainOne()
    {
        Test::PrivateDockerd daemon;
        QString error;
        QVERIFY2(daemon.start(&error), qPrintable(error));
        QVERIFY2(daemon.loadImage(QString::fromLatin1(Test::kPostgres15Image), &error), qPrintable(error));
        {
            Test::Containers containers(daemon.host());
            Test::ContainerSpec spec;
            spec.stem = QStringLiteral("private");
            spec.image = QString::fromLatin1(Test::kPostgres15Image);
            spec.env = {{QStringLiteral("POSTGRES_HOST_AUTH_METHOD"), QStringLiteral("trust")}};
            const QString name = containers.run(spec, &error);
            QVERIFY2(!name.isEmpty(), qPrintable(error));
            QVERIFY2(containers.waitHealthy(name, 90000, &error), qPrintable(error));
            // The main engine does not see it.
            QVERIFY(!Test::dockerCli({QStringLiteral("inspect"), name}).ok());
        }
        QVERIFY(Test::dockerCli({QStringLiteral("version")}).ok());
        QVERIFY(daemon.stop());
        QVERIFY(!Test::dockerCli({QStringLiteral("version")}, 10000, daemon.host()).ok());
        QVERIFY2(Test::dockerCli({QStringLiteral("version")}).ok(), "the main engine stopped with the private one");
        QVERIFY2(QNetworkInterface::interfaceFromName(QStringLiteral("docker0")).isValid(),
                 "the private daemon took the main engine's bridge docker0 away");
    }
};

QTEST_GUILESS_MAIN(TestContainerEngine)
#include "tst_containerengine.moc"
