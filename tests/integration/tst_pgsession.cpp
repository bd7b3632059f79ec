// The asynchronous session against a real PostgreSQL 15: connect, parameters, errors, cancel,
// a lost and regained connection, and an event loop that keeps running while a peer stalls.
#include "pg/pgrowcache.h"
#include "pg/pgsession.h"
#include "testserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;

class TestPgSession : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;

    ConnectionOptions options(const QString &extra = {}) const
    {
        ConnectionOptions o;
        QString error;
        const bool ok = ConnectionOptions::parse(m_server.conninfo() + QLatin1Char(' ') + extra, &o, &error);
        if (!ok)
            qWarning() << error;
        return o;
    }

    PgReply run(PgSession &s, const QString &sql, const QVariantList &params = {})
    {
        PgReply result;
        bool done = false;
        s.exec(sql, params, this, [&](const PgReply &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.error = PgError(PgError::Kind::Timeout, QStringLiteral("test: no reply within 20 s"));
        return result;
    }

    PgReply runCached(PgSession &s, const QString &sql, const std::shared_ptr<PgRowCache> &cache)
    {
        PgReply result;
        bool done = false;
        s.exec(sql, this, [&](const PgReply &r) {
            result = r;
            done = true;
        }, cache);
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.error = PgError(PgError::Kind::Timeout, QStringLiteral("test: no reply within 20 s"));
        return result;
    }

    bool openSession(PgSession &s, const QString &extra = {})
    {
        QSignalSpy ok(&s, &PgSession::connected);
        s.open(options(extra), m_server.superuserPassword());
        return ok.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    }

    void connectsAndQueriesWithParameters()
    {
        PgSession s;
        QVERIFY(openSession(s));
        QCOMPARE(s.state(), PgSession::State::Connected);
        QVERIFY(s.serverVersion() >= 150000);
        const PgReply r = run(s, QStringLiteral("SELECT $1::int + 1 AS n, $2::text AS t, NULL::int AS z, true AS b"),
                              {41, QStringLiteral("tere, ÕÄÖÜ; ' DROP")});
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.first().rowCount(), 1);
        QCOMPARE(r.first().value(0, QStringLiteral("n")).toLongLong(), 42);
        QCOMPARE(r.first().value(0, QStringLiteral("t")).toString(), QStringLiteral("tere, ÕÄÖÜ; ' DROP"));
        QVERIFY(r.first().value(0, QStringLiteral("z")).isNull());
        QCOMPARE(r.first().value(0, QStringLiteral("b")).toBool(), true);
    }

    void severalStatementsInOneRoundTrip()
    {
        PgSession s;
        QVERIFY(openSession(s));
        const PgReply r = run(s, QStringLiteral("SELECT 1 AS a; SELECT 'x' AS b, 2 AS c"));
        QVERIFY(r.ok());
        QCOMPARE(r.results.size(), 2);
        QCOMPARE(r.at(1).value(0, QStringLiteral("c")).toInt(), 2);
    }

    // A repeated request through a PgRowCache: the values are exactly those of an uncached
    // request, an unchanged row is the last reply's row itself (shared: what lets a model skip
    // it), a changed row is converted afresh, and NULL, an empty string and the same text under
    // another type are never confused.
    void rowCacheSharesUnchangedRowsOnly()
    {
        PgSession s;
        QVERIFY(openSession(s));
        QVERIFY(run(s, QStringLiteral("CREATE TABLE cache_t (id int PRIMARY KEY, t text, f float8, ts timestamptz)")).ok());
        QVERIFY(run(s, QStringLiteral("INSERT INTO cache_t VALUES (1, 'yks', 1.5, '2026-11-24 20:00:00+00'), "
                                      "(2, NULL, NULL, NULL), (3, '', 0, NULL)")).ok());
        const QString sql = QStringLiteral("SELECT now()::text AS clock; SELECT * FROM cache_t ORDER BY id");
        auto cache = std::make_shared<PgRowCache>();
        const PgReply first = runCached(s, sql, cache);
        QVERIFY2(first.ok(), qPrintable(first.error.message()));
        QCOMPARE(cache->hits(), 0);
        QVERIFY(run(s, QStringLiteral("UPDATE cache_t SET t = 'kaks' WHERE id = 2")).ok());
        const PgReply second = runCached(s, sql, cache);
        QVERIFY2(second.ok(), qPrintable(second.error.message()));
        const PgReply plain = run(s, sql);
        QCOMPARE(second.at(1).rows(), plain.at(1).rows()); // the same values as without a cache
        QCOMPARE(second.at(1).rows().size(), 3);
        QCOMPARE(cache->hits(), 2); // rows 1 and 3 (the clock moved on: not reused)
        QCOMPARE(second.at(1).rows().at(0).constData(), first.at(1).rows().at(0).constData());
        QCOMPARE(second.at(1).rows().at(2).constData(), first.at(1).rows().at(2).constData());
        QVERIFY(second.at(1).rows().at(1).constData() != first.at(1).rows().at(1).constData());
        QCOMPARE(second.at(1).value(1, QStringLiteral("t")).toString(), QStringLiteral("kaks"));
        QVERIFY(second.at(1).value(1, QStringLiteral("f")).isNull());
        QCOMPARE(second.at(1).value(0, QStringLiteral("ts")).toDateTime(), QDateTime(QDate(2026, 11, 24), QTime(20, 0), Qt::UTC));

        // NULL and '' have the same (empty) text; '1' as text and 1 as int the same bytes
        auto other = std::make_shared<PgRowCache>();
        QVERIFY(runCached(s, QStringLiteral("SELECT NULL::text AS v"), other).ok());
        const PgReply empty = runCached(s, QStringLiteral("SELECT ''::text AS v"), other);
        QCOMPARE(other->hits(), 0);
        QVERIFY(empty.first().value(0, 0).isValid()); // not SQL NULL
        QCOMPARE(empty.first().value(0, 0).toString(), QString());
        QVERIFY(runCached(s, QStringLiteral("SELECT 1::int AS v"), other).ok());
        const PgReply text = runCached(s, QStringLiteral("SELECT '1'::text AS v"), other);
        QCOMPARE(other->hits(), 0);
        QCOMPARE(text.first().value(0, 0).typeId(), QMetaType::QString);
        const PgReply again = runCached(s, QStringLiteral("SELECT '1'::text AS v"), other);
        QCOMPARE(other->hits(), 1);
        QCOMPARE(again.first().value(0, 0), QVariant(QStringLiteral("1")));
        QVERIFY(run(s, QStringLiteral("DROP TABLE cache_t")).ok());
    }

    void badSqlGivesSqlState()
    {
        PgSession s;
        QVERIFY(openSession(s));
        PgReply r = run(s, QStringLiteral("SELECT * FROM no_such_table"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind(), PgError::Kind::Server);
        QCOMPARE(r.error.sqlState(), QStringLiteral("42P01"));
        QVERIFY(r.error.message().contains(QStringLiteral("no_such_table")));
        r = run(s, QStringLiteral("SELEC 1"));
        QCOMPARE(r.error.sqlState(), QStringLiteral("42601"));
        // the session is still usable after an error
        QVERIFY(run(s, QStringLiteral("SELECT 1")).ok());
    }

    void wrongPasswordIsAuthFailure()
    {
        PgSession s;
        QSignalSpy failed(&s, &PgSession::connectFailed);
        s.open(options(), QStringLiteral("wrong"));
        QVERIFY(failed.wait(20000));
        const auto error = failed.first().first().value<PgError>();
        QCOMPARE(error.sqlState(), QStringLiteral("28P01"));
        QVERIFY(error.message().contains(QStringLiteral("password authentication failed")));
        QVERIFY(!error.message().contains(QStringLiteral("wrong")));
    }

    void malformedConninfoNamesTheProblem_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing =") << QStringLiteral("host localhost") << QStringLiteral("host");
        QTest::newRow("bad uri param") << QStringLiteral("postgresql://h/db?bogus=1") << QStringLiteral("bogus");
        QTest::newRow("unknown key") << QStringLiteral("hots=localhost") << QStringLiteral("hots");
        QTest::newRow("unterminated quote") << QStringLiteral("host='abc") << QStringLiteral("quote");
    }
    void malformedConninfoNamesTheProblem()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        ConnectionOptions o;
        QString error;
        QVERIFY(!ConnectionOptions::parse(input, &o, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void uriAndHostNameResolveAsynchronously()
    {
        // "localhost" goes through QHostInfo, then libpq gets hostaddr.
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(QStringLiteral("postgresql://postgres@localhost:%1/postgres").arg(m_server.port()), &o, nullptr));
        PgSession s;
        QSignalSpy ok(&s, &PgSession::connected);
        s.open(o, m_server.superuserPassword());
        QVERIFY(ok.wait(20000));
        QCOMPARE(run(s, QStringLiteral("SELECT current_user")).first().value(0, 0).toString(), QStringLiteral("postgres"));
    }

    void serviceFileAndEnvironmentAreHonoured()
    {
        // service= from PGSERVICEFILE: its host goes through our asynchronous resolution.
        QTemporaryDir dir;
        const QString serviceFile = dir.filePath(QStringLiteral("pg_service.conf"));
        QFile f(serviceFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("# lab servers\r\n[lab]\r\nhost=localhost\r\nport=%1\r\nuser=postgres\r\ndbname=postgres\r\n")
                    .arg(m_server.port()).toUtf8());
        f.close();
        qputenv("PGSERVICEFILE", serviceFile.toUtf8());
        {
            ConnectionOptions o;
            QVERIFY(ConnectionOptions::parse(QStringLiteral("service=lab"), &o, nullptr));
            QCOMPARE(o.effectivePort(), QString::number(m_server.port()));
            PgSession s;
            QSignalSpy ok(&s, &PgSession::connected);
            s.open(o, m_server.superuserPassword());
            QVERIFY(ok.wait(20000));
        }
        qunsetenv("PGSERVICEFILE");

        // An empty connection string means "whatever the PG* variables say", as in psql.
        qputenv("PGHOST", "127.0.0.1");
        qputenv("PGPORT", QByteArray::number(m_server.port()));
        qputenv("PGUSER", "postgres");
        qputenv("PGDATABASE", "template1");
        {
            ConnectionOptions o;
            QVERIFY(ConnectionOptions::parse(QString(), &o, nullptr));
            PgSession s;
            QSignalSpy ok(&s, &PgSession::connected);
            s.open(o, m_server.superuserPassword());
            QVERIFY(ok.wait(20000));
            QCOMPARE(run(s, QStringLiteral("SELECT current_database()")).first().value(0, 0).toString(), QStringLiteral("template1"));
        }
        for (const char *v : {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE"})
            qunsetenv(v);
    }

    void unresolvableHostFailsWithoutBlocking()
    {
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(QStringLiteral("host=no-such-host.invalid user=x"), &o, nullptr));
        PgSession s;
        QSignalSpy failed(&s, &PgSession::connectFailed);
        s.open(o);
        QCOMPARE(s.state(), PgSession::State::Resolving); // open() returned before any answer
        QVERIFY(failed.wait(20000));
        const auto error = failed.first().first().value<PgError>();
        QCOMPARE(error.kind(), PgError::Kind::NameResolution);
        QVERIFY(error.message().contains(QStringLiteral("no-such-host.invalid")));
    }

    void cancelEndsSleepWithinASecond()
    {
        PgSession s;
        QVERIFY(openSession(s));
        PgReply result;
        bool done = false;
        QElapsedTimer t;
        s.exec(QStringLiteral("SELECT pg_sleep(30)"), this, [&](const PgReply &r) {
            result = r;
            done = true;
        });
        // wait until the server really runs it
        QVERIFY(QTest::qWaitFor([&] {
            return m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)' AND state = 'active'")) == QLatin1String("1");
        }, 10000));
        t.start();
        s.cancel();
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        // The issue asks for "within a second"; the bound here is looser because CI machines are
        // shared and noisy. A sleep that ran to its end would take 30 s, so this still cannot pass by luck.
        qInfo("cancel took %lld ms", qint64(t.elapsed()));
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(result.error.kind(), PgError::Kind::Cancelled);
        QCOMPARE(result.error.sqlState(), QStringLiteral("57014"));
        QVERIFY(run(s, QStringLiteral("SELECT 1")).ok()); // the connection survives
    }

    void resultsNeverReachADestroyedContext()
    {
        PgSession s;
        QVERIFY(openSession(s));
        bool called = false;
        auto *context = new QObject;
        s.exec(QStringLiteral("SELECT pg_sleep(0.2)"), context, [&](const PgReply &) { called = true; });
        delete context;
        QVERIFY(run(s, QStringLiteral("SELECT 1")).ok()); // the next request completes after the first
        QVERIFY(!called);
    }

    void eventLoopRunsWhilePeerNeverAnswers()
    {
        // A listener that accepts and never says a word: libpq waits for the server's answer.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *c = silent.nextPendingConnection())
                held << c;
        });
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(QStringLiteral("host=127.0.0.1 port=%1 user=x dbname=x sslmode=disable").arg(silent.serverPort()), &o, nullptr));
        PgSession s;
        s.setConnectTimeout(2000);
        QSignalSpy failed(&s, &PgSession::connectFailed);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(50);
        QElapsedTimer t;
        t.start();
        s.open(o);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<PgError>().kind(), PgError::Kind::Timeout);
        QVERIFY2(t.elapsed() >= 1500, qPrintable(QString::number(t.elapsed()))); // it waited for the timeout, not an instant failure
        // ~40 ticks in 2 s; a blocked loop would show none.
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QVERIFY(!held.isEmpty()); // libpq did reach the listener
        qDeleteAll(held);
    }

    void connectionLostAndRegained()
    {
        PgSession s;
        s.setAutoReconnect(true);
        QVERIFY(openSession(s));
        QSignalSpy lost(&s, &PgSession::connectionLost);
        QSignalSpy back(&s, &PgSession::connected);
        QVERIFY(m_server.stop());
        QVERIFY(lost.wait(10000) || lost.count() == 1);
        QCOMPARE(s.state(), PgSession::State::Reconnecting);
        QVERIFY(!run(s, QStringLiteral("SELECT 1")).ok());
        QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
        QVERIFY(back.wait(40000));
        QCOMPARE(s.state(), PgSession::State::Connected);
        QVERIFY(run(s, QStringLiteral("SELECT 1")).ok());
    }
};

QTEST_GUILESS_MAIN(TestPgSession)
#include "tst_pgsession.moc"
