// valvur backup | restore | verify as cron and scripts use them: the real binary, a real server,
// the password only in a pgpass file. Exit status 0 only on success, --json with size, duration,
// checksum and the row-count comparison, errors on stderr in the chosen language.
#include "backuphistory.h"
#include "connectionoptions.h"
#include "testserver.h"
#include "valvurprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <libpq-fe.h>

using Valvur::BackupHistory;
using Valvur::ConnectionOptions;
using Valvur::Test::TestServer;

class TestBackupCli : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_pgpass;

    using Run = Valvur::Test::ValvurRun;

    Run valvur(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), m_pgpass);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("PGPASSWORD"));
        return Valvur::Test::runValvur(args, env, 180000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE app"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE TABLE t(id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'rida ' || g FROM generate_series(1, 1234) g;"
                                     "CREATE TABLE empty_one(x int);"),
                      QStringLiteral("app"), &ok);
        QVERIFY(ok);
        m_pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QFile f(m_pgpass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(m_server.port()).arg(m_server.superuserPassword()).toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    void backupVerifyRestoreRoundTrip()
    {
        const QString out = m_dir.filePath(QStringLiteral("app.dump"));
        const Run b = valvur({QStringLiteral("backup"), m_server.conninfo(QStringLiteral("app")), QStringLiteral("--format"),
                              QStringLiteral("custom"), QStringLiteral("--output"), out, QStringLiteral("--json")});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        const QJsonObject j = QJsonDocument::fromJson(b.out).object();
        QCOMPARE(j.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("path")).toString(), out);
        QVERIFY(j.value(QStringLiteral("size")).toDouble() > 0);
        QVERIFY(j.contains(QStringLiteral("durationMs")));
        QCOMPARE(j.value(QStringLiteral("sha256")).toString().size(), 64);

        // Recorded in the history under the same key the wizard and the Backups page use for a
        // server without a profile (user@host:port), with the verification to come.
        {
            BackupHistory history(m_dir.filePath(QStringLiteral("data/valvur/backup-history.json")));
            QVERIFY(history.load());
            const BackupHistory::Entry *e = history.find(out);
            QVERIFY(e);
            ConnectionOptions options;
            QString error;
            QVERIFY2(ConnectionOptions::parse(m_server.conninfo(QStringLiteral("app")), &options, &error), qPrintable(error));
            QCOMPARE(e->server, BackupHistory::serverKey(options));
            QCOMPARE(e->sha256, j.value(QStringLiteral("sha256")).toString());
        }

        // Verify with a test restore: the checksum recorded by the backup matches, the row counts
        // equal the source, the scratch database is gone.
        const Run v = valvur({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--test-restore"),
                              m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--json")});
        QVERIFY2(v.code == 0, qPrintable(v.err + QString::fromUtf8(v.out)));
        const QJsonObject vj = QJsonDocument::fromJson(v.out).object();
        QCOMPARE(vj.value(QStringLiteral("checksumMatches")).toBool(), true);
        const QJsonObject t = vj.value(QStringLiteral("testRestore")).toObject();
        QCOMPARE(t.value(QStringLiteral("countsMatch")).toBool(), true);
        QCOMPARE(t.value(QStringLiteral("sourceDatabase")).toString(), QStringLiteral("app"));
        QCOMPARE(t.value(QStringLiteral("scratchDropped")).toBool(), true);
        const QJsonArray rows = t.value(QStringLiteral("rowCounts")).toArray();
        QCOMPARE(rows.size(), 2);
        bool sawT = false;
        for (const QJsonValue &r : rows) {
            const QJsonObject o = r.toObject();
            if (o.value(QStringLiteral("table")).toString() == QLatin1String("public.t")) {
                sawT = true;
                QCOMPARE(o.value(QStringLiteral("restored")).toInt(), 1234);
                QCOMPARE(o.value(QStringLiteral("source")).toInt(), 1234);
            }
        }
        QVERIFY(sawT);

        // Restore into a new database, then again into it without --create: refused (it exists).
        const Run r = valvur({QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"), out,
                              QStringLiteral("--target-db"), QStringLiteral("app_copy"), QStringLiteral("--create")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM t"), QStringLiteral("app_copy")), QStringLiteral("1234"));
        const Run again = valvur({QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"), out,
                                  QStringLiteral("--target-db"), QStringLiteral("app_copy"), QStringLiteral("--create"),
                                  QStringLiteral("--lang"), QStringLiteral("et")});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("on juba olemas")), qPrintable(again.err));
    }

    void existingOutputIsKeptUnlessOverwrite()
    {
        const QString out = m_dir.filePath(QStringLiteral("kept.sql"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const QStringList args{QStringLiteral("backup"), m_server.conninfo(QStringLiteral("app")), QStringLiteral("--format"),
                               QStringLiteral("plain"), QStringLiteral("--output"), out};
        const Run refused = valvur(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(QLatin1String("already exists")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        f.close();
        const Run replaced = valvur(args + QStringList{QStringLiteral("--overwrite")});
        QVERIFY2(replaced.code == 0, qPrintable(replaced.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("PostgreSQL database dump complete"));
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = QDir::tempPath() + QStringLiteral("/valvur-never-written.dump");
        QTest::newRow("unknown format") << QStringList{QStringLiteral("backup"), QStringLiteral("host=x"), QStringLiteral("--format"),
                                                       QStringLiteral("zip"), QStringLiteral("--output"), out}
                                        << 2 << QStringLiteral("Unknown format");
        QTest::newRow("password on the command line")
            << QStringList{QStringLiteral("backup"), QStringLiteral("host=x password=secret"), QStringLiteral("--output"), out} << 2
            << QStringLiteral("Do not put the password");
        QTest::newRow("no output") << QStringList{QStringLiteral("backup"), QStringLiteral("host=x")} << 2 << QStringLiteral("--output");
        QTest::newRow("jobs without directory")
            << QStringList{QStringLiteral("backup"), QStringLiteral("host=x"), QStringLiteral("--output"), out, QStringLiteral("--jobs"),
                           QStringLiteral("2")}
            << 2 << QStringLiteral("directory format");
        QTest::newRow("no server") << QStringList{QStringLiteral("restore"), QStringLiteral("--input"), out} << 2
                                   << QStringLiteral("connection string");
        QTest::newRow("not a backup") << QStringList{QStringLiteral("verify"), QStringLiteral("--input"), QStringLiteral("/etc/hostname")}
                                      << 1 << QStringLiteral("not a backup");
    }

    void badCommandLines()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = valvur(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unreachableServerFailsCleanly()
    {
        const QString out = m_dir.filePath(QStringLiteral("never.dump"));
        const Run r = valvur({QStringLiteral("backup"), QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=app").arg(TestServer::freePort()),
                              QStringLiteral("--output"), out, QStringLiteral("--lang"), QStringLiteral("et")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ei saa ühendust")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void sigtermCancelsAndLeavesNothing()
    {
        // pg_dump waits on a lock held here until valvur is told to stop (as cron or systemd would).
        PGconn *lock = PQconnectdb(m_server.socketConninfo(QStringLiteral("app")).toUtf8().constData());
        QCOMPARE(PQstatus(lock), CONNECTION_OK);
        PQclear(PQexec(lock, "BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE"));
        const QString out = m_dir.filePath(QStringLiteral("interrupted.dump"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), m_pgpass);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("VALVUR_BINARY_DIR") + QStringLiteral("/app/valvur"),
                {QStringLiteral("backup"), m_server.conninfo(QStringLiteral("app")), QStringLiteral("--output"), out});
        QVERIFY(p.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pg_dump' "
                                                               "AND wait_event_type = 'Lock'")),
                                  QStringLiteral("1"), 60000);
        p.terminate(); // SIGTERM
        QVERIFY(p.waitForFinished(30000));
        PQfinish(lock);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("cancelled")));
        QVERIFY(!QFileInfo::exists(out));
        const QStringList partial = QDir(m_dir.path()).entryList({QStringLiteral(".*valvur-partial*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(QLatin1Char(' '))));
    }

    void frozenServerEndsTheBackup()
    {
        // pg_dump is connected and waiting on a lock when the whole server freezes (SIGSTOP, as a
        // frozen host or container): no progress, and no answer to a test connection.
        PGconn *lock = PQconnectdb(m_server.socketConninfo(QStringLiteral("app")).toUtf8().constData());
        QCOMPARE(PQstatus(lock), CONNECTION_OK);
        PQclear(PQexec(lock, "BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE"));
        auto release = qScopeGuard([this, lock] {
            m_server.thaw();
            PQfinish(lock);
        });
        const QString out = m_dir.filePath(QStringLiteral("frozen.dump"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), m_pgpass);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("VALVUR_BINARY_DIR") + QStringLiteral("/app/valvur"),
                {QStringLiteral("backup"), m_server.conninfo(QStringLiteral("app")), QStringLiteral("--output"), out,
                 QStringLiteral("--stall-timeout"), QStringLiteral("3"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY(p.waitForStarted(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pg_dump' "
                                                               "AND wait_event_type = 'Lock'")),
                                  QStringLiteral("1"), 60000);
        QVERIFY(m_server.freeze());
        // Ended by itself, within a bound, with the cause named.
        QVERIFY2(p.waitForFinished(60000), "the backup still waits on the frozen server");
        m_server.thaw();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("stopped answering")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(out));
        const QStringList partial = QDir(m_dir.path()).entryList({QStringLiteral(".*valvur-partial*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(QLatin1Char(' '))));
    }

    void badStallTimeoutIsRefused()
    {
        const Run r = valvur({QStringLiteral("backup"), m_server.conninfo(QStringLiteral("app")), QStringLiteral("--output"),
                              m_dir.filePath(QStringLiteral("never.dump")), QStringLiteral("--stall-timeout"), QStringLiteral("soon"),
                              QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--stall-timeout")), qPrintable(r.err));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
