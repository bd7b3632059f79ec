// The connection doctor's SSH leg against a real sshd (tests/support/sshserver) with a real
// PostgreSQL behind it, reachable here only through the tunnel's socket: "ok" with the ssh steps
// first (ssh -G's resolved configuration shown) and the database steps through the tunnel, and
// each ssh-* problem id from a real failure (no ssh program, an empty known_hosts, another key in
// known_hosts, a key sshd does not accept, a closed loopback port, a remote socket directory
// that does not exist). Also `valvur doctor --profile P --json` for a profile with an SSH part.
// ctest-labels: ssh
#include "doctor/connectiondoctor.h"
#include "doctor/doctortext.h"
#include "processes.h"
#include "profiles/profilestore.h"
#include "ssh/sshtunnel.h"
#include "sshserver.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Valvur;

class TestSshDoctor : public QObject
{
    Q_OBJECT
private:
    Test::SshServer m_ssh;
    Test::TestServer m_pg;

    SshEndpoint endpoint() const
    {
        SshEndpoint e;
        e.destination = m_ssh.alias();
        e.remoteSocketDir = m_pg.socketDir();
        e.remotePort = m_pg.port();
        return e;
    }

    static ConnectionOptions options()
    {
        ConnectionOptions o;
        o.setValue(QStringLiteral("user"), QStringLiteral("postgres"));
        o.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
        // A host that does not exist: without the tunnel nothing could be reached.
        o.setValue(QStringLiteral("host"), QStringLiteral("db.invalid"));
        return o;
    }

    static DoctorStep step(const ConnectionDoctor &doctor, const QString &id)
    {
        for (const DoctorStep &s : doctor.steps()) {
            if (s.id == id)
                return s;
        }
        return {};
    }

    static QString diagnose(ConnectionDoctor &doctor, const SshEndpoint &e, const QString &config = {})
    {
        doctor.setSsh(e, config);
        doctor.setContainerCheckEnabled(false);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        doctor.start(options());
        if (!finished.wait(60000))
            return QStringLiteral("(no verdict within 60 s)");
        for (const DoctorStep &s : doctor.steps()) {
            if (s.state == DoctorStep::State::Running)
                return QStringLiteral("(step %1 still running)").arg(s.id);
        }
        return finished.first().first().toString();
    }

