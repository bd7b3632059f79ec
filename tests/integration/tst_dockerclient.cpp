// ctest-labels: docker
// The Engine API client against the real engine: distinct states when no engine answers, a program
// run inside a container with its stdout, stderr and exit code kept apart and its stdin delivered
// byte for byte, cancel and the stall bound stopping the program inside the container, and the live
// container list following a start and a stop within a second. Fails (never skips) without an engine.
#include "containers/containerdirectory.h"
#include "containers/containerexec.h"
#include "containers/dockerclient.h"
#include "dockerengine.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Valvur;
using namespace Qt::StringLiterals;

namespace {

EngineSocket socketAt(const QString &path)
{
    EngineSocket s;
    s.origin = EngineSocket::Origin::DockerHost;
    s.path = path;
    s.address = u"unix://"_s + path;
    return s;
}

struct ExecRun
{
    QByteArray out;
    QByteArray err;
    int exitCode = -2;
    EngineError error;
    bool done = false;
};

// Starts spec on client and collects what it prints; the caller waits on run->done.
ContainerExec *startExec(DockerClient *client, const ContainerExec::Spec &spec, ExecRun *run, QObject *parent)
{
    auto *exec = new ContainerExec(client, parent);
    QObject::connect(exec, &ContainerExec::stdoutReceived, parent, [run](const QByteArray &d) { run->out += d; });
    QObject::connect(exec, &ContainerExec::stderrReceived, parent, [run](const QByteArray &d) { run->err += d; });
    QObject::connect(exec, &ContainerExec::finished, parent, [run](int code, const EngineError &e) {
        run->exitCode = code;
        run->error = e;
        run->done = true;
    });
    exec->start(spec);
    return exec;
}

} // namespace

class TestDockerClient : public QObject
{
    Q_OBJECT
private:
    QString m_socket;
    Test::Containers *m_containers = nullptr;
    QString m_running; // one healthy PostgreSQL container for the exec tests

    // The pids inside the container whose command line contains needle.
    QStringList processesMatching(const QString &needle)
    {
        const Test::DockerResult r = m_containers->cli(
            {u"exec"_s, m_running, u"sh"_s, u"-c"_s,
             u"for p in /proc/[0-9]*; do c=$(tr '\\0' ' ' < $p/cmdline 2>/dev/null); case \"$c\" in *\"%1\"*) echo \"${p#/proc/} $c\";; esac; done"_s.arg(needle)});
        QStringList lines = r.text().split(u'\n', Qt::SkipEmptyParts);
        lines.removeIf([](const QString &l) { return l.contains(u"/proc/"_s) || l.contains(u"case"_s); });
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_socket = Test::ensureEngine();
        QVERIFY(!m_socket.isEmpty());
        m_containers = new Test::Containers;
        Test::ContainerSpec spec;
        spec.stem = u"client"_s;
        spec.image = QString::fromLatin1(Test::kPostgres15Image);
        spec.env = {{u"POSTGRES_PASSWORD"_s, u"client-test"_s}};
        QString error;
        m_running = m_containers->run(spec, &error);
        QVERIFY2(!m_running.isEmpty(), qPrintable(error));
        QVERIFY2(m_containers->waitHealthy(m_running, 90000, &error), qPrintable(error));
    }

    void cleanupTestCase() { delete m_containers; }

