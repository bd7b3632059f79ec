// A server behind an SSH host as the window opens it: ServerConnection with the profile's tunnel
// from SshTunnelRegistry (a real sshd, tests/support/sshserver, and a real PostgreSQL reachable
// only through it: the profile's host does not exist). The Overview and Activity controllers get
// data through the tunnel; ssh killed while connected → the tunnel is Reconnecting, then Ready, the
// monitoring session is back and the pages have fresh data; the last server to go stops the tunnel.
// ctest-labels: ssh
#include "activity/activitycontroller.h"
#include "keyedtablemodel.h"
#include "overviewcontroller.h"
#include "pg/serverconnection.h"
#include "processes.h"
#include "ssh/sshtunnel.h"
#include "ssh/sshtunnelregistry.h"
#include "sshserver.h"
#include "testserver.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <signal.h>

using namespace Valvur;

class TestSshServerConnection : public QObject
{
    Q_OBJECT
private:
    Test::SshServer m_ssh;
    Test::TestServer m_pg;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ssh.start(), qPrintable(QStringLiteral("sshd cannot run here: ") + m_ssh.error()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        qputenv("VALVUR_SSH_CONFIG", m_ssh.clientConfig().toUtf8());
    }

    void pagesThroughTheTunnelSurviveADrop()
    {
        SshTunnelRegistry registry;
        ConnectionOptions o;
        o.setValue(QStringLiteral("host"), QStringLiteral("db.invalid")); // only the tunnel reaches the server
        o.setValue(QStringLiteral("user"), QStringLiteral("postgres"));
        o.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
        SshEndpoint e;
        e.destination = m_ssh.alias();
        e.remoteSocketDir = m_pg.socketDir();
        e.remotePort = m_pg.port();

        auto server = std::make_unique<ServerConnection>(o);
        server->setProfileId(QStringLiteral("behind-ssh"));
        server->setSshTunnel(&registry, e);
        QSignalSpy connected(server.get(), &ServerConnection::connected);
        server->open();
        QVERIFY(connected.wait(30000));
        SshTunnel *tunnel = server->sshTunnel();
        QVERIFY(tunnel);
        QCOMPARE(tunnel->state(), SshTunnel::State::Ready);
        QCOMPARE(server->options().value(QStringLiteral("host")), tunnel->socketDir());

        OverviewController overview;
        overview.setActive(true); // as the visible page: a refresh every few ticks
        QSignalSpy overviewReady(&overview, &OverviewController::dataReady);
        overview.setServer(server.get());
        QVERIFY(overviewReady.wait(20000));
        QVERIFY(overview.databases()->rowCount() > 0);
        ActivityController activity;
        activity.setActive(true);
        QSignalSpy activityReady(&activity, &ActivityController::dataReady);
        activity.setServer(server.get());
        QVERIFY(activityReady.wait(20000));
        QVERIFY(activity.hasData());

        // ssh dies under the open pages.
        QSignalSpy states(server.get(), &ServerConnection::sshStateChanged);
        const qint64 first = tunnel->processId();
        ::kill(pid_t(first), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Reconnecting, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tunnel->state(), SshTunnel::State::Ready, 30000);
        // From here on every answer comes through the new tunnel (the session reconnects on ready()).
        QSignalSpy overviewErrors(&overview, &OverviewController::errorChanged);
        QSignalSpy refreshed(&overview, &OverviewController::refreshed);
        QSignalSpy activityRefreshed(&activity, &ActivityController::refreshed);
        QVERIFY(states.count() >= 2);
        QVERIFY(tunnel->processId() != first);
        QTRY_VERIFY_WITH_TIMEOUT(server->session()->isConnected(), 20000);
        // Fresh data after the drop, without an error.
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 20000);
        QVERIFY(overview.databases()->rowCount() > 0);
        QVERIFY(overviewErrors.isEmpty() || overviewErrors.last().first().value<PgError>().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(!activityRefreshed.isEmpty(), 20000);

        // The last server to go takes its tunnel along.
        const qint64 pid = tunnel->processId();
        const QString dir = tunnel->socketDir();
        overview.setServer(nullptr);
        activity.setServer(nullptr);
        server.reset();
        QCOMPARE(registry.users(QStringLiteral("behind-ssh")), 0);
        QVERIFY(!Test::processRunning(pid));
        QVERIFY(!QFileInfo::exists(dir));
    }
};

QTEST_GUILESS_MAIN(TestSshServerConnection)
#include "tst_sshserverconnection.moc"
