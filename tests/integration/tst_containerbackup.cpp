// ctest-labels: docker
// Backup and restore with a container's own tools, against the real container engine and the
// locally built PostgreSQL 17 image while this computer's client programs are PostgreSQL 15: the
// CLI backs a container up with its pg_dump 17 and restores it into a second container with equal
// row counts; a too-old host pg_dump makes the backup use the container that publishes the port,
// and says so; cancel mid-backup leaves no file on the host and no pg_dump in the container; the
// password is never on a command line nor in an exec's configuration; verify's test restore runs in
// a container with its own pg_restore.
#include "backup/backupjob.h"
#include "containers/dockerclient.h"
#include "dockerengine.h"
#include "testserver.h"
#include "valvurprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Valvur;
using namespace Valvur::Test;

namespace {

const QString kPassword = QStringLiteral("Cb-secret-7f3a9e");
const QStringList kTables = {QStringLiteral("items"), QStringLiteral("notes"), QStringLiteral("empty_one")};

const char *const kSchema =
    "CREATE TABLE items(id int PRIMARY KEY, payload text);"
    "INSERT INTO items SELECT g, md5(g::text) FROM generate_series(1, 50000) g;"
    "CREATE TABLE notes(id serial, body text, data bytea);"
    "INSERT INTO notes(body, data) VALUES ('Tere, maailm', '\\x00ff10'), ('õun ja äädikas', NULL), (NULL, '\\x');"
    "CREATE TABLE empty_one(x int);";

// Polls a slow condition (each check runs the docker CLI) until it holds or the wall-clock bound
// passes; QTRY_* counts its own waits only and would run far past its bound here.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(100);
    }
    return true;
}

} // namespace

class TestContainerBackup : public QObject
{
    Q_OBJECT

private:
    QString m_socket;
    std::unique_ptr<Containers> m_containers;
    QString m_source;   // PostgreSQL 17, POSTGRES_PASSWORD in its environment, published port
    int m_sourcePort = 0;
    QString m_target;   // a second PostgreSQL 17 container
    QString m_dump;     // the custom-format backup of m_source the CLI made
    QTemporaryDir m_out;

