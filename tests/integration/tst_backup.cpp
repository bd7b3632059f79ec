// The backup engine against a real PostgreSQL 15 and the real tools: every format round-trips
// with equal contents (bytea, unicode, NULLs, a large object, odd names), a physical backup starts
// as a second server, cancel and a stopped server leave nothing behind, an existing destination
// survives, the password never shows in the child's /proc entries, a plain SQL file with an error
// halfway restores nothing, and a pg_dump older than the server is refused before it starts.
#include "backup/backupjob.h"
#include "backup/backuphistory.h"
#include "backup/checksum.h"
#include "clustercopy.h"
#include "pg/connectionoptions.h"
#include "processes.h"
#include "backup/restorejob.h"
#include "restorerun.h"
#include "testserver.h"
#include "backup/verifyjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <libpq-fe.h>

using namespace Valvur;
using Valvur::Test::ClusterCopy;
using Valvur::Test::TestServer;

namespace {

// Row count and content checksum of every user table, plus the large objects, in one value.
const char *const kFingerprint =
    "SELECT coalesce((SELECT string_agg(format('%s.%s:%s:%s', n.nspname, c.relname,\n"
    "    (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text,\n"
    "    (xpath('/row/m/text()', query_to_xml(format('SELECT md5(coalesce(string_agg(t::text, ''|'' ORDER BY t::text), '''')) AS m FROM %I.%I t',\n"
    "                                                 n.nspname, c.relname), false, true, '')))[1]::text), ',' ORDER BY n.nspname, c.relname)\n"
    "  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace\n"
    " WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'), '')\n"
    " || ' LO:' || coalesce((SELECT string_agg(oid::text || '=' || md5(lo_get(oid)), ',' ORDER BY oid) FROM pg_largeobject_metadata), '')";

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QTemporaryDir m_out;
    QString m_sourceFingerprint;

    ConnectionOptions connection(const QString &db = QStringLiteral("src")) const
    {
        ConnectionOptions o;
        QString error;
        ConnectionOptions::parse(m_server.conninfo(db), &o, &error);
        return o;
    }

    BackupOptions backupOptions(BackupOptions::Format format, const QString &output) const
    {
        BackupOptions o;
        o.connection = connection();
        o.password = m_server.superuserPassword();
        o.format = format;
        o.output = output;
        o.toolDirectory = m_server.binDir();
        return o;
    }

    static BackupResult runBackup(BackupJob &job)
    {
        QSignalSpy done(&job, &BackupJob::finished);
        job.start();
        if (!done.wait(180000))
            return {};
        return done.first().first().value<BackupResult>();
    }

    RestoreResult runRestore(const QString &input, const QString &target, bool create = true)
    {
        return Valvur::Test::runRestore(m_server, input, target, create);
    }

    QStringList leftovers() const
    {
        QStringList names;
        for (const QString &n : QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
            if (n.contains(QLatin1String("valvur-partial")) || n.contains(QLatin1String("valvur-old")))
                names << n;
        }
        return names;
    }

    // A session that holds an ACCESS EXCLUSIVE lock on src.big until released: pg_dump blocks on
    // it deterministically (it locks every table before reading any).
    PGconn *holdLock()
    {
        PGconn *c = PQconnectdb(m_server.socketConninfo(QStringLiteral("src")).toUtf8().constData());
        if (PQstatus(c) != CONNECTION_OK)
            return c;
        PQclear(PQexec(c, "BEGIN; LOCK TABLE big IN ACCESS EXCLUSIVE MODE"));
        return c;
    }

