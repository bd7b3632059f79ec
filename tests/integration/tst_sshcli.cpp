// valvur backup | restore | verify --profile P for a profile with an SSH part, against a real
// sshd (tests/support/sshserver) with a real PostgreSQL behind it. The profile's own host does not
// exist (db.invalid), so only the tunnel can reach the server. A backup through the tunnel is
// restored (again through it) into another database with equal row counts, a verify with a test
// restore through it compares the counts with the source; while valvur runs no process shows the
// password in its argv or environment (/proc), and after valvur exits no tunnel process and no
// tunnel socket directory is left. A profile whose SSH leg fails says why (ssh-*), exit status 1.
// A key with a passphrase: ssh asks valvur (its SSH_ASKPASS helper), which reads the passphrase
// from the keychain ("<profileId>/ssh"); it is in no process's argv or environment; without the
// keychain entry the key cannot be used (ssh-auth-failed). A valvur killed with SIGKILL takes its
// ssh along (parent-death signal); the next run sweeps the socket directory it left.
// ctest-labels: ssh keychain
#include "processes.h"
#include "profiles/credentialstore.h"
#include "profiles/profilestore.h"
#include "schedule/schedulestore.h"
#include "ssh/sshtunnel.h"
#include "sshserver.h"
#include "testserver.h"
#include "valvurprocess.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>
#include <signal.h>

using namespace Valvur;

