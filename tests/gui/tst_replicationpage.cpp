// The Replication page against a real primary and a streaming standby made by pg_basebackup.
#include "pages/insighttable.h"
#include "keyedtablemodel.h"
#include "pages/replicationpage.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Valvur;

class TestReplicationPage : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;
    std::unique_ptr<QSettings> m_settings;

    std::unique_ptr<ServerConnection> connectTo(const QString &conninfo)
    {
        ConnectionOptions o;
        if (!ConnectionOptions::parse(conninfo, &o, nullptr))
            return nullptr;
        auto server = std::make_unique<ServerConnection>(o);
        QSignalSpy connected(server.get(), &ServerConnection::connected);
        server->open(m_server.superuserPassword());
        if (!connected.wait(20000))
            return nullptr;
        return server;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::TestServer::Options options;
        options.replication = true;
        options.extraConfig << QStringLiteral("track_activity_query_size = 65536");
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        QVERIFY2(m_server.startStandby(), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("SELECT pg_create_physical_replication_slot('forgotten_standby')"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"),
                                                 QStringLiteral("replication"));
        m_settings->clear();
    }

    void primaryShowsItsStreamingStandby()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT state FROM pg_stat_replication")), QStringLiteral("streaming"),
                                  30000);
        auto server = connectTo(m_server.conninfo());
        QVERIFY(server);
        ReplicationPage page({m_settings.get()});
        QAbstractItemModelTester standbys(page.standbysTable()->source(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester slots(page.slotsTable()->source(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&page, &Page::dataReady);
        page.resize(1200, 800);
        page.show();
        page.setActive(true);
        page.setServer(server.get());
        QVERIFY(ready.wait(30000));
        KeyedTableModel *m = page.standbysTable()->source();
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->rawValue(0, ReplicationPage::State).toString(), QStringLiteral("streaming"));
        QCOMPARE(m->rawValue(0, ReplicationPage::SyncState).toString(), QStringLiteral("async"));
        QVERIFY(!m->rawValue(0, ReplicationPage::SentLsn).toString().isEmpty());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("serverRole"))->text().contains(QStringLiteral("primary")));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
        // the slot nobody uses, holding WAL back
        KeyedTableModel *s = page.slotsTable()->source();
        QCOMPARE(s->rowCount(), 1);
        QCOMPARE(s->rawValue(0, ReplicationPage::SlotName).toString(), QStringLiteral("forgotten_standby"));
        QCOMPARE(s->rawValue(0, ReplicationPage::SlotActive).toBool(), false);
        // Show SQL is what the server received
        QTRY_VERIFY_WITH_TIMEOUT(!server->session()->isBusy(), 20000);
        QCOMPARE(m_server.psql(QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = %1").arg(server->session()->backendPid())),
                 page.statement());
    }

    void standbySaysWhatItIs()
    {
        auto server = connectTo(m_server.standbyConninfo());
        QVERIFY(server);
        ReplicationPage page({m_settings.get()});
        QSignalSpy ready(&page, &Page::dataReady);
        page.setActive(true);
        page.setServer(server.get());
        QVERIFY(ready.wait(30000));
        const QString role = page.findChild<QLabel *>(QStringLiteral("serverRole"))->text();
        QVERIFY2(role.contains(QStringLiteral("standby")) && role.contains(QStringLiteral("streaming")), qPrintable(role));
    }
};

QTEST_MAIN(TestReplicationPage)
#include "tst_replicationpage.moc"
