// ctest-labels: ssh
// known_hosts after the user trusted a key, against a real sshd on a loopback port with its own
// host key: ssh-keyscan runs asynchronously (the call returns before the answer), the line is
// "[127.0.0.1]:PORT ssh-ed25519 …" in a new ~/.ssh (0700) and known_hosts (0600), and the system's
// own ssh then accepts the host (it refused it before); a key other than the one accepted, or
// no answer, writes nothing. The sshd is started here (tiny on purpose); it must run, or the
// test fails saying why.
#include "ssh/knownhosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestKnownHosts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_sshd;
    int m_port = 0;
    QString m_fingerprint;

    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        if (!p.waitForFinished(30000))
            return u"(no end)"_s;
        if (exitCode)
            *exitCode = p.exitCode();
        return QString::fromLocal8Bit(p.readAll());
    }

    static int freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    // What the system's ssh says about the host with this known_hosts (no user config, no keys).
    QString sshVerdict(const QString &knownHosts)
    {
        int code = 0;
        return run(u"ssh"_s, {u"-F"_s, u"/dev/null"_s, u"-o"_s, u"BatchMode=yes"_s, u"-o"_s, u"StrictHostKeyChecking=yes"_s,
                              u"-o"_s, u"UserKnownHostsFile="_s + knownHosts, u"-o"_s, u"GlobalKnownHostsFile=/dev/null"_s,
                              u"-o"_s, u"IdentityAgent=none"_s, u"-o"_s, u"IdentityFile=/dev/null"_s, u"-o"_s, u"ConnectTimeout=10"_s,
                              u"-p"_s, QString::number(m_port), u"127.0.0.1"_s, u"true"_s},
                   &code);
    }

    struct Outcome
    {
        bool called = false;
        bool ok = false;
        QString error;
    };

    // Runs appendKnownHost and waits (bounded) for its answer; *returnedFirst says whether the
    // call came back before the answer.
    Outcome append(const QString &path, const SshHostKey &key, bool *returnedFirst, int timeoutMs = 20000)
    {
        Outcome o;
        QObject context;
        KnownHosts::appendKnownHost(path, key, &context, [&o](bool ok, const QString &error) {
            o.called = true;
            o.ok = ok;
            o.error = error;
        }, timeoutMs);
        *returnedFirst = !o.called;
        if (!QTest::qWaitFor([&o] { return o.called; }, timeoutMs + 10000))
            o.error = u"appendKnownHost did not answer within its bound"_s;
        return o;
    }

    // ssh-keyscan processes whose parent is this test.
    static int keyscanChildren()
    {
        int n = 0;
        const QString self = QString::number(QCoreApplication::applicationPid());
        for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
            QFile stat(u"/proc/"_s + pid + u"/stat"_s);
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromLatin1(stat.readAll());
            // pid (comm) state ppid …
            const qsizetype close = text.lastIndexOf(u')');
            const QStringList rest = text.mid(close + 2).split(u' ');
            if (text.contains(u"(ssh-keyscan)"_s) && rest.value(1) == self && rest.value(0) != u"Z"_s)
                ++n;
        }
        return n;
    }

    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(u"/usr/sbin/sshd"_s), "no /usr/sbin/sshd: install openssh-server (scripts/setup-debian.sh)");
        QVERIFY2(QDir().mkpath(u"/run/sshd"_s), "sshd needs /run/sshd (its privilege separation directory) and it cannot be made");
        const QString key = m_dir.filePath(u"host_ed25519"_s);
        int code = -1;
        const QString out = run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s, u"valvur-test"_s, u"-f"_s, key}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        const QString print = run(u"ssh-keygen"_s, {u"-l"_s, u"-f"_s, key + u".pub"_s});
        m_fingerprint = QRegularExpression(u"SHA256:\\S+"_s).match(print).captured();
        QVERIFY2(!m_fingerprint.isEmpty(), qPrintable(print));

        m_port = freePort();
        QVERIFY(m_port > 0);
        const QString config = m_dir.filePath(u"sshd_config"_s);
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("ListenAddress 127.0.0.1\nHostKey %1\nPidFile %2\nUsePAM no\nStrictModes no\n"
                               "AuthorizedKeysFile %3\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n")
                    .arg(key, m_dir.filePath(u"sshd.pid"_s), m_dir.filePath(u"authorized_keys"_s))
                    .toUtf8());
        f.close();
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.start(u"/usr/sbin/sshd"_s, {u"-D"_s, u"-e"_s, u"-f"_s, config, u"-p"_s, QString::number(m_port)});
        QVERIFY2(m_sshd.waitForStarted(10000), qPrintable(m_sshd.errorString()));
        QString log;
        const bool listening = QTest::qWaitFor([&] {
            log += QString::fromLocal8Bit(m_sshd.readAll());
            return log.contains(u"Server listening"_s) || m_sshd.state() == QProcess::NotRunning;
        }, 20000);
        QVERIFY2(listening && m_sshd.state() == QProcess::Running, qPrintable(u"sshd did not start: "_s + log));
    }

    void cleanupTestCase()
    {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            if (!m_sshd.waitForFinished(10000))
                m_sshd.kill();
        }
    }

    void keyScanType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("scan");
        QTest::newRow("ED25519") << u"ED25519"_s << u"ed25519"_s;
        QTest::newRow("ssh-ed25519") << u"ssh-ed25519"_s << u"ed25519"_s;
        QTest::newRow("ECDSA") << u"ECDSA"_s << u"ecdsa"_s;
        QTest::newRow("ecdsa-sha2-nistp256") << u"ecdsa-sha2-nistp256"_s << u"ecdsa"_s;
        QTest::newRow("RSA") << u"RSA"_s << u"rsa"_s;
        QTest::newRow("unknown") << u"DSA-9"_s << QString();
    }
    void keyScanType()
    {
        QFETCH(QString, type);
        QFETCH(QString, scan);
        QCOMPARE(KnownHosts::keyscanType(type), scan);
        QCOMPARE(KnownHosts::hostPattern(u"db"_s, 22), u"db"_s);
        QCOMPARE(KnownHosts::hostPattern(u"db"_s, 2222), u"[db]:2222"_s);
    }

    void trustedKeyIsWrittenAndSshAcceptsIt()
    {
        const QString ssh = m_dir.filePath(u"home/.ssh"_s);
        const QString knownHosts = ssh + u"/known_hosts"_s;
        QVERIFY(!QFileInfo::exists(ssh));
        QVERIFY2(sshVerdict(knownHosts).contains(u"Host key verification failed"_s), "ssh should not know the host yet");

        bool returnedFirst = false;
        const SshHostKey key{u"127.0.0.1"_s, m_port, u"ED25519"_s, m_fingerprint};
        const Outcome o = append(knownHosts, key, &returnedFirst);
        QVERIFY(returnedFirst); // the GUI thread does not wait for ssh-keyscan
        QVERIFY(o.called);
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(QFileInfo(ssh).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                                 | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(ssh).permissions() & QFile::ExeOwner, QFile::ExeOwner);
        QCOMPARE(QFileInfo(knownHosts).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ReadOwner | QFile::WriteOwner),
                 QFile::Permissions());
        const QByteArray text = bytes(knownHosts);
        QVERIFY2(text.startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_port).toUtf8()), text.constData());
        QCOMPARE(text.count('\n'), 1);

        // The system's ssh now knows the host: it gets as far as authentication.
        const QString verdict = sshVerdict(knownHosts);
        QVERIFY2(!verdict.contains(u"Host key verification failed"_s) && verdict.contains(u"Permission denied"_s), qPrintable(verdict));

        // Trusting again writes nothing twice.
        const Outcome again = append(knownHosts, key, &returnedFirst);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(bytes(knownHosts), text);
    }

    // An existing known_hosts keeps its lines and its last line without a newline stays whole.
    void appendsToAnExistingFile()
    {
        const QString knownHosts = m_dir.filePath(u"existing_known_hosts"_s);
        QFile f(knownHosts);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl");
        f.close();
        bool returnedFirst = false;
        const Outcome o = append(knownHosts, {u"127.0.0.1"_s, m_port, u"ssh-ed25519"_s, m_fingerprint}, &returnedFirst);
        QVERIFY2(o.ok, qPrintable(o.error));
        const QList<QByteArray> lines = bytes(knownHosts).split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("github.com ssh-ed25519 "));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_port).toUtf8()));
        QVERIFY(!sshVerdict(knownHosts).contains(u"Host key verification failed"_s));
    }

    // The key the host shows now is not the one the user saw: nothing is written.
    void anotherKeyWritesNothing()
    {
        const QString knownHosts = m_dir.filePath(u"other/known_hosts"_s);
        bool returnedFirst = false;
        const Outcome o = append(knownHosts, {u"127.0.0.1"_s, m_port, u"ED25519"_s, u"SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s},
                                 &returnedFirst);
        QVERIFY(returnedFirst);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(u"not the one you accepted"_s) && o.error.contains(m_fingerprint), qPrintable(o.error));
        QVERIFY(!QFileInfo::exists(knownHosts));
    }

    // A host that accepts the connection and then says nothing: the bound ends ssh-keyscan and
    // says so; a context that goes away first ends it too, and done is never called.
    void silentHostIsBounded()
    {
        QTest::failOnWarning(QRegularExpression(u"QProcess: Destroyed while process"_s)); // ended, not abandoned
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QString knownHosts = m_dir.filePath(u"silent/known_hosts"_s);
        bool returnedFirst = false;
        const Outcome o = append(knownHosts, {u"127.0.0.1"_s, silent.serverPort(), u"ED25519"_s, m_fingerprint}, &returnedFirst, 2000);
        QVERIFY(o.called);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(u"within 2 s"_s), qPrintable(o.error));
        QVERIFY(!QFileInfo::exists(knownHosts));
        QTRY_COMPARE(keyscanChildren(), 0);

        bool called = false;
        {
            QObject context;
            KnownHosts::appendKnownHost(knownHosts, {u"127.0.0.1"_s, silent.serverPort(), u"ED25519"_s, m_fingerprint}, &context,
                                        [&called](bool, const QString &) { called = true; });
            QTRY_COMPARE(keyscanChildren(), 1);
        }
        QCOMPARE(keyscanChildren(), 0); // ended with its context, at once
        QCoreApplication::processEvents(); // a queued answer would run here
        QVERIFY(!called);
    }

    // No sshd on the port (or no key of that type): a message, nothing written, within the bound.
    void noAnswerWritesNothing()
    {
        const QString knownHosts = m_dir.filePath(u"closed/known_hosts"_s);
        bool returnedFirst = false;
        Outcome o = append(knownHosts, {u"127.0.0.1"_s, freePort(), u"ED25519"_s, m_fingerprint}, &returnedFirst);
        QVERIFY(o.called);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(u"gave no ED25519 host key"_s), qPrintable(o.error));
        o = append(knownHosts, {u"127.0.0.1"_s, m_port, u"RSA"_s, m_fingerprint}, &returnedFirst);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(u"gave no RSA host key"_s), qPrintable(o.error));
        o = append(knownHosts, {u"-oProxyCommand=true"_s, m_port, u"ED25519"_s, m_fingerprint}, &returnedFirst);
        QVERIFY(!o.ok); // a host name is never an option of ssh-keyscan
        QVERIFY(!QFileInfo::exists(knownHosts));
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