    static QString valvur() { return qEnvironmentVariable("VALVUR_BINARY_DIR") + QStringLiteral("/app/valvur"); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ssh.start(), qPrintable(QStringLiteral("sshd cannot run here: ") + m_ssh.error()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        qputenv("VALVUR_SSH_CONFIG", m_ssh.clientConfig().toUtf8());
    }

    void okThroughTheTunnel()
    {
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, endpoint()), QStringLiteral("ok"));
        QCOMPARE(doctor.steps().at(0).id, QStringLiteral("ssh-config"));
        QCOMPARE(doctor.steps().at(1).id, QStringLiteral("ssh"));
        const QString resolved = step(doctor, QStringLiteral("ssh-config")).detail(false);
        QVERIFY2(resolved.contains(QStringLiteral("hostname 127.0.0.1")) && resolved.contains(QStringLiteral("port %1").arg(m_ssh.port()))
                     && resolved.contains(QStringLiteral("user ") + m_ssh.user()) && resolved.contains(m_ssh.clientKey()),
                 qPrintable(resolved));
        QCOMPARE(step(doctor, QStringLiteral("ssh")).state, DoctorStep::State::Passed);
        // The database steps ran against the tunnel's socket, not the profile's host.
        QVERIFY2(step(doctor, QStringLiteral("socket")).target.startsWith(SshTunnel::baseDir()),
                 qPrintable(step(doctor, QStringLiteral("socket")).target));
        QCOMPARE(step(doctor, QStringLiteral("auth")).state, DoctorStep::State::Passed);
        QVERIFY(step(doctor, QStringLiteral("resolve")).id.isEmpty());
        // The doctor ended its tunnel.
        for (qint64 pid : Test::childProcesses(QCoreApplication::applicationPid()))
            QVERIFY(Test::processName(pid) != QLatin1String("ssh"));
    }

    void eachCauseFromARealFailure_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << QStringLiteral("ssh-missing");
        QTest::newRow("unknown host") << QStringLiteral("ssh-host-unknown");
        QTest::newRow("changed key") << QStringLiteral("ssh-host-key-changed");
        QTest::newRow("refused key") << QStringLiteral("ssh-auth-failed");
        QTest::newRow("closed port") << QStringLiteral("ssh-unreachable");
        QTest::newRow("no remote socket") << QStringLiteral("ssh-forward-failed");
    }

    void eachCauseFromARealFailure()
    {
        QFETCH(QString, expected);
        SshEndpoint e = endpoint();
        QString config = m_ssh.clientConfig();
        if (expected == QLatin1String("ssh-missing")) {
            qputenv("VALVUR_SSH", "/nonexistent/ssh");
        } else if (expected == QLatin1String("ssh-host-unknown")) {
            config = m_ssh.writeClientConfig(QStringLiteral("d-unknown"), QString(), m_ssh.clientKey());
        } else if (expected == QLatin1String("ssh-host-key-changed")) {
            QFile pub(m_ssh.makeStrangerKey(QStringLiteral("d-other-host")) + QStringLiteral(".pub"));
            QVERIFY(pub.open(QIODevice::ReadOnly));
            const QStringList key = QString::fromUtf8(pub.readAll()).split(QLatin1Char(' '));
            config = m_ssh.writeClientConfig(QStringLiteral("d-changed"),
                                             QStringLiteral("[127.0.0.1]:%1 %2 %3\n").arg(m_ssh.port()).arg(key.value(0), key.value(1)),
                                             m_ssh.clientKey());
        } else if (expected == QLatin1String("ssh-auth-failed")) {
            config = m_ssh.writeClientConfig(QStringLiteral("d-auth"), m_ssh.knownHostsLine() + QLatin1Char('\n'),
                                             m_ssh.makeStrangerKey(QStringLiteral("d-stranger")));
        } else if (expected == QLatin1String("ssh-unreachable")) {
            const QString block = QStringLiteral("Host valvur-closed\n  HostName 127.0.0.1\n  Port %1\n").arg(Test::TestServer::freePort());
            config = m_ssh.writeClientConfig(QStringLiteral("d-closed"), m_ssh.knownHostsLine(), m_ssh.clientKey(), block);
            e.destination = QStringLiteral("valvur-closed");
        } else {
            e.remoteSocketDir = QStringLiteral("/nonexistent/valvur-sockets");
        }
        ConnectionDoctor doctor;
        const QString problem = diagnose(doctor, e, config);
        qunsetenv("VALVUR_SSH");
        QCOMPARE(problem, expected);
        QVERIFY(ConnectionDoctor::problemIds().contains(problem));
        QCOMPARE(step(doctor, QStringLiteral("ssh")).state, DoctorStep::State::Failed);
        QVERIFY(step(doctor, QStringLiteral("auth")).id.isEmpty()); // nothing was tried past the SSH leg
        QVERIFY(!DoctorText::advice(doctor, false).isEmpty());
        QVERIFY(DoctorText::headline(problem, false) != DoctorText::headline(QStringLiteral("unknown"), false));
        if (expected == QLatin1String("ssh-host-unknown")) {
            QVERIFY2(doctor.sshFingerprint().contains(m_ssh.hostKeyFingerprint()), qPrintable(doctor.sshFingerprint()));
            QVERIFY(DoctorText::advice(doctor, false).join(QLatin1Char('\n')).contains(m_ssh.hostKeyFingerprint()));
        }
    }

    void commandLineThroughAProfile()
    {
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
            settings.clear();
            ProfileStore store(&settings);
            ConnectionProfile p = ConnectionProfile::fromOptions(options());
            p.name = QStringLiteral("behind-ssh");
            p.ssh = endpoint();
            QString error;
            QVERIFY2(store.add(p, &error), qPrintable(error));
            p.name = QStringLiteral("behind-ssh-broken");
            p.ssh.remoteSocketDir = QStringLiteral("/nonexistent/valvur-sockets");
            QVERIFY2(store.add(p, &error), qPrintable(error));
            settings.sync();
        }
        QProcess p;
        p.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--no-password"), QStringLiteral("--profile"),
                           QStringLiteral("behind-ssh")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray json = p.readAllStandardOutput();
        const QJsonObject ok = QJsonDocument::fromJson(json).object();
        QCOMPARE(ok.value(QStringLiteral("problem")).toString(), QStringLiteral("ok"));
        QCOMPARE(p.exitCode(), 0);
        const QJsonArray steps = ok.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("ssh-config"));
        QVERIFY(steps.at(0).toObject().value(QStringLiteral("detail")).toString().contains(QStringLiteral("hostname 127.0.0.1")));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("ssh"));

        p.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--lang"), QStringLiteral("et"), QStringLiteral("--no-password"),
                           QStringLiteral("--profile"), QStringLiteral("behind-ssh-broken")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString human = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(human.contains(QLatin1String("[ssh-forward-failed]")) && human.contains(QStringLiteral("SSH-tunnel")), qPrintable(human));
    }
};

QTEST_GUILESS_MAIN(TestSshDoctor)
#include "tst_sshdoctor.moc"
