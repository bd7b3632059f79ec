// The insight pages' data without widgets (InsightController on PageQuery) against a real
// PostgreSQL 15, part 1: what every insight controller shares (the refresh cadence's one request
// at a time, a late reply after a server switch dropped), Locks (a real blocking pair: who blocks
// whom) and Sizes (a table of known rows; the tables of another database on a side session).
#include "insights/lockscontroller.h"
#include "insights/sizescontroller.h"
#include "keyedtablemodel.h"
#include "pagequery.h"
#include "pg/serverconnection.h"
#include "monitoredserver.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Valvur;

namespace {
const QString AlicePassword = QStringLiteral("alice-pw");
}

class TestInsightController : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;

    std::unique_ptr<ServerConnection> connectServer(const QString &user = QStringLiteral("postgres"))
    {
        return Test::connectMonitoring(m_server, user, user == QLatin1String("postgres") ? m_server.superuserPassword() : AlicePassword);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        bool ok = false;
        for (const char *sql : {"CREATE ROLE alice LOGIN PASSWORD 'alice-pw'", "CREATE DATABASE sizes_lab",
                                "CREATE TABLE contested (id int)",
                                "CREATE TABLE readings (id bigserial PRIMARY KEY, note text); "
                                "INSERT INTO readings (note) SELECT repeat(md5(g::text), 100) FROM generate_series(1, 2500) g; "
                                "ANALYZE readings"}) {
            m_server.psql(QString::fromLatin1(sql), QStringLiteral("postgres"), &ok);
            QVERIFY2(ok, sql);
        }
        m_server.psql(QStringLiteral("CREATE TABLE lab_only (id int); INSERT INTO lab_only SELECT generate_series(1, 1000); "
                                     "ANALYZE lab_only"),
                      QStringLiteral("sizes_lab"), &ok);
        QVERIFY(ok);
    }

    void oneRequestAtATimeAndShowSqlIsWhatRan()
    {
        auto server = connectServer();
        QVERIFY(server);
        LocksController c;
        QSignalSpy refreshed(&c, &InsightController::refreshed);
        c.setServer(server.get());
        QCOMPARE(c.requestCount(), quint64(0)); // not active: nothing sent
        c.setActive(true);                      // shown: refreshes at once
        QVERIFY(c.query()->isInFlight());
        c.refresh(); // skipped: one is in flight
        c.refresh();
        QVERIFY(Test::drain(server.get()));
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(c.requestCount(), quint64(1));
        QCOMPARE(c.lastSentSql(), c.statement());
        QVERIFY(!c.query()->isInFlight());
    }

    void serverSwitchDropsLateReply()
    {
        auto alice = connectServer(QStringLiteral("alice"));
        auto postgres = connectServer();
        QVERIFY(alice && postgres);
        SizesController c;
        QSignalSpy refreshed(&c, &InsightController::refreshed);
        c.setActive(true);
        c.setServer(alice.get()); // alice's refresh is on its way…
        QVERIFY(c.query()->isInFlight());
        c.setServer(postgres.get()); // …when the user switches servers
        QVERIFY(Test::drain(alice.get()));
        QVERIFY(Test::drain(postgres.get()));
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(Test::findRow(c.tables(), SizesController::Name, QStringLiteral("readings")) >= 0);

        // no server: the data is gone, a reply still on its way is dropped
        c.refresh();
        QVERIFY(c.query()->isInFlight());
        c.setServer(nullptr);
        QVERIFY(Test::drain(postgres.get()));
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(!c.hasData());
        QCOMPARE(c.databases()->rowCount(), 0);
        QCOMPARE(c.tables()->rowCount(), 0);
    }

    void locksSayWhoBlocksWhom()
    {
        auto holder = connectServer();
        auto waiter = connectServer();
        auto monitor = connectServer();
        QVERIFY(holder && waiter && monitor);
        bool held = false;
        holder->session()->exec(QStringLiteral("BEGIN; LOCK TABLE contested IN ACCESS EXCLUSIVE MODE"), this,
                                [&](const PgReply &r) { held = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(held, 20000);
        bool waited = false;
        waiter->session()->exec(QStringLiteral("SELECT count(*) FROM contested"), this, [&](const PgReply &) { waited = true; });
        const int holderPid = holder->session()->backendPid();
        const int waiterPid = waiter->session()->backendPid();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND pid = %1").arg(waiterPid)),
                                  QStringLiteral("1"), 20000);

        LocksController c;
        QVERIFY(Test::firstData(c, monitor.get()));
        const KeyedTableModel *m = c.locks();
        int holding = -1, waiting = -1;
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->rawValue(r, LocksController::Relation).toString() != QLatin1String("contested"))
                continue;
            if (m->rawValue(r, LocksController::Pid).toInt() == holderPid)
                holding = r;
            if (m->rawValue(r, LocksController::Pid).toInt() == waiterPid)
                waiting = r;
        }
        QVERIFY(holding >= 0 && waiting >= 0);
        // A blocks B: the holder's row names the waiter, the waiter's row the holder
        QVERIFY(m->rawValue(holding, LocksController::Granted).toBool());
        QCOMPARE(m->rawValue(holding, LocksController::Mode).toString(), QStringLiteral("AccessExclusiveLock"));
        QCOMPARE(m->rawValue(holding, LocksController::Blocks).toString(), QString::number(waiterPid));
        QVERIFY(!m->rawValue(waiting, LocksController::Granted).toBool());
        QCOMPARE(m->rawValue(waiting, LocksController::BlockedBy).toString(), QString::number(holderPid));
        QVERIFY(m->rawValue(waiting, LocksController::Blocks).isNull());
        QCOMPARE(c.waitingCount(), 1);
        QCOMPARE(c.hiddenSessions(), 0); // a superuser reads every query

        // the lock is released: nobody waits, nobody blocks
        holder->session()->exec(QStringLiteral("ROLLBACK"), this, [](const PgReply &) {});
        QTRY_VERIFY_WITH_TIMEOUT(waited, 20000);
        QSignalSpy refreshed(&c, &InsightController::refreshed);
        c.refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(c.waitingCount(), 0);
        for (int r = 0; r < m->rowCount(); ++r)
            QVERIFY(m->rawValue(r, LocksController::Blocks).isNull());
    }

    void sizesListATableOfKnownRows()
    {
        auto server = connectServer();
        QVERIFY(server);
        SizesController c;
        QVERIFY(Test::firstData(c, server.get()));
        QCOMPARE(c.selectedDatabase(), QStringLiteral("postgres"));
        QVERIFY(!c.usesSideSession());
        const KeyedTableModel *t = c.tables();
        const int row = Test::findRow(t, SizesController::Name, QStringLiteral("readings"));
        QVERIFY(row >= 0);
        QCOMPARE(t->rawValue(row, SizesController::Schema).toString(), QStringLiteral("public"));
        QCOMPARE(t->rawValue(row, SizesController::RowEstimate).toLongLong(), 2500LL);
        const qint64 total = t->rawValue(row, SizesController::Total).toLongLong();
        QCOMPARE(t->rawValue(row, SizesController::Heap).toLongLong() + t->rawValue(row, SizesController::Indexes).toLongLong()
                     + t->rawValue(row, SizesController::Toast).toLongLong(),
                 total);
        QCOMPARE(QString::number(total), m_server.psql(QStringLiteral("SELECT pg_total_relation_size('readings')")));
        QCOMPARE(t->rawValue(row, SizesController::Growth).toLongLong(), 0LL); // first seen now
        const int db = Test::findRow(c.databases(), SizesController::DbName, QStringLiteral("sizes_lab"));
        QVERIFY(db >= 0);
        QCOMPARE(QString::number(c.databases()->rawValue(db, SizesController::DbSize).toLongLong()),
                 m_server.psql(QStringLiteral("SELECT pg_database_size('sizes_lab')")));

        // it grows: the next refresh says by how much
        bool ok = false;
        m_server.psql(QStringLiteral("INSERT INTO readings (note) SELECT repeat('x', 2000) FROM generate_series(1, 500)"),
                      QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        QSignalSpy refreshed(&c, &InsightController::refreshed);
        c.refresh();
        QVERIFY(refreshed.wait(20000));
        const int again = Test::findRow(t, SizesController::Name, QStringLiteral("readings"));
        QCOMPARE(t->rawValue(again, SizesController::Growth).toLongLong(),
                 t->rawValue(again, SizesController::Total).toLongLong() - total);
        QVERIFY(t->rawValue(again, SizesController::Growth).toLongLong() > 0);
    }

    void sizesOfAnotherDatabaseOnASideSession()
    {
        auto server = connectServer();
        QVERIFY(server);
        SizesController c;
        QVERIFY(Test::firstData(c, server.get()));
        QSignalSpy refreshed(&c, &InsightController::refreshed);
        c.selectDatabase(QStringLiteral("sizes_lab"));
        QVERIFY(c.usesSideSession());
        QCOMPARE(c.tables()->rowCount(), 0); // the old database's tables are gone at once
        QVERIFY(refreshed.wait(20000));
        QVERIFY(c.tablesError().isNull());
        const int row = Test::findRow(c.tables(), SizesController::Name, QStringLiteral("lab_only"));
        QVERIFY(row >= 0);
        QCOMPARE(c.tables()->rawValue(row, SizesController::RowEstimate).toLongLong(), 1000LL);
        QVERIFY(Test::findRow(c.tables(), SizesController::Name, QStringLiteral("readings")) < 0);
        QVERIFY(c.statement().contains(QStringLiteral("-- in database sizes_lab")));
        auto *side = c.findChild<PgSession *>(QStringLiteral("sizesSideSession"));
        QVERIFY(side);
        QCOMPARE(side->state(), PgSession::State::Connected);
        // a hidden page keeps no second connection open
        c.setActive(false);
        QTRY_VERIFY(!c.findChild<PgSession *>(QStringLiteral("sizesSideSession")));
    }

    void sizesSayWhyAnotherDatabaseCannotBeRead()
    {
        bool ok = false;
        m_server.psql(QStringLiteral("REVOKE CONNECT ON DATABASE sizes_lab FROM PUBLIC"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        auto server = connectServer(QStringLiteral("alice"));
        QVERIFY(server);
        SizesController c;
        QVERIFY(Test::firstData(c, server.get()));
        const int db = Test::findRow(c.databases(), SizesController::DbName, QStringLiteral("sizes_lab"));
        QVERIFY(db >= 0);
        QVERIFY(c.databases()->rawValue(db, SizesController::DbSize).isNull()); // no CONNECT: no size
        QVERIFY(c.hiddenDatabases() >= 1);
        QSignalSpy changed(&c, &SizesController::stateChanged);
        c.selectDatabase(QStringLiteral("sizes_lab"));
        QTRY_VERIFY_WITH_TIMEOUT(!c.tablesError().isNull(), 20000);
        QCOMPARE(c.tablesError().sqlState(), QStringLiteral("42501")); // permission denied for database
        QCOMPARE(c.tables()->rowCount(), 0);
        QVERIFY(changed.count() >= 1);
        m_server.psql(QStringLiteral("GRANT CONNECT ON DATABASE sizes_lab TO PUBLIC"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestInsightController)
#include "tst_insightcontroller.moc"
