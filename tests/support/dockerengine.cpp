#include "dockerengine.h"

#include "processes.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <csignal>


namespace Valvur::Test {

namespace {

const QString kPidLabel = QStringLiteral("valvur.test.pid");

QProcessEnvironment dockerEnvironment(const QString &host, const QMap<QString, QString> &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!host.isEmpty())
        env.insert(QStringLiteral("DOCKER_HOST"), host);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

bool finishWithin(QProcess &process, int timeoutMs)
{
    if (process.waitForFinished(timeoutMs))
        return true;
    process.kill();
    process.waitForFinished(5000);
    return false;
}

DockerResult runDocker(const QStringList &args, int timeoutMs, const QString &host, const QByteArray &input,
                       const QMap<QString, QString> &extraEnv = {})
{
    DockerResult result;
    QProcess p;
    p.setProcessEnvironment(dockerEnvironment(host, extraEnv));
    p.start(dockerProgram(), args);
    if (!p.waitForStarted(10000)) {
        result.err = QStringLiteral("the docker client did not start: ") + p.errorString();
        return result;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool finished = finishWithin(p, timeoutMs);
    result.out = p.readAllStandardOutput();
    result.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (!finished) {
        result.err = QStringLiteral("docker %1 did not finish within %2 s. %3")
                         .arg(args.value(0)).arg(timeoutMs / 1000).arg(result.err);
        return result;
    }
    result.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return result;
}

// A script from the source tree with a bound; empty on success, else what it printed on stderr.
QString runScript(const QString &script, const QStringList &args, int timeoutMs)
{
    const QString source = qEnvironmentVariable("VALVUR_SOURCE_DIR");
    if (source.isEmpty())
        return QStringLiteral("VALVUR_SOURCE_DIR is not set (run the tests through ctest)");
    QProcess p;
    p.start(QStringLiteral("bash"), QStringList{source + QStringLiteral("/scripts/") + script} + args);
    if (!p.waitForStarted(10000))
        return script + QStringLiteral(" did not start: ") + p.errorString();
    if (!finishWithin(p, timeoutMs))
        return script + QStringLiteral(" did not finish within %1 s").arg(timeoutMs / 1000);
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return err.isEmpty() ? script + QStringLiteral(" failed with exit code %1").arg(p.exitCode()) : err;
}

// Containers and volumes whose test program is gone (it crashed before its Containers removed them).
void removeLeftovers()
{
    const DockerResult containers = runDocker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                                               QStringLiteral("label=") + kPidLabel, QStringLiteral("--format"),
                                               QStringLiteral("{{.Names}} {{.Label \"%1\"}}").arg(kPidLabel)},
                                              30000, {}, {});
    const DockerResult volumes = runDocker({QStringLiteral("volume"), QStringLiteral("ls"), QStringLiteral("--filter"),
                                            QStringLiteral("label=") + kPidLabel, QStringLiteral("--format"),
                                            QStringLiteral("{{.Name}} {{.Label \"%1\"}}").arg(kPidLabel)},
                                           30000, {}, {});
    const auto orphans = [](const DockerResult &listing) {
        QStringList names;
        for (const QString &line : listing.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.size() == 2 && !processRunning(parts[1].toLongLong()))
                names << parts[0];
        }
        return names;
    };
    const QStringList deadContainers = orphans(containers);
    if (!deadContainers.isEmpty())
        runDocker(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v")} + deadContainers, 60000, {}, {});
    const QStringList deadVolumes = orphans(volumes);
    if (!deadVolumes.isEmpty())
        runDocker(QStringList{QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f")} + deadVolumes, 60000, {}, {});
}

QString prepareEngine(QString *socket)
{
    const QString problem = qEnvironmentVariable("VALVUR_CONTAINER_ENGINE_PROBLEM");
    if (!problem.isEmpty())
        return problem;
    QString error = runScript(QStringLiteral("container-engine.sh"), {QStringLiteral("start")}, 60000);
    if (!error.isEmpty())
        return error;
    error = runScript(QStringLiteral("test-images.sh"), {}, 540000);
    if (!error.isEmpty())
        return QStringLiteral("the PostgreSQL test images could not be built: ") + error;
    const QString host = qEnvironmentVariable("DOCKER_HOST");
    *socket = host.startsWith(QLatin1String("unix://")) ? host.mid(7)
              : host.isEmpty()                          ? QStringLiteral("/var/run/docker.sock")
                                                        : host;
    removeLeftovers();
    return {};
}

struct Engine
{
    QString socket;
    QString problem;
};

const Engine &engine()
{
    static const Engine prepared = [] {
        Engine e;
        e.problem = prepareEngine(&e.socket);
        return e;
    }();
    return prepared;
}

} // namespace

QString engineProblem()
{
    return engine().problem;
}

QString ensureEngine()
{
    if (!engine().problem.isEmpty()) {
        const QString message = QStringLiteral("No container engine for the container tests: ") + engine().problem;
        QTest::qFail(message.toUtf8().constData(), __FILE__, __LINE__);
        return {};
    }
    return engine().socket;
}

QString DockerResult::describe() const
{
    return code < 0 ? err : QStringLiteral("exit code %1: %2").arg(code).arg(err);
}

DockerResult dockerCli(const QStringList &args, int timeoutMs, const QString &host, const QByteArray &input)
{
    return runDocker(args, timeoutMs, host, input);
}

QString dockerProgram()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("docker"));
    return found.isEmpty() ? QStringLiteral("/usr/bin/docker") : found;
}

