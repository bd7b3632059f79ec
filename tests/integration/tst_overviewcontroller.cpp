// The Overview page's data without widgets (OverviewController on PageQuery) against a real
// PostgreSQL 15: the server facts and the databases arrive, what a role may not see stays hidden,
// one request at a time, a reply from before a server switch is dropped, and a failed refresh
// reaches the error signal while the last data stays.
#include "keyedtablemodel.h"
#include "overviewcontroller.h"
#include "pagequery.h"
#include "pg/serverconnection.h"
#include "monitoredserver.h"
#include "testserver.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Valvur;

namespace {
const QString AlicePassword = QStringLiteral("alice-pw");
}

class TestOverviewController : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;

    std::unique_ptr<ServerConnection> connectServer(const QString &user = QStringLiteral("postgres"))
    {
        return Test::connectMonitoring(m_server, user, user == QLatin1String("postgres") ? m_server.superuserPassword() : AlicePassword);
    }

    // Points the controller at the server and waits for its first data.
    static bool firstData(OverviewController &c, ServerConnection *server)
    {
        QSignalSpy ready(&c, &OverviewController::dataReady);
        c.setServer(server);
        return ready.wait(20000) && c.hasData();
    }

    static QStringList databaseNames(const OverviewController &c)
    {
        QStringList names;
        for (int r = 0; r < c.databases()->rowCount(); ++r)
            names << c.databases()->rowValues(r).value(OverviewController::DbName).toString();
        return names;
    }

    static QVariantList databaseRow(const OverviewController &c, const QString &name)
    {
        for (int r = 0; r < c.databases()->rowCount(); ++r) {
            if (c.databases()->rowValues(r).value(OverviewController::DbName).toString() == name)
                return c.databases()->rowValues(r);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE ROLE alice LOGIN PASSWORD '%1'").arg(AlicePassword), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE DATABASE overview_lab"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE DATABASE overview_closed"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("REVOKE CONNECT ON DATABASE overview_closed FROM PUBLIC"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
    }

    void factsAndDatabasesArrive()
    {
        auto server = connectServer();
        QVERIFY(server);
        OverviewController c;
        QSignalSpy errors(&c, &OverviewController::errorChanged);
        QVERIFY(firstData(c, server.get()));
        const OverviewFacts &f = c.facts();
        QVERIFY2(f.version.startsWith(QStringLiteral("PostgreSQL 15")), qPrintable(f.version));
        QVERIFY(f.serverVersion.startsWith(QStringLiteral("15")));
        QCOMPARE(f.dataDirectory, m_server.dataDir());
        QCOMPARE(f.maxConnections, 100); // TestServer's max_connections
        QVERIFY(f.connections >= 1);     // at least Valvur's own session
        QCOMPARE(f.listenAddresses, QStringLiteral("127.0.0.1"));
        QCOMPARE(f.user, QStringLiteral("postgres"));
        QVERIFY(f.superuser);
        QVERIFY(f.started.isValid());
        QVERIFY(f.uptimeSeconds >= 0);
        const QStringList names = databaseNames(c);
        for (const char *db : {"postgres", "template1", "overview_lab", "overview_closed"})
            QVERIFY2(names.contains(QLatin1String(db)), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(databaseRow(c, QStringLiteral("overview_lab")).value(OverviewController::DbSize).toLongLong() > 0);
        QCOMPARE(databaseRow(c, QStringLiteral("overview_lab")).value(OverviewController::DbOwner).toString(), QStringLiteral("postgres"));
        for (const QList<QVariant> &e : std::as_const(errors))
            QVERIFY(e.at(0).value<PgError>().isNull()); // only "no error" so far

        // A database created meanwhile shows on the next refresh.
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE overview_new"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        QSignalSpy refreshed(&c, &OverviewController::refreshed);
        QSignalSpy ready(&c, &OverviewController::dataReady);
        c.refresh();
        QVERIFY(refreshed.wait(20000));
        QVERIFY(databaseNames(c).contains(QStringLiteral("overview_new")));
        QCOMPARE(ready.count(), 0); // dataReady only for the first data from a server
    }

    void hiddenFromAnOrdinaryRole()
    {
        auto server = connectServer(QStringLiteral("alice"));
        QVERIFY(server);
        OverviewController c;
        QVERIFY(firstData(c, server.get()));
        QCOMPARE(c.facts().user, QStringLiteral("alice"));
        QVERIFY(!c.facts().superuser);
        QVERIFY(c.facts().dataDirectoryHidden()); // not a superuser, not in pg_read_all_settings
        const QVariantList closed = databaseRow(c, QStringLiteral("overview_closed"));
        QVERIFY(!closed.isEmpty());
        QVERIFY(closed.value(OverviewController::DbSize).isNull()); // may not connect: no size
        QVERIFY(!databaseRow(c, QStringLiteral("overview_lab")).value(OverviewController::DbSize).isNull());
    }

    void oneRequestAtATime()
    {
        auto server = connectServer();
        QVERIFY(server);
        OverviewController c;
        QSignalSpy refreshed(&c, &OverviewController::refreshed);
        c.setServer(server.get()); // sends the first refresh
        QVERIFY(c.query()->isInFlight());
        c.refresh(); // skipped: one is in flight
        c.refresh();
        QVERIFY(Test::drain(server.get()));
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(!c.query()->isInFlight());
    }

    void serverSwitchDropsLateReply()
    {
        auto alice = connectServer(QStringLiteral("alice"));
        auto postgres = connectServer();
        QVERIFY(alice && postgres);
        OverviewController c;
        QSignalSpy refreshed(&c, &OverviewController::refreshed);
        c.setServer(alice.get()); // alice's refresh is on its way…
        QVERIFY(c.query()->isInFlight());
        c.setServer(postgres.get()); // …when the user switches servers
        QVERIFY(Test::drain(alice.get()));    // alice's reply has come back (and must have been dropped)
        QVERIFY(Test::drain(postgres.get())); // and so has the new server's
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(c.facts().user, QStringLiteral("postgres"));
        QVERIFY(c.hasData());

        // Switching to no server forgets the data; a reply still on its way is dropped.
        c.refresh(); // nothing in flight any more: this one is sent
        QVERIFY(c.query()->isInFlight());
        c.setServer(nullptr);
        QVERIFY(Test::drain(postgres.get()));
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(!c.hasData());
        QCOMPARE(c.databases()->rowCount(), 0);
    }

    void failedRefreshReachesErrorSignal()
    {
        auto server = connectServer(QStringLiteral("alice"));
        QVERIFY(server);
        OverviewController c;
        QVERIFY(firstData(c, server.get()));
        QSignalSpy errors(&c, &OverviewController::errorChanged);
        const int rows = c.databases()->rowCount();
        QVERIFY(rows > 0);

        bool ok = false;
        m_server.psql(QStringLiteral("REVOKE EXECUTE ON FUNCTION pg_postmaster_start_time() FROM PUBLIC"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        auto grantBack = qScopeGuard([this] {
            m_server.psql(QStringLiteral("GRANT EXECUTE ON FUNCTION pg_postmaster_start_time() TO PUBLIC"));
        });
        errors.clear();
        c.refresh();
        QVERIFY(errors.wait(20000));
        const PgError error = errors.last().at(0).value<PgError>();
        grantBack.dismiss();
        m_server.psql(QStringLiteral("GRANT EXECUTE ON FUNCTION pg_postmaster_start_time() TO PUBLIC"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        QVERIFY(!error.isNull());
        QCOMPARE(error.sqlState(), QStringLiteral("42501")); // insufficient_privilege
        QVERIFY2(error.message().contains(QStringLiteral("pg_postmaster_start_time")), qPrintable(error.message()));
        QCOMPARE(c.query()->lastError().sqlState(), QStringLiteral("42501"));
        // the last good data stays
        QVERIFY(c.hasData());
        QCOMPARE(c.databases()->rowCount(), rows);
        QCOMPARE(c.facts().user, QStringLiteral("alice"));

        // The next good refresh clears the error.
        errors.clear();
        c.refresh();
        QVERIFY(errors.wait(20000));
        QVERIFY(errors.last().at(0).value<PgError>().isNull());
        QVERIFY(c.query()->lastError().isNull());
    }
};

QTEST_GUILESS_MAIN(TestOverviewController)
#include "tst_overviewcontroller.moc"
