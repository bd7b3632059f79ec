// The profile dialog's SSH part without widgets: an endpoint shows in the fields and comes back
// the same; a destination with a port is stored as ssh://…; each wrong field gets its message.
#include "ssh/sshtunnelform.h"

#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestSshTunnelForm : public QObject
{
    Q_OBJECT
private:
    static SshTunnelForm valid()
    {
        SshTunnelForm f;
        f.enabled = true;
        f.destination = u"prod-bastion"_s;
        return f;
    }

private Q_SLOTS:
    void roundTrip()
    {
        SshEndpoint e;
        e.destination = u"ssh://deploy@vps.example:2222"_s;
        e.jumpHosts = {u"bastion"_s, u"ops@jump2:2200"_s};
        e.identityFile = u"/home/õ/.ssh/id_ed25519"_s;
        e.remoteSocketDir = u"/var/run/postgresql"_s;
        e.remotePort = 5433;
        const SshTunnelForm f = SshTunnelForm::fromEndpoint(e);
        QVERIFY(f.enabled);
        QCOMPARE(f.remote, SshTunnelForm::Remote::SocketDirectory);
        QCOMPARE(f.jumpHosts, u"bastion, ops@jump2:2200"_s);
        QCOMPARE(f.remotePort, u"5433"_s);
        QCOMPARE(f.error(), QString());
        QCOMPARE(f.toEndpoint(), e);

        SshEndpoint tcp;
        tcp.destination = u"alias"_s;
        tcp.remoteHost = u"10.0.0.5"_s;
        QCOMPARE(SshTunnelForm::fromEndpoint(tcp).remotePort, QString()); // 0: the default, shown empty
        QCOMPARE(SshTunnelForm::fromEndpoint(tcp).toEndpoint(), tcp);
        QVERIFY(!SshTunnelForm::fromEndpoint(SshEndpoint()).enabled);
    }

    // Off means no tunnel, whatever the fields still hold; the host field is ignored for a socket.
    void offAndChoice()
    {
        SshTunnelForm f = valid();
        f.remoteHost = u"db.internal"_s;
        f.socketDirectory = u"/tmp"_s;
        QCOMPARE(f.toEndpoint().remoteHost, u"db.internal"_s);
        QCOMPARE(f.toEndpoint().remoteSocketDir, QString());
        f.remote = SshTunnelForm::Remote::SocketDirectory;
        QCOMPARE(f.toEndpoint().remoteHost, QString());
        QCOMPARE(f.toEndpoint().remoteSocketDir, u"/tmp"_s);
        f.enabled = false;
        f.destination = u"a b"_s;
        QCOMPARE(f.error(), QString());
        QCOMPARE(f.toEndpoint(), SshEndpoint());
    }

    void destinationWithPortBecomesUri()
    {
        SshTunnelForm f = valid();
        f.destination = u"  deploy@vps.example:2222 "_s;
        f.jumpHosts = u" bastion ,, ops@jump2:2200, u@[::1]:2222"_s; // ssh -J takes a bracketed IPv6 address with a port
        QCOMPARE(f.error(), QString());
        QCOMPARE(f.toEndpoint().destination, u"ssh://deploy@vps.example:2222"_s);
        QCOMPARE(f.toEndpoint().jumpHosts, (QStringList{u"bastion"_s, u"ops@jump2:2200"_s, u"u@[::1]:2222"_s})); // ssh -J takes host:port
    }

    void errors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("where");
        QTest::addColumn<QString>("message");
        using F = SshTunnelForm::Field;
        QTest::newRow("no destination") << u"destination"_s << u" "_s << int(F::Destination) << u"Give the SSH destination"_s;
        QTest::newRow("space") << u"destination"_s << u"deploy@vps example"_s << int(F::Destination) << u"contains a space"_s;
        QTest::newRow("option") << u"destination"_s << u"-oProxyCommand=x"_s << int(F::Destination) << u"read as an option"_s;
        QTest::newRow("bad port") << u"destination"_s << u"a@b:99999"_s << int(F::Destination) << u"1 to 65535"_s;
        QTest::newRow("ipv6 with port") << u"destination"_s << u"u@[fe80::1]:2200"_s << int(F::Destination) << u"alias in ~/.ssh/config"_s;
        QTest::newRow("jump with space") << u"jump"_s << u"bastion, a b"_s << int(F::JumpHosts) << u"\"a b\""_s;
        QTest::newRow("jump option") << u"jump"_s << u"-J"_s << int(F::JumpHosts) << u"read as an option"_s;
        QTest::newRow("host with space") << u"host"_s << u"db one"_s << int(F::RemoteHost) << u"one host name"_s;
        QTest::newRow("port 0") << u"port"_s << u"0"_s << int(F::RemotePort) << u"from 1 to 65535"_s;
        QTest::newRow("port 70000") << u"port"_s << u"70000"_s << int(F::RemotePort) << u"\"70000\" is not a port"_s;
        QTest::newRow("port abc") << u"port"_s << u"abc"_s << int(F::RemotePort) << u"from 1 to 65535"_s;
        QTest::newRow("no socket directory") << u"socket"_s << QString() << int(F::SocketDirectory) << u"Give the Unix socket directory"_s;
        QTest::newRow("relative socket directory") << u"socket"_s << u"run/pg"_s << int(F::SocketDirectory) << u"absolute path"_s;
    }
    void errors()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, where);
        QFETCH(QString, message);
        SshTunnelForm f = valid();
        if (field == u"destination"_s)
            f.destination = value;
        else if (field == u"jump"_s)
            f.jumpHosts = value;
        else if (field == u"host"_s)
            f.remoteHost = value;
        else if (field == u"port"_s)
            f.remotePort = value;
        else {
            f.remote = SshTunnelForm::Remote::SocketDirectory;
            f.socketDirectory = value;
        }
        SshTunnelForm::Field got = SshTunnelForm::Field::None;
        const QString error = f.error(&got);
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(int(got), where);
        QCOMPARE(valid().error(&got), QString());
        QCOMPARE(got, SshTunnelForm::Field::None);
    }
};

QTEST_GUILESS_MAIN(TestSshTunnelForm)
#include "tst_sshtunnelform.moc"
