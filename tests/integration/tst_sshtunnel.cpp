// SshTunnel and SshTunnelRegistry against a real sshd (tests/support/sshserver) with a real
// PostgreSQL behind it: the forwarded local socket reaches the server's own Unix socket and its
// loopback port, the connection goes through the tunnel (libpq's host is the tunnel directory,
// and it ends when the tunnel stops), a killed ssh comes back (Reconnecting → Ready), one tunnel
// per profile is shared and stopped with its last user, a jump host (a second sshd) works, and
// every failure cause comes from a real failure: no ssh program, an unknown host key (with its
// fingerprint), a changed host key, a key the server refuses, a closed port, a remote socket
// directory that does not exist.
// ctest-labels: ssh
#include "ssh/sshtunnel.h"
#include "ssh/sshtunnelregistry.h"
#include "processes.h"
#include "sshserver.h"
#include "testserver.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>
#include <signal.h>

using namespace Valvur;

class TestSshTunnel : public QObject
{
    Q_OBJECT
private:
    Test::SshServer m_ssh;
    Test::TestServer m_pg;

    SshEndpoint socketEndpoint(const QString &destination = QStringLiteral("valvur-test")) const
    {
        SshEndpoint e;
        e.destination = destination;
        e.remoteSocketDir = m_pg.socketDir();
        e.remotePort = m_pg.port();
        return e;
    }

    // Waits for the tunnel to settle; returns the state.
    static SshTunnel::State settle(SshTunnel &tunnel)
    {
        if (!QTest::qWaitFor([&tunnel] { return tunnel.state() != SshTunnel::State::Starting; }, 30000))
            qWarning() << "the tunnel did not settle within 30 s";
        if (tunnel.state() == SshTunnel::State::Failed)
            qWarning().noquote() << tunnel.cause() << tunnel.errorText();
        return tunnel.state();
    }

