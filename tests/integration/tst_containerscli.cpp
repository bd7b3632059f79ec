// ctest-labels: docker
// `valvur containers [--json]` against the real engine: three containers as the course meets them
// (running on a named volume with a published port, exited with an error, running without a
// published port) each with its state, exit code, port and volume; the engine's problems (none
// there, no access to the socket for another user) each with exit status 1 and a message that says
// what to do. Fails (never skips) without an engine.
#include "dockerengine.h"
#include "privatedockerd.h"
#include "valvurprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestContainersCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString &dockerHost = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.remove(u"DOCKER_CONTEXT"_s);
        if (dockerHost.isEmpty())
            env.remove(u"DOCKER_HOST"_s);
        else
            env.insert(u"DOCKER_HOST"_s, dockerHost);
        return env;
    }

    static QJsonObject containerNamed(const QJsonArray &list, const QString &name)
    {
        for (const QJsonValue &v : list) {
            if (v.toObject().value("name"_L1).toString() == name)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        if (Test::ensureEngine().isEmpty())
            return; // the failure, with its reason, is recorded
    }

    void listsThreeContainersWithTheirFacts()
    {
        Test::Containers containers;
        QString error;
        const QString volume = containers.volume(u"clidata"_s, &error);
        QVERIFY2(!volume.isEmpty(), qPrintable(error));

        Test::ContainerSpec running;
        running.stem = u"cli-running"_s;
        running.env = {{u"POSTGRES_PASSWORD"_s, u"s3cret-cli"_s}, {u"POSTGRES_USER"_s, u"course"_s}};
        running.publishedPort = Test::freeLoopbackPort();
        running.volume = volume;
        const QString runningName = containers.run(running, &error);
        QVERIFY2(!runningName.isEmpty(), qPrintable(error));

        Test::ContainerSpec broken; // no password: the entrypoint refuses and exits 1
        broken.stem = u"cli-exited"_s;
        broken.image = QString::fromLatin1(Test::kPostgres15Image);
        broken.publishedPort = Test::freeLoopbackPort();
        const QString brokenName = containers.run(broken, &error);
        QVERIFY2(!brokenName.isEmpty(), qPrintable(error));

        Test::ContainerSpec hidden; // running, but nothing on this machine can reach it
        hidden.stem = u"cli-unpublished"_s;
        hidden.env = {{u"POSTGRES_PASSWORD"_s, u"s3cret-cli"_s}};
        const QString hiddenName = containers.run(hidden, &error);
        QVERIFY2(!hiddenName.isEmpty(), qPrintable(error));

        QCOMPARE(containers.waitExited(brokenName, 60000), 1);
        QVERIFY2(containers.waitHealthy(runningName, 90000, &error), qPrintable(error));
        QVERIFY2(containers.waitHealthy(hiddenName, 90000, &error), qPrintable(error));

        const Test::ValvurRun run = Test::runValvur({u"containers"_s, u"--json"_s}, environment(), 60000);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value("engine"_L1).toObject().value("state"_L1).toString(), u"ready"_s);
        const QJsonArray list = root.value("containers"_L1).toArray();

        const QJsonObject a = containerNamed(list, runningName);
        QVERIFY2(!a.isEmpty(), run.out.constData());
        QCOMPARE(a.value("state"_L1).toString(), u"running"_s);
        QCOMPARE(a.value("health"_L1).toString(), u"healthy"_s);
        QCOMPARE(a.value("postgresMajor"_L1).toInt(), 17);
        QCOMPARE(a.value("user"_L1).toString(), u"course"_s);
        QCOMPARE(a.value("database"_L1).toString(), u"course"_s);
        QCOMPARE(a.value("passwordSource"_L1).toString(), u"environment"_s);
        const QJsonObject aPort = a.value("postgresPort"_L1).toObject();
        QVERIFY(aPort.value("published"_L1).toBool());
        QCOMPARE(aPort.value("hostIp"_L1).toString(), u"127.0.0.1"_s);
        QCOMPARE(aPort.value("hostPort"_L1).toInt(), running.publishedPort);
        const QJsonObject aVolume = a.value("volumes"_L1).toArray().first().toObject();
        QCOMPARE(aVolume.value("kind"_L1).toString(), u"named"_s);
        QCOMPARE(aVolume.value("name"_L1).toString(), volume);
        QCOMPARE(aVolume.value("destination"_L1).toString(), u"/var/lib/postgresql/data"_s);

        const QJsonObject b = containerNamed(list, brokenName);
        QVERIFY2(!b.isEmpty(), run.out.constData());
        QCOMPARE(b.value("state"_L1).toString(), u"exited"_s);
        QCOMPARE(b.value("exitCode"_L1).toInt(-1), 1);
        QCOMPARE(b.value("postgresMajor"_L1).toInt(), 15);
        QCOMPARE(b.value("passwordSource"_L1).toString(), u"none"_s);

        const QJsonObject c = containerNamed(list, hiddenName);
        QVERIFY2(!c.isEmpty(), run.out.constData());
        QCOMPARE(c.value("state"_L1).toString(), u"running"_s);
        QVERIFY(!c.value("postgresPort"_L1).toObject().value("published"_L1).toBool());
        QCOMPARE(c.value("volumes"_L1).toArray().first().toObject().value("kind"_L1).toString(), u"anonymous"_s);

        // Never a secret, in JSON or in words.
        QVERIFY(!run.out.contains("s3cret-cli"));
        const Test::ValvurRun text = Test::runValvur({u"containers"_s, u"--lang"_s, u"et"_s}, environment(), 60000);
        QVERIFY2(text.code == 0, qPrintable(text.err));
        const QString words = QString::fromUtf8(text.out);
        QVERIFY(!words.contains("s3cret-cli"_L1));
        QVERIFY2(words.contains(u"töötab · terve"_s), qPrintable(words));
        QVERIFY2(words.contains(u"lõpetas (1)"_s), qPrintable(words));
        QVERIFY2(words.contains(u"127.0.0.1:%1→5432"_s.arg(running.publishedPort)), qPrintable(words));
        QVERIFY2(words.contains(u"5432 pole avaldatud"_s), qPrintable(words));
        QVERIFY2(words.contains(u"andmeköide %1"_s.arg(volume)), qPrintable(words));
    }

    void saysWhenThereIsNoEngine()
    {
        const QString missing = m_home.filePath(u"no-such-engine.sock"_s);
        const Test::ValvurRun run = Test::runValvur({u"containers"_s, u"--json"_s}, environment(u"unix://"_s + missing), 30000);
        QCOMPARE(run.code, 1);
        const QJsonObject engine = QJsonDocument::fromJson(run.out).object().value("engine"_L1).toObject();
        QCOMPARE(engine.value("problem"_L1).toString(), u"no-engine"_s);
        QVERIFY2(run.err.contains(missing) && run.err.contains(u"apt install docker.io"_s), qPrintable(run.err));
    }

    // Another user, without access to the engine's socket (root's 0600): permission denied, what
    // to do, and that access to the socket is root-equivalent. Bounded, no hang.
    void saysPermissionDeniedForAnotherUser()
    {
        Test::PrivateDockerd daemon;
        QString error;
        QVERIFY2(daemon.start(&error), qPrintable(error));
        QVERIFY(QFile::setPermissions(daemon.socketPath(), QFile::ReadOwner | QFile::WriteOwner));

        QProcess p;
        QProcessEnvironment env = environment(daemon.host());
        QTemporaryDir nobodysHome;
        QVERIFY(QFile::setPermissions(nobodysHome.path(), QFile::Permissions(0x7777)));
        env.insert(u"XDG_CONFIG_HOME"_s, nobodysHome.path());
        env.insert(u"HOME"_s, nobodysHome.path());
        p.setProcessEnvironment(env);
        p.start(u"setpriv"_s, {u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s, u"--"_s,
                               qEnvironmentVariable("VALVUR_BINARY_DIR") + u"/app/valvur"_s, u"containers"_s, u"--json"_s});
        QVERIFY2(p.waitForFinished(30000), "valvur containers as nobody did not end within 30 s");
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        const QJsonObject engine = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value("engine"_L1).toObject();
        QCOMPARE(engine.value("problem"_L1).toString(), u"permission-denied"_s);
        QVERIFY2(err.contains(u"may not use the container engine's socket"_s), qPrintable(err));
        QVERIFY2(err.contains(u"usermod -aG docker"_s), qPrintable(err));
        QVERIFY2(err.contains(u"equivalent to root"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestContainersCli)
#include "tst_containerscli.moc"
