// The ssh destination forms: what ssh on a terminal understands is what Valvur writes, and text
// that ssh would take for an option or split at a space is no destination.
#include "ssh/sshdestination.h"

#include <QProcess>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestSshDestination : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("written");
        QTest::newRow("alias") << u"prod-db"_s << true << QString() << u"prod-db"_s << 0 << u"prod-db"_s;
        QTest::newRow("user@host") << u"deploy@vps.example"_s << true << u"deploy"_s << u"vps.example"_s << 0 << u"deploy@vps.example"_s;
        // ssh would read "vps.example:2222" as a host name: written as a URI.
        QTest::newRow("user@host:port") << u"deploy@vps.example:2222"_s << true << u"deploy"_s << u"vps.example"_s << 2222
                                        << u"ssh://deploy@vps.example:2222"_s;
        QTest::newRow("port 22 stays plain") << u"a@b:22"_s << true << u"a"_s << u"b"_s << 22 << u"a@b"_s;
        QTest::newRow("uri") << u"ssh://mari@10.0.0.1:2200"_s << true << u"mari"_s << u"10.0.0.1"_s << 2200 << u"ssh://mari@10.0.0.1:2200"_s;
        QTest::newRow("bare ipv6") << u"fe80::1"_s << true << QString() << u"fe80::1"_s << 0 << u"fe80::1"_s;
        // Parsed, but OpenSSH 9.2 takes no destination form for it (ssh -G refuses ssh://[::1]:2222).
        QTest::newRow("bracketed ipv6 with port") << u"u@[::1]:2222"_s << true << u"u"_s << u"::1"_s << 2222 << u"ssh://u@[::1]:2222"_s;
        QTest::newRow("bracketed ipv6, port 22") << u"u@[::1]:22"_s << true << u"u"_s << u"::1"_s << 22 << u"u@::1"_s;
        QTest::newRow("user with @") << u"a@corp@jump"_s << true << u"a@corp"_s << u"jump"_s << 0 << u"a@corp@jump"_s;
        QTest::newRow("space") << u"deploy@vps example"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("option") << u"-oProxyCommand=x"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("option after user") << u"a@-oProxyCommand=x"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("port 0") << u"a@b:0"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("port 65536") << u"a@b:65536"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("empty user") << u"@b"_s << false << QString() << QString() << 0 << QString();
        QTest::newRow("empty") << u"  "_s << false << QString() << QString() << 0 << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        SshDestination d;
        QCOMPARE(SshDestination::parse(text, &d), ok);
        if (!ok)
            return;
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, written);
        QCOMPARE(d.user, user);
        QCOMPARE(d.host, host);
        QCOMPARE(d.port, port);
        QCOMPARE(d.toString(), written);
        QCOMPARE(d.isWritable(), !(host.contains(u':') && port != 0 && port != 22));
        SshDestination again;
        QVERIFY(SshDestination::parse(written, &again)); // what Valvur writes, it reads back
        QCOMPARE(again.toString(), written);
        if (!d.isWritable())
            return;

        // The system's ssh reads what Valvur writes as meant (ssh -G resolves without connecting).
        QProcess ssh;
        ssh.start(u"ssh"_s, {u"-F"_s, u"/dev/null"_s, u"-G"_s, written});
        QVERIFY2(ssh.waitForFinished(10000), "ssh -G did not run: install openssh-client (scripts/setup-debian.sh)");
        const QString out = QString::fromLocal8Bit(ssh.readAllStandardOutput());
        QVERIFY2(ssh.exitCode() == 0, qPrintable(QString::fromLocal8Bit(ssh.readAllStandardError())));
        QVERIFY2(out.contains(u"\nhostname "_s + host + u'\n'), qPrintable(out));
        QVERIFY2(out.contains(u"\nport %1\n"_s.arg(port > 0 ? port : 22)), qPrintable(out));
        if (!user.isEmpty())
            QVERIFY2(out.startsWith(u"user "_s + user + u'\n') || out.contains(u"\nuser "_s + user + u'\n'), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestSshDestination)
#include "tst_sshdestination.moc"
