// The Dashboard's arithmetic, without a server: rates from counter deltas over the real time
// between samples, stats resets and lost connections (holes and gaps, never negative spikes),
// Valvur's own transactions left out, cache hit ratios, growth per hour, the bounded ring buffer,
// min/max downsampling and the alerts.
#include "dashboard/dashboardalerts.h"
#include "dashboard/dashboardhistory.h"
#include "dashboard/dashboardrates.h"
#include "dashboard/downsampler.h"
#include "dashboard/ringbuffer.h"

#include <QTest>

#include <cmath>

using namespace Valvur;

namespace {

DashboardRaw raw(double t, qint64 commits, qint64 rollbacks = 0, qint64 hit = 0, qint64 read = 0, const QString &reset = {})
{
    DashboardRaw r;
    r.serverTime = t;
    r.maxConnections = 100;
    r.commits = commits;
    r.rollbacks = rollbacks;
    r.blocksHit = hit;
    r.blocksRead = read;
    if (!reset.isEmpty())
        r.statsReset = QDateTime::fromString(reset, Qt::ISODate);
    return r;
}

DashboardPoint point(qint64 t, float cache = DashboardPoint::NaN, bool gap = false)
{
    DashboardPoint p;
    p.timeMs = t;
    p.cacheHitPercent = cache;
    p.gapBefore = gap;
    return p;
}

} // namespace

class TestDashboardMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rates_data()
    {
        QTest::addColumn<double>("t0");
        QTest::addColumn<qint64>("c0");
        QTest::addColumn<double>("t1");
        QTest::addColumn<qint64>("c1");
        QTest::addColumn<int>("own");
        QTest::addColumn<double>("expected"); // NaN: no value

        QTest::newRow("one second") << 100.0 << qint64(1000) << 101.0 << qint64(1500) << 0 << 500.0;
        // the tick said 1 s but the sample came 2 s later: divide by the real time
        QTest::newRow("late sample, real time") << 100.0 << qint64(1000) << 102.0 << qint64(1500) << 0 << 250.0;
        QTest::newRow("half a second") << 100.0 << qint64(0) << 100.5 << qint64(50) << 0 << 100.0;
        QTest::newRow("own transaction left out") << 100.0 << qint64(1000) << 101.0 << qint64(1011) << 1 << 10.0;
        QTest::newRow("idle server shows zero") << 100.0 << qint64(1000) << 101.0 << qint64(1001) << 1 << 0.0;
        QTest::newRow("counter went back: hole") << 100.0 << qint64(1000) << 101.0 << qint64(10) << 0 << qQNaN();
        QTest::newRow("no time passed: hole") << 100.0 << qint64(1000) << 100.0 << qint64(1010) << 0 << qQNaN();
    }
    void rates()
    {
        QFETCH(double, t0);
        QFETCH(qint64, c0);
        QFETCH(double, t1);
        QFETCH(qint64, c1);
        QFETCH(int, own);
        QFETCH(double, expected);
        DashboardRates rates;
        const DashboardPoint first = rates.add(raw(t0, c0), 0, own);
        QVERIFY(std::isnan(first.commitsPerSecond)); // nothing to compare the first sample with
        const DashboardPoint p = rates.add(raw(t1, c1), 1000, own);
        if (std::isnan(expected))
            QVERIFY2(std::isnan(p.commitsPerSecond), qPrintable(QString::number(p.commitsPerSecond)));
        else
            QCOMPARE(p.commitsPerSecond, float(expected));
    }

    void statsResetLeavesAHoleNotASpike()
    {
        DashboardRates rates;
        rates.add(raw(0, 5000, 10, 9000, 1000, QStringLiteral("2026-01-01T00:00:00Z")), 0, 0);
        const DashboardPoint p1 = rates.add(raw(1, 5100, 10, 9100, 1000, QStringLiteral("2026-01-01T00:00:00Z")), 1000, 0);
        QCOMPARE(p1.commitsPerSecond, 100.0f);
        QCOMPARE(p1.cacheHitPercent, 100.0f);
        // pg_stat_reset(): counters start again from zero and stats_reset moves
        const DashboardPoint p2 = rates.add(raw(2, 30, 0, 50, 50, QStringLiteral("2026-01-01T00:00:01.5Z")), 2000, 0);
        QVERIFY(std::isnan(p2.commitsPerSecond));
        QVERIFY(std::isnan(p2.rollbacksPerSecond));
        QVERIFY(std::isnan(p2.cacheHitPercent));
        QVERIFY(!p2.gapBefore); // the connection was fine: connection counts keep their line
        QCOMPARE(p2.cacheHitPercentTotal, 50.0f);
        const DashboardPoint p3 = rates.add(raw(3, 80, 1, 150, 50, QStringLiteral("2026-01-01T00:00:01.5Z")), 3000, 0);
        QCOMPARE(p3.commitsPerSecond, 50.0f);
        QCOMPARE(p3.rollbacksPerSecond, 1.0f);
        QCOMPARE(p3.cacheHitPercent, 100.0f);
    }

    void statsResetMovesEvenIfCountersGrew()
    {
        // a reset followed by more work than before within one interval: only stats_reset tells
        DashboardRates rates;
        rates.add(raw(0, 10, 0, 0, 0, QStringLiteral("2026-01-01T00:00:00Z")), 0, 0);
        const DashboardPoint p = rates.add(raw(10, 500, 0, 0, 0, QStringLiteral("2026-01-01T00:00:05Z")), 10000, 0);
        QVERIFY(std::isnan(p.commitsPerSecond));
    }

    void lostConnectionIsAGap()
    {
        DashboardRates rates;
        rates.add(raw(0, 0), 0, 0);
        rates.add(raw(1, 100), 1000, 0);
        rates.markGap();
        const DashboardPoint p = rates.add(raw(30, 3000), 30000, 0);
        QVERIFY(p.gapBefore);
        QVERIFY(std::isnan(p.commitsPerSecond)); // no average across the hole
        const DashboardPoint q = rates.add(raw(31, 3100), 31000, 0);
        QVERIFY(!q.gapBefore);
        QCOMPARE(q.commitsPerSecond, 100.0f);
    }

    void ownTransactionsFlushedLate()
    {
        // PostgreSQL flushes a backend's statistics at most once a second: our own commit may
        // show up one interval late; it is still subtracted exactly once.
        DashboardRates rates;
        rates.add(raw(0, 100), 0, 1);
        const DashboardPoint a = rates.add(raw(1, 100), 1000, 1); // ours not visible yet
        const DashboardPoint b = rates.add(raw(2, 102), 2000, 1); // two of ours arrive together
        QCOMPARE(a.commitsPerSecond, 0.0f);
        QCOMPARE(b.commitsPerSecond, 0.0f);
        const DashboardPoint c = rates.add(raw(3, 108), 3000, 1);
        QCOMPARE(c.commitsPerSecond, 5.0f);
    }

    void cacheHitRatio_data()
    {
        QTest::addColumn<qint64>("hit0");
        QTest::addColumn<qint64>("read0");
        QTest::addColumn<qint64>("hit1");
        QTest::addColumn<qint64>("read1");
        QTest::addColumn<double>("interval");
        QTest::addColumn<double>("total");
        QTest::newRow("all hits") << qint64(0) << qint64(0) << qint64(100) << qint64(0) << 100.0 << 100.0;
        // since startup 99 % looks fine; the last interval read half from disk
        QTest::newRow("interval differs from total") << qint64(99000) << qint64(1000) << qint64(99100) << qint64(1100) << 50.0
                                                     << 100.0 * 99100.0 / 100200.0;
        QTest::newRow("no block touched") << qint64(10) << qint64(10) << qint64(10) << qint64(10) << qQNaN() << 50.0;
    }
    void cacheHitRatio()
    {
        QFETCH(qint64, hit0);
        QFETCH(qint64, read0);
        QFETCH(qint64, hit1);
        QFETCH(qint64, read1);
        QFETCH(double, interval);
        QFETCH(double, total);
        DashboardRates rates;
        rates.add(raw(0, 0, 0, hit0, read0), 0, 0);
        const DashboardPoint p = rates.add(raw(1, 0, 0, hit1, read1), 1000, 0);
        if (std::isnan(interval))
            QVERIFY(std::isnan(p.cacheHitPercent));
        else
            QCOMPARE(p.cacheHitPercent, float(interval));
        QCOMPARE(p.cacheHitPercentTotal, float(total));
    }

    void growthPerHour_data()
    {
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QList<double>>("sizes");
        QTest::addColumn<double>("expected"); // NaN: not enough measurements
        QTest::newRow("1 MB in 30 min") << QList<qint64>{0, 1800000} << QList<double>{1e9, 1e9 + 1e6} << 2e6;
        QTest::newRow("shrinking") << QList<qint64>{0, 60000, 120000} << QList<double>{2e6, 1.5e6, 1e6} << -3e7;
        QTest::newRow("one measurement") << QList<qint64>{0} << QList<double>{1e6} << qQNaN();
        QTest::newRow("too close together") << QList<qint64>{0, 10000} << QList<double>{1e6, 2e6} << qQNaN();
    }
    void growthPerHour()
    {
        QFETCH(QList<qint64>, times);
        QFETCH(QList<double>, sizes);
        QFETCH(double, expected);
        DashboardHistory h(100);
        for (int i = 0; i < times.size(); ++i) {
            DashboardPoint p = point(times.at(i));
            p.sizeBytes = sizes.at(i);
            h.append(p);
            h.append(point(times.at(i) + 1)); // samples without a size in between
        }
        const std::optional<double> g = h.growthPerHour(times.last() + 1);
        if (std::isnan(expected))
            QVERIFY(!g);
        else
            QCOMPARE(*g, expected);
    }

    void ringBufferNeverExceedsItsBound()
    {
        RingBuffer<int> ring(1000);
        for (int i = 0; i < 25000; ++i) {
            ring.push(i);
            QVERIFY(ring.size() <= ring.capacity());
        }
        QCOMPARE(ring.size(), 1000);
        QCOMPARE(ring.at(0), 24000); // the oldest kept
        QCOMPARE(ring.last(), 24999);
        for (int i = 1; i < ring.size(); ++i)
            QCOMPARE(ring.at(i), ring.at(i - 1) + 1);
        ring.setCapacity(10);
        QCOMPARE(ring.size(), 10);
        QCOMPARE(ring.at(0), 24990);
    }

    void dashboardHistoryHoldsADayAtHalfASecond()
    {
        DashboardHistory h;
        QVERIFY(h.capacity() >= 2 * 86400);
        // what a full buffer costs: about 11 MB (64 bytes a sample)
        QVERIFY(qsizetype(sizeof(DashboardPoint)) * h.capacity() <= 12 * 1024 * 1024);
        for (qint64 i = 0; i < h.capacity() + 5000; ++i)
            h.append(point(i * 500));
        QCOMPARE(h.size(), h.capacity());
        QCOMPARE(h.at(0).timeMs, 5000 * 500);
        QCOMPARE(h.lowerBound(5000 * 500 + 1), 1);
    }

    void downsamplingKeepsPeaksAndBounds()
    {
        DashboardHistory h;
        for (qint64 i = 0; i < 86400; ++i)
            h.append(point(i * 1000, float(99.5 + 0.1 * std::sin(double(i)))));
        // one dip the chart must not lose
        DashboardPoint dip = point(43200 * 1000 + 500, 42.0f);
        DashboardHistory withDip;
        for (qsizetype i = 0; i < h.size(); ++i) {
            withDip.append(h.at(i));
            if (i == 43200)
                withDip.append(dip);
        }
        const auto value = [](const DashboardPoint &p) { return double(p.cacheHitPercent); };
        const auto segments = Downsampler::minMax(withDip, 0, withDip.size(), 0, 86400 * 1000, 600, value);
        QCOMPARE(segments.size(), 1);
        QVERIFY2(segments.first().size() <= 1200, qPrintable(QString::number(segments.first().size())));
        bool sawDip = false;
        qsizetype previous = -1;
        for (qsizetype i : segments.first()) {
            QVERIFY(i > previous); // in time order
            previous = i;
            sawDip = sawDip || withDip.at(i).cacheHitPercent == 42.0f;
        }
        QVERIFY(sawDip);
    }

    void downsamplingBreaksAtGapsAndSkipsHoles()
    {
        DashboardHistory h;
        for (qint64 i = 0; i < 10; ++i)
            h.append(point(i * 1000, i == 3 ? DashboardPoint::NaN : 99.0f, i == 6));
        const auto segments = Downsampler::minMax(h, 0, h.size(), 0, 10000, 600, [](const DashboardPoint &p) {
            return double(p.cacheHitPercent);
        });
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.at(0), (QList<qsizetype>{0, 1, 2, 4, 5}));
        QCOMPARE(segments.at(1), (QList<qsizetype>{6, 7, 8, 9}));
    }

    void csvHasHeaderAndRows()
    {
        DashboardHistory h;
        DashboardPoint p = point(1000, 99.5f);
        p.active = 3;
        h.append(p);
        h.append(point(2000));
        h.append(point(3000));
        const QList<QByteArray> lines = h.csv(1500, 3000).trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.first().startsWith("time,connection_lost_before,active,"));
        QCOMPARE(lines.at(1).count(','), lines.first().count(','));
    }

    void alerts_data()
    {
        QTest::addColumn<QList<float>>("cache");   // one sample per 10 s
        QTest::addColumn<float>("total");
        QTest::addColumn<int>("expected");
        QTest::newRow("healthy") << QList<float>{99.9f, 99.8f} << 10.0f << int(DashboardAlerts::None);
        QTest::newRow("connections above 80 %") << QList<float>{99.9f} << 81.0f << int(DashboardAlerts::Connections);
        QTest::newRow("exactly 80 % is fine") << QList<float>{99.9f} << 80.0f << int(DashboardAlerts::None);
        QTest::newRow("one dip is no alert") << QList<float>{99.9f, 90.0f, 99.9f} << 10.0f << int(DashboardAlerts::None);
        QTest::newRow("low for 50 s") << QList<float>{98, 98, 98, 98, 98, 98} << 10.0f << int(DashboardAlerts::None);
        QTest::newRow("low for a minute") << QList<float>{98, 98, 98, 98, 98, 98, 98} << 10.0f << int(DashboardAlerts::CacheHit);
        QTest::newRow("no reads do not end it")
            << QList<float>{98, 98, 98, DashboardPoint::NaN, 98, 98, 98} << 10.0f << int(DashboardAlerts::CacheHit);
        QTest::newRow("recovered") << QList<float>{98, 98, 98, 98, 98, 98, 98, 99.5f} << 10.0f << int(DashboardAlerts::None);
    }
    void alerts()
    {
        QFETCH(QList<float>, cache);
        QFETCH(float, total);
        QFETCH(int, expected);
        DashboardAlerts alerts;
        int started = 0;
        for (int i = 0; i < cache.size(); ++i) {
            DashboardPoint p = point(i * 10000, cache.at(i));
            p.total = total;
            p.maxConnections = 100;
            started |= alerts.update(p);
        }
        QCOMPARE(alerts.active(), expected);
        QVERIFY((started & expected) == expected); // each alert was reported when it started
    }

    // The Connections alert is reported again when fewer may connect than before, so the desktop
    // notification says when others, then superusers too, are refused; never when it gets better.
    void connectionsAlertStartsAgainWhenItGetsWorse()
    {
        DashboardAlerts alerts;
        auto feed = [&alerts](int i, int connections) {
            DashboardPoint p = point(i * 10000, 99.9f);
            p.total = float(connections);
            p.serverConnections = float(connections);
            p.maxConnections = 100;
            p.reservedConnections = 3;
            return alerts.update(p);
        };
        QCOMPARE(feed(0, 85), int(DashboardAlerts::Connections));
        QCOMPARE(alerts.slotState(), ConnectionBudget::SlotState::Open);
        QCOMPARE(feed(1, 90), int(DashboardAlerts::None));
        QCOMPARE(feed(2, 97), int(DashboardAlerts::Connections));
        QCOMPARE(alerts.slotState(), ConnectionBudget::SlotState::OnlySuperusers);
        QCOMPARE(feed(3, 98), int(DashboardAlerts::None));
        QCOMPARE(feed(4, 100), int(DashboardAlerts::Connections));
        QCOMPARE(alerts.slotState(), ConnectionBudget::SlotState::Full);
        QCOMPARE(feed(5, 98), int(DashboardAlerts::None)); // better: no new notification
        QCOMPARE(alerts.active(), int(DashboardAlerts::Connections));
    }
};

QTEST_GUILESS_MAIN(TestDashboardMath)
#include "tst_dashboardmath.moc"
