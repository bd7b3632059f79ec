// The course's max_connections arithmetic and the reading of pg_settings sizes.
#include "pg/connectionbudget.h"

#include <QTest>

using namespace Valvur;

namespace {
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 GiB = 1024 * MiB;
} // namespace

class TestConnectionBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // PostgreSQL's rule: with max_connections 300 and superuser_reserved_connections 3, the 298th
    // connection of a non-superuser is refused ("remaining connection slots are reserved"), and
    // with all 300 taken everyone is ("too many clients already").
    void slotState_data()
    {
        QTest::addColumn<int>("inUse");
        QTest::addColumn<int>("max");
        QTest::addColumn<int>("reserved");
        QTest::addColumn<int>("expected");
        using S = ConnectionBudget::SlotState;
        QTest::newRow("296 of 300: open") << 296 << 300 << 3 << int(S::Open);
        QTest::newRow("297 of 300: only superusers") << 297 << 300 << 3 << int(S::OnlySuperusers);
        QTest::newRow("299 of 300: only superusers") << 299 << 300 << 3 << int(S::OnlySuperusers);
        QTest::newRow("300 of 300: full") << 300 << 300 << 3 << int(S::Full);
        QTest::newRow("more than max (lowered): full") << 310 << 300 << 3 << int(S::Full);
        QTest::newRow("nothing reserved: open until full") << 299 << 300 << 0 << int(S::Open);
        QTest::newRow("max not known") << 5 << 0 << 3 << int(S::Open);
    }
    void slotState()
    {
        QFETCH(int, inUse);
        QFETCH(int, max);
        QFETCH(int, reserved);
        QFETCH(int, expected);
        QCOMPARE(int(ConnectionBudget::slotState(inUse, max, reserved)), expected);
    }

    void maxConnections_data()
    {
        QTest::addColumn<qint64>("ram");
        QTest::addColumn<qint64>("sharedBuffers");
        QTest::addColumn<qint64>("perConnection");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("configured");
        QTest::addColumn<bool>("fits");
        // the course: (available RAM - shared_buffers) / 10 MB
        QTest::newRow("4 GB, 1 GB shared_buffers") << 4 * GiB << 1 * GiB << 10 * MiB << 307 << 100 << true;
        QTest::newRow("2 GB, 128 MB default buffers") << 2 * GiB << 128 * MiB << 10 * MiB << 192 << 100 << true;
        QTest::newRow("1 GB container, 256 MB, 100 connections") << 1 * GiB << 256 * MiB << 10 * MiB << 76 << 100 << false;
        QTest::newRow("exactly enough") << 1010 * MiB << 10 * MiB << 10 * MiB << 100 << 100 << true;
        QTest::newRow("one byte short") << 1010 * MiB - 1 << 10 * MiB << 10 * MiB << 99 << 100 << false;
        QTest::newRow("buffers larger than RAM") << 1 * GiB << 2 * GiB << 10 * MiB << 0 << 1 << false;
        QTest::newRow("20 MB per connection") << 8 * GiB << 2 * GiB << 20 * MiB << 307 << 300 << true;
        QTest::newRow("zero per connection is not a division by zero") << 8 * GiB << 0LL << 0LL << 0 << 1 << false;
    }
    void maxConnections()
    {
        QFETCH(qint64, ram);
        QFETCH(qint64, sharedBuffers);
        QFETCH(qint64, perConnection);
        QFETCH(int, expected);
        QFETCH(int, configured);
        QFETCH(bool, fits);
        ConnectionBudget b;
        b.ramBytes = ram;
        b.sharedBuffersBytes = sharedBuffers;
        b.perConnectionBytes = perConnection;
        QCOMPARE(b.maxConnections(), expected);
        QCOMPARE(b.fits(configured), fits);
        QCOMPARE(b.availableBytes(), qMax<qint64>(0, ram - sharedBuffers));
        QCOMPARE(b.memoryFor(configured), configured * perConnection);
    }

    void defaultIsTenMegabytes()
    {
        QCOMPARE(ConnectionBudget().perConnectionBytes, 10 * MiB);
    }

    void settingBytes_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("shared_buffers 128MB") << "16384" << "8kB" << 128 * MiB;
        QTest::newRow("work_mem 4MB") << "4096" << "kB" << 4 * MiB;
        QTest::newRow("MB unit") << "64" << "MB" << 64 * MiB;
        QTest::newRow("bytes") << "512" << "B" << qint64(512);
        QTest::newRow("GB") << "2" << "GB" << 2 * GiB;
        QTest::newRow("not a size: ms") << "200" << "ms" << qint64(-1);
        QTest::newRow("no unit") << "100" << "" << qint64(-1);
        QTest::newRow("not a number") << "on" << "kB" << qint64(-1);
    }
    void settingBytes()
    {
        QFETCH(QString, setting);
        QFETCH(QString, unit);
        QFETCH(qint64, bytes);
        QCOMPARE(ConnectionBudget::settingBytes(setting, unit), bytes);
    }
};

QTEST_APPLESS_MAIN(TestConnectionBudget)
#include "tst_connectionbudget.moc"
