// Parsers and argument builders of the backup engine: tool versions, choosing a tool for a
// server, pg_restore --list lines, first errors of pg_restore and psql, pgpass escaping, pg_dump
// arguments (exact patterns for odd names, no password anywhere), format detection.
#include "backup/backuparchive.h"
#include "backup/backupoptions.h"
#include "tools/pgtool.h"
#include "backup/restorejob.h"
#include "tools/temporarypgpass.h"
#include "tools/toolrunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Valvur;

class TestBackupParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseVersion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::newRow("debian") << QStringLiteral("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)") << true << 15 << 20;
        QTest::newRow("plain") << QStringLiteral("pg_restore (PostgreSQL) 16.1") << true << 16 << 1;
        QTest::newRow("beta") << QStringLiteral("pg_dump (PostgreSQL) 17beta2") << true << 17 << 0;
        QTest::newRow("old three-part") << QStringLiteral("psql (PostgreSQL) 9.6.24") << true << 9 << 6;
        QTest::newRow("fake 14") << QStringLiteral("pg_dump (PostgreSQL) 14.0") << true << 14 << 0;
        QTest::newRow("not postgres") << QStringLiteral("pg_dump 1.0 (some other thing)") << false << 0 << 0;
        QTest::newRow("empty") << QString() << false << 0 << 0;
    }
    void parseVersion()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, major);
        QFETCH(int, minor);
        int ma = 0, mi = 0;
        QCOMPARE(PgTool::parseVersion(text, &ma, &mi), ok);
        if (ok) {
            QCOMPARE(ma, major);
            QCOMPARE(mi, minor);
        }
    }

    void choose_data()
    {
        QTest::addColumn<QList<int>>("majors");
        QTest::addColumn<int>("server");
        QTest::addColumn<int>("chosen"); // 0: none
        QTest::newRow("same") << QList<int>{15} << 15 << 15;
        QTest::newRow("newest wins") << QList<int>{13, 16, 15} << 15 << 16;
        QTest::newRow("older than server") << QList<int>{14, 15} << 16 << 0;
        QTest::newRow("nothing found") << QList<int>{} << 15 << 0;
        QTest::newRow("old server, new tool") << QList<int>{15} << 12 << 15;
    }
    void choose()
    {
        QFETCH(QList<int>, majors);
        QFETCH(int, server);
        QFETCH(int, chosen);
        QList<PgTool> tools;
        for (int m : majors)
            tools << PgTool(QStringLiteral("pg_dump"), QStringLiteral("/usr/lib/postgresql/%1/bin/pg_dump").arg(m), m, 0, QString());
        const PgTool t = PgTool::choose(tools, server);
        QCOMPARE(t.isValid() ? t.major() : 0, chosen);
    }

    void tooOldExplanationNamesVersionsAndDocker()
    {
        const QList<PgTool> found{PgTool(QStringLiteral("pg_dump"), QStringLiteral("/usr/bin/pg_dump"), 15, 4, QString())};
        const QString text = PgTool::tooOldExplanation(QStringLiteral("pg_dump"), found, 16,
                                                       QStringLiteral("valvur backup --container NAME …"));
        QVERIFY(text.contains(QLatin1String("PostgreSQL 16")));
        QVERIFY(text.contains(QLatin1String("version 15")));
        QVERIFY(text.contains(QLatin1String("valvur backup --container NAME")));
        QVERIFY(text.contains(QLatin1String("postgresql-client-16")));
    }

    void parseList()
    {
        const QString list = QStringLiteral(
            ";\n; Archive created at 2026-11-24 20:33:22 UTC\n;     dbname: demo\n;     TOC Entries: 22\n;\n"
            "215; 1259 16390 TABLE public pgbench_accounts postgres\n"
            "3345; 0 16390 TABLE DATA public pgbench_accounts postgres\n"
            "3346; 0 0 LARGE OBJECTS - BLOBS \n"
            "7; 2615 16500 SCHEMA - Mixed Case postgres\n"
            "220; 1259 16501 TABLE Mixed Case Tab le postgres\n"
            "3200; 2606 16400 CONSTRAINT public pgbench_accounts pgbench_accounts_pkey postgres\n");
        QString db;
        const QList<BackupArchive::Entry> e = BackupArchive::parseList(list, &db);
        QCOMPARE(db, QStringLiteral("demo"));
        QCOMPARE(e.size(), 6);
        QCOMPARE(e.at(0).type, QStringLiteral("TABLE"));
        QCOMPARE(e.at(0).schema, QStringLiteral("public"));
        QCOMPARE(e.at(0).name, QStringLiteral("pgbench_accounts"));
        QCOMPARE(e.at(0).owner, QStringLiteral("postgres"));
        QCOMPARE(e.at(1).type, QStringLiteral("TABLE DATA"));
        QCOMPARE(e.at(1).id, 3345);
        QCOMPARE(e.at(2).type, QStringLiteral("LARGE OBJECTS"));
        QCOMPARE(e.at(5).type, QStringLiteral("CONSTRAINT"));
        QCOMPARE(e.at(1).line, QStringLiteral("3345; 0 16390 TABLE DATA public pgbench_accounts postgres"));
    }

    void firstError_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("statement");
        QTest::newRow("pg_restore") << QStringList{QStringLiteral("pg_restore: connecting to database for restore"),
                                                   QStringLiteral("pg_restore: error: could not execute query: ERROR:  relation \"t\" already exists"),
                                                   QStringLiteral("Command was: CREATE TABLE public.t ("),
                                                   QStringLiteral("    id integer"),
                                                   QStringLiteral(");")}
                                    << QStringLiteral("ERROR:  relation \"t\" already exists")
                                    << QStringLiteral("CREATE TABLE public.t (\n    id integer\n);");
        QTest::newRow("psql") << QStringList{QStringLiteral("psql:/tmp/x.sql:6: ERROR:  division by zero"),
                                             QStringLiteral("psql:/tmp/x.sql:6: STATEMENT:  INSERT INTO t VALUES (1 / 0);")}
                              << QStringLiteral("line 6: ERROR:  division by zero") << QStringLiteral("INSERT INTO t VALUES (1 / 0);");
        QTest::newRow("connection") << QStringList{QStringLiteral("pg_restore: error: connection to server failed: FATAL:  database \"x\" does not exist")}
                                    << QStringLiteral("connection to server failed: FATAL:  database \"x\" does not exist") << QString();
        QTest::newRow("none") << QStringList{QStringLiteral("pg_restore: creating TABLE \"public.t\"")} << QString() << QString();
    }
    void firstError()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, error);
        QFETCH(QString, statement);
        QString e, s;
        RestoreJob::parseFirstError(lines, &e, &s);
        QCOMPARE(e, error);
        QCOMPARE(s, statement);
    }

    void pgpassEscapingAndMode()
    {
        QCOMPARE(TemporaryPgpass::escape(QStringLiteral("a:b\\c")), QStringLiteral("a\\:b\\\\c"));
        QString path;
        {
            TemporaryPgpass p;
            QVERIFY(p.create(QStringLiteral("s:cret")));
            path = p.path();
            QFile f(path);
            QCOMPARE(f.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("*:*:*:*:s\\:cret\n"));
        }
        QVERIFY(!QFile::exists(path));
    }

    void dumpArgumentsKeepNamesExactAndNoPassword()
    {
        BackupOptions o;
        QString error;
        QVERIFY(ConnectionOptions::parse(QStringLiteral("host=db port=5433 user=alice dbname=app"), &o.connection, &error));
        o.password = QStringLiteral("topsecret");
        o.format = BackupOptions::Format::Directory;
        o.jobs = 2;
        o.compression = 5;
        o.tables = {QStringLiteral("Mixed Case.Tab\"le")};
        o.noOwner = true;
        const QStringList a = o.arguments(QStringLiteral("/tmp/.out.valvur-partial-x"));
        QVERIFY(a.contains(QStringLiteral("--format=d")));
        QVERIFY(a.contains(QStringLiteral("--jobs=2")));
        QVERIFY(a.contains(QStringLiteral("--compress=5")));
        QVERIFY(a.contains(QStringLiteral("--no-owner")));
        QVERIFY(a.contains(QStringLiteral("--table=\"Mixed Case\".\"Tab\"\"le\"")));
        QVERIFY(a.contains(QStringLiteral("--file=/tmp/.out.valvur-partial-x")));
        QVERIFY(!a.join(QLatin1Char(' ')).contains(QLatin1String("topsecret")));
        const QString shown = ToolRunner::displayCommand(QStringLiteral("pg_dump"), a, true);
        QVERIFY(shown.contains(QLatin1String("***")));
        QVERIFY(!shown.contains(QLatin1String("topsecret")));

        o.format = BackupOptions::Format::Physical;
        o.physicalTar = true;
        o.compression = 3;
        const QStringList p = o.arguments(QStringLiteral("/tmp/x"));
        QVERIFY(p.contains(QStringLiteral("--wal-method=stream")));
        QVERIFY(p.contains(QStringLiteral("--checkpoint=fast")));
        QVERIFY(p.contains(QStringLiteral("--format=tar")));
        QVERIFY(p.contains(QStringLiteral("--compress=3")));
    }

    void restoreArguments()
    {
        RestoreOptions r;
        QString error;
        QVERIFY(ConnectionOptions::parse(QStringLiteral("host=db user=alice dbname=postgres"), &r.connection, &error));
        r.input = QStringLiteral("/b/x.sql");
        r.targetDatabase = QStringLiteral("new");
        const QStringList plain = r.arguments(BackupArchive::Format::Plain, QString());
        QVERIFY(plain.contains(QStringLiteral("--set=ON_ERROR_STOP=1")));
        QVERIFY(plain.contains(QStringLiteral("--single-transaction")));
        QVERIFY(plain.join(QLatin1Char(' ')).contains(QLatin1String("dbname='new'")) || plain.join(QLatin1Char(' ')).contains(QLatin1String("dbname=new")));
        r.jobs = 4;
        r.clean = true;
        const QStringList custom = r.arguments(BackupArchive::Format::Custom, QStringLiteral("/tmp/list"));
        QVERIFY(custom.contains(QStringLiteral("--jobs=4")));
        QVERIFY(!custom.contains(QStringLiteral("--single-transaction"))); // not with parallel jobs
        QVERIFY(custom.contains(QStringLiteral("--exit-on-error")));
        QVERIFY(custom.contains(QStringLiteral("--if-exists")));
        QVERIFY(custom.contains(QStringLiteral("--use-list=/tmp/list")));
    }

    void detectFormat()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(data);
            return f.fileName();
        };
        QCOMPARE(int(BackupArchive::detect(write(QStringLiteral("a.dump"), "PGDMP\x01\x0e\x00"))), int(BackupArchive::Format::Custom));
        QCOMPARE(int(BackupArchive::detect(write(QStringLiteral("a.sql"), "--\n-- PostgreSQL database dump\n--\nSET x = 1;\n"))),
                 int(BackupArchive::Format::Plain));
        QCOMPARE(int(BackupArchive::detect(write(QStringLiteral("a.bin"), QByteArray("\x00\x01\x02", 3)))), int(BackupArchive::Format::Unknown));
        QDir(dir.path()).mkdir(QStringLiteral("d"));
        write(QStringLiteral("d/toc.dat"), "PGDMP");
        QCOMPARE(int(BackupArchive::detect(dir.filePath(QStringLiteral("d")))), int(BackupArchive::Format::Directory));
        QCOMPARE(BackupOptions::defaultFileName(QStringLiteral("app"), BackupOptions::Format::Custom,
                                                QDateTime(QDate(2026, 11, 24), QTime(20, 5, 9))),
                 QStringLiteral("app-20261124-200509.dump"));
        QString problem;
        QVERIFY(!BackupArchive::plainDumpComplete(dir.filePath(QStringLiteral("a.sql")), &problem));
        QVERIFY(problem.contains(QLatin1String("cut off")));
    }

    // Any text psql can run is plain SQL; the rest is not a backup.
    void detectSqlText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("plain");
        QTest::newRow("pg_dump") << QByteArray("--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n") << true;
        QTest::newRow("lower case") << QByteArray("create table t(a int);\ninsert into t values (1);\n") << true;
        QTest::newRow("comments first") << QByteArray("-- my data\n-- by hand\n\ninsert into t values (1);\n") << true;
        QTest::newRow("block comment") << QByteArray("/* header\n   more */\nselect 1;\n") << true;
        QTest::newRow("begin") << QByteArray("BEGIN;\nCREATE TABLE t(a int);\nCOMMIT;\n") << true;
        QTest::newRow("meta-command") << QByteArray("\\set ON_ERROR_STOP on\nselect 1;\n") << true;
        QTest::newRow("comment then meta-command") << QByteArray("-- x\n\\connect app\nselect 1;\n") << true;
        QTest::newRow("with") << QByteArray("with x as (select 1) select * from x;\n") << true;
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF" "create table t(a int);\n") << true;
        QTest::newRow("do block") << QByteArray("do $$ begin perform 1; end $$;\n") << true;
        QTest::newRow("prose") << QByteArray("Hello, this is a letter.\n") << false;
        QTest::newRow("hostname") << QByteArray("myhost\n") << false;
        QTest::newRow("only a comment") << QByteArray("-- nothing here") << false;
        QTest::newRow("binary") << QByteArray("select\0\1\2", 9) << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("ini file") << QByteArray("[General]\nkey=value\n") << false;
    }

    void detectSqlText()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, plain);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("in.sql")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        QCOMPARE(BackupArchive::detect(f.fileName()) == BackupArchive::Format::Plain, plain);
        if (plain) {
            QString problem;
            QVERIFY2(BackupArchive::plainDumpComplete(f.fileName(), &problem) || text.contains("database dump"), qPrintable(problem));
        }
    }

    // The free space a backup needs: a physical copy's size is known; a logical dump's is a guess.
    void spaceNeeded_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("compression");
        QTest::addColumn<qint64>("databaseBytes");
        QTest::addColumn<qint64>("dataBytes");
        QTest::addColumn<qint64>("needed");
        QTest::addColumn<bool>("sure");
        const qint64 mb = 1 << 20;
        // The case: a compressed custom dump (0.55 MB) of a database of 9 MB on disk, 5 MB free.
        QTest::newRow("custom, compressed") << int(BackupOptions::Format::Custom) << -1 << 9 * mb << 2 * mb << 2 * mb / 4 << false;
        QTest::newRow("directory, level 6") << int(BackupOptions::Format::Directory) << 6 << 9 * mb << 2 * mb << 2 * mb / 4 << false;
        QTest::newRow("custom, level 0") << int(BackupOptions::Format::Custom) << 0 << 9 * mb << 2 * mb << 2 * mb << false;
        QTest::newRow("tar") << int(BackupOptions::Format::Tar) << -1 << 9 * mb << 2 * mb << 2 * mb << false;
        QTest::newRow("plain") << int(BackupOptions::Format::Plain) << -1 << 9 * mb << 2 * mb << 2 * mb << false;
        QTest::newRow("physical") << int(BackupOptions::Format::Physical) << -1 << 40 * mb << 2 * mb << 40 * mb << true;
    }

    void spaceNeeded()
    {
        QFETCH(int, format);
        QFETCH(int, compression);
        QFETCH(qint64, databaseBytes);
        QFETCH(qint64, dataBytes);
        QFETCH(qint64, needed);
        QFETCH(bool, sure);
        BackupOptions o;
        o.format = BackupOptions::Format(format);
        o.compression = compression;
        const BackupOptions::SpaceNeed need = o.spaceNeeded(databaseBytes, dataBytes);
        QCOMPARE(need.bytes, needed);
        QCOMPARE(need.sure, sure);
    }

    // pg_restore --verbose output of a damaged archive names the entry it was reading.
    void damagedEntry()
    {
        QString cause;
        const QStringList lines = {QStringLiteral("pg_restore: creating TABLE \"public.t\""),
                                   QStringLiteral("pg_restore: processing data for table \"public.t\""),
                                   QStringLiteral("pg_restore: processing data for table \"public.u\""),
                                   QStringLiteral("pg_restore: error: could not open input file \"d/3345.dat\": No such file or directory")};
        QCOMPARE(BackupArchive::damagedEntry(lines, &cause), QStringLiteral("TABLE DATA public.u"));
        QCOMPARE(cause, QStringLiteral("could not open input file \"d/3345.dat\": No such file or directory"));
        QCOMPARE(BackupArchive::damagedEntry({QStringLiteral("pg_restore: error: could not read from input file: end of file")}, &cause),
                 QString());
        QCOMPARE(cause, QStringLiteral("could not read from input file: end of file"));
    }
};

QTEST_GUILESS_MAIN(TestBackupParsers)
#include "tst_backupparsers.moc"