    QProcessEnvironment valvurEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("PGPASSWORD"));
        return env;
    }

    // A custom-format backup of a container with its own pg_dump, over its published port.
    static BackupOptions containerBackup(const QString &container, int port, const QString &output)
    {
        BackupOptions o;
        ConnectionOptions::parse(QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(port), &o.connection, nullptr);
        o.password = kPassword;
        o.container = container;
        o.output = output;
        return o;
    }

    // The valvur environment with a pgpass file (in dir) holding the source's password.
    QProcessEnvironment withSourcePgpass(const QTemporaryDir &dir) const
    {
        QFile pgpass(dir.filePath(QStringLiteral("pgpass")));
        if (pgpass.open(QIODevice::WriteOnly))
            pgpass.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(m_sourcePort).arg(kPassword).toUtf8());
        pgpass.close();
        pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QProcessEnvironment env = valvurEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), pgpass.fileName());
        return env;
    }

    QString startPostgres17(const QString &stem, int *port, const QMap<QString, QString> &env, const QStringList &extraArgs = {})
    {
        ContainerSpec spec;
        spec.stem = stem;
        spec.image = QString::fromLatin1(kPostgres17Image);
        spec.env = env;
        *port = freeLoopbackPort();
        spec.publishedPort = *port;
        spec.extraArgs = extraArgs;
        QString error;
        const QString name = m_containers->run(spec, &error);
        if (name.isEmpty()) {
            QTest::qFail(qPrintable(QStringLiteral("docker run failed: ") + error), __FILE__, __LINE__);
            return {};
        }
        if (!m_containers->waitHealthy(name, 90000, &error)) {
            QTest::qFail(qPrintable(QStringLiteral("the container did not become healthy: ") + error), __FILE__, __LINE__);
            return {};
        }
        return name;
    }

    // psql inside the container (its own, over the local socket).
    QString containerPsql(const QString &container, const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        const DockerResult r = m_containers->cli({QStringLiteral("exec"), QStringLiteral("-u"), QStringLiteral("postgres"), container,
                                                  QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                                                  QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), database,
                                                  QStringLiteral("-c"), sql});
        if (!r.ok())
            return QStringLiteral("psql failed: ") + r.describe();
        return r.text();
    }

    QMap<QString, QString> rowCounts(const QString &container, const QString &database)
    {
        QMap<QString, QString> counts;
        for (const QString &t : kTables)
            counts.insert(t, containerPsql(container, QStringLiteral("SELECT count(*) FROM %1").arg(t), database));
        return counts;
    }

    // Every process's command line inside the container, one a line.
    QString containerCommandLines(const QString &container)
    {
        const DockerResult r = m_containers->cli(
            {QStringLiteral("exec"), container, QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("for p in /proc/[0-9]*; do tr '\\000' ' ' < $p/cmdline 2>/dev/null; echo; done")});
        return r.ok() ? QString::fromUtf8(r.out) : QStringLiteral("(cannot list: %1)").arg(r.describe());
    }

    bool pgDumpRunsIn(const QString &container)
    {
        const QStringList lines = containerCommandLines(container).split(QLatin1Char('\n'));
        for (const QString &l : lines) {
            if (l.startsWith(QLatin1String("pg_dump ")))
                return true;
        }
        return false;
    }

    QByteArray engineGet(const QString &path)
    {
        EngineSocket socket;
        socket.path = m_socket;
        DockerClient client(socket);
        QByteArray body;
        bool done = false;
        client.get(path, this, [&](const EngineCall &call) {
            body = call.body();
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return body;
    }

    // A backup whose pg_dump waits inside the container: another session holds an exclusive lock
    // on a table, so pg_dump blocks on it after it has started and connected.
    void holdExclusiveLock(const QString &container)
    {
        const DockerResult r = m_containers->cli({QStringLiteral("exec"), QStringLiteral("-d"), QStringLiteral("-u"), QStringLiteral("postgres"),
                                                  container, QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-c"),
                                                  QStringLiteral("BEGIN; LOCK TABLE items IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(600);")});
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY2(waitUntil([&] {
            return containerPsql(container, QStringLiteral("SELECT count(*) FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND "
                                                           "relation = 'items'::regclass")) == QLatin1String("1");
        }, 15000), "the lock holder did not get its lock");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_socket = ensureEngine();
        if (m_socket.isEmpty())
            return;
        QVERIFY(m_out.isValid());
        m_containers = std::make_unique<Containers>();
        // The scenario needs this computer's pg_dump to be older than the container's server.
        QProcess version;
        version.start(TestServer::findBinDir() + QStringLiteral("/pg_dump"), {QStringLiteral("--version")});
        QVERIFY(version.waitForFinished(10000));
        const QString text = QString::fromUtf8(version.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("PostgreSQL) 15")), qPrintable(QStringLiteral("host pg_dump: ") + text));
        m_source = startPostgres17(QStringLiteral("cbsource"), &m_sourcePort, {{QStringLiteral("POSTGRES_PASSWORD"), kPassword}});
        QVERIFY(!m_source.isEmpty());
        QCOMPARE(containerPsql(m_source, QString::fromUtf8(kSchema)).contains(QLatin1String("failed")), false);
    }

    void backupWithTheContainersPgDumpRestoresIntoASecondContainer()
    {
        QVERIFY(!m_socket.isEmpty());
        const QString dump = m_out.filePath(QStringLiteral("cli.dump"));
        const ValvurRun backup = runValvur({QStringLiteral("backup"), QStringLiteral("--container"), m_source, QStringLiteral("--output"), dump,
                                            QStringLiteral("--json")},
                                           valvurEnvironment(), 120000);
        QVERIFY2(backup.code == 0, qPrintable(backup.err + QString::fromUtf8(backup.out)));
        const QJsonObject b = QJsonDocument::fromJson(backup.out).object();
        QCOMPARE(b.value(QLatin1String("container")).toString(), m_source);
        QVERIFY2(b.value(QLatin1String("tool")).toString().contains(QLatin1String("PostgreSQL) 17")), qPrintable(QString::fromUtf8(backup.out)));
        QFile file(dump);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("PGDMP")); // a custom-format archive, byte for byte (no TTY mangling)
        QCOMPARE(QDir(m_out.path()).entryList(QDir::Files).size(), 1); // no temporary left beside it

        int targetPort = 0;
        const QString target = startPostgres17(QStringLiteral("cbtarget"), &targetPort, {{QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("other-pw")}});
        QVERIFY(!target.isEmpty());
        m_target = target;
        m_dump = dump;
        const ValvurRun restore = runValvur({QStringLiteral("restore"), QStringLiteral("--container"), target, QStringLiteral("--input"), dump,
                                             QStringLiteral("--target-db"), QStringLiteral("copy"), QStringLiteral("--create"), QStringLiteral("--json")},
                                            valvurEnvironment(), 120000);
        QVERIFY2(restore.code == 0, qPrintable(restore.err + QString::fromUtf8(restore.out)));
        const QMap<QString, QString> source = rowCounts(m_source, QStringLiteral("postgres"));
        QCOMPARE(source.value(QStringLiteral("items")), QStringLiteral("50000"));
        QCOMPARE(rowCounts(target, QStringLiteral("copy")), source);
        QCOMPARE(containerPsql(target, QStringLiteral("SELECT string_agg(coalesce(body, '-'), ',' ORDER BY id) FROM notes"), QStringLiteral("copy")),
                 QStringLiteral("Tere, maailm,õun ja äädikas,-"));
    }

    void verifyTestRestoresIntoAContainerAndComparesRowCounts()
    {
        QVERIFY(!m_socket.isEmpty());
        QVERIFY2(!m_target.isEmpty() && !m_dump.isEmpty(), "needs the backup and the second container of the test before");
        // The backup's source is reached with the password from a pgpass file, for its row counts.
        QTemporaryDir home;
        const QProcessEnvironment env = withSourcePgpass(home);
        const ValvurRun run = runValvur({QStringLiteral("verify"), QStringLiteral("--input"), m_dump, QStringLiteral("--test-restore-container"),
                                         m_target, QStringLiteral("--json")},
                                        env, 120000);
        QVERIFY2(run.code == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
        const QJsonObject j = QJsonDocument::fromJson(run.out).object();
        QVERIFY(j.value(QLatin1String("quickCheck")).toBool()); // read by the container's pg_restore 17: the host's 15 cannot
        const QJsonObject t = j.value(QLatin1String("testRestore")).toObject();
        QVERIFY(t.value(QLatin1String("restored")).toBool());
        QVERIFY2(t.value(QLatin1String("countsCompared")).toBool() && t.value(QLatin1String("countsMatch")).toBool(), qPrintable(QString::fromUtf8(run.out)));
        QCOMPARE(t.value(QLatin1String("rowCounts")).toArray().size(), kTables.size());
        QVERIFY(t.value(QLatin1String("scratchDropped")).toBool());
        const QString scratch = t.value(QLatin1String("scratchDatabase")).toString();
        QVERIFY(!scratch.isEmpty());
        QCOMPARE(containerPsql(m_target, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(scratch)), QStringLiteral("0"));
    }

    void plainBackupRestoresThroughTheContainersPsql()
    {
        QVERIFY(!m_socket.isEmpty());
        const QString sql = m_out.filePath(QStringLiteral("plain.sql"));
        const ValvurRun backup = runValvur({QStringLiteral("backup"), QStringLiteral("--container"), m_source, QStringLiteral("--format"),
                                            QStringLiteral("plain"), QStringLiteral("--output"), sql},
                                           valvurEnvironment(), 120000);
        QVERIFY2(backup.code == 0, qPrintable(backup.err));
        const ValvurRun restore = runValvur({QStringLiteral("restore"), QStringLiteral("--container"), m_source, QStringLiteral("--input"), sql,
                                             QStringLiteral("--target-db"), QStringLiteral("plaincopy"), QStringLiteral("--create")},
                                            valvurEnvironment(), 120000);
        QVERIFY2(restore.code == 0, qPrintable(restore.err));
        QCOMPARE(rowCounts(m_source, QStringLiteral("plaincopy")), rowCounts(m_source, QStringLiteral("postgres")));
    }

    void tooOldHostPgDumpUsesThePublishingContainerAndSaysSo()
    {
        QVERIFY(!m_socket.isEmpty());
        const QString dump = m_out.filePath(QStringLiteral("offered.dump"));
        QTemporaryDir home;
        const QProcessEnvironment env = withSourcePgpass(home);
        const ValvurRun run = runValvur({QStringLiteral("backup"), QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(m_sourcePort),
                                         QStringLiteral("--output"), dump},
                                        env, 120000);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("runs inside the container %1 with its own pg_dump 17").arg(m_source)), qPrintable(run.err));
        QVERIFY(QFileInfo(dump).size() > 1000);
    }

    void cancelMidBackupLeavesNothingAndThePasswordIsNowhere()
    {
        QVERIFY(!m_socket.isEmpty());
        // This container gets its password from a file: docker inspect shows only the file's name.
        QTemporaryDir secrets;
        QFile secret(secrets.filePath(QStringLiteral("pw")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(kPassword.toUtf8());
        secret.close();
        secret.setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        int port = 0;
        const QString name = startPostgres17(QStringLiteral("cbcancel"), &port, {{QStringLiteral("POSTGRES_PASSWORD_FILE"), QStringLiteral("/run/valvur-pw")}},
                                             {QStringLiteral("-v"), secret.fileName() + QStringLiteral(":/run/valvur-pw:ro")});
        QVERIFY(!name.isEmpty());
        QVERIFY(!containerPsql(name, QString::fromUtf8(kSchema)).contains(QLatin1String("failed")));
        // The command line reads POSTGRES_PASSWORD_FILE through the container for its own connection.
        const QString viaFile = m_out.filePath(QStringLiteral("password-file.dump"));
        const ValvurRun cli = runValvur({QStringLiteral("backup"), QStringLiteral("--container"), name, QStringLiteral("--output"), viaFile},
                                        valvurEnvironment(), 120000);
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        QVERIFY(QFileInfo(viaFile).size() > 1000);
        holdExclusiveLock(name);

        QTemporaryDir out;
        const BackupOptions o = containerBackup(name, port, out.filePath(QStringLiteral("cancelled.dump")));
        BackupJob job(o);
        QSignalSpy finished(&job, &BackupJob::finished);
        QSignalSpy preflight(&job, &BackupJob::preflightDone);
        job.preflight();
        QVERIFY(preflight.wait(60000));
        QVERIFY2(preflight.first().first().toBool(), qPrintable(preflight.first().last().toString()));
        // What the Summary shows: the container's own tool and the docker exec command, without the password.
        QVERIFY2(job.toolVersion().contains(QLatin1String("PostgreSQL) 17")), qPrintable(job.toolVersion()));
        QVERIFY2(job.displayCommand().contains(QStringLiteral("docker exec -i -u postgres %1 pg_dump").arg(name)), qPrintable(job.displayCommand()));
        QVERIFY(!job.displayCommand().contains(kPassword));
        job.start();
        QVERIFY2(waitUntil([&] { return pgDumpRunsIn(name) || !finished.isEmpty(); }, 30000), "pg_dump never ran in the container");
        QVERIFY2(finished.isEmpty(), qPrintable(finished.value(0).value(0).value<BackupResult>().error));
        QCOMPARE(job.containerName(), name);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // the temporary output, being written

        // While it runs: the password is on no process's command line in the container, and not in
        // the container's or any exec's configuration the engine shows.
        const QString commandLines = containerCommandLines(name);
        QVERIFY2(commandLines.contains(QLatin1String("pg_dump")), qPrintable(commandLines));
        QVERIFY2(!commandLines.contains(kPassword), qPrintable(commandLines));
        const QByteArray inspect = engineGet(QStringLiteral("/containers/%1/json").arg(name));
        QVERIFY(!inspect.isEmpty());
        QVERIFY(!inspect.contains(kPassword.toUtf8()));
        const QJsonArray execIds = QJsonDocument::fromJson(inspect).object().value(QLatin1String("ExecIDs")).toArray();
        QVERIFY(!execIds.isEmpty());
        bool sawPgDumpExec = false;
        for (const QJsonValue &id : execIds) {
            const QByteArray exec = engineGet(QStringLiteral("/exec/%1/json").arg(id.toString()));
            QVERIFY2(!exec.contains(kPassword.toUtf8()), exec.constData());
            sawPgDumpExec = sawPgDumpExec || exec.contains("pg_dump");
        }
        QVERIFY(sawPgDumpExec);

        job.cancel();
        QVERIFY(finished.wait(20000));
        const BackupResult r = finished.first().first().value<BackupResult>();
        QCOMPARE(int(r.status), int(BackupResult::Status::Cancelled));
        QVERIFY2(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty(),
                 qPrintable(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(','))));
        QVERIFY2(waitUntil([&] { return !pgDumpRunsIn(name); }, 10000), qPrintable(containerCommandLines(name)));
    }

    void directoryFormatIsRefusedWithAReason()
    {
        QVERIFY(!m_socket.isEmpty());
        const ValvurRun run = runValvur({QStringLiteral("backup"), QStringLiteral("--container"), m_source, QStringLiteral("--format"),
                                         QStringLiteral("directory"), QStringLiteral("--output"), m_out.filePath(QStringLiteral("dir"))},
                                        valvurEnvironment(), 60000);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("custom, tar or plain")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("dir"))));
    }

    // Last: it leaves m_source's table locked.
    void aFrozenContainerEndsTheBackupAsStalledWithinItsBound()
    {
        QVERIFY(!m_socket.isEmpty());
        holdExclusiveLock(m_source); // pg_dump waits, silent, but the server answers: not a stall
        QTemporaryDir out;
        BackupOptions o = containerBackup(m_source, m_sourcePort, out.filePath(QStringLiteral("stalled.dump")));
        o.stallTimeoutS = 3;
        BackupJob job(o);
        QSignalSpy finished(&job, &BackupJob::finished);
        job.start();
        QVERIFY2(waitUntil([&] { return pgDumpRunsIn(m_source) || !finished.isEmpty(); }, 30000), "pg_dump never ran in the container");
        QTest::qWait(5000); // longer than the stall bound: a lock wait with an answering server goes on
        QVERIFY2(finished.isEmpty(), qPrintable(finished.value(0).value(0).value<BackupResult>().error));
        QString error;
        QVERIFY2(m_containers->freeze(m_source, &error), qPrintable(error));
        const bool ended = finished.wait(30000);
        m_containers->thaw(m_source);
        QVERIFY2(ended, "the backup did not end within 30 s of the container freezing");
        const BackupResult r = finished.first().first().value<BackupResult>();
        QCOMPARE(int(r.status), int(BackupResult::Status::Failed));
        QVERIFY2(r.error.contains(QLatin1String("stopped answering")), qPrintable(r.error));
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    void cleanupTestCase() { m_containers.reset(); }
};

QTEST_GUILESS_MAIN(TestContainerBackup)
#include "tst_containerbackup.moc"
