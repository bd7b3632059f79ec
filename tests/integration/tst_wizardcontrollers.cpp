// The backup and restore wizards' data without widgets, against a real PostgreSQL 15: the
// databases of a server (DatabaseListController: a created one shows, templates do not, sizes
// are known), the tables of a database (TableListController), an empty and a non-empty restore
// target told apart (TargetCheckController), what a backup holds (ArchiveContentsController); a
// reply from before a switch is dropped, and errors reach the signals.
#include "backup/archivecontentscontroller.h"
#include "backup/databaselistcontroller.h"
#include "backup/oneshotquery.h"
#include "backup/tablelistcontroller.h"
#include "backup/targetcheckcontroller.h"
#include "pg/pgreply.h"
#include "testserver.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;

namespace {
const QString AlicePassword = QStringLiteral("alice-pw");
const QString App = QStringLiteral("valvur-test");
}

class TestWizardControllers : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;
    QTemporaryDir m_dir;

    ConnectionOptions options(const QString &user = QStringLiteral("postgres"), const QString &database = QStringLiteral("postgres")) const
    {
        ConnectionOptions o;
        ConnectionOptions::parse(m_server.conninfo(database, user), &o, nullptr);
        return o;
    }
    QString password(const QString &user = QStringLiteral("postgres")) const
    {
        return user == QLatin1String("postgres") ? m_server.superuserPassword() : AlicePassword;
    }

    void psql(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        bool ok = false;
        const QString out = m_server.psql(sql, database, &ok);
        QVERIFY2(ok, qPrintable(out));
    }

    // A custom-format dump of database into the temporary folder; empty when pg_dump failed.
    QString dump(const QString &database)
    {
        const QString file = m_dir.filePath(database + QStringLiteral(".dump"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_server.superuserPassword());
        p.setProcessEnvironment(env);
        p.start(m_server.binDir() + QStringLiteral("/pg_dump"),
                {QStringLiteral("--format=c"), QStringLiteral("--file=") + file, QStringLiteral("--dbname=") + m_server.conninfo(database)});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << p.readAllStandardError();
            return {};
        }
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY(m_dir.isValid());
        psql(QStringLiteral("CREATE ROLE alice LOGIN PASSWORD '%1'").arg(AlicePassword));
        psql(QStringLiteral("CREATE DATABASE wizard_empty"));
        psql(QStringLiteral("CREATE DATABASE wizard_full"));
        psql(QStringLiteral("CREATE DATABASE wizard_closed"));
        psql(QStringLiteral("REVOKE CONNECT ON DATABASE wizard_closed FROM PUBLIC"));
        psql(QStringLiteral("CREATE SCHEMA sales;\n"
                            "CREATE TABLE sales.orders(id int PRIMARY KEY, item text);\n"
                            "INSERT INTO sales.orders SELECT g, 'õun ' || g FROM generate_series(1, 500) g;\n"
                            "CREATE TABLE public.customers(id int);\n"
                            "CREATE VIEW public.order_items AS SELECT item FROM sales.orders;"),
             QStringLiteral("wizard_full"));
    }

    void databaseListShowsTheDatabases()
    {
        DatabaseListController list(App);
        QSignalSpy listed(&list, &DatabaseListController::listed);
        QSignalSpy failed(&list, &DatabaseListController::failed);
        list.list(options(), password());
        QVERIFY(listed.wait(20000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(list.isLoaded());
        const QStringList names = list.names();
        for (const char *db : {"postgres", "wizard_empty", "wizard_full", "wizard_closed"})
            QVERIFY2(names.contains(QLatin1String(db)), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY2(!names.contains(QStringLiteral("template0")) && !names.contains(QStringLiteral("template1")),
                 qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(list.bytes(QStringLiteral("wizard_full")) > 0);
        QVERIFY(list.bytes(QStringLiteral("wizard_closed")) > 0); // a superuser may connect anywhere
        QCOMPARE(list.bytes(QStringLiteral("no_such_database")), qint64(-1));

        // A role without CONNECT on a database sees it listed, with its size unknown (no error).
        list.list(options(QStringLiteral("alice")), password(QStringLiteral("alice")));
        QVERIFY(!list.isLoaded());
        QVERIFY(listed.wait(20000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(list.contains(QStringLiteral("wizard_closed")));
        QCOMPARE(list.bytes(QStringLiteral("wizard_closed")), qint64(-1));
        QVERIFY(list.bytes(QStringLiteral("wizard_full")) > 0);
    }

    void databaseListDropsTheReplyFromBeforeASwitch()
    {
        DatabaseListController list(App);
        QSignalSpy listed(&list, &DatabaseListController::listed);
        list.list(options(QStringLiteral("alice")), password(QStringLiteral("alice"))); // alice's list is on its way…
        list.list(options(), password()); // …when the user picks another server
        // The superuser's view: wizard_closed has a size. Alice's reply would have none.
        QTRY_VERIFY_WITH_TIMEOUT(list.isLoaded(), 20000);
        QCOMPARE(listed.count(), 1);
        QVERIFY(list.bytes(QStringLiteral("wizard_closed")) > 0);
        QCOMPARE(list.names().count(QStringLiteral("postgres")), 1);

        // clear() (the chooser's changed()) forgets the list and drops the one in flight.
        list.list(options(QStringLiteral("alice")), password(QStringLiteral("alice")));
        list.clear();
        QVERIFY(!list.isLoaded());
        QVERIFY(!listed.wait(3000)); // a bound, not a sleep: nothing may arrive
        QCOMPARE(listed.count(), 1);
        QVERIFY(list.names().isEmpty());
    }

    void databaseListErrorsReachTheSignals()
    {
        DatabaseListController list(App);
        QSignalSpy connectFailed(&list, &DatabaseListController::connectFailed);
        QSignalSpy failed(&list, &DatabaseListController::failed);
        list.list(options(QStringLiteral("alice")), QStringLiteral("wrong"));
        QVERIFY(connectFailed.wait(20000));
        QCOMPARE(connectFailed.first().first().value<PgError>().kind(), PgError::Kind::Connection);
        QVERIFY(!list.isLoaded());

        psql(QStringLiteral("REVOKE SELECT ON pg_catalog.pg_database FROM PUBLIC"));
        auto grantBack = qScopeGuard([this] { m_server.psql(QStringLiteral("GRANT SELECT ON pg_catalog.pg_database TO PUBLIC")); });
        list.list(options(QStringLiteral("alice")), password(QStringLiteral("alice")));
        QVERIFY(failed.wait(20000));
        const PgError e = failed.first().first().value<PgError>();
        QCOMPARE(e.kind(), PgError::Kind::Server);
        QCOMPARE(e.sqlState(), QStringLiteral("42501")); // insufficient_privilege
        QVERIFY(!list.isLoaded());
    }

    void tableListShowsTheTables()
    {
        TableListController tables(App);
        QSignalSpy listed(&tables, &TableListController::listed);
        QVERIFY(tables.list(options(), password(), QStringLiteral("wizard_full")));
        QVERIFY(!tables.list(options(), password(), QStringLiteral("wizard_full"))); // already being listed
        QVERIFY(listed.wait(20000));
        QStringList names;
        for (const TableListController::Table &t : tables.tables())
            names << t.qualifiedName();
        QCOMPARE(names, (QStringList{QStringLiteral("public.customers"), QStringLiteral("sales.orders")})); // no view, no catalog
        QVERIFY(!tables.list(options(), password(), QStringLiteral("wizard_full")));

        // Another database: listed again; one without tables lists none.
        QVERIFY(tables.list(options(), password(), QStringLiteral("wizard_empty")));
        QVERIFY(tables.tables().isEmpty());
        QVERIFY(listed.wait(20000));
        QVERIFY(tables.isLoaded());
        QVERIFY(tables.tables().isEmpty());
    }

    void tableListDropsTheReplyFromBeforeASwitchAndReportsErrors()
    {
        TableListController tables(App);
        QSignalSpy listed(&tables, &TableListController::listed);
        QSignalSpy failed(&tables, &TableListController::failed);
        QVERIFY(tables.list(options(), password(), QStringLiteral("wizard_full")));
        QVERIFY(tables.list(options(), password(), QStringLiteral("wizard_empty"))); // the user went back and picked another
        QVERIFY(listed.wait(20000));
        QVERIFY(!listed.wait(3000)); // a bound, not a sleep: the first may not arrive late
        QCOMPARE(listed.count(), 1);
        QVERIFY(tables.tables().isEmpty()); // wizard_empty's answer, not wizard_full's

        QVERIFY(tables.list(options(), password(), QStringLiteral("no_such_database")));
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().first().value<PgError>().message().contains(QLatin1String("no_such_database")),
                 qPrintable(failed.first().first().value<PgError>().message()));
        QVERIFY(!tables.isLoaded());
        QVERIFY(tables.list(options(), password(), QStringLiteral("no_such_database"))); // a failed list may be asked again
    }

    void targetCheckTellsEmptyFromNonEmpty()
    {
        TargetCheckController check(App);
        QSignalSpy checked(&check, &TargetCheckController::checked);
        check.check(options(), password(), QStringLiteral("wizard_full"));
        QCOMPARE(check.tableCount(), -1);
        QVERIFY(checked.wait(20000));
        QCOMPARE(check.tableCount(), 2);
        QCOMPARE(checked.first().first().toInt(), 2);

        check.check(options(), password(), QStringLiteral("wizard_empty"));
        QCOMPARE(check.tableCount(), -1);
        QVERIFY(checked.wait(20000));
        QCOMPARE(check.tableCount(), 0);
        QCOMPARE(check.database(), QStringLiteral("wizard_empty"));
    }

    void targetCheckDropsTheReplyFromBeforeASwitchAndReportsErrors()
    {
        TargetCheckController check(App);
        QSignalSpy checked(&check, &TargetCheckController::checked);
        QSignalSpy failed(&check, &TargetCheckController::failed);
        check.check(options(), password(), QStringLiteral("wizard_full"));
        check.check(options(), password(), QStringLiteral("wizard_empty"));
        QVERIFY(checked.wait(20000));
        QVERIFY(!checked.wait(3000)); // a bound, not a sleep: the first may not arrive late
        QCOMPARE(checked.count(), 1);
        QCOMPARE(check.tableCount(), 0);

        check.check(options(QStringLiteral("alice")), password(QStringLiteral("alice")), QStringLiteral("wizard_closed"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(check.tableCount(), -1);
        QVERIFY2(failed.first().first().value<PgError>().message().contains(QLatin1String("wizard_closed")),
                 qPrintable(failed.first().first().value<PgError>().message()));
    }

    void oneShotQueryCancelsAStatementThatTakesTooLong()
    {
        OneShotQuery query(App);
        PgReply reply;
        bool done = false;
        // A statement longer than the bound: cancelled when it passes, reported as Cancelled.
        query.setTimeout(1000);
        query.run(options(), password(), QStringLiteral("SELECT pg_sleep(60)"),
                  [&](const PgReply &r) {
                      reply = r;
                      done = true;
                  });
        QVERIFY(query.isInFlight());
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(reply.error.kind(), PgError::Kind::Cancelled);
        QVERIFY(!query.isInFlight());
    }

    void archiveContentsListsWhatABackupHolds()
    {
        const QString full = dump(QStringLiteral("wizard_full"));
        QVERIFY(!full.isEmpty());
        ArchiveContentsController contents;
        QSignalSpy listed(&contents, &ArchiveContentsController::listed);
        contents.inspect(full, m_server.binDir());
        QCOMPARE(contents.format(), BackupArchive::Format::Custom);
        QVERIFY(listed.wait(30000));
        QVERIFY(!contents.hasFailed());
        QCOMPARE(contents.archiveDatabase(), QStringLiteral("wizard_full"));
        QStringList tables;
        for (const BackupArchive::Entry &e : contents.entries()) {
            if (e.type == QLatin1String("TABLE"))
                tables << e.schema + QLatin1Char('.') + e.name;
        }
        tables.sort();
        QCOMPARE(tables, (QStringList{QStringLiteral("public.customers"), QStringLiteral("sales.orders")}));

        // A plain SQL file needs no listing; an empty path is nothing.
        const QString plain = m_dir.filePath(QStringLiteral("plain.sql"));
        {
            QFile f(plain);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("CREATE TABLE t(id int);\n");
        }
        contents.inspect(plain, m_server.binDir());
        QCOMPARE(contents.format(), BackupArchive::Format::Plain);
        QVERIFY(!contents.isListed());
        contents.inspect(QString(), m_server.binDir());
        QCOMPARE(contents.format(), BackupArchive::Format::Unknown);
    }

    void archiveContentsDropsAnEarlierInspection()
    {
        const QString full = dump(QStringLiteral("wizard_full"));
        const QString empty = dump(QStringLiteral("wizard_empty"));
        QVERIFY(!full.isEmpty() && !empty.isEmpty());
        ArchiveContentsController contents;
        QSignalSpy listed(&contents, &ArchiveContentsController::listed);
        contents.inspect(full, m_server.binDir()); // the user typed one path…
        contents.inspect(empty, m_server.binDir()); // …and then another
        QVERIFY(listed.wait(30000));
        QVERIFY(!listed.wait(3000)); // a bound, not a sleep: the first may not arrive late
        QCOMPARE(listed.count(), 1);
        QCOMPARE(contents.archiveDatabase(), QStringLiteral("wizard_empty"));
    }

    void archiveContentsReportsAnUnreadableBackup()
    {
        // The custom format's magic, then nonsense: detected as custom, pg_restore cannot read it.
        const QString broken = m_dir.filePath(QStringLiteral("broken.dump"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("PGDMP" + QByteArray(4096, 'x'));
        }
        ArchiveContentsController contents;
        QSignalSpy failed(&contents, &ArchiveContentsController::failed);
        contents.inspect(broken, m_server.binDir());
        QCOMPARE(contents.format(), BackupArchive::Format::Custom);
        QVERIFY(failed.wait(30000));
        QVERIFY(contents.hasFailed());
        QVERIFY(!contents.isListed());
        QVERIFY(!contents.readErrors().isEmpty());
        QVERIFY(contents.toolProblem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWizardControllers)
#include "tst_wizardcontrollers.moc"
