// valvur backup | restore | verify as cron and scripts use them: the real binary, a real server,
// the password only in a pgpass file. Exit status 0 only on success, --json with size, duration,
// checksum and the row-count comparison, errors on stderr in the chosen language. Data safety: a
// quick verify reads every data block (a damaged copy fails, naming the entry), nothing is restored
// into a database with tables without consent, a database created for a failed restore is dropped
// again, a hand-written SQL file restores, and the messages say what is really left.
#include "backup/backuphistory.h"
#include "pg/connectionoptions.h"
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

    // The environment valvur runs in here: the test's pgpass, a private backup history.
    QProcessEnvironment cliEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), m_pgpass);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("PGPASSWORD"));
        return env;
    }

    Run valvur(const QStringList &args) { return Valvur::Test::runValvur(args, cliEnv(), 180000); }

    // valvur with args, stopped with SIGTERM (as cron or systemd would) once the server shows a
    // session in the state waitSql counts; returns its error output, *code its exit status.
    QString terminatedWhen(const QStringList &args, const QString &waitSql, int *code)
    {
        QProcess p;
        const bool waiting = Valvur::Test::startValvur(&p, args, cliEnv())
            && QTest::qWaitFor([this, waitSql] { return m_server.psql(waitSql) == QLatin1String("1"); }, 60000);
        p.terminate(); // SIGTERM
        p.waitForFinished(30000);
        *code = waiting && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardError());
    }

    // valvur backup of database, stopped while pg_dump waits on a lock held here on table.
    QString backupCancelledWhileLocked(const QString &database, const QString &table, const QString &out, const QStringList &extra,
                                       int *code)
    {
        PGconn *lock = PQconnectdb(m_server.socketConninfo(database).toUtf8().constData());
        PQclear(PQexec(lock, QStringLiteral("BEGIN; LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(table).toUtf8().constData()));
        const QString err = terminatedWhen(QStringList{QStringLiteral("backup"), m_server.conninfo(database), QStringLiteral("--output"), out} + extra,
                                           QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pg_dump' "
                                                          "AND wait_event_type = 'Lock'"),
                                           code);
        PQfinish(lock);
        return err;
    }

    Run valvurEn(const QStringList &args) { return valvur(args + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}); }
    static QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out).object(); }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return f.fileName();
    }

    QString backup(const QString &format, const QString &name)
    {
        const QString out = m_dir.filePath(name);
        const Run b = valvurEn({QStringLiteral("backup"), m_server.conninfo(QStringLiteral("safety")), QStringLiteral("--format"), format,
                              QStringLiteral("--output"), out});
        return b.code == 0 ? out : QString();
    }

    // A copy under a new name: the history has no checksum for it, as for a backup copied in.
    QString copy(const QString &from, const QString &name)
    {
        const QString to = m_dir.filePath(name);
        if (QFileInfo(from).isDir()) {
            QDir().mkpath(to);
            for (const QString &f : QDir(from).entryList(QDir::Files))
                QFile::copy(from + QLatin1Char('/') + f, to + QLatin1Char('/') + f);
        } else {
            QFile::copy(from, to);
        }
        return to;
    }

    QString databaseExists(const QString &name) const
    {
        return m_server.psql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        // safety: big holds about 2 MB of data that compresses about twice, so a cut in half lands inside it.
        const QList<QPair<QString, QString>> databases = {
            {QStringLiteral("app"), QStringLiteral("CREATE TABLE t(id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'rida ' || g "
                                                   "FROM generate_series(1, 1234) g; CREATE TABLE empty_one(x int);")},
            {QStringLiteral("safety"), QStringLiteral("CREATE TABLE big(id int PRIMARY KEY, v text); INSERT INTO big SELECT g, md5(g::text) "
                                                      "FROM generate_series(1, 50000) g; CREATE TABLE small(x int); INSERT INTO small "
                                                      "SELECT generate_series(1, 10);")}};
        for (const auto &[name, sql] : databases) {
            bool ok = false;
            m_server.psql(QStringLiteral("CREATE DATABASE %1").arg(name), QStringLiteral("postgres"), &ok);
            QVERIFY(ok);
            m_server.psql(sql, name, &ok);
            QVERIFY(ok);
        }
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
        const QString out = writeFile(QStringLiteral("kept.sql"), "keep me");
        QFile f(out);
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
        // A misspelt command is named as such, with the closest one (not "give at most one server").
        QTest::newRow("misspelt command") << QStringList{QStringLiteral("bakcup"), QStringLiteral("host=x"), QStringLiteral("--output"), out}
                                          << 2 << QStringLiteral("\"bakcup\" is not a Valvur command. Did you mean \"backup\"?");
        QTest::newRow("misspelt command, nothing close")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("Commands: backup, containers, doctor, lab, profiles, restore, schedule, verify.");
        // The first --lang counts; an unknown one is refused with the languages there are.
        QTest::newRow("unknown language") << QStringList{QStringLiteral("backup"), QStringLiteral("--lang"), QStringLiteral("xx"),
                                                         QStringLiteral("host=x"), QStringLiteral("--output"), out}
                                          << 2 << QStringLiteral("Unknown language \"xx\": use et or en.");
        QTest::newRow("port not a number") << QStringList{QStringLiteral("backup"), QStringLiteral("host=127.0.0.1 port=abc"),
                                                          QStringLiteral("--output"), out}
                                           << 2 << QStringLiteral("The port \"abc\" is not a number");
        QTest::newRow("port out of range") << QStringList{QStringLiteral("doctor"), QStringLiteral("host=127.0.0.1 port=99999")} << 2
                                           << QStringLiteral("The port 99999 is out of range");
        QTest::newRow("timeout overflows") << QStringList{QStringLiteral("doctor"), QStringLiteral("host=127.0.0.1"), QStringLiteral("--timeout"),
                                                          QStringLiteral("1e300")}
                                           << 2 << QStringLiteral("--timeout wants a number of seconds from 0.1 to 3600");
        QTest::newRow("timeout not finite") << QStringList{QStringLiteral("doctor"), QStringLiteral("host=127.0.0.1"), QStringLiteral("--timeout"),
                                                           QStringLiteral("inf")}
                                            << 2 << QStringLiteral("--timeout wants");
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

    // A port from PGPORT is not probed as "port 0" ("nothing listens on port 0"): it is named.
    void portFromEnvironmentNotANumber()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPORT"), QStringLiteral("abc"));
        const Run r = Valvur::Test::runValvur({QStringLiteral("doctor"), QStringLiteral("host=127.0.0.1 user=postgres"), QStringLiteral("--lang"),
                                               QStringLiteral("en")},
                                              env, 60000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("The port \"abc\" is not a number")) && !r.out.contains("port 0"), qPrintable(r.err));
    }

    // Every subcommand's help names the subcommand in its usage line.
    void helpNamesTheCommand()
    {
        for (const QString &command : {QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("verify"), QStringLiteral("doctor"),
                                       QStringLiteral("profiles")}) {
            const Run r = valvur({command, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
            QCOMPARE(r.code, 0);
            const QString usage = QString::fromUtf8(r.out).section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(usage == QStringLiteral("Usage: valvur %1 [options]").arg(command) || usage.startsWith(QStringLiteral("Usage: valvur %1 [options] ").arg(command)),
                     qPrintable(usage));
        }
    }

    // Control characters in a host name are shown escaped, never sent to the terminal as they are.
    void controlCharactersAreEscaped()
    {
        const Run r = valvur({QStringLiteral("doctor"), QStringLiteral("host='evil\x1b[31mred\nforged' port=%1 user=postgres").arg(TestServer::freePort()),
                              QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.code, 1);
        const QByteArray all = r.out + r.err.toUtf8();
        QVERIFY2(!all.contains('\x1b') && !all.contains("\nforged"), all.constData());
        QVERIFY2(all.contains("evil\\x1b[31mred\\nforged"), all.constData());

        // The same host in backup's "Cannot connect" (libpq's own words echo the host name).
        const Run b = valvur({QStringLiteral("backup"), QStringLiteral("host='evil\x1b[31mred\nforged' user=postgres dbname=app"), QStringLiteral("--output"),
                              m_dir.filePath(QStringLiteral("evil.dump")), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(b.code, 1);
        QVERIFY2(!b.err.contains(QChar(0x1b)) && !b.err.contains(QLatin1String("\nforged")) && b.err.contains(QLatin1String("\\x1b[31mred")),
                 qPrintable(b.err));
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
        const QString out = m_dir.filePath(QStringLiteral("interrupted.dump"));
        int code = -1;
        const QString err = backupCancelledWhileLocked(QStringLiteral("app"), QStringLiteral("t"), out, {}, &code);
        QCOMPARE(code, 1);
        QVERIFY(err.contains(QLatin1String("cancelled")));
        QVERIFY(!QFileInfo::exists(out));
        const QStringList partial = QDir(m_dir.path()).entryList({QStringLiteral(".*valvur-partial*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(QLatin1Char(' '))));
    }

    // good archives of every format pass; copies damaged three ways fail, naming the entry.
    void quickVerifyReadsEveryDataBlock()
    {
        for (const QString &format : {QStringLiteral("custom"), QStringLiteral("directory"), QStringLiteral("tar"), QStringLiteral("plain")}) {
            const QString out = backup(format, QStringLiteral("good-") + format);
            QVERIFY2(!out.isEmpty(), qPrintable(format));
            const Run v = valvurEn({QStringLiteral("verify"), QStringLiteral("--input"), copy(out, QStringLiteral("copy-") + format),
                                  QStringLiteral("--json")});
            QVERIFY2(v.code == 0, qPrintable(format + QLatin1Char(' ') + v.err));
            QCOMPARE(json(v).value(QStringLiteral("quickCheck")).toBool(), true);
        }

        // A custom archive cut in half: its table of contents (at the start) still reads.
        const QString custom = m_dir.filePath(QStringLiteral("good-custom"));
        QFile in(custom);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray whole = in.readAll();
        in.close();
        QVERIFY(whole.size() > 500000);
        const Run half = valvurEn({QStringLiteral("verify"), QStringLiteral("--input"), writeFile(QStringLiteral("half.dump"), whole.left(whole.size() / 2)),
                                 QStringLiteral("--json")});
        QCOMPARE(half.code, 1);
        QVERIFY2(half.err.contains(QLatin1String("damaged, first at the entry TABLE DATA public.big")), qPrintable(half.err));
        QCOMPARE(json(half).value(QStringLiteral("badEntry")).toString(), QStringLiteral("TABLE DATA public.big"));
        QCOMPARE(json(half).value(QStringLiteral("problem")).toString(), QStringLiteral("damaged-entry"));

        // A few bytes overwritten inside the compressed data of big.
        QByteArray flipped = whole;
        flipped.replace(whole.size() / 2, 16, QByteArray(16, 'X'));
        const Run flip = valvurEn({QStringLiteral("verify"), QStringLiteral("--input"), writeFile(QStringLiteral("flip.dump"), flipped)});
        QCOMPARE(flip.code, 1);
        QVERIFY2(flip.err.contains(QLatin1String("TABLE DATA public.big")), qPrintable(flip.err));

        // A directory archive without the data file of small (the smallest data file).
        const QString dir = copy(m_dir.filePath(QStringLiteral("good-directory")), QStringLiteral("missing.dir"));
        QFileInfoList data = QDir(dir).entryInfoList({QStringLiteral("*.dat.gz")}, QDir::Files, QDir::Size | QDir::Reversed);
        QCOMPARE(data.size(), 2);
        QVERIFY(QFile::remove(data.first().filePath()));
        const Run missing = valvurEn({QStringLiteral("verify"), QStringLiteral("--input"), dir});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QLatin1String("TABLE DATA public.small")), qPrintable(missing.err));

        // A tar archive cut short (pg_restore alone would loop on it for ever).
        QFile tar(m_dir.filePath(QStringLiteral("good-tar")));
        QVERIFY(tar.open(QIODevice::ReadOnly));
        const QByteArray tarBytes = tar.readAll();
        const Run cutTar = valvurEn({QStringLiteral("verify"), QStringLiteral("--input"),
                                   writeFile(QStringLiteral("half.tar"), tarBytes.left(tarBytes.size() / 2))});
        QCOMPARE(cutTar.code, 1);
        QVERIFY2(cutTar.err.contains(QLatin1String("TABLE DATA public.big")), qPrintable(cutTar.err));
    }

    // an existing database with tables is restored into only with --into-existing.
    void restoreIntoExistingNeedsConsent()
    {
        const QString dump = backup(QStringLiteral("custom"), QStringLiteral("consent.dump"));
        QVERIFY(!dump.isEmpty());
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE busy"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE TABLE small(x int); INSERT INTO small VALUES (4711); CREATE TABLE mine(y int);"),
                      QStringLiteral("busy"), &ok);
        QVERIFY(ok);
        const QStringList args{QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"), dump,
                               QStringLiteral("--target-db"), QStringLiteral("busy"), QStringLiteral("--clean"), QStringLiteral("--json")};
        const Run refused = valvurEn(args);
        QCOMPARE(refused.code, 1);
        const QJsonObject j = json(refused);
        QCOMPARE(j.value(QStringLiteral("problem")).toString(), QStringLiteral("target-not-empty"));
        QCOMPARE(j.value(QStringLiteral("clashes")).toArray(), QJsonArray{QStringLiteral("public.small")});
        QVERIFY(j.value(QStringLiteral("existingTables")).toArray().contains(QStringLiteral("public.mine")));
        QVERIFY2(refused.err.contains(QLatin1String("--into-existing")), qPrintable(refused.err));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT string_agg(x::text, ',') FROM small"), QStringLiteral("busy")), QStringLiteral("4711"));

        const Run confirmed = valvurEn(args + QStringList{QStringLiteral("--into-existing")});
        QVERIFY2(confirmed.code == 0, qPrintable(confirmed.err));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM small"), QStringLiteral("busy")), QStringLiteral("10"));

        // An existing database without tables needs no confirmation.
        m_server.psql(QStringLiteral("CREATE DATABASE bare"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        const Run bare = valvurEn({QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"), dump,
                                 QStringLiteral("--target-db"), QStringLiteral("bare")});
        QVERIFY2(bare.code == 0, qPrintable(bare.err));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM big"), QStringLiteral("bare")), QStringLiteral("50000"));
    }

    // the database a failed restore --create made is dropped again, and the rerun works.
    void failedCreateLeavesNoDatabase()
    {
        const QString dump = backup(QStringLiteral("custom"), QStringLiteral("create.dump"));
        QVERIFY(!dump.isEmpty());
        QFile in(dump);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray whole = in.readAll();
        // The list reads, the data does not: it fails after CREATE DATABASE.
        const QString cut = writeFile(QStringLiteral("create-cut.dump"), whole.left(whole.size() / 2));
        const Run failed = valvurEn({QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"),
                                   cut, QStringLiteral("--target-db"), QStringLiteral("fresh"), QStringLiteral("--create"),
                                   QStringLiteral("--json")});
        QCOMPARE(failed.code, 1);
        QCOMPARE(databaseExists(QStringLiteral("fresh")), QStringLiteral("0"));
        QCOMPARE(json(failed).value(QStringLiteral("createdDatabaseDropped")).toBool(), true);
        QVERIFY2(failed.err.contains(QLatin1String("was dropped again: nothing is left")), qPrintable(failed.err));
        QVERIFY2(!failed.err.contains(QLatin1String("as it was before")), qPrintable(failed.err));

        // A hand-written plain file that fails half-way (after its first statements ran).
        const QString bad = writeFile(QStringLiteral("fails.sql"), "create table a(x int);\ninsert into a values (1);\nselect 1/0;\n");
        const Run plain = valvurEn({QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"),
                                  bad, QStringLiteral("--target-db"), QStringLiteral("fresh"), QStringLiteral("--create")});
        QCOMPARE(plain.code, 1);
        QVERIFY2(plain.err.contains(QLatin1String("division by zero")), qPrintable(plain.err));
        QCOMPARE(databaseExists(QStringLiteral("fresh")), QStringLiteral("0"));

        // Cancelled (SIGTERM) while psql runs the file in the new database: dropped again too.
        const QString slow = writeFile(QStringLiteral("slow.sql"), "create table a(x int);\nselect pg_sleep(120);\n");
        int code = -1;
        const QString cancelled = terminatedWhen({QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"),
                                                  slow, QStringLiteral("--target-db"), QStringLiteral("fresh"), QStringLiteral("--create"),
                                                  QStringLiteral("--lang"), QStringLiteral("en")},
                                                 QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'fresh' AND query LIKE "
                                                                "'select pg_sleep%'"),
                                                 &code);
        QCOMPARE(code, 1);
        QCOMPARE(databaseExists(QStringLiteral("fresh")), QStringLiteral("0"));
        QVERIFY2(cancelled.contains(QLatin1String("cancelled")) && cancelled.contains(QLatin1String("was dropped again")), qPrintable(cancelled));

        const Run again = valvurEn({QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"), dump,
                                  QStringLiteral("--target-db"), QStringLiteral("fresh"), QStringLiteral("--create")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM big"), QStringLiteral("fresh")), QStringLiteral("50000"));
    }

    // a hand-written lower-case SQL file with comments and a psql meta-command restores
    // (in one transaction); a missing file is named as missing.
    void handWrittenSqlRestores()
    {
        const QString byHand = writeFile(QStringLiteral("by-hand.sql"),
                                         "-- prices, typed in by hand\n/* two rows */\n\\set vat 22\n"
                                         "create table price(item text, vat int);\ninsert into price values ('tea', :vat), ('milk', :vat);\n");
        const Run r = valvurEn({QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"),
                              byHand, QStringLiteral("--target-db"), QStringLiteral("byhand"), QStringLiteral("--create"),
                              QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err + QString::fromUtf8(r.out)));
        QCOMPARE(json(r).value(QStringLiteral("format")).toString(), QStringLiteral("plain"));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT string_agg(item || '=' || vat, ',' ORDER BY item) FROM price"), QStringLiteral("byhand")),
                 QStringLiteral("milk=22,tea=22"));

        const QString nowhere = m_dir.filePath(QStringLiteral("no-such.dump"));
        const Run missing = valvurEn({QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"),
                                    nowhere, QStringLiteral("--target-db"), QStringLiteral("never"), QStringLiteral("--create")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(nowhere + QStringLiteral(" does not exist")), qPrintable(missing.err));
        const Run verifyMissing = valvurEn({QStringLiteral("verify"), QStringLiteral("--input"), nowhere});
        QCOMPARE(verifyMissing.code, 1);
        QVERIFY2(verifyMissing.err.contains(QLatin1String("does not exist")), qPrintable(verifyMissing.err));
    }

    // a folder nobody may write into, not even root (sysfs refuses new files), is
    // "not writable", not "0 bytes free".
    void notWritableSaysSo()
    {
        const Run r = valvurEn({QStringLiteral("backup"), m_server.conninfo(QStringLiteral("safety")), QStringLiteral("--output"),
                              QStringLiteral("/sys/valvur-test.dump")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("/sys is not writable")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("free")), qPrintable(r.err));
    }

    // After a failed (here: cancelled) --overwrite the old backup is there, and the message says so.
    void failedOverwriteKeepsOldBackup()
    {
        const QString out = writeFile(QStringLiteral("old.dump"), "the old backup");
        QFile f(out);
        int code = -1;
        const QString err = backupCancelledWhileLocked(QStringLiteral("safety"), QStringLiteral("small"), out,
                                                       {QStringLiteral("--overwrite"), QStringLiteral("--lang"), QStringLiteral("en")}, &code);
        QCOMPARE(code, 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the old backup"));
        QVERIFY2(err.contains(QLatin1String("the old backup at %1 is untouched").arg(out)), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("nothing is at")), qPrintable(err));
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
        QVERIFY(Valvur::Test::startValvur(&p, {QStringLiteral("backup"), m_server.conninfo(QStringLiteral("app")), QStringLiteral("--output"), out,
                 QStringLiteral("--stall-timeout"), QStringLiteral("3"), QStringLiteral("--lang"), QStringLiteral("en")}, cliEnv()));
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

    // A restore --create whose server freezes mid-run ends by itself: the tool is ended as stalled,
    // and the database it created, which cannot be dropped while nothing answers, is named as left.
    void frozenServerEndsTheRestore()
    {
        const QString slow = writeFile(QStringLiteral("frozen-restore.sql"), "create table a(x int);\nselect pg_sleep(120);\n");
        auto release = qScopeGuard([this] {
            m_server.thaw();
            m_server.psql(QStringLiteral("DROP DATABASE IF EXISTS frozenrestore WITH (FORCE)"), QStringLiteral("postgres"));
        });
        QProcess p;
        QVERIFY(Valvur::Test::startValvur(&p, {QStringLiteral("restore"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--input"), slow,
                 QStringLiteral("--target-db"), QStringLiteral("frozenrestore"), QStringLiteral("--create"),
                 QStringLiteral("--stall-timeout"), QStringLiteral("3"), QStringLiteral("--lang"), QStringLiteral("en")}, cliEnv()));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = 'frozenrestore' "
                                                               "AND query LIKE 'select pg_sleep%'")),
                                  QStringLiteral("1"), 60000);
        QVERIFY(m_server.freeze());
        QVERIFY2(p.waitForFinished(90000), "the restore still waits on the frozen server");
        m_server.thaw();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("stopped answering")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("frozenrestore, which Valvur created for this restore, could not be dropped")), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("as it was before")), qPrintable(err));
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