    bool pgDumpWaitsForLock() const
    {
        return m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pg_dump' "
                                            "AND wait_event_type = 'Lock'"))
            == QLatin1String("1");
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BackupResult>();
        qRegisterMetaType<RestoreResult>();
        qRegisterMetaType<VerifyResult>();
        TestServer::Options options;
        options.replication = true;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        QVERIFY(m_out.isValid());
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE src"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral(
                          "CREATE TABLE odd(id int PRIMARY KEY, b bytea, t text, n numeric, j jsonb);\n"
                          "INSERT INTO odd VALUES (1, '\\x00ff10'::bytea, 'Tere, õun ja šokolaad — 🐘 日本語', NULL, '{\"a\": [1, null]}'),\n"
                          "  (2, NULL, NULL, 3.14, NULL),\n"
                          "  (3, decode(repeat('ab00', 5000), 'hex'), E'tab\\tnew\\nline \"quote\" \\\\ backslash', -0.0, 'null');\n"
                          "CREATE TABLE docs(id int PRIMARY KEY, doc oid);\n"
                          "INSERT INTO docs VALUES (1, lo_from_bytea(0, '\\xdeadbeef00c3b5'::bytea));\n"
                          "CREATE TABLE big AS SELECT g AS id, md5(g::text) AS v FROM generate_series(1, 50000) g;\n"
                          "CREATE SCHEMA \"Mixed Case\";\n"
                          "CREATE TABLE \"Mixed Case\".\"Tab le\"(x int, y text);\n"
                          "INSERT INTO \"Mixed Case\".\"Tab le\" VALUES (1, 'a'), (NULL, NULL);"),
                      QStringLiteral("src"), &ok);
        QVERIFY(ok);
        m_sourceFingerprint = m_server.psql(QString::fromLatin1(kFingerprint), QStringLiteral("src"));
        QVERIFY(m_sourceFingerprint.contains(QLatin1String("public.big:50000:")));
        QVERIFY(m_sourceFingerprint.contains(QLatin1String("Mixed Case.Tab le:2:")));
        QVERIFY(m_sourceFingerprint.contains(QLatin1String("LO:")) && !m_sourceFingerprint.endsWith(QLatin1String("LO:")));
    }

    void logicalRoundTrip_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("jobs");
        QTest::newRow("custom") << int(BackupOptions::Format::Custom) << 1;
        QTest::newRow("directory, 2 jobs") << int(BackupOptions::Format::Directory) << 2;
        QTest::newRow("tar") << int(BackupOptions::Format::Tar) << 1;
        QTest::newRow("plain") << int(BackupOptions::Format::Plain) << 1;
    }

    void logicalRoundTrip()
    {
        QFETCH(int, format);
        QFETCH(int, jobs);
        const auto f = BackupOptions::Format(format);
        const QString name = BackupOptions::formatName(f);
        const QString output = m_out.filePath(QStringLiteral("rt-") + name + BackupOptions::extension(f));
        BackupOptions o = backupOptions(f, output);
        o.jobs = jobs;
        BackupJob job(o);
        const BackupResult r = runBackup(job);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(QFileInfo::exists(output));
        QCOMPARE(r.path, output);
        QVERIFY(r.sizeBytes > 0);
        QCOMPARE(r.sha256.size(), 64);
        QCOMPARE(r.sha256, Checksum::sha256(output));
        QVERIFY(leftovers().isEmpty());

        const QString target = QStringLiteral("rt_") + name;
        const RestoreResult rr = runRestore(output, target);
        QVERIFY2(rr.ok(), qPrintable(rr.error));
        QCOMPARE(int(rr.format), int(f == BackupOptions::Format::Custom ? BackupArchive::Format::Custom
                                     : f == BackupOptions::Format::Directory ? BackupArchive::Format::Directory
                                     : f == BackupOptions::Format::Tar ? BackupArchive::Format::Tar
                                                                        : BackupArchive::Format::Plain));
        QCOMPARE(m_server.psql(QString::fromLatin1(kFingerprint), target), m_sourceFingerprint);
    }

    void verifyQuickAndTestRestore()
    {
        const QString output = m_out.filePath(QStringLiteral("verify.dump"));
        BackupJob job(backupOptions(BackupOptions::Format::Custom, output));
        const BackupResult r = runBackup(job);
        QVERIFY2(r.ok(), qPrintable(r.error));

        VerifyOptions v;
        v.input = output;
        v.expectedSha256 = r.sha256;
        v.toolDirectory = m_server.binDir();
        v.testRestore = true;
        v.restoreServer = connection(QStringLiteral("postgres"));
        v.restorePassword = m_server.superuserPassword();
        v.source = connection(QStringLiteral("src"));
        v.sourcePassword = m_server.superuserPassword();
        VerifyJob verify(v);
        QSignalSpy done(&verify, &VerifyJob::finished);
        verify.start();
        QVERIFY(done.wait(180000));
        const VerifyResult vr = done.first().first().value<VerifyResult>();
        QVERIFY2(vr.ok, qPrintable(vr.error));
        QVERIFY(vr.quickOk);
        QVERIFY(vr.entries > 5);
        QCOMPARE(vr.checksumMatches, 1);
        QVERIFY(vr.restored);
        QVERIFY(vr.countsCompared);
        QVERIFY(vr.countsMatch);
        QCOMPARE(vr.rowCounts.size(), 4);
        bool sawBig = false;
        for (const auto &rc : vr.rowCounts) {
            if (rc.table == QLatin1String("public.big")) {
                sawBig = true;
                QCOMPARE(rc.restored, 50000);
                QCOMPARE(rc.source, 50000);
            }
        }
        QVERIFY(sawBig);
        QVERIFY(vr.scratchDropped);
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'valvur_verify_%'")),
                 QStringLiteral("0"));

        // A damaged copy: pg_restore --list cannot read it, the checksum differs.
        const QString damaged = m_out.filePath(QStringLiteral("damaged.dump"));
        QFile in(output);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile outFile(damaged);
        QVERIFY(outFile.open(QIODevice::WriteOnly));
        outFile.write(in.read(in.size() / 2));
        outFile.close();
        v.input = damaged;
        v.testRestore = false;
        VerifyJob verify2(v);
        QSignalSpy done2(&verify2, &VerifyJob::finished);
        verify2.start();
        QVERIFY(done2.wait(60000));
        const VerifyResult bad = done2.first().first().value<VerifyResult>();
        QVERIFY(!bad.ok);
        QVERIFY(!bad.error.isEmpty());
    }

    void physicalRoundTrip_data()
    {
        QTest::addColumn<bool>("tar");
        QTest::newRow("plain") << false;
        QTest::newRow("tar") << true;
    }

    void physicalRoundTrip()
    {
        QFETCH(bool, tar);
        const QString output = m_out.filePath(tar ? QStringLiteral("base-tar") : QStringLiteral("base-plain"));
        BackupOptions o = backupOptions(BackupOptions::Format::Physical, output);
        o.physicalTar = tar;
        BackupJob job(o);
        const BackupResult r = runBackup(job);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(leftovers().isEmpty());
        QString dataDir = output;
        QTemporaryDir unpacked;
        if (tar) {
            QVERIFY(QFileInfo::exists(output + QStringLiteral("/base.tar")));
            QVERIFY(QFileInfo::exists(output + QStringLiteral("/pg_wal.tar")));
            QProcess untar;
            untar.start(QStringLiteral("tar"), {QStringLiteral("-xf"), output + QStringLiteral("/base.tar"), QStringLiteral("-C"), unpacked.path()});
            QVERIFY(untar.waitForFinished(60000) && untar.exitCode() == 0);
            untar.start(QStringLiteral("tar"), {QStringLiteral("-xf"), output + QStringLiteral("/pg_wal.tar"), QStringLiteral("-C"),
                                                unpacked.path() + QStringLiteral("/pg_wal")});
            QVERIFY(untar.waitForFinished(60000) && untar.exitCode() == 0);
            dataDir = unpacked.path();
        } else {
            QVERIFY(QFileInfo::exists(output + QStringLiteral("/PG_VERSION")));
            // Quick verification of a plain base backup runs pg_verifybackup.
            VerifyOptions v;
            v.input = output;
            v.toolDirectory = m_server.binDir();
            VerifyJob verify(v);
            QSignalSpy done(&verify, &VerifyJob::finished);
            verify.start();
            QVERIFY(done.wait(60000));
            const VerifyResult vr = done.first().first().value<VerifyResult>();
            QVERIFY2(vr.ok, qPrintable(vr.error));
        }
        ClusterCopy copy(m_server.binDir());
        QVERIFY2(copy.start(dataDir), qPrintable(copy.error()));
        bool ok = false;
        const QString fingerprint = ClusterCopy::query(copy.socketConninfo(QStringLiteral("src")), QString::fromLatin1(kFingerprint), &ok);
        QVERIFY(ok);
        QCOMPARE(fingerprint, m_sourceFingerprint);
        QVERIFY(copy.stop());
    }

    void physicalPreconditionsExplained()
    {
        // A role without REPLICATION: refused before pg_basebackup starts, with the fix named.
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE ROLE plain_user LOGIN PASSWORD 'pw-plain'"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        const QString output = m_out.filePath(QStringLiteral("norepl"));
        BackupOptions o = backupOptions(BackupOptions::Format::Physical, output);
        o.connection.setValue(QStringLiteral("user"), QStringLiteral("plain_user"));
        o.password = QStringLiteral("pw-plain");
        BackupJob job(o);
        const BackupResult r = runBackup(job);
        QCOMPARE(int(r.status), int(BackupResult::Status::Refused));
        QVERIFY2(r.error.contains(QLatin1String("REPLICATION")), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(output));
    }

    void cancelMidDumpLeavesNothing_andPasswordStaysSecret()
    {
        PGconn *lock = holdLock();
        QCOMPARE(PQstatus(lock), CONNECTION_OK);
        const QString output = m_out.filePath(QStringLiteral("cancelled.dump"));
        BackupJob job(backupOptions(BackupOptions::Format::Custom, output));
        QSignalSpy done(&job, &BackupJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(pgDumpWaitsForLock(), 60000);

        // While pg_dump runs: the password is in neither its command line nor its environment;
        // PGPASSFILE names a 0600 file.
        const qint64 pid = job.toolProcessId();
        QVERIFY(pid > 0);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray args = cmdline.readAll();
        QVERIFY(args.contains("pg_dump"));
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        QVERIFY(environ.open(QIODevice::ReadOnly));
        const QByteArray env = environ.readAll();
        const QByteArray pw = m_server.superuserPassword().toUtf8();
        QVERIFY(!args.contains(pw));
        QVERIFY(!env.contains(pw));
        QVERIFY(!env.contains("PGPASSWORD="));
        // PGPASSFILE names the tool's own descriptor of an in-memory file, 0600: nothing on a disk.
        const QString pgpass = job.pgpassPath();
        QVERIFY2(pgpass.startsWith(QLatin1String("/dev/fd/")), qPrintable(pgpass));
        QVERIFY(env.contains("PGPASSFILE=" + pgpass.toUtf8() + '\0'));
        const QString childFd = QStringLiteral("/proc/%1/fd/%2").arg(pid).arg(pgpass.mid(8));
        QVERIFY2(QFileInfo(childFd).symLinkTarget().contains(QLatin1String("/memfd:valvur-pgpass")),
                 qPrintable(QFileInfo(childFd).symLinkTarget()));
        QCOMPARE(QFileInfo(childFd).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFileDevice::Permissions());
        // Valvur's own copy is closed once the tool runs: only the tool holds it.
        for (const QFileInfo &fd : QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
            QVERIFY2(!fd.symLinkTarget().contains(QLatin1String("memfd:valvur-pgpass")), qPrintable(fd.filePath()));

        job.cancel();
        QVERIFY(done.wait(30000));
        const BackupResult r = done.first().first().value<BackupResult>();
        QCOMPARE(int(r.status), int(BackupResult::Status::Cancelled));
        QVERIFY(!QFileInfo::exists(output));
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(' '))));
        PQfinish(lock);
    }

    void cancelledPhysicalBackupLeavesNoStreamerAndNoSlot()
    {
        // Throttled to the slowest rate, pg_basebackup is still copying when it is cancelled.
        const QString output = m_out.filePath(QStringLiteral("cancelled-physical"));
        BackupOptions o = backupOptions(BackupOptions::Format::Physical, output);
        o.maxRateKBps = 32;
        BackupJob job(o);
        QSignalSpy done(&job, &BackupJob::finished);
        job.start();
        const QString ours = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'walsender' "
                                            "AND application_name LIKE 'valvur-basebackup-%'");
        const QString slotCount = QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name LIKE 'pg_basebackup_%'");
        // Both of its connections (the base backup, and the WAL stream of its child process) and
        // the WAL stream's temporary slot are there.
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(ours), QStringLiteral("2"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(slotCount), QStringLiteral("1"), 30000);
        const qint64 tool = job.toolProcessId();
        QVERIFY(tool > 0);
        const QList<qint64> tree = Valvur::Test::processTree(tool);
        QVERIFY2(tree.size() >= 2, "pg_basebackup's WAL streaming child is not there");

        job.cancel();
        QVERIFY(done.wait(60000));
        const BackupResult r = done.first().first().value<BackupResult>();
        QCOMPARE(int(r.status), int(BackupResult::Status::Cancelled));
        QVERIFY2(r.serverLeftovers.isEmpty(), qPrintable(r.serverLeftovers.join(QLatin1Char('\n'))));
        // Nothing of it runs here, and nothing of it is left on the server.
        for (qint64 pid : tree)
            QTRY_VERIFY2_WITH_TIMEOUT(!Valvur::Test::processRunning(pid), qPrintable(QStringLiteral("process %1 still runs").arg(pid)), 10000);
        QCOMPARE(m_server.psql(ours), QStringLiteral("0"));
        QCOMPARE(m_server.psql(slotCount), QStringLiteral("0"));
        QVERIFY(!QFileInfo::exists(output));
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(' '))));
    }

    void serverStopMidDumpLeavesNothing()
    {
        PGconn *lock = holdLock();
        QCOMPARE(PQstatus(lock), CONNECTION_OK);
        const QString output = m_out.filePath(QStringLiteral("stopped"));
        BackupJob job(backupOptions(BackupOptions::Format::Directory, output));
        QSignalSpy done(&job, &BackupJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(pgDumpWaitsForLock(), 60000);
        QVERIFY(m_server.stop());
        QVERIFY(done.wait(60000));
        PQfinish(lock);
        const BackupResult r = done.first().first().value<BackupResult>();
        QCOMPARE(int(r.status), int(BackupResult::Status::Failed));
        QVERIFY2(r.error.contains(QLatin1String("server went away")), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(output));
        QVERIFY(leftovers().isEmpty());
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
    }

    void existingDestinationIsNotOverwritten_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("file") << int(BackupOptions::Format::Custom);
        QTest::newRow("non-empty directory") << int(BackupOptions::Format::Directory);
    }

    void existingDestinationIsNotOverwritten()
    {
        QFETCH(int, format);
        const auto f = BackupOptions::Format(format);
        const QString output = m_out.filePath(QStringLiteral("precious-") + BackupOptions::formatName(f));
        const QString marker = f == BackupOptions::Format::Directory ? output + QStringLiteral("/keep.txt") : output;
        if (f == BackupOptions::Format::Directory)
            QVERIFY(QDir().mkpath(output));
        {
            QFile m(marker);
            QVERIFY(m.open(QIODevice::WriteOnly));
            m.write("precious");
        }
        BackupJob job(backupOptions(f, output));
        const BackupResult r = runBackup(job);
        QCOMPARE(int(r.status), int(BackupResult::Status::Refused));
        QVERIFY(r.error.contains(output));
        QFile m(marker);
        QVERIFY(m.open(QIODevice::ReadOnly));
        QCOMPARE(m.readAll(), QByteArray("precious"));
        m.close();

        // With an explicit yes it is replaced by a backup that restores.
        BackupOptions o = backupOptions(f, output);
        o.overwrite = true;
        BackupJob again(o);
        const BackupResult r2 = runBackup(again);
        QVERIFY2(r2.ok(), qPrintable(r2.error));
        QVERIFY(!QFileInfo::exists(output + QStringLiteral("/keep.txt")));
        QCOMPARE(int(BackupArchive::detect(output)),
                 int(f == BackupOptions::Format::Directory ? BackupArchive::Format::Directory : BackupArchive::Format::Custom));
        QVERIFY(leftovers().isEmpty());
    }

    void plainErrorHalfwayRestoresNothing()
    {
        const QString file = m_out.filePath(QStringLiteral("half.sql"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("--\n-- PostgreSQL database dump\n--\n"
                "CREATE TABLE first_half(id int);\n"
                "INSERT INTO first_half VALUES (1), (2);\n"
                "INSERT INTO first_half VALUES (1 / 0);\n"
                "CREATE TABLE second_half(id int);\n");
        f.close();
        const RestoreResult r = runRestore(file, QStringLiteral("half_target"));
        QVERIFY(!r.ok());
        QVERIFY2(r.firstError.contains(QLatin1String("division by zero")), qPrintable(r.firstError));
        QVERIFY2(r.firstStatement.contains(QLatin1String("1 / 0")), qPrintable(r.firstStatement));
        // The database was created for this restore: it is dropped again, with nothing in it left anywhere.
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'half_target'")), QStringLiteral("0"));
        QVERIFY(r.createdDropped);
    }

    void restoreIntoExistingNeedsItToExist()
    {
        const QString file = m_out.filePath(QStringLiteral("tiny.sql"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CREATE TABLE tiny(id int);\n");
        f.close();
        const RestoreResult r = runRestore(file, QStringLiteral("no_such_db"), false);
        QCOMPARE(int(r.status), int(BackupResult::Status::Refused));
        QVERIFY(r.error.contains(QLatin1String("no_such_db")));
    }

    void olderPgDumpIsRefusedBeforeStart()
    {
        QTemporaryDir fake;
        const QString marker = fake.filePath(QStringLiteral("ran"));
        QFile script(fake.filePath(QStringLiteral("pg_dump")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'pg_dump (PostgreSQL) 14.0'; exit 0; fi\n"
                                    "touch '%1'\nexit 0\n")
                         .arg(marker)
                         .toUtf8());
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString output = m_out.filePath(QStringLiteral("old-tool.dump"));
        BackupOptions o = backupOptions(BackupOptions::Format::Custom, output);
        o.toolDirectory = fake.path();
        BackupJob job(o);
        QSignalSpy preflight(&job, &BackupJob::preflightDone);
        const BackupResult r = runBackup(job);
        QCOMPARE(int(r.status), int(BackupResult::Status::Refused));
        QVERIFY2(r.error.contains(QLatin1String("PostgreSQL 15")) && r.error.contains(QLatin1String("version 14")), qPrintable(r.error));
        // No local container publishes this server's port: the advice names the container route.
        QVERIFY2(r.error.contains(QLatin1String("valvur backup --container NAME")), qPrintable(r.error));
        QCOMPARE(preflight.size(), 1);
        QCOMPARE(preflight.first().first().toBool(), false);
        QVERIFY(!QFileInfo::exists(marker)); // never started for real
        QVERIFY(!QFileInfo::exists(output));
    }

    void historyRecordsWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("history.json"));
        BackupResult r;
        r.status = BackupResult::Status::Success;
        r.path = m_out.filePath(QStringLiteral("rt-custom.dump"));
        r.sha256 = QStringLiteral("abc");
        r.sizeBytes = 42;
        r.durationMs = 7;
        {
            BackupHistory h(file);
            QVERIFY(h.load());
            h.record(r, QStringLiteral("server-a"), connection().toConnInfo(false));
            h.recordVerification(r.path, true, QString(), 1234);
            QVERIFY(h.save());
        }
        BackupHistory h(file);
        QVERIFY(h.load());
        const BackupHistory::Entry *e = h.find(r.path);
        QVERIFY(e);
        QCOMPARE(e->sha256, QStringLiteral("abc"));
        QCOMPARE(e->restoreMs, 1234);
        QCOMPARE(e->verification, QStringLiteral("ok"));
        QCOMPARE(h.entriesFor(QStringLiteral("server-a")).size(), 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(m_server.superuserPassword().toUtf8()));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
