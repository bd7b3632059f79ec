// The connection doctor knows containers: each container cause comes from a real container in
// that state on the real engine, seen through `valvur doctor --json` (the ids, the facts that
// prove them) and in words: a container that exited (no POSTGRES_PASSWORD: exit code 1 and its
// log), one whose PostgreSQL is not up yet (health: starting), one that publishes no port, one
// published on another port, a container's name (and a compose service) used as a host name,
// and no engine at all for --container. The network verdict stays what it was.
// ctest-labels: docker
#include "dockerengine.h"
#include "valvurprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;

class TestContainerDoctor : public QObject
{
    Q_OBJECT
private:
    QString m_socket;
    Test::Containers m_containers;
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString &dockerHost = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), dockerHost.isEmpty() ? QStringLiteral("unix://") + m_socket : dockerHost);
        env.insert(QStringLiteral("PGPASSFILE"), m_home.filePath(QStringLiteral("no-pgpass")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        return env;
    }

    struct Verdict
    {
        int code = -1;
        QJsonObject json;
        QString text; // for failure messages
    };

    Verdict doctorJson(const QStringList &args, const QString &dockerHost = {}) const
    {
        const Test::ValvurRun run = Test::runValvur(QStringList{QStringLiteral("doctor"), QStringLiteral("--json"),
                                                                QStringLiteral("--no-password"), QStringLiteral("--timeout"),
                                                                QStringLiteral("3")}
                                                        + args,
                                                    environment(dockerHost), 60000);
        Verdict v;
        v.code = run.code;
        v.json = QJsonDocument::fromJson(run.out).object();
        // For failure messages (QTest cuts long ones): the verdict, the engine step, the causes.
        QStringList causes;
        for (const QJsonValue &c : v.json.value(QStringLiteral("causes")).toArray())
            causes << c.toObject().value(QStringLiteral("id")).toString() + QLatin1Char('/') + c.toObject().value(QStringLiteral("container")).toString();
        QString engine;
        for (const QJsonValue &st : v.json.value(QStringLiteral("steps")).toArray()) {
            if (st.toObject().value(QStringLiteral("step")).toString() == QLatin1String("containers"))
                engine = st.toObject().value(QStringLiteral("detail")).toString();
        }
        v.text = QStringLiteral("problem %1; engine: %2; causes: %3; stderr: %4")
                     .arg(v.json.value(QStringLiteral("problem")).toString(), engine, causes.join(QStringLiteral(", ")), run.err.left(300));
        if (v.json.isEmpty())
            v.text += QStringLiteral("; stdout: ") + QString::fromUtf8(run.out.left(500));
        return v;
    }

    // The cause with this id for this container (an empty object when there is none).
    static QJsonObject cause(const Verdict &v, const QString &id, const QString &container)
    {
        const QJsonArray causes = v.json.value(QStringLiteral("causes")).toArray();
        for (const QJsonValue &c : causes) {
            const QJsonObject o = c.toObject();
            if (o.value(QStringLiteral("id")).toString() == id && o.value(QStringLiteral("container")).toString() == container)
                return o;
        }
        return {};
    }

    static QString step(const Verdict &v, const QString &id)
    {
        const QJsonArray steps = v.json.value(QStringLiteral("steps")).toArray();
        for (const QJsonValue &s : steps) {
            if (s.toObject().value(QStringLiteral("step")).toString() == id)
                return s.toObject().value(QStringLiteral("state")).toString();
        }
        return {};
    }

    // A PostgreSQL 15 container published on 127.0.0.1:port (0: not published).
    static Test::ContainerSpec spec15(const QString &stem, int port = 0)
    {
        Test::ContainerSpec spec;
        spec.stem = stem;
        spec.image = QString::fromLatin1(Test::kPostgres15Image);
        spec.publishedPort = port;
        return spec;
    }

    static bool portIsFree(int port)
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, quint16(port));
    }

    static QString local(int port) { return QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(port); }

    QString runHealthy(Test::ContainerSpec spec)
    {
        QString error;
        spec.env.insert(QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("doctor-secret-1"));
        const QString name = m_containers.run(spec, &error);
        if (name.isEmpty() || !m_containers.waitHealthy(name, 120000, &error)) {
            qWarning() << error;
            return {};
        }
        return name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_socket = Test::ensureEngine();
        QVERIFY2(!m_socket.isEmpty(), "no container engine");
    }

    // The course's first failure: docker run -p 5432:5432 postgres without POSTGRES_PASSWORD exits at once.
    void exitedContainerIsContainerStopped()
    {
        const int port = Test::freeLoopbackPort();
        const Test::ContainerSpec spec = spec15(QStringLiteral("doc-stopped"), port);
        QString error;
        const QString name = m_containers.run(spec, &error);
        QVERIFY2(!name.isEmpty(), qPrintable(error));
        const int exitCode = m_containers.waitExited(name, 60000);
        QVERIFY2(exitCode > 0, qPrintable(m_containers.logs(name)));

        const Verdict v = doctorJson({local(port)});
        QCOMPARE(v.code, 1);
        QCOMPARE(v.json.value(QStringLiteral("problem")).toString(), QStringLiteral("connection-refused")); // the network id stays
        const QJsonObject c = cause(v, QStringLiteral("container-stopped"), name);
        QVERIFY2(!c.isEmpty(), qPrintable(v.text));
        QCOMPARE(c.value(QStringLiteral("exitCode")).toInt(), exitCode);
        QCOMPARE(step(v, QStringLiteral("containers")), QStringLiteral("passed")); // the engine answered
        // The log's own words say why: the superuser password is not specified.
        const QString log = c.value(QStringLiteral("log")).toVariant().toStringList().join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("POSTGRES_PASSWORD")), qPrintable(log));
        QVERIFY2(c.value(QStringLiteral("message")).toString().contains(QStringLiteral("exit code %1").arg(exitCode)), qPrintable(v.text));
        QVERIFY2(v.json.value(QStringLiteral("advice")).toArray().first().toString().contains(QLatin1String("docker ps -a")), qPrintable(v.text));

        // The same by name, in words, in Estonian.
        const Test::ValvurRun et = Test::runValvur({QStringLiteral("doctor"), QStringLiteral("--container"), name, QStringLiteral("--no-password"),
                                                    QStringLiteral("--lang"), QStringLiteral("et")},
                                                   environment(), 60000);
        QCOMPARE(et.code, 1);
        const QString out = QString::fromUtf8(et.out);
        QVERIFY2(out.contains(QStringLiteral("[container-stopped]")), qPrintable(out + et.err));
        QVERIFY2(out.contains(QStringLiteral("Konteiner %1").arg(name)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("väljumiskoodiga %1").arg(exitCode)), qPrintable(out));
    }

    // PostgreSQL in the container is not up yet: the published port answers and closes; health is "starting".
    void startingContainerIsContainerStarting()
    {
        const int port = Test::freeLoopbackPort();
        Test::ContainerSpec spec = spec15(QStringLiteral("doc-starting"), port);
        spec.env.insert(QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("doctor-secret-2"));
        // A slow start: the server comes up only after ten minutes; the healthcheck waits as long.
        spec.extraArgs = QStringList{QStringLiteral("--health-start-period=10m"), QStringLiteral("--health-interval=10m")};
        spec.command = QStringList{QStringLiteral("bash"), QStringLiteral("-c"), QStringLiteral("sleep 600; exec docker-entrypoint.sh postgres")};
        QString error;
        const QString name = m_containers.run(spec, &error);
        QVERIFY2(!name.isEmpty(), qPrintable(error));
        QCOMPARE(m_containers.cli({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("{{.State.Health.Status}}"), name}).text(),
                 QStringLiteral("starting"));

        const Verdict v = doctorJson({local(port)});
        QCOMPARE(v.code, 1);
        const QJsonObject c = cause(v, QStringLiteral("container-starting"), name);
        QVERIFY2(!c.isEmpty(), qPrintable(v.text));
        QVERIFY2(c.value(QStringLiteral("facts")).toArray().contains(QStringLiteral("Its healthcheck says: starting.")), qPrintable(v.text));
    }

    // Running and healthy, but docker run had no -p: nothing on this machine leads to it.
    void unpublishedContainerIsPortNotPublished()
    {
        const QString name = runHealthy(spec15(QStringLiteral("doc-unpublished")));
        QVERIFY(!name.isEmpty());
        const int port = Test::freeLoopbackPort(); // what the user tried: nothing listens there
        const Verdict v = doctorJson({local(port)});
        QCOMPARE(v.code, 1);
        QCOMPARE(v.json.value(QStringLiteral("problem")).toString(), QStringLiteral("connection-refused"));
        QVERIFY2(!cause(v, QStringLiteral("port-not-published"), name).isEmpty(), qPrintable(v.text));

        // Named with --container alone: the doctor finds no published port and says so.
        const Verdict named = doctorJson({QStringLiteral("--container"), name});
        QCOMPARE(named.code, 1);
        QVERIFY2(!cause(named, QStringLiteral("port-not-published"), name).isEmpty(), qPrintable(named.text));
        QCOMPARE(named.json.value(QStringLiteral("causes")).toArray().size(), 1); // only the named one
    }

    // The second container of the course, on 5433 instead of 5432 (here: two free ports).
    void containerOnAnotherPortIsPortPublishedElsewhere()
    {
        const int published = Test::freeLoopbackPort();
        const QString name = runHealthy(spec15(QStringLiteral("doc-elsewhere"), published));
        QVERIFY(!name.isEmpty());
        // The port next to it, as 5432 and 5433 are: the nearest published port comes first.
        int tried = published + 1;
        while (!portIsFree(tried))
            ++tried;
        const Verdict v = doctorJson({local(tried)});
        QCOMPARE(v.code, 1);
        const QJsonObject c = cause(v, QStringLiteral("port-published-elsewhere"), name);
        QVERIFY2(!c.isEmpty(), qPrintable(v.text));
        QCOMPARE(c.value(QStringLiteral("publishedPort")).toInt(), published);
        QVERIFY2(c.value(QStringLiteral("message")).toString().contains(QStringLiteral("not on port %1").arg(tried)), qPrintable(v.text));
        QVERIFY2(v.json.value(QStringLiteral("advice")).toArray().contains(
                     QStringLiteral("Port mapping correct? Connect to port %1 instead: psql -h localhost -p %1").arg(published)),
                 qPrintable(v.text));

        // With --container alone the doctor connects where the container is published: all is well.
        const Verdict named = doctorJson({QStringLiteral("--container"), name});
        QCOMPARE(named.json.value(QStringLiteral("problem")).toString(), QStringLiteral("ok"));
        QCOMPARE(named.json.value(QStringLiteral("causes")).toArray().size(), 0);
        QCOMPARE(named.code, 0);
        QVERIFY2(!named.text.contains(QLatin1String("doctor-secret-1")), "the password from the container's environment is printed");
    }

    // host=<container name> from this machine: the name resolves only inside a Docker network.
    void containerNameAsHostIsContainerNameFromHost()
    {
        const int published = Test::freeLoopbackPort();
        Test::ContainerSpec spec = spec15(QStringLiteral("doc-named"), published);
        const QString service = QStringLiteral("valvur-test-db%1").arg(published); // a compose service name, unique
        spec.extraArgs = QStringList{QStringLiteral("--label"), QStringLiteral("com.docker.compose.service=") + service};
        QString error;
        spec.env.insert(QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("doctor-secret-3"));
        const QString name = m_containers.run(spec, &error);
        QVERIFY2(!name.isEmpty(), qPrintable(error));

        for (const QString &host : {name, service}) {
            const Verdict v = doctorJson({QStringLiteral("host=%1 port=5432 user=postgres").arg(host)});
            QCOMPARE(v.code, 1);
            QCOMPARE(v.json.value(QStringLiteral("problem")).toString(), QStringLiteral("dns-failure"));
            const QJsonObject c = cause(v, QStringLiteral("container-name-from-host"), name);
            QVERIFY2(!c.isEmpty(), qPrintable(v.text));
            QCOMPARE(c.value(QStringLiteral("publishedPort")).toInt(), published);
            QVERIFY2(v.json.value(QStringLiteral("advice")).toArray().first().toString().endsWith(QStringLiteral("-p %1").arg(published)),
                     qPrintable(v.text));
        }
    }

    // --container with no engine where DOCKER_HOST points: said, with the reason; bounded.
    void noEngineIsContainerEngineUnreachable()
    {
        const QString missing = QStringLiteral("unix://") + m_home.filePath(QStringLiteral("no-docker.sock"));
        const Verdict v = doctorJson({QStringLiteral("--container"), QStringLiteral("valvur-test-db")}, missing);
        QCOMPARE(v.code, 1);
        const QJsonObject c = cause(v, QStringLiteral("container-engine-unreachable"), QStringLiteral("valvur-test-db"));
        QVERIFY2(!c.isEmpty(), qPrintable(v.text));
        QCOMPARE(c.value(QStringLiteral("engineError")).toString(), QStringLiteral("no-engine"));
        QVERIFY2(c.value(QStringLiteral("facts")).toArray().first().toString().contains(QLatin1String("no-docker.sock")), qPrintable(v.text));
        QCOMPARE(step(v, QStringLiteral("containers")), QStringLiteral("failed"));
        QVERIFY2(v.json.value(QStringLiteral("ms")).toInt() < 3000, qPrintable(v.text)); // a missing socket is known at once

        // A container name that does not exist on a running engine is said as well.
        const Verdict gone = doctorJson({QStringLiteral("--container"), QStringLiteral("valvur-test-no-such-container")});
        QVERIFY2(!cause(gone, QStringLiteral("container-not-found"), QStringLiteral("valvur-test-no-such-container")).isEmpty(),
                 qPrintable(gone.text));
    }

    // An engine that accepts the connection and never answers (a hung dockerd) cannot hang the doctor.
    void hungEngineIsBounded()
    {
        QLocalServer hung; // listens, never accepts: the kernel queues the connection, nobody reads
        const QString path = m_home.filePath(QStringLiteral("hung-docker.sock"));
        QVERIFY(hung.listen(path));
        QElapsedTimer clock;
        clock.start();
        const Verdict v = doctorJson({QStringLiteral("--container"), QStringLiteral("valvur-test-db")}, QStringLiteral("unix://") + path);
        QVERIFY2(clock.elapsed() < 30000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
        QCOMPARE(v.code, 1);
        const QJsonObject c = cause(v, QStringLiteral("container-engine-unreachable"), QStringLiteral("valvur-test-db"));
        QVERIFY2(!c.isEmpty(), qPrintable(v.text));
        QCOMPARE(c.value(QStringLiteral("engineError")).toString(), QStringLiteral("timeout"));
    }
};

QTEST_GUILESS_MAIN(TestContainerDoctor)
#include "tst_containerdoctor.moc"
