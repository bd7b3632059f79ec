// The insight pages' data without widgets against a real PostgreSQL 15, part 2: Settings (a
// restart pending, what an ordinary role may not read), Replication (a primary alone; a failed
// refresh reaches errorChanged and keeps the last data), Databases and roles (\l, \du, \d name)
// and Top queries (the slow statement first, the reset and CREATE EXTENSION actions).
#include "insights/replicationcontroller.h"
#include "insights/rolescontroller.h"
#include "insights/settingscontroller.h"
#include "insights/topqueriescontroller.h"
#include "keyedtablemodel.h"
#include "monitoring/insightsql.h"
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

class TestInsightCatalogControllers : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;

    std::unique_ptr<ServerConnection> connectServer(const QString &user = QStringLiteral("postgres"),
                                                    const QString &database = QStringLiteral("postgres"))
    {
        return Test::connectMonitoring(m_server, user, user == QLatin1String("postgres") ? m_server.superuserPassword() : AlicePassword,
                                       database);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        bool ok = false;
        for (const char *sql : {"CREATE ROLE alice LOGIN PASSWORD 'alice-pw' CONNECTION LIMIT 3", "CREATE DATABASE roles_lab",
                                "CREATE DATABASE noext",
                                "CREATE TABLE public.stations (id bigserial PRIMARY KEY, code text NOT NULL UNIQUE, "
                                "height numeric CHECK (height > -500), note text DEFAULT 'none')"}) {
            m_server.psql(QString::fromLatin1(sql), QStringLiteral("postgres"), &ok);
            QVERIFY2(ok, sql);
        }
    }

    void settingsSayWhatWaitsForARestart()
    {
        bool ok = false;
        m_server.psql(QStringLiteral("ALTER SYSTEM SET max_connections = 150"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        auto reset = qScopeGuard([this] {
            m_server.psql(QStringLiteral("ALTER SYSTEM RESET max_connections"));
            m_server.reloadConfig();
        });
        QVERIFY(m_server.reloadConfig());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT pending_restart FROM pg_settings WHERE name = 'max_connections'")),
                                  QStringLiteral("t"), 20000);
        auto server = connectServer();
        QVERIFY(server);
        SettingsController c;
        QVERIFY(Test::firstData(c, server.get()));
        const KeyedTableModel *t = c.settings();
        const int max = Test::findRow(t, SettingsController::Name, QStringLiteral("max_connections"));
        QVERIFY(max >= 0);
        QCOMPARE(t->rawValue(max, SettingsController::PendingRestart).toBool(), true);
        QCOMPARE(t->rawValue(max, SettingsController::Value).toString(), QStringLiteral("100"));
        QCOMPARE(t->rawValue(max, SettingsController::Context).toString(), QStringLiteral("postmaster"));
        QCOMPARE(c.pendingRestart(), QStringList{QStringLiteral("max_connections")});
        QCOMPARE(c.maxConnections(), 100);
        QCOMPARE(c.sharedBuffersBytes(), 32LL * 1024 * 1024); // TestServer's shared_buffers = 32MB
        QVERIFY(c.hidden().isEmpty()); // a superuser reads them all
        QVERIFY(Test::findRow(t, SettingsController::Name, QStringLiteral("data_directory")) >= 0);
    }

    void settingsHiddenFromAnOrdinaryRole()
    {
        auto server = connectServer(QStringLiteral("alice"));
        QVERIFY(server);
        SettingsController c;
        QVERIFY(Test::firstData(c, server.get()));
        QCOMPARE(Test::findRow(c.settings(), SettingsController::Name, QStringLiteral("data_directory")), -1);
        QVERIFY(c.hidden().contains(QStringLiteral("data_directory")));
        QVERIFY(c.hidden().contains(QStringLiteral("hba_file")));
        QVERIFY(!c.hidden().contains(QStringLiteral("max_connections")));
    }

    void replicationOfAPrimaryAlone()
    {
        auto server = connectServer();
        QVERIFY(server);
        ReplicationController c;
        QVERIFY(Test::firstData(c, server.get()));
        QVERIFY(c.hasFacts());
        QVERIFY(!c.inRecovery());
        QVERIFY(c.receiverStatus().isEmpty());
        QVERIFY(c.seesAll());
        QVERIFY(c.isEmpty()); // no standby, no slot: the page explains replication

        bool ok = false;
        m_server.psql(QStringLiteral("SELECT pg_create_physical_replication_slot('valvur_test_slot', true)"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        auto drop = qScopeGuard([this] { m_server.psql(QStringLiteral("SELECT pg_drop_replication_slot('valvur_test_slot')")); });
        QSignalSpy refreshed(&c, &InsightController::refreshed);
        c.refresh();
        QVERIFY(refreshed.wait(20000));
        QVERIFY(!c.isEmpty());
        const int slot = Test::findRow(c.replicationSlots(), ReplicationController::SlotName, QStringLiteral("valvur_test_slot"));
        QVERIFY(slot >= 0);
        QCOMPARE(c.replicationSlots()->rawValue(slot, ReplicationController::SlotType).toString(), QStringLiteral("physical"));
        QCOMPARE(c.replicationSlots()->rawValue(slot, ReplicationController::SlotActive).toBool(), false);
        QVERIFY(c.replicationSlots()->rawValue(slot, ReplicationController::SlotRetained).toLongLong() >= 0);
    }

    void failedRefreshReachesErrorSignal()
    {
        auto server = connectServer(QStringLiteral("alice"));
        QVERIFY(server);
        ReplicationController c;
        QVERIFY(Test::firstData(c, server.get()));
        QVERIFY(!c.seesAll());
        QSignalSpy errors(&c, &InsightController::errorChanged);
        bool ok = false;
        m_server.psql(QStringLiteral("REVOKE EXECUTE ON FUNCTION pg_is_in_recovery() FROM PUBLIC"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        auto grantBack = qScopeGuard([this] { m_server.psql(QStringLiteral("GRANT EXECUTE ON FUNCTION pg_is_in_recovery() TO PUBLIC")); });
        c.refresh();
        QVERIFY(errors.wait(20000));
        const PgError error = errors.last().at(0).value<PgError>();
        QCOMPARE(error.sqlState(), QStringLiteral("42501"));
        QVERIFY2(error.message().contains(QStringLiteral("pg_is_in_recovery")), qPrintable(error.message()));
        QCOMPARE(c.query()->lastError().sqlState(), QStringLiteral("42501"));
        QVERIFY(c.hasFacts()); // the last good data stays
        grantBack.dismiss();
        m_server.psql(QStringLiteral("GRANT EXECUTE ON FUNCTION pg_is_in_recovery() TO PUBLIC"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        errors.clear();
        c.refresh();
        QVERIFY(errors.wait(20000));
        QVERIFY(errors.last().at(0).value<PgError>().isNull());
    }

    void databasesRolesAndDescribe()
    {
        auto server = connectServer();
        QVERIFY(server);
        RolesController c;
        QSignalSpy described(&c, &RolesController::described);
        QVERIFY(Test::firstData(c, server.get()));
        // the first table is described by itself, so \d is never an empty box; the data is ready
        // only with it, so the page's first picture (--screenshot) shows it filled
        QCOMPARE(described.count(), 1);
        QVERIFY(c.description()->rowCount() > 0);
        QVERIFY(c.tableNames().contains(QStringLiteral("public.stations")));
        QCOMPARE(described.first().at(0).toString(), c.tableNames().first()); // public.pg_stat_statements sorts first
        QCOMPARE(c.describedTable(), c.tableNames().first());
        const int lab = Test::findRow(c.databases(), RolesController::DbName, QStringLiteral("roles_lab"));
        QVERIFY(lab >= 0);
        QCOMPARE(c.databases()->rawValue(lab, RolesController::DbEncoding).toString(), QStringLiteral("UTF8"));
        QCOMPARE(c.databases()->rawValue(lab, RolesController::DbOwner).toString(), QStringLiteral("postgres"));
        QVERIFY(c.databases()->rawValue(lab, RolesController::DbSize).toLongLong() > 0);
        QCOMPARE(c.hiddenSizes(), 0);
        const int alice = Test::findRow(c.roles(), RolesController::RName, QStringLiteral("alice"));
        QVERIFY(alice >= 0);
        QCOMPARE(c.roles()->rawValue(alice, RolesController::RConnLimit).toInt(), 3);
        QCOMPARE(c.roles()->rawValue(alice, RolesController::RLogin).toBool(), true);
        QCOMPARE(c.roles()->rawValue(alice, RolesController::RSuper).toBool(), false);
        const int postgres = Test::findRow(c.roles(), RolesController::RName, QStringLiteral("postgres"));
        QCOMPARE(c.roles()->rawValue(postgres, RolesController::RSuper).toBool(), true);

        described.clear();
        c.describe(QStringLiteral("public.stations"));
        QVERIFY(described.wait(20000));
        QCOMPARE(described.first().at(1).toBool(), true);
        QStringList kinds, names;
        for (int r = 0; r < c.description()->rowCount(); ++r) {
            kinds << c.description()->rawValue(r, RolesController::DKind).toString();
            names << c.description()->rawValue(r, RolesController::DName).toString();
        }
        for (const char *n : {"id", "code", "height", "note", "stations_pkey", "stations_code_key", "stations_height_check"})
            QVERIFY2(names.contains(QLatin1String(n)), n);
        QVERIFY(kinds.contains(QStringLiteral("1")) && kinds.contains(QStringLiteral("2")) && kinds.contains(QStringLiteral("3")));

        c.describe(QStringLiteral("no_such_table"));
        QVERIFY(described.wait(20000));
        QCOMPARE(described.last().at(1).toBool(), false);
        QCOMPARE(described.last().at(2).value<PgError>().sqlState(), QStringLiteral("42P01"));
        QCOMPARE(c.description()->rowCount(), 0);
    }

    void topQueriesPutTheSlowQueryFirst()
    {
        bool ok = false;
        m_server.psql(QStringLiteral("SELECT pg_stat_statements_reset()"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        for (int i = 0; i < 8; ++i)
            m_server.psql(QStringLiteral("SELECT pg_sleep(0.1), 'slow catalog query'"));
        for (int i = 0; i < 30; ++i)
            m_server.psql(QStringLiteral("SELECT %1 + 2").arg(i));
        auto server = connectServer();
        QVERIFY(server);
        TopQueriesController c;
        QVERIFY(Test::firstData(c, server.get()));
        QVERIFY(c.isAvailable());
        // the first refresh asked the catalog; the statements came with the second
        QTRY_VERIFY_WITH_TIMEOUT(c.statements()->rowCount() > 0, 20000);
        QCOMPARE(c.lastSentSql(), c.statement());
        QVERIFY(c.statsReset().isValid());
        const KeyedTableModel *m = c.statements();
        const int slow = Test::findRow(m, TopQueriesController::Query, QStringLiteral("SELECT pg_sleep($1), $2"));
        QVERIFY(slow >= 0);
        QCOMPARE(m->rawValue(slow, TopQueriesController::Calls).toLongLong(), 8LL);
        QVERIFY(m->rawValue(slow, TopQueriesController::Total).toDouble() >= 800.0);
        for (int r = 0; r < m->rowCount(); ++r)
            QVERIFY(m->rawValue(r, TopQueriesController::Total).toDouble() <= m->rawValue(slow, TopQueriesController::Total).toDouble());
        QVERIFY(m->rawValue(slow, TopQueriesController::Share).toDouble() > 0.5);

        // reset: the counters start from nothing
        QSignalSpy failed(&c, &TopQueriesController::actionFailed);
        c.resetStatements();
        QTRY_VERIFY_WITH_TIMEOUT(Test::findRow(m, TopQueriesController::Query, QStringLiteral("SELECT pg_sleep($1), $2")) < 0
                                     && m->rowCount() > 0,
                                 20000);
        QCOMPARE(failed.count(), 0);
    }

    void topQueriesWithoutTheExtension()
    {
        auto server = connectServer(QStringLiteral("postgres"), QStringLiteral("noext"));
        QVERIFY(server);
        TopQueriesController c;
        QVERIFY(Test::firstData(c, server.get()));
        QVERIFY(!c.isAvailable());
        QVERIFY(!c.isInstalled());
        QVERIFY(c.isPreloaded()); // TestServer preloads it: only CREATE EXTENSION is missing
        QCOMPARE(c.statement(), Sql::topQueriesFacts()); // no failing statement against a missing view
        QCOMPARE(c.statements()->rowCount(), 0);
        c.createExtension();
        QTRY_VERIFY_WITH_TIMEOUT(c.isAvailable(), 20000);
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"),
                               QStringLiteral("noext")),
                 QStringLiteral("1"));
    }

    void actionFailureReachesItsSignal()
    {
        auto server = connectServer(QStringLiteral("alice"), QStringLiteral("roles_lab"));
        QVERIFY(server);
        TopQueriesController c;
        QVERIFY(Test::firstData(c, server.get()));
        QVERIFY(!c.isInstalled());
        QSignalSpy failed(&c, &TopQueriesController::actionFailed);
        c.createExtension(); // alice may not create it
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).value<TopQueriesController::Action>(), TopQueriesController::Action::CreateExtension);
        QVERIFY(!failed.first().at(1).value<PgError>().isNull());
        QVERIFY(!c.isInstalled());
    }
};

QTEST_GUILESS_MAIN(TestInsightCatalogControllers)
#include "tst_insightcatalogcontrollers.moc"
