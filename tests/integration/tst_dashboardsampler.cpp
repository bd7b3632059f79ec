// The Dashboard's sampler against a real PostgreSQL 15: sessions counted by state (active,
// idle, idle in transaction, waiting on a lock), a pgbench run seen as the same transactions per
// second pgbench reports, a lost connection drawn as a gap with sampling resumed afterwards, and
// the per-database filter with the database size.
#include "dashboard/dashboardsampler.h"
#include "pg/pgsession.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Valvur;

class TestDashboardSampler : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;

    ConnectionOptions options(const QString &db = QStringLiteral("postgres")) const
    {
        ConnectionOptions o;
        ConnectionOptions::parse(m_server.conninfo(db), &o, nullptr);
        return o;
    }

    std::unique_ptr<ServerConnection> connectServer()
    {
        auto server = std::make_unique<ServerConnection>(options());
        QSignalSpy connected(server.get(), &ServerConnection::connected);
        server->open(m_server.superuserPassword());
        if (!connected.wait(20000))
            return nullptr;
        return server;
    }

    // A session of the test's own that runs a statement and does not wait for its end.
    std::unique_ptr<PgSession> session(const QString &sql)
    {
        auto s = std::make_unique<PgSession>();
        QSignalSpy connected(s.get(), &PgSession::connected);
        s->open(options(), m_server.superuserPassword());
        if (!connected.wait(20000))
            return nullptr;
        if (!sql.isEmpty())
            s->exec(sql, this, [](const PgReply &) {});
        return s;
    }

    // Waits until a sample satisfies pred; returns false after the bound.
    static bool waitForSample(DashboardSampler &sampler, const std::function<bool(const DashboardPoint &)> &pred, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return !sampler.history().isEmpty() && pred(sampler.history().last()); }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE bench"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE TABLE lab_lock (id int)"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
    }

    void countsSessionsByState()
    {
        auto server = connectServer();
        QVERIFY(server);
        DashboardSampler sampler;
        sampler.setIntervalMs(500);
        sampler.setServer(server.get());
        QVERIFY(waitForSample(sampler, [](const DashboardPoint &p) { return p.total == 0; }));
        QCOMPARE(sampler.history().last().maxConnections, 100.0f); // TestServer's max_connections

        auto idle = session({});
        auto leak = session(QStringLiteral("BEGIN; LOCK TABLE lab_lock IN ACCESS EXCLUSIVE MODE;"));
        auto runaway = session(QStringLiteral("SELECT pg_sleep(120)"));
        QVERIFY(idle && leak && runaway);
        QVERIFY(QTest::qWaitFor([&] { return !leak->isBusy(); }, 10000)); // the lock is held, the transaction open
        auto blocked = session(QStringLiteral("SELECT count(*) FROM lab_lock"));
        QVERIFY(blocked);

        const bool seen = waitForSample(sampler, [](const DashboardPoint &p) {
            return p.active == 1 && p.waiting == 1 && p.idleInTransaction == 1 && p.idle == 1;
        });
        const DashboardPoint &p = sampler.history().last();
        QVERIFY2(seen, qPrintable(QStringLiteral("active %1 waiting %2 idle in transaction %3 idle %4 total %5")
                                      .arg(p.active).arg(p.waiting).arg(p.idleInTransaction).arg(p.idle).arg(p.total)));
        QCOMPARE(p.total, 4.0f); // Valvur's own monitoring session is not among them

        // The sessions end: the counts fall back.
        runaway->cancel();
        leak.reset();
        blocked.reset();
        runaway.reset();
        idle.reset();
        QVERIFY(waitForSample(sampler, [](const DashboardPoint &p) { return p.total == 0; }));
        QVERIFY(sampler.history().size() <= sampler.history().capacity());
    }

    void pgbenchTransactionsPerSecond()
    {
        QString log;
        QCOMPARE(m_server.runTool(QStringLiteral("pgbench"), {QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-h"),
                                                              m_server.socketDir(), QStringLiteral("-p"), QString::number(m_server.port()),
                                                              QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("bench")},
                                  &log),
                 0);
        auto server = connectServer();
        QVERIFY(server);
        DashboardSampler sampler;
        sampler.setIntervalMs(1000);
        sampler.setServer(server.get()); // the whole server: our own transactions must be left out
        QVERIFY(waitForSample(sampler, [](const DashboardPoint &p) { return !std::isnan(p.commitsPerSecond); }));

        QProcess pgbench;
        pgbench.setProcessChannelMode(QProcess::MergedChannels);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        pgbench.start(m_server.binDir() + QStringLiteral("/pgbench"),
                      {QStringLiteral("-n"), QStringLiteral("-T"), QStringLiteral("12"), QStringLiteral("-c"), QStringLiteral("4"),
                       QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-h"), m_server.socketDir(), QStringLiteral("-p"),
                       QString::number(m_server.port()), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("bench")});
        QSignalSpy finished(&pgbench, &QProcess::finished);
        QVERIFY(finished.wait(90000));
        const qint64 ended = QDateTime::currentMSecsSinceEpoch();
        const QString output = QString::fromLocal8Bit(pgbench.readAll());
        QCOMPARE(pgbench.exitCode(), 0);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("tps = ([0-9.]+) \\(without initial connection time\\)")).match(output);
        QVERIFY2(m.hasMatch(), qPrintable(output));
        const double pgbenchTps = m.captured(1).toDouble();

        // The dashboard's average over the run: the area under its TPS line from the start of the
        // run until the backends' last statistics arrived (they flush at most once a second and at
        // exit), divided by the run's length — what pgbench divides too. Each interval's rate is
        // multiplied by its own length, so this fails if rates are divided by the tick instead of
        // the real time. The middle-of-the-run average is printed for comparison.
        QVERIFY(QTest::qWaitFor([&] { return sampler.history().last().timeMs > ended + 3000; }, 20000));
        double transactions = 0, middleSum = 0;
        int middle = 0;
        const DashboardHistory &h = sampler.history();
        for (qsizetype i = 1; i < h.size(); ++i) {
            const DashboardPoint &p = h.at(i);
            if (p.timeMs <= started || p.timeMs > ended + 3000 || std::isnan(p.commitsPerSecond))
                continue;
            transactions += double(p.commitsPerSecond) * double(p.timeMs - h.at(i - 1).timeMs) / 1000.0;
            if (p.timeMs > started + 4000 && p.timeMs < ended - 2000) {
                middleSum += p.commitsPerSecond;
                ++middle;
            }
        }
        const double dashboardTps = transactions / 12.0;
        qInfo("pgbench reports %.1f tps; the dashboard averaged %.1f tps over the run (%.1f %% apart); "
              "the middle of the run alone: %.1f tps over %d samples",
              pgbenchTps, dashboardTps, 100.0 * std::abs(dashboardTps - pgbenchTps) / pgbenchTps,
              middle ? middleSum / middle : 0.0, middle);
        QVERIFY(pgbenchTps > 0);
        QVERIFY2(std::abs(dashboardTps - pgbenchTps) <= 0.10 * pgbenchTps,
                 qPrintable(QStringLiteral("pgbench %1, dashboard %2").arg(pgbenchTps).arg(dashboardTps)));

        // Afterwards the server is idle again: our own sampling does not look like load.
        QVERIFY(waitForSample(sampler, [](const DashboardPoint &p) { return p.commitsPerSecond == 0.0f; }, 30000));
    }

    void databaseFilterAndSize()
    {
        auto server = connectServer();
        QVERIFY(server);
        DashboardSampler sampler;
        sampler.setIntervalMs(500);
        QSignalSpy databases(&sampler, &DashboardSampler::databasesChanged);
        sampler.setServer(server.get());
        QVERIFY(databases.wait(20000));
        QVERIFY(sampler.databases().contains(QStringLiteral("bench")));
        QVERIFY(sampler.databases().contains(QStringLiteral("postgres")));
        sampler.setDatabase(QStringLiteral("bench"));
        QVERIFY(QTest::qWaitFor([&] { return sampler.lastSizeBytes() > 0; }, 20000));
        const qint64 benchSize = m_server.psql(QStringLiteral("SELECT pg_database_size('bench')")).toLongLong();
        QCOMPARE(sampler.lastSizeBytes(), benchSize);
        // a session in another database is not counted for bench
        auto other = session(QStringLiteral("SELECT pg_sleep(60)"));
        QVERIFY(other);
        const qint64 before = sampler.samplesTaken();
        QVERIFY(QTest::qWaitFor([&] { return sampler.samplesTaken() >= before + 3; }, 20000));
        QCOMPARE(sampler.history().last().active, 0.0f);
        other->cancel();
    }

    void lostConnectionLeavesAGapAndSamplingResumes()
    {
        auto server = connectServer();
        QVERIFY(server);
        DashboardSampler sampler;
        sampler.setIntervalMs(500);
        sampler.setServer(server.get());
        QVERIFY(QTest::qWaitFor([&] { return sampler.history().size() >= 3; }, 20000));
        QVERIFY(m_server.stop());
        QVERIFY(m_server.restart());
        QVERIFY(waitForSample(sampler, [](const DashboardPoint &p) { return p.gapBefore; }, 60000));
        QVERIFY(std::isnan(sampler.history().last().commitsPerSecond)); // no rate across the hole
        const qint64 after = sampler.samplesTaken();
        QVERIFY(QTest::qWaitFor([&] { return sampler.samplesTaken() >= after + 2; }, 20000));
        QVERIFY(!sampler.history().last().gapBefore);
        // the gap was drawn as exactly one break
        int gaps = 0;
        for (qsizetype i = 0; i < sampler.history().size(); ++i)
            gaps += sampler.history().at(i).gapBefore ? 1 : 0;
        QCOMPARE(gaps, 1);
    }

    void pauseStopsSampling()
    {
        auto server = connectServer();
        QVERIFY(server);
        DashboardSampler sampler;
        sampler.setIntervalMs(500);
        sampler.setServer(server.get());
        QVERIFY(QTest::qWaitFor([&] { return sampler.history().size() >= 2; }, 20000));
        sampler.setPaused(true);
        const qint64 paused = sampler.samplesTaken();
        QSignalSpy sampled(&sampler, &DashboardSampler::sampled);
        QVERIFY(!sampled.wait(1500)); // three intervals pass without a sample
        QCOMPARE(sampler.samplesTaken(), paused);
        sampler.setPaused(false);
        QVERIFY(QTest::qWaitFor([&] { return sampler.samplesTaken() > paused; }, 10000));
        QVERIFY(sampler.history().last().gapBefore); // no line across the paused time
    }
};

QTEST_GUILESS_MAIN(TestDashboardSampler)
#include "tst_dashboardsampler.moc"