class TestSshCli : public QObject
{
    Q_OBJECT
private:
    Test::SshServer m_ssh;
    Test::TestServer m_pg;
    QTemporaryDir m_dir;
    QString m_config;               // VALVUR_SSH_CONFIG for valvur: the harness's client config by default
    QList<QByteArray> m_secrets;    // none may show in any process's argv or environment

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("VALVUR_SSH_CONFIG"), m_config.isEmpty() ? m_ssh.clientConfig() : m_config);
        e.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/dev/null")); // the keychain is the only source
        e.remove(QStringLiteral("PGPASSWORD"));
        return e;
    }

    // Runs valvur to its end while watching /proc: every process of its tree, its argv and its
    // environment. *leak names a process that showed the password; *sawTunnel whether an ssh ran.
    Test::ValvurRun watched(const QStringList &args, QString *leak, bool *sawTunnel)
    {
        QProcess p;
        Test::ValvurRun run;
        if (!Test::startValvur(&p, args, env()))
            return run;
        const bool ended = QTest::qWaitFor([&] {
            for (qint64 pid : Test::processTree(p.processId())) {
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                const QByteArray argv = cmdline.open(QIODevice::ReadOnly) ? cmdline.readAll() : QByteArray();
                if (Test::processName(pid) == QLatin1String("ssh"))
                    *sawTunnel = true;
                for (const QByteArray &secret : std::as_const(m_secrets)) {
                    if (argv.contains(secret) || Test::processEnvironment(pid).contains(secret))
                        *leak = QStringLiteral("%1 %2").arg(pid).arg(Test::processName(pid));
                }
            }
            return p.state() == QProcess::NotRunning;
        }, 180000);
        if (!ended) {
            p.kill();
            p.waitForFinished(5000);
            return run;
        }
        run.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = QString::fromUtf8(p.readAllStandardError());
        // What valvur started, it ended: no ssh of its tunnels runs on, no socket directory is left.
        const QString tag = QStringLiteral("tunnel-%1-").arg(p.processId());
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(tag.toUtf8()) && Test::processRunning(pid.toLongLong()))
                *leak = QStringLiteral("tunnel process %1 left after valvur ended").arg(pid);
        }
        for (const QString &d : QDir(SshTunnel::baseDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (d.startsWith(tag))
                *leak = QStringLiteral("tunnel directory %1 left after valvur ended").arg(d);
        }
        return run;
    }

    QString psql(const QString &sql, const QString &db) const { return m_pg.psql(sql, db); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_secrets << m_pg.superuserPassword().toUtf8();
        QVERIFY2(m_ssh.start(), qPrintable(QStringLiteral("sshd cannot run here: ") + m_ssh.error()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        psql(QStringLiteral("CREATE DATABASE app"), QStringLiteral("postgres"));
        psql(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 4321) g;"
                            "CREATE TABLE u (id int); INSERT INTO u SELECT generate_series(1, 17);"),
             QStringLiteral("app"));
        QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM t"), QStringLiteral("app")), QStringLiteral("4321"));

        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
        settings.clear();
        ProfileStore store(&settings);
        ConnectionOptions o;
        o.setValue(QStringLiteral("host"), QStringLiteral("db.invalid")); // only the tunnel reaches the server
        o.setValue(QStringLiteral("user"), QStringLiteral("postgres"));
        o.setValue(QStringLiteral("dbname"), QStringLiteral("app"));
        ConnectionProfile p = ConnectionProfile::fromOptions(o);
        p.name = QStringLiteral("remote");
        p.ssh.destination = m_ssh.alias();
        p.ssh.remoteHost = QStringLiteral("127.0.0.1"); // the server's TCP port as the SSH host sees it: scram
        p.ssh.remotePort = m_pg.port();
        ConnectionProfile added;
        QString error;
        QVERIFY2(store.add(p, &error, &added), qPrintable(error));
        CredentialStore keychain;
        QSignalSpy written(&keychain, &CredentialStore::passwordWritten);
        keychain.writePassword(added.id, m_pg.superuserPassword());
        QVERIFY(written.wait(10000));
        QCOMPARE(written.first().at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::Ok);
        added.passwordInKeychain = true;
        QVERIFY(store.update(added));
        p.name = QStringLiteral("remote-broken");
        p.ssh.remotePort = Test::TestServer::freePort(); // nothing listens there
        QVERIFY2(store.add(p, &error), qPrintable(error));
        settings.sync();
    }

    void backupRestoreVerifyThroughTheTunnel()
    {
        const QString out = m_dir.filePath(QStringLiteral("app.dump"));
        QString leak;
        bool sawTunnel = false;
        const Test::ValvurRun b = watched({QStringLiteral("backup"), QStringLiteral("--profile"), QStringLiteral("remote"), QStringLiteral("--format"),
                                           QStringLiteral("custom"), QStringLiteral("--output"), out, QStringLiteral("--json")},
                                          &leak, &sawTunnel);
        QVERIFY2(b.code == 0, qPrintable(b.err + QString::fromUtf8(b.out)));
        QVERIFY(sawTunnel);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QVERIFY(QJsonDocument::fromJson(b.out).object().value(QStringLiteral("ok")).toBool());

        sawTunnel = false;
        const Test::ValvurRun r = watched({QStringLiteral("restore"), QStringLiteral("--profile"), QStringLiteral("remote"), QStringLiteral("--input"), out,
                                           QStringLiteral("--target-db"), QStringLiteral("app_copy"), QStringLiteral("--create")},
                                          &leak, &sawTunnel);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(sawTunnel);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        for (const char *table : {"t", "u"}) {
            const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
            QCOMPARE(psql(sql, QStringLiteral("app_copy")), psql(sql, QStringLiteral("app")));
        }

        const Test::ValvurRun v = watched({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--test-restore-profile"),
                                           QStringLiteral("remote"), QStringLiteral("--json")},
                                          &leak, &sawTunnel);
        QVERIFY2(v.code == 0, qPrintable(v.err + QString::fromUtf8(v.out)));
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        const QJsonObject t = QJsonDocument::fromJson(v.out).object().value(QStringLiteral("testRestore")).toObject();
        QVERIFY2(t.value(QStringLiteral("countsMatch")).toBool(), v.out.constData());
    }

    // A scheduled backup of the profile (as the timer or crontab line runs it: schedule run-now)
    // goes through the tunnel, with a drill on the same profile through it too: the row counts
    // match, and no password shows in any process.
    void aScheduledBackupGoesThroughTheTunnel()
    {
        QString id;
        const QString folder = m_dir.filePath(QStringLiteral("scheduled"));
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
            const std::optional<ConnectionProfile> remote = ProfileStore(&settings).findByName(QStringLiteral("remote"));
            QVERIFY(remote);
            ScheduleStore schedules(&settings);
            BackupSchedule schedule;
            schedule.profileId = remote->id;
            schedule.outputDir = folder;
            schedule.drillEvery = 1;
            schedule.drillProfileId = remote->id;
            BackupSchedule added;
            QVERIFY(schedules.add(schedule, &added));
            id = added.id;
            settings.sync();
        }
        QString leak;
        bool sawTunnel = false;
        const Test::ValvurRun run = watched({QStringLiteral("schedule"), QStringLiteral("run-now"), id, QStringLiteral("--json")}, &leak, &sawTunnel);
        QVERIFY2(run.code == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
        QVERIFY(sawTunnel);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        const QJsonObject j = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(j.value(QStringLiteral("backupOk")).toBool(), run.out.constData());
        QVERIFY(QFileInfo(j.value(QStringLiteral("path")).toString()).size() > 0);
        QVERIFY(j.value(QStringLiteral("path")).toString().startsWith(folder));
        const QJsonObject drill = j.value(QStringLiteral("drill")).toObject();
        QVERIFY2(drill.value(QStringLiteral("ok")).toBool() && drill.value(QStringLiteral("countsMatch")).toBool(), run.out.constData());
        QCOMPARE(drill.value(QStringLiteral("tables")).toInt(), 2);
    }

    void aKeyPassphraseComesFromTheKeychain()
    {
        const QByteArray passphrase = "pp-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "-secret";
        m_secrets << passphrase;
        const QString key = m_ssh.makeKey(QStringLiteral("pp_key"), QString::fromLatin1(passphrase), true);
        m_config = m_ssh.writeClientConfig(QStringLiteral("pp"), m_ssh.knownHostsLine() + QLatin1Char('\n'), key);
        const auto restore = qScopeGuard([this] { m_config.clear(); }); // also when a check fails
        QString withSecretId;
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
            ProfileStore store(&settings);
            ConnectionProfile p = *store.findByName(QStringLiteral("remote"));
            p.id.clear();
            p.name = QStringLiteral("remote-passphrase");
            ConnectionProfile added;
            QVERIFY(store.add(p, nullptr, &added));
            added.passwordInKeychain = true;
            QVERIFY(store.update(added));
            withSecretId = added.id;
            p.name = QStringLiteral("remote-no-passphrase");
            p.passwordInKeychain = false;
            QVERIFY(store.add(p));
            settings.sync();
        }
        CredentialStore keychain;
        QSignalSpy written(&keychain, &CredentialStore::passwordWritten);
        keychain.writePassword(withSecretId, m_pg.superuserPassword());
        QVERIFY(written.wait(10000));
        keychain.writePassword(withSecretId + QStringLiteral("/ssh"), QString::fromLatin1(passphrase));
        QVERIFY(written.wait(10000));
        QCOMPARE(written.last().at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::Ok);

        QString leak;
        bool sawTunnel = false;
        const Test::ValvurRun b = watched({QStringLiteral("backup"), QStringLiteral("--profile"), QStringLiteral("remote-passphrase"),
                                           QStringLiteral("--output"), m_dir.filePath(QStringLiteral("pp.dump")), QStringLiteral("--json")},
                                          &leak, &sawTunnel);
        QVERIFY2(b.code == 0, qPrintable(b.err + QString::fromUtf8(b.out)));
        QVERIFY(sawTunnel);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));

        const Test::ValvurRun d = watched({QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--no-password"),
                                           QStringLiteral("--profile"), QStringLiteral("remote-no-passphrase")},
                                          &leak, &sawTunnel);
        QCOMPARE(d.code, 1);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QCOMPARE(QJsonDocument::fromJson(d.out).object().value(QStringLiteral("problem")).toString(), QStringLiteral("ssh-auth-failed"));
    }

    void aKilledValvurLeavesNoTunnel()
    {
        // pg_dump waits on a lock through the tunnel; valvur is killed (SIGKILL: no clean-up runs).
        PGconn *lock = PQconnectdb(m_pg.socketConninfo(QStringLiteral("app")).toUtf8().constData());
        QCOMPARE(PQstatus(lock), CONNECTION_OK);
        PQclear(PQexec(lock, "BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE"));
        auto release = qScopeGuard([lock] { PQfinish(lock); });
        QProcess p;
        QVERIFY(Test::startValvur(&p, {QStringLiteral("backup"), QStringLiteral("--profile"), QStringLiteral("remote"), QStringLiteral("--output"),
                                       m_dir.filePath(QStringLiteral("killed.dump"))},
                                  env()));
        QTRY_COMPARE_WITH_TIMEOUT(psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pg_dump' "
                                                      "AND wait_event_type = 'Lock'"),
                                       QStringLiteral("postgres")),
                                  QStringLiteral("1"), 60000);
        QList<qint64> tunnels;
        for (qint64 pid : Test::processTree(p.processId())) {
            if (Test::processName(pid) == QLatin1String("ssh"))
                tunnels << pid;
        }
        QCOMPARE(tunnels.size(), 1);
        const QString dir = SshTunnel::baseDir() + QStringLiteral("/tunnel-%1-1").arg(p.processId());
        QVERIFY(QFileInfo::exists(dir));
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));
        // ssh dies with valvur (its parent-death signal) …
        QTRY_VERIFY_WITH_TIMEOUT(!Test::processRunning(tunnels.first()), 10000);
        // … and the socket directory it could not remove goes at the next tunnel's start.
        QVERIFY(QFileInfo::exists(dir));
        release.dismiss();
        PQfinish(lock);
        QString leak;
        bool sawTunnel = false;
        const Test::ValvurRun again = watched({QStringLiteral("backup"), QStringLiteral("--profile"), QStringLiteral("remote"),
                                               QStringLiteral("--output"), m_dir.filePath(QStringLiteral("again.dump"))},
                                              &leak, &sawTunnel);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QVERIFY(!QFileInfo::exists(dir));
    }

    void aFailedSshLegSaysWhy()
    {
        QString leak;
        bool sawTunnel = false;
        const Test::ValvurRun b = watched({QStringLiteral("backup"), QStringLiteral("--profile"), QStringLiteral("remote-broken"),
                                           QStringLiteral("--output"), m_dir.filePath(QStringLiteral("never.dump")), QStringLiteral("--json"),
                                           QStringLiteral("--lang"), QStringLiteral("et")},
                                          &leak, &sawTunnel);
        QCOMPARE(b.code, 1);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        QCOMPARE(QJsonDocument::fromJson(b.out).object().value(QStringLiteral("problem")).toString(), QStringLiteral("ssh-forward-failed"));
        QVERIFY2(b.err.contains(QStringLiteral("SSH-host ei jõua andmebaasini")), qPrintable(b.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never.dump"))));
    }
};

QTEST_GUILESS_MAIN(TestSshCli)
#include "tst_sshcli.moc"
