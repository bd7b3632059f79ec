// valvur backup | restore | verify with a saved profile whose password is in the real keychain,
// and the verification of physical backups: pg_verifybackup on a plain base backup (naming the
// first damaged file), a tar base backup read against its manifest, and the test restore that
// starts the copy as a temporary server and compares the row counts of every database.
// ctest-labels: keychain
#include "backup/backuphistory.h"
#include "pg/connectionoptions.h"
#include "profiles/connectionprofile.h"
#include "profiles/credentialstore.h"
#include "processes.h"
#include "profiles/profilestore.h"
#include "testserver.h"
#include "valvurprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <libpq-fe.h>

using namespace Valvur;
using Valvur::Test::TestServer;

namespace {
const QString kProfilePassword = QStringLiteral("kc-Secret-4711");
}

class TestBackupVerify : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_pgpass;

    using Run = Valvur::Test::ValvurRun;

    // The environment valvur runs in here (extra first: the test's pgpass and history win).
    QProcessEnvironment cliEnv(const QProcessEnvironment &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        env.insert(QStringLiteral("PGPASSFILE"), m_pgpass);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("PGPASSWORD"));
        return env;
    }

    Run valvur(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        return Valvur::Test::runValvur(args, cliEnv(extra), 300000);
    }

    static QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out).object(); }

    // CredentialStore logs every keychain read it starts (the profile id, never the password) in the
    // category valvur.keychain; this turns the log on for one run.
    static QProcessEnvironment keychainLog()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("valvur.keychain.debug=true"));
        return env;
    }

    // How often one run read the profile's password from the keychain.
    static qsizetype keychainReads(const Run &r, const QString &profileId)
    {
        return r.err.count(QStringLiteral("keychain read: profile ") + profileId);
    }

    QString addProfile(const QString &name, const QString &user, const QString &database, bool keychain, const QString &password)
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
        ProfileStore store(&settings);
        ConnectionOptions o;
        QString error;
        if (!ConnectionOptions::parse(QStringLiteral("host=127.0.0.1 port=%1 user=%2 dbname=%3").arg(m_server.port()).arg(user, database), &o, &error))
            return {};
        ConnectionProfile p = ConnectionProfile::fromOptions(o);
        p.name = name;
        ConnectionProfile added;
        if (!store.add(p, &error, &added))
            return {};
        if (keychain) {
            if (!password.isEmpty()) {
                CredentialStore credentials;
                QSignalSpy written(&credentials, &CredentialStore::passwordWritten);
                credentials.writePassword(added.id, password);
                if (!written.wait(15000) || written.first().at(1).value<CredentialStore::Outcome>() != CredentialStore::Outcome::Ok)
                    return {};
            }
            added.passwordInKeychain = true;
            store.update(added);
        }
        settings.sync();
        return added.id;
    }

    // Counts rows of public.t in every database of the copy's listing.
    static qint64 restoredRows(const QJsonObject &testRestore, const QString &database, const QString &table)
    {
        for (const QJsonValue &v : testRestore.value(QStringLiteral("rowCounts")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("table")).toString() == table
                && (database.isEmpty() || o.value(QStringLiteral("database")).toString() == database))
                return qint64(o.value(QStringLiteral("restored")).toDouble(-1));
        }
        return -2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        {
            // The profiles of an earlier run of this test (ctest keeps XDG_CONFIG_HOME per test).
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
            settings.clear();
            settings.sync();
        }
        TestServer::Options options;
        options.replication = true;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE app"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE TABLE t(id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'rida ' || g FROM generate_series(1, 1234) g;"
                                     "CREATE TABLE other(x int); INSERT INTO other SELECT generate_series(1, 77);"
                                     "CREATE ROLE kc_user LOGIN CREATEDB PASSWORD '%1'; GRANT SELECT ON t, other TO kc_user;")
                          .arg(kProfilePassword),
                      QStringLiteral("app"), &ok);
        QVERIFY(ok);
        // pgpass has the superuser only: kc_user's password is in the keychain and nowhere else.
        m_pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QFile f(m_pgpass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(m_server.port()).arg(m_server.superuserPassword()).toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    void profileWithKeychainPassword()
    {
        const QString id = addProfile(QStringLiteral("kc-app"), QStringLiteral("kc_user"), QStringLiteral("app"), true, kProfilePassword);
        QVERIFY2(!id.isEmpty(), "could not save the profile and its keychain password");
        const QString out = m_dir.filePath(QStringLiteral("kc.dump"));
        const Run b = valvur({QStringLiteral("backup"), QStringLiteral("--profile"), QStringLiteral("kc-app"), QStringLiteral("--output"), out,
                              QStringLiteral("--json")},
                             keychainLog());
        QVERIFY2(b.code == 0, qPrintable(b.err + QString::fromUtf8(b.out)));
        QCOMPARE(keychainReads(b, id), 1);
        QCOMPARE(json(b).value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(!b.out.contains(kProfilePassword.toUtf8()) && !b.err.contains(kProfilePassword));

        // The history entry is under the profile's id, and holds no password.
        QFile history(m_dir.filePath(QStringLiteral("data/valvur/backup-history.json")));
        QVERIFY(history.open(QIODevice::ReadOnly));
        const QByteArray historyText = history.readAll();
        QVERIFY(!historyText.contains(kProfilePassword.toUtf8()));
        BackupHistory recorded(history.fileName());
        QVERIFY(recorded.load());
        const BackupHistory::Entry *entry = recorded.find(out);
        QVERIFY(entry);
        const bool underProfile = entry->server == id;
        QVERIFY2(underProfile, historyText.constData());

        // Verify with a test restore on the same profile: the source counts are read through the
        // recorded profile, with its keychain password: read from the keychain once, though the
        // profile is both the test-restore server and the source.
        const Run v = valvur({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--test-restore-profile"),
                              QStringLiteral("kc-app"), QStringLiteral("--json")},
                             keychainLog());
        QVERIFY2(v.code == 0, qPrintable(v.err + QString::fromUtf8(v.out)));
        QCOMPARE(keychainReads(v, id), 1);
        const QJsonObject t = json(v).value(QStringLiteral("testRestore")).toObject();
        QCOMPARE(t.value(QStringLiteral("countsMatch")).toBool(), true);
        QCOMPARE(t.value(QStringLiteral("sourceDatabase")).toString(), QStringLiteral("app"));
        QCOMPARE(restoredRows(t, QString(), QStringLiteral("public.t")), 1234);

        // Restore through the profile into a new database.
        const Run r = valvur({QStringLiteral("restore"), QStringLiteral("--profile"), QStringLiteral("kc-app"), QStringLiteral("--input"), out,
                              QStringLiteral("--target-db"), QStringLiteral("kc_copy"), QStringLiteral("--create"), QStringLiteral("--no-owner")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM t"), QStringLiteral("kc_copy")), QStringLiteral("1234"));
        QVERIFY(!r.err.contains(kProfilePassword));
    }

    void profileErrorsAreExplained_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("code"); // README "Exit status": a wrong profile name is a usage error, a keychain without the entry a failure
        QTest::newRow("no such profile, en") << QStringLiteral("en") << QStringLiteral("nosuch") << QStringLiteral("There is no connection profile") << 2;
        QTest::newRow("no such profile, et") << QStringLiteral("et") << QStringLiteral("nosuch") << QStringLiteral("kc-app") << 2;
        QTest::newRow("no keychain entry, en") << QStringLiteral("en") << QStringLiteral("kc-missing")
                                               << QStringLiteral("the keychain has no password for it") << 1;
        QTest::newRow("no keychain entry, et") << QStringLiteral("et") << QStringLiteral("kc-missing") << QStringLiteral("võtmehoidjas") << 1;
    }

    void profileErrorsAreExplained()
    {
        QFETCH(QString, lang);
        QFETCH(QString, profile);
        QFETCH(QString, expected);
        QFETCH(int, code);
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
            if (!ProfileStore(&settings).findByName(QStringLiteral("kc-missing")))
                QVERIFY(!addProfile(QStringLiteral("kc-missing"), QStringLiteral("kc_user"), QStringLiteral("app"), true, QString()).isEmpty());
        }
        const QString out = m_dir.filePath(QStringLiteral("never.dump"));
        for (const QStringList &args : {QStringList{QStringLiteral("backup"), QStringLiteral("--profile"), profile, QStringLiteral("--output"), out},
                                        QStringList{QStringLiteral("restore"), QStringLiteral("--profile"), profile, QStringLiteral("--input"), out,
                                                    QStringLiteral("--target-db"), QStringLiteral("x")},
                                        QStringList{QStringLiteral("verify"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("kc.dump")),
                                                    QStringLiteral("--test-restore-profile"), profile}}) {
            const Run r = valvur(args + QStringList{QStringLiteral("--lang"), lang});
            QCOMPARE(r.code, code);
            QVERIFY2(r.err.contains(expected), qPrintable(args.first() + QStringLiteral(": ") + r.err));
            // With --json the same error also comes as JSON, with a problem code a script can test.
            const Run j = valvur(args + QStringList{QStringLiteral("--lang"), lang, QStringLiteral("--json")});
            QCOMPARE(j.code, code);
            QCOMPARE(json(j).value(QStringLiteral("ok")).toBool(true), false);
            QCOMPARE(json(j).value(QStringLiteral("problem")).toString(),
                     profile == QLatin1String("nosuch") ? QStringLiteral("profile-missing") : QStringLiteral("keychain-entry-missing"));
        }
        QVERIFY(!QFileInfo::exists(out));
    }

    void keychainUnavailableIsExplained()
    {
        // No Secret Service on this session bus: the keychain cannot answer. Nothing is asked,
        // nothing runs, and the message says what to do.
        QProcessEnvironment noKeychain;
        noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/valvur-no-bus"));
        const QString out = m_dir.filePath(QStringLiteral("no-keychain.dump"));
        const Run r = valvur({QStringLiteral("backup"), QStringLiteral("--profile"), QStringLiteral("kc-app"), QStringLiteral("--output"), out,
                              QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("en")},
                             noKeychain);
        QCOMPARE(r.code, 1); // the command line was right: "failed", not "usage" (README: exit status)
        QCOMPARE(json(r).value(QStringLiteral("problem")).toString(), QStringLiteral("keychain-unavailable"));
        QVERIFY2(r.err.contains(QLatin1String("no keychain answered")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void physicalPlainVerifiedAndTestRestored()
    {
        const QString out = m_dir.filePath(QStringLiteral("base-plain"));
        const Run b = valvur({QStringLiteral("backup"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--format"),
                              QStringLiteral("physical"), QStringLiteral("--output"), out, QStringLiteral("--tool-dir"), m_server.binDir()});
        QVERIFY2(b.code == 0, qPrintable(b.err));

        // Quick: pg_verifybackup.
        const Run q = valvur({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--json"), QStringLiteral("--tool-dir"),
                              m_server.binDir()});
        QVERIFY2(q.code == 0, qPrintable(q.err + QString::fromUtf8(q.out)));
        QVERIFY(json(q).value(QStringLiteral("checksRun")).toArray().first().toString().contains(QLatin1String("pg_verifybackup")));

        // Test restore: the copy runs as a temporary server; every database's counts equal the source's.
        const Run v = valvur({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--test-restore"),
                              m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--json"), QStringLiteral("--tool-dir"), m_server.binDir()});
        QVERIFY2(v.code == 0, qPrintable(v.err + QString::fromUtf8(v.out)));
        const QJsonObject t = json(v).value(QStringLiteral("testRestore")).toObject();
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("physical"));
        QCOMPARE(t.value(QStringLiteral("countsMatch")).toBool(), true);
        QCOMPARE(restoredRows(t, QStringLiteral("app"), QStringLiteral("public.t")), 1234);
        QCOMPARE(restoredRows(t, QStringLiteral("app"), QStringLiteral("public.other")), 77);
        QVERIFY(t.value(QStringLiteral("databases")).toArray().contains(QJsonValue(QStringLiteral("app"))));
        QVERIFY(t.value(QStringLiteral("databases")).toArray().contains(QJsonValue(QStringLiteral("postgres"))));
        QVERIFY(t.value(QStringLiteral("restoreMs")).toDouble() > 0);
        QCOMPARE(t.value(QStringLiteral("temporaryFolderRemoved")).toBool(), true);
        const QString folder = t.value(QStringLiteral("temporaryFolder")).toString();
        QVERIFY(!folder.isEmpty());
        QVERIFY(!QFileInfo::exists(folder));

        // Human output in Estonian names the RTO.
        const Run et = valvur({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--test-restore"),
                               m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--lang"), QStringLiteral("et"),
                               QStringLiteral("--tool-dir"), m_server.binDir()});
        QVERIFY2(et.code == 0, qPrintable(et.err));
        QVERIFY2(QString::fromUtf8(et.out).contains(QLatin1String("RTO")), et.out.constData());

        // Without the server programs: said plainly, with the Debian package.
        QTemporaryDir clientOnly;
        for (const char *tool : {"pg_restore", "pg_verifybackup", "pg_waldump", "psql"})
            QVERIFY(QFile::link(m_server.binDir() + QLatin1Char('/') + QLatin1String(tool), clientOnly.filePath(QLatin1String(tool))));
        const Run missing = valvur({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--test-restore"),
                                    m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--tool-dir"), clientOnly.path(),
                                    QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(QLatin1String("postgresql-15")) && missing.err.contains(QLatin1String("pg_ctl")), qPrintable(missing.err));
        QCOMPARE(json(missing).value(QStringLiteral("problem")).toString(), QStringLiteral("server-programs-missing"));

        // A damaged file: pg_verifybackup fails and the first bad file is named.
        QFile version(out + QStringLiteral("/PG_VERSION"));
        QVERIFY(version.open(QIODevice::WriteOnly | QIODevice::Truncate));
        version.write("99\n");
        version.close();
        const Run bad = valvur({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--json"), QStringLiteral("--tool-dir"),
                                m_server.binDir()});
        QCOMPARE(bad.code, 1);
        QCOMPARE(json(bad).value(QStringLiteral("badFile")).toString(), QStringLiteral("PG_VERSION"));
        QCOMPARE(json(bad).value(QStringLiteral("problem")).toString(), QStringLiteral("damaged-file"));
        QVERIFY2(bad.err.contains(QLatin1String("PG_VERSION")), qPrintable(bad.err));
    }

    void physicalTestRestoreCancelledLeavesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("base-plain-2"));
        const Run b = valvur({QStringLiteral("backup"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--format"),
                              QStringLiteral("physical"), QStringLiteral("--output"), out, QStringLiteral("--tool-dir"), m_server.binDir()});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        // The copy goes under a private TMPDIR, so what is left there afterwards is ours to see.
        QTemporaryDir tmp;
        QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther | QFile::ReadOther);
        QProcess p;
        QProcessEnvironment env = cliEnv();
        env.insert(QStringLiteral("TMPDIR"), tmp.path());
        QVERIFY(Valvur::Test::startValvur(&p, {QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--test-restore"), m_server.conninfo(QStringLiteral("postgres")),
                 QStringLiteral("--tool-dir"), m_server.binDir(), QStringLiteral("--lang"), QStringLiteral("en")}, env));
        // Stopped once the temporary server is being started (its postgresql.auto.conf has our settings).
        auto starting = [&tmp] {
            const QStringList dirs = QDir(tmp.path()).entryList({QStringLiteral("valvur-test-restore-*")}, QDir::Dirs);
            if (dirs.isEmpty())
                return false;
            QFile f(tmp.path() + QLatin1Char('/') + dirs.first() + QStringLiteral("/data/postgresql.auto.conf"));
            return f.open(QIODevice::ReadOnly) && f.readAll().contains("valvur-test-restore");
        };
        QTRY_VERIFY_WITH_TIMEOUT(starting(), 120000);
        p.terminate(); // SIGTERM, as cron or systemd would
        QVERIFY(p.waitForFinished(180000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("cancelled")));
        const QStringList left = QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        // No temporary server is left running.
        QProcess pg;
        pg.start(QStringLiteral("pgrep"), {QStringLiteral("-a"), QStringLiteral("postgres")});
        QVERIFY(pg.waitForFinished(10000));
        QVERIFY2(!pg.readAllStandardOutput().contains(tmp.path().toUtf8()), "a temporary server still runs");
    }

    void killedValvurLeavesNoToolNoPasswordAndNoPartial()
    {
        // A profile whose password (new for this run) is in the keychain only: Valvur hands it to
        // pg_dump itself.
        const QString password = QStringLiteral("kill-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE ROLE kill_user LOGIN PASSWORD '%1'; GRANT SELECT ON t, other TO kill_user;").arg(password),
                      QStringLiteral("app"), &ok);
        QVERIFY(ok);
        const QString id = addProfile(QStringLiteral("kc-kill"), QStringLiteral("kill_user"), QStringLiteral("app"), true, password);
        QVERIFY2(!id.isEmpty(), "could not save the profile and its keychain password");
        PGconn *lock = PQconnectdb(m_server.socketConninfo(QStringLiteral("app")).toUtf8().constData());
        QCOMPARE(PQstatus(lock), CONNECTION_OK);
        PQclear(PQexec(lock, "BEGIN; LOCK TABLE t IN ACCESS EXCLUSIVE MODE"));
        auto release = qScopeGuard([lock] { PQfinish(lock); });
        QTemporaryDir folder;
        const QString out = folder.filePath(QStringLiteral("killed.dump"));
        QProcess p;
        QVERIFY(Valvur::Test::startValvur(&p, {QStringLiteral("backup"), QStringLiteral("--profile"), QStringLiteral("kc-kill"), QStringLiteral("--output"), out}, cliEnv()));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pg_dump' "
                                                               "AND wait_event_type = 'Lock'")),
                                  QStringLiteral("1"), 60000);
        const QList<qint64> tools = Valvur::Test::processTree(p.processId()).mid(1);
        QVERIFY(!tools.isEmpty());
        QCOMPARE(Valvur::Test::processName(tools.first()), QStringLiteral("pg_dump"));
        QVERIFY(Valvur::Test::processEnvironment(tools.first()).contains("PGPASSFILE=/dev/fd/"));

        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        // The tool does not run on, and the password is in no file anywhere.
        for (qint64 pid : tools)
            QTRY_VERIFY2_WITH_TIMEOUT(!Valvur::Test::processRunning(pid), qPrintable(QStringLiteral("%1 still runs").arg(pid)), 10000);
        QStringList holding = Valvur::Test::filesHolding(QDir::tempPath(), password.toUtf8());
        // (The test server's own files keep the CREATE ROLE statement above.)
        const QString serverFolder = QFileInfo(m_server.dataDir()).absolutePath() + QLatin1Char('/');
        holding.removeIf([&serverFolder](const QString &f) { return f.startsWith(serverFolder); });
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
        // The partial output of the killed run is still there (nobody could remove it) …
        const QStringList partialPattern{QStringLiteral(".killed.dump.valvur-partial-*")};
        QCOMPARE(QDir(folder.path()).entryList(partialPattern, QDir::AllEntries | QDir::Hidden).size(), 1);
        release.dismiss();
        PQfinish(lock);
        // … until the next run into that folder removes it.
        const Run again = valvur({QStringLiteral("backup"), QStringLiteral("--profile"), QStringLiteral("kc-kill"), QStringLiteral("--output"),
                                  folder.filePath(QStringLiteral("again.dump"))});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        const QStringList left = QDir(folder.path()).entryList(partialPattern, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void killedTestRestoreIsSweptWithItsServer()
    {
        const QString out = m_dir.filePath(QStringLiteral("base-plain-3"));
        const Run b = valvur({QStringLiteral("backup"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--format"),
                              QStringLiteral("physical"), QStringLiteral("--output"), out, QStringLiteral("--tool-dir"), m_server.binDir()});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QTemporaryDir tmp;
        QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther | QFile::ReadOther);
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("TMPDIR"), tmp.path());
        QProcess p;
        const QProcessEnvironment env = cliEnv(extra);
        QVERIFY(Valvur::Test::startValvur(&p, {QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--test-restore"), m_server.conninfo(QStringLiteral("postgres")),
                 QStringLiteral("--tool-dir"), m_server.binDir()}, env));
        // Killed while the copy runs as a temporary server.
        qint64 postmaster = 0;
        auto serverUp = [&tmp, &postmaster] {
            const QStringList dirs = QDir(tmp.path()).entryList({QStringLiteral("valvur-test-restore-*")}, QDir::Dirs);
            if (dirs.isEmpty())
                return false;
            QFile f(tmp.path() + QLatin1Char('/') + dirs.first() + QStringLiteral("/data/postmaster.pid"));
            if (!f.open(QIODevice::ReadOnly))
                return false;
            const QList<QByteArray> lines = f.readAll().split('\n');
            // The last line is the server's status: "ready" once it accepts connections.
            postmaster = lines.first().toLongLong();
            return lines.size() > 7 && lines.at(7).trimmed() == "ready" && Valvur::Test::processRunning(postmaster);
        };
        QTRY_VERIFY_WITH_TIMEOUT(serverUp(), 120000);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(Valvur::Test::processRunning(postmaster));
        QCOMPARE(QDir(tmp.path()).entryList({QStringLiteral("valvur-test-restore-*")}, QDir::Dirs).size(), 1);

        // The next command stops the orphaned server and removes the copy.
        const Run next = valvur({QStringLiteral("verify"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("no-such-backup"))}, extra);
        QCOMPARE(next.code, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!Valvur::Test::processRunning(postmaster), 20000);
        const QStringList left = QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    }

    void physicalTarReadAgainstManifest()
    {
        const QString out = m_dir.filePath(QStringLiteral("base-tar"));
        const Run b = valvur({QStringLiteral("backup"), m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--format"),
                              QStringLiteral("physical"), QStringLiteral("--tar"), QStringLiteral("--output"), out, QStringLiteral("--tool-dir"),
                              m_server.binDir()});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/base.tar")));

        const Run q = valvur({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--json"), QStringLiteral("--tool-dir"),
                              m_server.binDir()});
        QVERIFY2(q.code == 0, qPrintable(q.err + QString::fromUtf8(q.out)));
        const QJsonObject j = json(q);
        QCOMPARE(j.value(QStringLiteral("checksRun")).toArray().size(), 3); // manifest checksum, files and sizes, file checksums
        QVERIFY(j.value(QStringLiteral("notChecked")).toArray().first().toString().contains(QLatin1String("WAL")));

        // The test restore unpacks the tar files and starts them.
        const Run v = valvur({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--test-restore"),
                              m_server.conninfo(QStringLiteral("postgres")), QStringLiteral("--json"), QStringLiteral("--tool-dir"), m_server.binDir()});
        QVERIFY2(v.code == 0, qPrintable(v.err + QString::fromUtf8(v.out)));
        const QJsonObject t = json(v).value(QStringLiteral("testRestore")).toObject();
        QCOMPARE(t.value(QStringLiteral("countsMatch")).toBool(), true);
        QCOMPARE(restoredRows(t, QStringLiteral("app"), QStringLiteral("public.t")), 1234);
        QVERIFY(!QFileInfo::exists(t.value(QStringLiteral("temporaryFolder")).toString()));

        // One byte changed inside base.tar (the contents of PG_VERSION): that file is named.
        QFile tar(out + QStringLiteral("/base.tar"));
        QVERIFY(tar.open(QIODevice::ReadWrite));
        const QByteArray all = tar.readAll();
        qsizetype header = -1;
        for (qsizetype at = 0; at + 512 <= all.size(); at += 512)
            if (all.mid(at, 11) == QByteArray("PG_VERSION\0", 11)) {
                header = at;
                break;
            }
        QVERIFY(header >= 0);
        QVERIFY(tar.seek(header + 512));
        tar.write("9");
        tar.close();
        const Run bad = valvur({QStringLiteral("verify"), QStringLiteral("--input"), out, QStringLiteral("--json"), QStringLiteral("--lang"),
                                QStringLiteral("et"), QStringLiteral("--tool-dir"), m_server.binDir()});
        QCOMPARE(bad.code, 1);
        QCOMPARE(json(bad).value(QStringLiteral("badFile")).toString(), QStringLiteral("PG_VERSION"));
        QVERIFY2(bad.err.contains(QLatin1String("PG_VERSION")), qPrintable(bad.err));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestBackupVerify)
#include "tst_backupverify.moc"
