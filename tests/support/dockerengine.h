#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Valvur::Test {

// The real container engine for the container tests (label `docker`): Debian's dockerd, and the
// PostgreSQL images scripts/test-images.sh builds locally (valvur-test/postgres:15 and :17). Tests
// use the docker CLI to set scenarios up; Valvur itself never does. Everything here is bounded.

inline constexpr auto kPostgres15Image = "valvur-test/postgres:15";
inline constexpr auto kPostgres17Image = "valvur-test/postgres:17";

// The engine's socket path. The first call per process makes sure the engine runs and the images
// are built (scripts/container-engine.sh start, scripts/test-images.sh: no-ops when they are).
// When there is no engine it records a test failure with the reason (including what
// scripts/test.sh put in VALVUR_CONTAINER_ENGINE_PROBLEM) and returns an empty string:
//     const QString socket = Test::ensureEngine();
//     if (socket.isEmpty()) return;
QString ensureEngine();
// The same preparation without a test: empty when the engine runs and the images exist, else why not.
QString engineProblem();

struct DockerResult
{
    int code = -1;  // -1: did not start or did not finish within the bound
    QByteArray out;
    QString err;
    bool ok() const { return code == 0; }
    QString text() const { return QString::fromUtf8(out).trimmed(); }
    QString describe() const;  // for failure messages: the exit code and stderr
};

// The docker CLI with a bound. host: a DOCKER_HOST value ("unix:///path"), empty for the main engine.
DockerResult dockerCli(const QStringList &args, int timeoutMs = 60000, const QString &host = {},
                       const QByteArray &input = {});

// The docker client program (on PATH, else Debian's /usr/bin/docker).
QString dockerProgram();

// A free TCP port on 127.0.0.1 (for `-p 127.0.0.1:PORT:5432`).
int freeLoopbackPort();

// psql from the host (the tests' PostgreSQL 15 client) over TCP to 127.0.0.1:port with the password.
// Returns the unaligned, tuples-only output of the last statement, or a null string with *error.
QString hostPsql(int port, const QString &password, const QString &sql, QString *error,
                 const QString &database = QStringLiteral("postgres"), const QString &user = QStringLiteral("postgres"));

struct ContainerSpec
{
    QString stem;                          // part of the unique name: valvur-test-<stem>-<pid>-<n>
    QString image = QString::fromLatin1(kPostgres17Image);
    QMap<QString, QString> env;            // -e NAME (value passed through the CLI's environment)
    int publishedPort = 0;                 // > 0: -p 127.0.0.1:<port>:<containerPort>
    int containerPort = 5432;
    QString volume;                        // a volume name (from Containers::volume) or a host path
    QString mountPath = QStringLiteral("/var/lib/postgresql/data");
    QStringList extraArgs;                 // more `docker run` options
    QStringList command;                   // after the image
};

// Containers and volumes one test makes, on one engine; all removed (with their anonymous volumes)
// at scope exit, whatever the test did. Every name starts with valvur-test- and carries the label
// valvur.test.pid, so leftovers of a crashed test program are removed by the next ensureEngine().
class Containers
{
public:
    explicit Containers(const QString &host = {});  // host: DOCKER_HOST value, empty: the main engine
    ~Containers();
    Containers(const Containers &) = delete;
    Containers &operator=(const Containers &) = delete;

    QString uniqueName(const QString &stem);
    // Creates a named volume (removed at scope exit). Empty with *error when it cannot.
    QString volume(const QString &stem, QString *error);
    // docker run -d. Returns the container's name, or an empty string with *error.
    QString run(const ContainerSpec &spec, QString *error);
    // Until `docker inspect` says healthy; false with *error (the state and the log's end) when the
    // container exits, turns unhealthy or the bound passes.
    bool waitHealthy(const QString &name, int timeoutMs, QString *error);
    // Until the container has exited; its exit code, or -1 when the bound passed.
    int waitExited(const QString &name, int timeoutMs);
    QString logs(const QString &name) const;  // stdout and stderr together
    // Every process of the container stops, as on a hung host: `docker pause` (the cgroup freezer),
    // or, where the runtime cannot freeze (seen in CI: "OCI runtime pause failed: unable to
    // freeze"), SIGSTOP to each process `docker top` lists. False with *error when neither works.
    bool freeze(const QString &name, QString *error);
    void thaw(const QString &name);  // undoes freeze(); removeAll() thaws too
    bool remove(const QString &name);         // docker rm -f -v
    // A container the test made with cli() itself (e.g. recreated under the same name): removed at scope exit too.
    void track(const QString &name) { if (!m_containers.contains(name)) m_containers << name; }
    bool removeVolume(const QString &name);
    void removeAll();
    DockerResult cli(const QStringList &args, int timeoutMs = 60000) const { return dockerCli(args, timeoutMs, m_host); }
    const QString &host() const { return m_host; }

private:
    QString m_host;
    QStringList m_containers;
    QStringList m_volumes;
    QMap<QString, QList<qint64>> m_stopped;  // container -> host PIDs freeze() stopped with SIGSTOP
    QStringList m_paused;
};

} // namespace Valvur::Test