    void probePinsTheApiVersion()
    {
        DockerClient client(socketAt(m_socket));
        EngineError result(EngineError::Kind::Aborted);
        bool done = false;
        client.probe(this, [&](const EngineError &e) { result = e; done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(result.isNull(), qPrintable(result.id() + u' ' + result.message()));
        QCOMPARE(client.apiPrefix(), u"/v1.41"_s);
        QVERIFY(!client.version().version.isEmpty());
    }

    void noEngineAndStoppedEngineAreTold()
    {
        QTemporaryDir dir;
        // No socket file at all: no engine here.
        DockerClient missing(socketAt(dir.filePath(u"docker.sock"_s)));
        EngineError a;
        bool doneA = false;
        missing.probe(this, [&](const EngineError &e) { a = e; doneA = true; });
        QTRY_VERIFY_WITH_TIMEOUT(doneA, 10000);
        QCOMPARE(a.id(), u"no-engine"_s);
        QVERIFY(describeEngineError(a, missing.socketDescription()).contains(dir.filePath(u"docker.sock"_s)));

        // A socket file nobody listens on: what a stopped daemon leaves behind.
        const QByteArray path = QFile::encodeName(dir.filePath(u"stale.sock"_s));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        qstrncpy(addr.sun_path, path.constData(), sizeof addr.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        DockerClient stale(socketAt(QString::fromLocal8Bit(path)));
        EngineError b;
        bool doneB = false;
        stale.probe(this, [&](const EngineError &e) { b = e; doneB = true; });
        QTRY_VERIFY_WITH_TIMEOUT(doneB, 10000);
        ::close(fd);
        QCOMPARE(b.id(), u"not-running"_s);
    }

    void execKeepsStdoutStderrAndExitCodeApartAndDeliversStdin()
    {
        DockerClient client(socketAt(m_socket));
        QByteArray input(3 * 1024 * 1024 + 17, '\0');
        QRandomGenerator gen(42);
        for (char &c : input)
            c = char(gen.generate() & 0xff);
        ExecRun run;
        ContainerExec::Spec spec;
        spec.container = m_running;
        spec.arguments = {u"sh"_s, u"-c"_s, u"cat; echo 'to stderr' >&2; exit 3"_s};
        spec.user = u"postgres"_s;
        spec.withStdin = true;
        ContainerExec *exec = startExec(&client, spec, &run, this);
        exec->write(input);
        exec->closeStdin();
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 30000);
        QVERIFY2(run.error.isNull(), qPrintable(run.error.id() + u' ' + run.error.message()));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.out.size(), input.size());
        QVERIFY(run.out == input);
        QCOMPARE(run.err, "to stderr\n"_ba);
    }

    void missingContainerIsAnHttpErrorNamingIt()
    {
        DockerClient client(socketAt(m_socket));
        ExecRun run;
        startExec(&client, {u"valvur-test-no-such-container"_s, {u"true"_s}, {}, {}, {}, false, 0}, &run, this);
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QCOMPARE(run.error.kind(), EngineError::Kind::Http);
        QCOMPARE(run.error.httpStatus(), 404);
        QVERIFY2(run.error.message().contains(u"valvur-test-no-such-container"_s), qPrintable(run.error.message()));
    }

    void cancelStopsTheProgramInsideTheContainer()
    {
        DockerClient client(socketAt(m_socket));
        ExecRun run;
        ContainerExec *exec = startExec(&client, {m_running, {u"sleep"_s, u"313"_s}, u"postgres"_s, {}, {}, false, 0}, &run, this);
        QTRY_VERIFY_WITH_TIMEOUT(exec->pid() > 0, 10000);
        QCOMPARE(processesMatching(u"sleep 313"_s).size(), 1);
        exec->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QCOMPARE(run.error.kind(), EngineError::Kind::Aborted);
        QVERIFY2(processesMatching(u"sleep 313"_s).isEmpty(), qPrintable(processesMatching(u"sleep 313"_s).join(u'\n')));
    }

    void silenceLongerThanTheBoundEndsTheRunAsStalled()
    {
        DockerClient client(socketAt(m_socket));
        ExecRun run;
        ContainerExec::Spec spec{m_running, {u"sleep"_s, u"314"_s}, u"postgres"_s, {}, {}, false, 0};
        spec.idleTimeoutMs = 800;
        ContainerExec *exec = startExec(&client, spec, &run, this);
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 15000);
        QCOMPARE(run.error.kind(), EngineError::Kind::Timeout);
        QVERIFY(exec->stalled());
        QTRY_VERIFY_WITH_TIMEOUT(processesMatching(u"sleep 314"_s).isEmpty(), 10000);
    }

    void listFollowsAStopAndAStartWithinASecond()
    {
        ContainerDirectory directory(socketAt(m_socket));
        directory.start();
        QTRY_VERIFY_WITH_TIMEOUT(directory.find(m_running) != nullptr, 15000);
        QCOMPARE(directory.state(), ContainerDirectory::State::Ready);
        const ContainerInfo *info = directory.find(m_running);
        QVERIFY(info->isRunning());
        QCOMPARE(info->postgresMajor(), 15);
        QCOMPARE(info->postgresUser(), u"postgres"_s);

        const Test::DockerResult stop = m_containers->cli({u"stop"_s, u"-t"_s, u"20"_s, m_running});
        QVERIFY2(stop.ok(), qPrintable(stop.describe()));
        QElapsedTimer since;
        since.start();
        QTRY_VERIFY_WITH_TIMEOUT(directory.find(m_running) && !directory.find(m_running)->isRunning(), 1000);
        qInfo("stopped container seen after %lld ms", since.elapsed());

        const Test::DockerResult start = m_containers->cli({u"start"_s, m_running});
        QVERIFY2(start.ok(), qPrintable(start.describe()));
        since.restart();
        QTRY_VERIFY_WITH_TIMEOUT(directory.find(m_running) && directory.find(m_running)->isRunning(), 1000);
        qInfo("started container seen after %lld ms", since.elapsed());
        QString error;
        QVERIFY2(m_containers->waitHealthy(m_running, 90000, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(directory.find(m_running)->health, u"healthy"_s, 2000);
    }
};

QTEST_GUILESS_MAIN(TestDockerClient)
#include "tst_dockerclient.moc"