    // One query over libpq through the tunnel; the host libpq used comes back in *host.
    static QString query(const ConnectionOptions &options, const QString &sql, QString *host = nullptr)
    {
        PGconn *conn = PQconnectdb(options.toConnInfo(true).toUtf8().constData());
        QString value;
        if (PQstatus(conn) == CONNECTION_OK) {
            if (host)
                *host = QString::fromUtf8(PQhost(conn));
            PGresult *r = PQexec(conn, sql.toUtf8().constData());
            if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0)
                value = QString::fromUtf8(PQgetvalue(r, 0, 0));
            PQclear(r);
        } else {
            value = QStringLiteral("(no connection: %1)").arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
        }
        PQfinish(conn);
        return value;
    }

    static ConnectionOptions postgresOptions()
    {
        ConnectionOptions o;
        o.setValue(QStringLiteral("user"), QStringLiteral("postgres"));
        o.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
        o.setValue(QStringLiteral("connect_timeout"), QStringLiteral("10"));
        return o;
    }

    // A tunnel that must fail, with the config file given; returns its cause.
    QString failure(const SshEndpoint &endpoint, const QString &config, SshTunnel **keep = nullptr)
    {
        auto *tunnel = new SshTunnel(endpoint, this);
        tunnel->setConfigFile(config);
        QSignalSpy failed(tunnel, &SshTunnel::failed);
        tunnel->start();
        if (!failed.wait(30000) && failed.isEmpty())
            return QStringLiteral("(no failure within 30 s, state %1)").arg(int(tunnel->state()));
        qDebug().noquote() << failed.first().first().toString() << tunnel->errorText();
        if (!QFileInfo::exists(SshTunnel::baseDir()) || !tunnel->socketDir().isEmpty())
            return QStringLiteral("(the socket directory was left: %1)").arg(tunnel->socketDir());
        if (keep)
            *keep = tunnel;
        else
            delete tunnel;
        return failed.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ssh.start(), qPrintable(QStringLiteral("sshd cannot run here: ") + m_ssh.error()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        qputenv("VALVUR_SSH_CONFIG", m_ssh.clientConfig().toUtf8());
    }

    void argumentsCarryTheContract()
    {
        SshEndpoint e = socketEndpoint();
        e.jumpHosts = {QStringLiteral("bastion"), QStringLiteral("admin@inner:2222")};
        e.identityFile = QStringLiteral("/keys/id_ed25519");
        SshTunnel tunnel(e);
        const QStringList args = tunnel.arguments();
        for (const char *o : {"ExitOnForwardFailure=yes", "ServerAliveInterval=10", "ServerAliveCountMax=3", "BatchMode=yes",
                              "StreamLocalBindUnlink=yes"})
            QVERIFY2(args.contains(QLatin1String(o)), o);
        QCOMPARE(args.at(args.indexOf(QStringLiteral("-J")) + 1), QStringLiteral("bastion,admin@inner:2222"));
        QCOMPARE(args.at(args.indexOf(QStringLiteral("-i")) + 1), QStringLiteral("/keys/id_ed25519"));
        QCOMPARE(args.last(), QStringLiteral("valvur-test"));
        QCOMPARE(SshTunnel::sshDestination(QStringLiteral("ops@db.example.org:2222")), QStringLiteral("ssh://ops@db.example.org:2222"));
        QCOMPARE(SshTunnel::sshDestination(QStringLiteral("bastion")), QStringLiteral("bastion"));
        e.remoteSocketDir.clear();
        e.remoteHost = QStringLiteral("10.0.0.5");
        e.remotePort = 6432;
        SshTunnel tcp(e);
        QVERIFY(tcp.arguments().at(tcp.arguments().indexOf(QStringLiteral("-L")) + 1).endsWith(QStringLiteral(":10.0.0.5:6432")));
    }

    void causesFromSshsWords_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("cause");
        QTest::newRow("db refused") << "channel 2: open failed: connect failed: Connection refused" << "ssh-forward-failed";
        QTest::newRow("host refused") << "ssh: connect to host 127.0.0.1 port 22: Connection refused" << "ssh-unreachable";
        QTest::newRow("no name") << "ssh: Could not resolve hostname vps: Name or service not known" << "ssh-unreachable";
        QTest::newRow("bind") << "unix_listener: cannot bind to path /x/.s.PGSQL.5432: Permission denied\nCould not request local forwarding."
                              << "ssh-forward-failed";
        QTest::newRow("changed") << "WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!\nHost key verification failed." << "ssh-host-key-changed";
        QTest::newRow("unknown") << "Host key verification failed." << "ssh-host-unknown";
        QTest::newRow("auth") << "root@h: Permission denied (publickey)." << "ssh-auth-failed";
        QTest::newRow("other") << "something else" << "ssh-failed";
    }

    void causesFromSshsWords()
    {
        QFETCH(QString, words);
        QFETCH(QString, cause);
        QCOMPARE(SshTunnel::classify(words.split(QLatin1Char('\n')), true), cause);
        QVERIFY(SshTunnel::causeIds().contains(cause));
    }

    void tunnelReachesTheServersSocket()
    {
        SshTunnel tunnel(socketEndpoint());
        QSignalSpy ready(&tunnel, &SshTunnel::ready);
        tunnel.start();
        QCOMPARE(settle(tunnel), SshTunnel::State::Ready);
        QCOMPARE(ready.count(), 1);
        const QString dir = tunnel.socketDir();
        QVERIFY(dir.startsWith(SshTunnel::baseDir() + QStringLiteral("/tunnel-")));
        QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther), QFile::Permissions());
        QString host;
        QCOMPARE(query(tunnel.apply(postgresOptions()), QStringLiteral("SELECT current_setting('port')"), &host),
                 QString::number(m_pg.port()));
        QCOMPARE(host, dir); // libpq connected to the tunnel's socket, nothing else
        const qint64 pid = tunnel.processId();
        QVERIFY(Test::processRunning(pid));
        tunnel.stop();
        QVERIFY(!Test::processRunning(pid));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(query(tunnel.apply(postgresOptions()), QStringLiteral("SELECT 1")).startsWith(QStringLiteral("(no connection")));
    }

    void tunnelReachesALoopbackPort()
    {
        SshEndpoint e = socketEndpoint();
        e.remoteSocketDir.clear();
        e.remoteHost = QStringLiteral("127.0.0.1");
        SshTunnel tunnel(e);
        tunnel.start();
        QCOMPARE(settle(tunnel), SshTunnel::State::Ready);
        ConnectionOptions o = tunnel.apply(postgresOptions());
        o.setValue(QStringLiteral("password"), m_pg.superuserPassword());
        // The server sees a TCP client on loopback: sshd, forwarding for us.
        QCOMPARE(query(o, QStringLiteral("SELECT host(inet_client_addr())")), QStringLiteral("127.0.0.1"));
    }

    void aKilledTunnelComesBack()
    {
        SshTunnel tunnel(socketEndpoint());
        tunnel.start();
        QCOMPARE(settle(tunnel), SshTunnel::State::Ready);
        QSignalSpy reconnecting(&tunnel, &SshTunnel::reconnecting);
        QSignalSpy ready(&tunnel, &SshTunnel::ready);
        const qint64 first = tunnel.processId();
        ::kill(pid_t(first), SIGKILL);
        QVERIFY(reconnecting.wait(10000));
        QCOMPARE(reconnecting.first().first().toInt(), 1);
        QCOMPARE(tunnel.state(), SshTunnel::State::Reconnecting);
        QVERIFY(ready.wait(20000));
        QVERIFY(tunnel.processId() != first);
        QCOMPARE(query(tunnel.apply(postgresOptions()), QStringLiteral("SELECT 7")), QStringLiteral("7"));
    }

    void oneTunnelPerProfileStopsWithItsLastUser()
    {
        SshTunnelRegistry registry;
        SshTunnel *a = registry.acquire(QStringLiteral("p1"), socketEndpoint());
        SshTunnel *b = registry.acquire(QStringLiteral("p1"), socketEndpoint());
        QCOMPARE(a, b);
        QCOMPARE(registry.users(QStringLiteral("p1")), 2);
        QCOMPARE(settle(*a), SshTunnel::State::Ready);
        const qint64 pid = a->processId();
        const QString dir = a->socketDir();
        registry.release(QStringLiteral("p1"));
        QVERIFY(Test::processRunning(pid));
        registry.release(QStringLiteral("p1"));
        QVERIFY(!Test::processRunning(pid));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(!registry.tunnel(QStringLiteral("p1")));
    }

    void aJumpHostIsCrossed()
    {
        Test::SshServer jump;
        QVERIFY2(jump.start(QStringLiteral("valvur-jump")), qPrintable(jump.error()));
        // One config naming both hosts; the target is reached only through the jump host.
        QFile known(m_ssh.dir() + QStringLiteral("/both.known_hosts"));
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write((m_ssh.knownHostsLine() + QLatin1Char('\n') + jump.knownHostsLine() + QLatin1Char('\n')).toUtf8());
        known.close();
        QFile config(m_ssh.dir() + QStringLiteral("/both.ssh_config"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write((m_ssh.hostBlock(known.fileName(), m_ssh.clientKey()) + jump.hostBlock(known.fileName(), jump.clientKey())).toUtf8());
        config.close();
        SshEndpoint e = socketEndpoint();
        e.jumpHosts = {QStringLiteral("valvur-jump")};
        SshTunnel tunnel(e);
        tunnel.setConfigFile(config.fileName());
        tunnel.start();
        QCOMPARE(settle(tunnel), SshTunnel::State::Ready);
        QCOMPARE(query(tunnel.apply(postgresOptions()), QStringLiteral("SELECT 42")), QStringLiteral("42"));
        QVERIFY2(jump.log().contains(QStringLiteral("Accepted publickey")), qPrintable(jump.log()));
    }

    void noSshProgram()
    {
        qputenv("VALVUR_SSH", "/nonexistent/ssh");
        const QString cause = failure(socketEndpoint(), m_ssh.clientConfig());
        qunsetenv("VALVUR_SSH");
        QCOMPARE(cause, QStringLiteral("ssh-missing"));
    }

    void unknownHostKeyShowsItsFingerprint()
    {
        SshTunnel *tunnel = nullptr;
        QCOMPARE(failure(socketEndpoint(), m_ssh.writeClientConfig(QStringLiteral("unknown"), QString(), m_ssh.clientKey()), &tunnel),
                 QStringLiteral("ssh-host-unknown"));
        const QString fingerprint = m_ssh.hostKeyFingerprint();
        QVERIFY(fingerprint.startsWith(QStringLiteral("SHA256:")));
        QVERIFY2(tunnel->fingerprint().contains(fingerprint), qPrintable(tunnel->fingerprint() + QStringLiteral(" vs ") + fingerprint));
        delete tunnel;
    }

    void changedHostKeyIsRefused()
    {
        const QString other = m_ssh.makeStrangerKey(QStringLiteral("other_host_key"));
        QFile pub(other + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QStringList key = QString::fromUtf8(pub.readAll()).split(QLatin1Char(' '));
        const QString line = QStringLiteral("[127.0.0.1]:%1 %2 %3\n").arg(m_ssh.port()).arg(key.value(0), key.value(1));
        QCOMPARE(failure(socketEndpoint(), m_ssh.writeClientConfig(QStringLiteral("changed"), line, m_ssh.clientKey())),
                 QStringLiteral("ssh-host-key-changed"));
    }

    void refusedKey()
    {
        const QString key = m_ssh.makeStrangerKey(QStringLiteral("stranger_key"));
        QCOMPARE(failure(socketEndpoint(), m_ssh.writeClientConfig(QStringLiteral("auth"), m_ssh.knownHostsLine(), key)),
                 QStringLiteral("ssh-auth-failed"));
    }

    void closedPort()
    {
        const int port = Test::TestServer::freePort();
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("ssh_config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("Host valvur-test\n  HostName 127.0.0.1\n  Port %1\n  IdentityFile %2\n  UserKnownHostsFile /dev/null\n"
                                    "  GlobalKnownHostsFile /dev/null\n")
                         .arg(port)
                         .arg(m_ssh.clientKey())
                         .toUtf8());
        config.close();
        QCOMPARE(failure(socketEndpoint(), config.fileName()), QStringLiteral("ssh-unreachable"));
    }

    void missingRemoteSocketDirectory()
    {
        SshEndpoint e = socketEndpoint();
        e.remoteSocketDir = QStringLiteral("/nonexistent/valvur-socket-dir");
        QCOMPARE(failure(e, m_ssh.clientConfig()), QStringLiteral("ssh-forward-failed"));
    }

    void staleDirectoriesAreSwept()
    {
        const QString stale = SshTunnel::baseDir() + QStringLiteral("/tunnel-999999999-1");
        QVERIFY(QDir().mkpath(stale));
        SshTunnel::sweepStale();
        QVERIFY(!QFileInfo::exists(stale));
    }

    void cleanupTestCase()
    {
        // Nothing this test started still runs: no ssh child is left.
        for (qint64 pid : Test::childProcesses(QCoreApplication::applicationPid()))
            QVERIFY2(Test::processName(pid) != QLatin1String("ssh"), qPrintable(QString::number(pid)));
    }
};

QTEST_GUILESS_MAIN(TestSshTunnel)
#include "tst_sshtunnel.moc"