int freeLoopbackPort()
{
    return TestServer::freePort();
}

QString hostPsql(int port, const QString &password, const QString &sql, QString *error, const QString &database,
                 const QString &user)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    p.setProcessEnvironment(env);
    p.start(TestServer::findBinDir() + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
             QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    if (!p.waitForStarted(10000) || !finishWithin(p, 30000)) {
        *error = QStringLiteral("psql did not start or finish within 30 s");
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

Containers::Containers(const QString &host)
    : m_host(host)
{
}

Containers::~Containers()
{
    removeAll();
}

QString Containers::uniqueName(const QString &stem)
{
    static int counter = 0;
    return QStringLiteral("valvur-test-%1-%2-%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(++counter);
}

QString Containers::volume(const QString &stem, QString *error)
{
    const QString name = uniqueName(stem);
    const DockerResult r = cli({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("--label"),
                                kPidLabel + QLatin1Char('=') + QString::number(QCoreApplication::applicationPid()), name});
    if (!r.ok()) {
        *error = QStringLiteral("docker volume create %1: %2").arg(name, r.describe());
        return {};
    }
    m_volumes << name;
    return name;
}

QString Containers::run(const ContainerSpec &spec, QString *error)
{
    const QString name = uniqueName(spec.stem);
    QStringList args{QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, QStringLiteral("--label"),
                     kPidLabel + QLatin1Char('=') + QString::number(QCoreApplication::applicationPid())};
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it)
        args << QStringLiteral("-e") << it.key();  // the value travels in the client's environment
    if (spec.publishedPort > 0)
        args << QStringLiteral("-p") << QStringLiteral("127.0.0.1:%1:%2").arg(spec.publishedPort).arg(spec.containerPort);
    if (!spec.volume.isEmpty())
        args << QStringLiteral("-v") << spec.volume + QLatin1Char(':') + spec.mountPath;
    args << spec.extraArgs << spec.image << spec.command;
    m_containers << name;  // docker run may create it and then fail to start it
    const DockerResult r = runDocker(args, 120000, m_host, {}, spec.env);
    if (!r.ok()) {
        *error = QStringLiteral("docker run %1 (%2): %3").arg(name, spec.image, r.describe());
        return {};
    }
    return name;
}

bool Containers::waitHealthy(const QString &name, int timeoutMs, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    // The engine's event stream for this container from its creation on: nothing is missed.
    const QString created = cli({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Created}}"), name}).text();
    QProcess events;
    events.setProcessEnvironment(dockerEnvironment(m_host));
    events.start(dockerProgram(), {QStringLiteral("events"), QStringLiteral("--since"), created, QStringLiteral("--filter"),
                                   QStringLiteral("container=") + name, QStringLiteral("--format"), QStringLiteral("{{.Status}}")});
    QString last;
    bool healthy = false;
    bool ended = false;
    while (!healthy && !ended && clock.elapsed() < timeoutMs) {
        if (!events.canReadLine() && !events.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - clock.elapsed()))))
            break;
        while (events.canReadLine()) {
            last = QString::fromUtf8(events.readLine()).trimmed();
            if (last == QLatin1String("start")) { // a new run of the container: what came before is history
                healthy = false;
                ended = false;
            }
            healthy = healthy || last == QLatin1String("health_status: healthy");
            // "unhealthy" is not the end: the engine goes on checking, and a first start on a loaded
            // machine can outlast the image's start period before the server answers.
            ended = ended || last == QLatin1String("destroy");
            // A "die" from the history may come before the stream has delivered the "start" that
            // followed it (a container stopped once and started again, as the lab's is): it ends
            // the wait only when the container is not running now.
            if (last == QLatin1String("die")
                && cli({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Running}}"), name}).text() != QLatin1String("true"))
                ended = true;
        }
    }
    events.kill();
    events.waitForFinished(5000);
    if (healthy)
        return true;
    const QString state = cli({QStringLiteral("inspect"), QStringLiteral("-f"),
                               QStringLiteral("{{.State.Status}} exit={{.State.ExitCode}} {{if .State.Health}}health={{.State.Health.Status}}{{end}}"),
                               name}).text();
    *error = QStringLiteral("%1 did not become healthy within %2 s (last event: \"%3\", state: %4). Its log ends:\n%5")
                 .arg(name).arg(timeoutMs / 1000).arg(last, state, logs(name).right(2000));
    return false;
}

