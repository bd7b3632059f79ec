// ctest-labels: docker podman
// Podman's Docker-compatible API, the real one (Debian 12's podman 4.3): Valvur finds a PostgreSQL
// container there with the facts it shows for Docker's: image, PostgreSQL major, state, the published
// loopback port, the data volume and the compose project. The service runs on a private socket and
// storage of this test's own. (This sandbox refuses Podman's OCI runtime its rlimits, so the
// container is created, not started: the list, inspect and events paths are what is checked.)
// Fails, never skips, when podman or the engine the image comes from is missing.
#include "containers/containerdirectory.h"
#include "dockerengine.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestPodmanCompat : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir{QDir::tempPath() + u"/valvur-podman-XXXXXX"_s};
    QProcess m_service;
    QString m_podman;

    QStringList storage() const
    {
        return {u"--root"_s, m_dir.filePath(u"root"_s), u"--runroot"_s, m_dir.filePath(u"run"_s)};
    }
    bool podman(const QStringList &args, QString *out, int timeoutMs = 60000)
    {
        QProcess p;
        p.start(m_podman, storage() + args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            *out = u"podman %1: no answer within %2 s"_s.arg(args.join(u' ')).arg(timeoutMs / 1000);
            return false;
        }
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed() + QString::fromUtf8(p.readAllStandardError()).trimmed();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_podman = QStandardPaths::findExecutable(u"podman"_s);
        QVERIFY2(!m_podman.isEmpty(), "podman is not installed: run scripts/setup-debian.sh (it installs Debian's podman)");
        QVERIFY(m_dir.isValid());
        QVERIFY(!Test::ensureEngine().isEmpty()); // the image comes from the Docker engine's store

        // docker save | podman load: the locally built image, into this test's own Podman storage.
        QProcess copy;
        copy.start(u"sh"_s, {u"-c"_s, u"docker save \"$1\" | podman --root \"$2\" --runroot \"$3\" load -q"_s, u"sh"_s,
                             QString::fromLatin1(Test::kPostgres15Image), m_dir.filePath(u"root"_s), m_dir.filePath(u"run"_s)});
        QVERIFY2(copy.waitForFinished(240000), "copying the image into Podman took over 4 minutes");
        QVERIFY2(copy.exitCode() == 0, copy.readAllStandardError().constData());

        m_service.setProcessChannelMode(QProcess::MergedChannels);
        m_service.start(m_podman, storage() + QStringList{u"system"_s, u"service"_s, u"--time=0"_s,
                                                          u"unix://"_s + m_dir.filePath(u"podman.sock"_s)});
        QVERIFY(m_service.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_dir.filePath(u"podman.sock"_s)), 20000);
    }

    void cleanupTestCase()
    {
        QString out;
        podman({u"rm"_s, u"-a"_s, u"-f"_s, u"-v"_s}, &out);
        podman({u"volume"_s, u"prune"_s, u"-f"_s}, &out);
        m_service.terminate();
        if (!m_service.waitForFinished(10000)) {
            m_service.kill();
            m_service.waitForFinished(5000);
        }
        podman({u"system"_s, u"reset"_s, u"-f"_s}, &out);
    }

    void findsAPostgresContainerWithItsFacts()
    {
        QString out;
        QVERIFY2(podman({u"volume"_s, u"create"_s, u"shopdata"_s}, &out), qPrintable(out));
        const int port = Test::freeLoopbackPort();
        QVERIFY2(podman({u"create"_s, u"--name"_s, u"valvur-test-podman-db"_s, u"-e"_s, u"POSTGRES_PASSWORD=podman-secret"_s,
                         u"-e"_s, u"POSTGRES_DB=shop"_s, u"-l"_s, u"com.docker.compose.project=course"_s, u"-l"_s,
                         u"com.docker.compose.service=db"_s, u"-v"_s, u"shopdata:/var/lib/postgresql/data"_s, u"-p"_s,
                         u"127.0.0.1:%1:5432"_s.arg(port), QString::fromLatin1(Test::kPostgres15Image)},
                        &out),
                 qPrintable(out));
        // Not PostgreSQL: left out of the list.
        QVERIFY2(podman({u"create"_s, u"--name"_s, u"valvur-test-podman-other"_s, u"--entrypoint"_s, u"/bin/true"_s,
                         QString::fromLatin1(Test::kPostgres15Image)},
                        &out),
                 qPrintable(out));
        QVERIFY2(podman({u"container"_s, u"inspect"_s, u"--format"_s, u"{{.Config.Env}}"_s, u"valvur-test-podman-other"_s}, &out), qPrintable(out));

        EngineSocket socket;
        socket.origin = EngineSocket::Origin::PodmanUser;
        socket.path = m_dir.filePath(u"podman.sock"_s);
        ContainerDirectory directory(socket);
        directory.start();
        QTRY_VERIFY_WITH_TIMEOUT(directory.state() == ContainerDirectory::State::Ready, 20000);
        QVERIFY2(directory.client()->version().isPodman(), qPrintable(directory.client()->version().product));
        QTRY_VERIFY_WITH_TIMEOUT(directory.find(u"valvur-test-podman-db"_s) != nullptr, 5000);
        const ContainerInfo c = *directory.find(u"valvur-test-podman-db"_s);
        QVERIFY2(c.image.contains(u"valvur-test/postgres:15"_s), qPrintable(c.image));
        QCOMPARE(c.postgresMajor(), 15);
        QCOMPARE(c.postgresDatabase(), u"shop"_s);
        QCOMPARE(c.state, u"created"_s);
        QVERIFY(!c.isRunning());
        QCOMPARE(c.postgresPort().hostPort, port);
        QCOMPARE(c.postgresPort().hostIp, u"127.0.0.1"_s);
        QVERIFY(c.dataMount().has_value());
        QCOMPARE(c.dataMount()->name, u"shopdata"_s);
        QCOMPARE(c.composeProject(), u"course"_s);
        QCOMPARE(c.composeService(), u"db"_s);
        QVERIFY(!c.environmentForDisplay().join(u' ').contains(u"podman-secret"_s));

        // The list follows Podman's events too: a removed container leaves it.
        QVERIFY2(podman({u"rm"_s, u"-f"_s, u"valvur-test-podman-db"_s}, &out), qPrintable(out));
        QTRY_VERIFY_WITH_TIMEOUT(directory.find(u"valvur-test-podman-db"_s) == nullptr, 3000);
    }
};

QTEST_GUILESS_MAIN(TestPodmanCompat)
#include "tst_podmancompat.moc"