int Containers::waitExited(const QString &name, int timeoutMs)
{
    const DockerResult r = cli({QStringLiteral("wait"), name}, timeoutMs);
    return r.ok() ? r.text().toInt() : -1;
}

QString Containers::logs(const QString &name) const
{
    const DockerResult r = cli({QStringLiteral("logs"), name});
    return QString::fromUtf8(r.out) + r.err;
}

bool Containers::freeze(const QString &name, QString *error)
{
    const DockerResult pause = cli({QStringLiteral("pause"), name});
    if (pause.ok()) {
        m_paused << name;
        return true;
    }
    // The processes as the host sees them (docker top prints host PIDs).
    const DockerResult top = cli({QStringLiteral("top"), name, QStringLiteral("-eo"), QStringLiteral("pid")});
    QList<qint64> pids;
    if (top.ok()) {
        const QStringList lines = top.text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1)) { // the first line is the header
            bool ok = false;
            const qint64 pid = line.trimmed().toLongLong(&ok);
            if (ok && pid > 1)
                pids << pid;
        }
    }
    QList<qint64> stopped;
    for (qint64 pid : std::as_const(pids)) {
        if (::kill(pid_t(pid), SIGSTOP) == 0)
            stopped << pid;
    }
    if (stopped.isEmpty() || stopped.size() != pids.size()) {
        for (qint64 pid : std::as_const(stopped))
            ::kill(pid_t(pid), SIGCONT);
        *error = QStringLiteral("cannot freeze %1: docker pause: %2; SIGSTOP to its processes (%3): stopped %4 of %5")
                     .arg(name, pause.describe(), top.ok() ? QStringLiteral("docker top") : top.describe())
                     .arg(stopped.size()).arg(pids.size());
        return false;
    }
    qInfo("docker pause failed here (%s); froze %s by SIGSTOP to its %lld processes instead",
          qPrintable(pause.describe()), qPrintable(name), qlonglong(stopped.size()));
    m_stopped.insert(name, stopped);
    return true;
}

void Containers::thaw(const QString &name)
{
    if (m_paused.removeAll(name) > 0)
        cli({QStringLiteral("unpause"), name});
    const QList<qint64> stopped = m_stopped.take(name);
    for (qint64 pid : stopped)
        ::kill(pid_t(pid), SIGCONT);
}

bool Containers::remove(const QString &name)
{
    thaw(name);
    m_containers.removeAll(name);
    return cli({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v"), name}).ok();
}

bool Containers::removeVolume(const QString &name)
{
    m_volumes.removeAll(name);
    return cli({QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f"), name}).ok();
}

void Containers::removeAll()
{
    for (const QString &name : QStringList(m_paused) + m_stopped.keys())
        thaw(name);
    if (!m_containers.isEmpty())
        cli(QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("-v")} + m_containers, 120000);
    if (!m_volumes.isEmpty())
        cli(QStringList{QStringLiteral("volume"), QStringLiteral("rm"), QStringLiteral("-f")} + m_volumes, 60000);
    m_containers.clear();
    m_volumes.clear();
}

} // namespace Valvur::Test
