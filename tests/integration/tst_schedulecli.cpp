// valvur schedule against a real PostgreSQL, the real keychain and the real crontab program: add
// writes exactly its own crontab line (this machine has no systemd user instance, so cron is used);
// the run command is executed the way cron executes it (the program and arguments of that line)
// and makes a backup, records it, applies retention and runs a restore drill with the measured RTO
// and equal row counts; status exits 0; a run with the keychain out of reach fails with that
// reason in the history and the password nowhere on disk; an overdue schedule makes status exit 1
// and say why in English and Estonian; remove takes only its own line.
//
// The crontab is the real one of the user running the test (root on CI). Other lines in it must
// survive untouched, which the test checks; it saves the crontab first and puts it back at the end
// (also when a check fails), so the machine is left as it was. cron itself need not run: the test
// runs the line's command itself.
// ctest-labels: schedule keychain
#include "backup/checksum.h"
#include "pg/connectionoptions.h"
#include "profiles/connectionprofile.h"
#include "profiles/credentialstore.h"
#include "profiles/profilestore.h"
#include "schedule/schedulecontroller.h"
#include "schedule/schedulehistory.h"
#include "schedule/schedulestore.h"
#include "testserver.h"
#include "valvurprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Valvur;
using Valvur::Test::TestServer;

namespace {
const QString kPassword = QStringLiteral("sched-Secret-9127");
const QString kForeign = QStringLiteral("# someone's own job\n17 5 * * * /bin/true valvur-schedule-lookalike\n");

struct Crontab
{
    bool exists = false;
    QString text;
};

Crontab readCrontab()
{
    QProcess p;
    p.start(QStringLiteral("crontab"), {QStringLiteral("-l")});
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode() == 0, QString::fromLocal8Bit(p.readAllStandardOutput())};
}

bool writeCrontab(const Crontab &c)
{
    QProcess p;
    if (!c.exists) {
        p.start(QStringLiteral("crontab"), {QStringLiteral("-r")});
        return p.waitForFinished(30000);
    }
    p.start(QStringLiteral("crontab"), {QStringLiteral("-")});
    p.write(c.text.toLocal8Bit());
    p.closeWriteChannel();
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}
} // namespace

class TestScheduleCli : public QObject
{
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;
    Crontab m_saved;
    bool m_crontabSaved = false;
    QString m_id;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass")));
        e.insert(QStringLiteral("VALVUR_SCHEDULER"), QStringLiteral("cron"));
        e.remove(QStringLiteral("PGPASSWORD"));
        return e;
    }

    Test::ValvurRun valvur(const QStringList &args, const QProcessEnvironment &e) { return Test::runValvur(args, e, 300000); }
    Test::ValvurRun valvur(const QStringList &args) { return valvur(args, env()); }

    QString addProfile(const QString &name, const QString &database)
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
        ProfileStore store(&settings);
        ConnectionOptions o;
        QString error;
        if (!ConnectionOptions::parse(QStringLiteral("host=127.0.0.1 port=%1 user=sched_user dbname=%2").arg(m_server.port()).arg(database), &o, &error))
            return {};
        ConnectionProfile p = ConnectionProfile::fromOptions(o);
        p.name = name;
        ConnectionProfile added;
        if (!store.add(p, &error, &added))
            return {};
        CredentialStore credentials;
        QSignalSpy written(&credentials, &CredentialStore::passwordWritten);
        credentials.writePassword(added.id, kPassword);
        if (!written.wait(15000) || written.first().at(1).value<CredentialStore::Outcome>() != CredentialStore::Outcome::Ok)
            return {};
        added.passwordInKeychain = true;
        store.update(added);
        settings.sync();
        return added.id;
    }

    QString programPath() const { return QFileInfo(qEnvironmentVariable("VALVUR_BINARY_DIR") + QStringLiteral("/app/valvur")).canonicalFilePath(); }

    QString cronLineOf(const QString &id) const
    {
        return QStringLiteral("0 2 * * * %1 schedule run-now %2 # valvur-schedule %2").arg(programPath(), id);
    }

    // The command of a crontab line as cron gives it to the shell, without the five time fields
    // and the marker comment (the path has no spaces here: asserted).
    static QStringList commandOf(const QString &line)
    {
        QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qsizetype marker = words.indexOf(QStringLiteral("#"));
        return words.mid(5, marker - 5);
    }

    QStringList backupsIn(const QString &folder) const
    {
        QStringList out = QDir(folder).entryList({QStringLiteral("app-*.dump")}, QDir::Files, QDir::Name);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("crontab")).isEmpty(),
                 "the crontab program is missing: apt install cron (scripts/setup-debian.sh installs it)");
        m_saved = readCrontab();
        m_crontabSaved = true;
        QVERIFY(writeCrontab({true, kForeign}));
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
            settings.clear();
            settings.sync();
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE ROLE sched_user LOGIN CREATEDB PASSWORD '%1'").arg(kPassword), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE DATABASE app OWNER sched_user"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("SET ROLE sched_user; CREATE TABLE t(id int PRIMARY KEY, v text); "
                                     "INSERT INTO t SELECT g, 'rida ' || g FROM generate_series(1, 1234) g; "
                                     "CREATE TABLE other(x int); INSERT INTO other SELECT generate_series(1, 77);"),
                      QStringLiteral("app"), &ok);
        QVERIFY(ok);
        QVERIFY(!addProfile(QStringLiteral("sched-src"), QStringLiteral("app")).isEmpty());
        QVERIFY(!addProfile(QStringLiteral("sched-drill"), QStringLiteral("postgres")).isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_crontabSaved)
            QVERIFY(writeCrontab(m_saved));
    }

    void addRunAsCronRunsItAndDrill()
    {
        const QString out = m_dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(out));
        const QString foreign = out + QStringLiteral("/app-20200101-020000.dump");
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not made by Valvur");
        f.close();

        const Test::ValvurRun add = valvur({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--profile"), QStringLiteral("sched-src"),
                                            QStringLiteral("--output-dir"), out, QStringLiteral("--daily"), QStringLiteral("02:00"),
                                            QStringLiteral("--keep"), QStringLiteral("2"), QStringLiteral("--rpo"), QStringLiteral("26h"),
                                            QStringLiteral("--drill-every"), QStringLiteral("1"), QStringLiteral("--drill-profile"),
                                            QStringLiteral("sched-drill")});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        m_id = QString::fromUtf8(add.out).trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{8}$")).match(m_id).hasMatch(), add.out.constData());
        QVERIFY2(add.err.contains(QStringLiteral("crontab")), qPrintable(add.err)); // says which was used

        // Exactly one line more, after the others, which are as they were.
        const Crontab after = readCrontab();
        QVERIFY(!programPath().contains(QLatin1Char(' ')));
        QCOMPARE(after.text, kForeign + cronLineOf(m_id) + QLatin1Char('\n'));

        const Test::ValvurRun list = valvur({QStringLiteral("schedule"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonObject listed = QJsonDocument::fromJson(list.out).array().at(0).toObject();
        QCOMPARE(listed.value(QStringLiteral("id")).toString(), m_id);
        QCOMPARE(listed.value(QStringLiteral("when")).toString(), QStringLiteral("daily 02:00"));
        QCOMPARE(listed.value(QStringLiteral("rpo")).toString(), QStringLiteral("26h"));

        // Three runs as cron runs them: the line's program with the line's arguments.
        const QStringList command = commandOf(cronLineOf(m_id));
        QCOMPARE(command.first(), programPath());
        QStringList made;
        for (int run = 1; run <= 3; ++run) {
            QProcess p;
            p.setProcessEnvironment(env());
            p.start(command.first(), command.mid(1));
            QVERIFY(p.waitForFinished(300000));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
            ScheduleHistory history(env().value(QStringLiteral("XDG_DATA_HOME")) + QStringLiteral("/valvur/schedules/") + m_id + QStringLiteral(".jsonl"));
            QVERIFY(history.load());
            const ScheduleHistory::Entry *backup = history.lastBackup();
            QVERIFY(backup);
            QVERIFY2(backup->ok, qPrintable(backup->error));
            QVERIFY(backup->startedAt <= backup->finishedAt);
            QVERIFY(QFileInfo::exists(backup->path));
            QCOMPARE(Checksum::sha256(backup->path), backup->sha256);
            made << backup->path;
            // The drill: a test restore on the drill profile's server, equal row counts, an RTO.
            const ScheduleHistory::Entry *drill = history.lastDrill();
            QVERIFY(drill);
            QCOMPARE(drill->path, backup->path);
            QVERIFY2(drill->ok, qPrintable(drill->error));
            QVERIFY(drill->countsMatch);
            QCOMPARE(drill->tables, 2);
            QVERIFY(drill->rtoMs >= 0);
            QCOMPARE(history.goodBackupCount(), run);
        }
        // Retention (keep 2): the first run's file went, the foreign file stayed.
        QVERIFY(!QFileInfo::exists(made.at(0)));
        QVERIFY(QFileInfo::exists(made.at(1)));
        QVERIFY(QFileInfo::exists(made.at(2)));
        QVERIFY(QFileInfo::exists(foreign));

        const Test::ValvurRun status = valvur({QStringLiteral("schedule"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.code == 0, status.out.constData());
        const QJsonObject st = QJsonDocument::fromJson(status.out).array().at(0).toObject();
        QCOMPARE(st.value(QStringLiteral("lastRun")).toString(), QStringLiteral("ok"));
        QCOMPARE(st.value(QStringLiteral("failing")).toBool(), false);
        QCOMPARE(st.value(QStringLiteral("drillOk")).toBool(), true);
        QVERIFY(st.value(QStringLiteral("drillRtoMs")).isDouble());
        QCOMPARE(st.value(QStringLiteral("newestGood")).toString(), made.at(2));

        // Nothing of the password in the settings, the history or the backups' folder names.
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
        QVERIFY(!fileContains(settings.fileName(), kPassword.toUtf8()));
        QVERIFY(!fileContains(history(m_id), kPassword.toUtf8()));
    }

    // No keychain (as under cron without a desktop session): the run fails, the history says why,
    // and the password is not looked for anywhere else.
    void keychainOutOfReachFailsWithReason()
    {
        QVERIFY(!m_id.isEmpty());
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
        const Test::ValvurRun run = valvur({QStringLiteral("schedule"), QStringLiteral("run-now"), m_id}, e);
        QCOMPARE(run.code, 1);
        ScheduleHistory h(history(m_id));
        QVERIFY(h.load());
        const ScheduleHistory::Entry *last = h.lastBackup();
        QVERIFY(last);
        QVERIFY(!last->ok);
        QCOMPARE(last->problem, QStringLiteral("keychain-unavailable"));
        QVERIFY(!last->error.isEmpty());
        QVERIFY2(run.err.contains(last->error), qPrintable(run.err));
        // Failing now, and the newest good backup is still there.
        const Test::ValvurRun status = valvur({QStringLiteral("schedule"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.code, 1);
        const QJsonObject st = QJsonDocument::fromJson(status.out).array().at(0).toObject();
        QCOMPARE(st.value(QStringLiteral("lastRun")).toString(), QStringLiteral("failed"));
        QCOMPARE(st.value(QStringLiteral("problem")).toString(), QStringLiteral("keychain-unavailable"));
        QVERIFY(QFileInfo::exists(st.value(QStringLiteral("newestGood")).toString()));
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!fileContains(path, kPassword.toUtf8()), qPrintable(path));
        }
        // A good run puts it right again.
        QCOMPARE(valvur({QStringLiteral("schedule"), QStringLiteral("run-now"), m_id}).code, 0);
        QCOMPARE(valvur({QStringLiteral("schedule"), QStringLiteral("status")}).code, 0);
    }

    void overdueSays_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("words");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("past the RPO target of 1 d 2 h");
        QTest::newRow("et") << QStringLiteral("et") << QStringLiteral("üle RPO eesmärgi 1 p 2 h");
    }
    // A schedule whose newest good backup is three days old, with an RPO of 26 h.
    void overdueSays()
    {
        QFETCH(QString, lang);
        QFETCH(QString, words);
        const QString out = m_dir.filePath(QStringLiteral("old-") + lang);
        const Test::ValvurRun add = valvur({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--profile"), QStringLiteral("sched-src"),
                                            QStringLiteral("--output-dir"), out, QStringLiteral("--weekly"), QStringLiteral("sun"),
                                            QStringLiteral("03:30"), QStringLiteral("--rpo"), QStringLiteral("26h")});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const QString id = QString::fromUtf8(add.out).trimmed();
        const QString file = out + QStringLiteral("/app-old.dump");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("three days old");
        f.close();
        ScheduleHistory h(history(id));
        ScheduleHistory::Entry old;
        old.ok = true;
        old.path = file;
        old.sha256 = Checksum::sha256(file);
        old.finishedAt = QDateTime::currentDateTimeUtc().addDays(-3);
        old.startedAt = old.finishedAt.addSecs(-10);
        QVERIFY(h.append(old));

        const Test::ValvurRun status = valvur({QStringLiteral("schedule"), QStringLiteral("status"), QStringLiteral("--lang"), lang});
        QCOMPARE(status.code, 1);
        const QString said = QString::fromUtf8(status.out);
        QVERIFY2(said.contains(words), qPrintable(said));
        QVERIFY2(said.contains(id), qPrintable(said));
        const Test::ValvurRun json = valvur({QStringLiteral("schedule"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        bool found = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() == id) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("overdue")).toBool(), true);
                QCOMPARE(o.value(QStringLiteral("failing")).toBool(), true);
            }
        }
        QVERIFY(found);
        // Removing it takes its line and nothing else; status is healthy again.
        const Test::ValvurRun removed = valvur({QStringLiteral("schedule"), QStringLiteral("remove"), id});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QCOMPARE(readCrontab().text, kForeign + cronLineOf(m_id) + QLatin1Char('\n'));
        QCOMPARE(valvur({QStringLiteral("schedule"), QStringLiteral("status")}).code, 0);
        QVERIFY(QFileInfo::exists(file)); // removing a schedule leaves its backups
    }

    // systemd asked for but not reachable (no user instance: an empty XDG_RUNTIME_DIR and no bus):
    // the add fails saying which command failed, and neither the units it wrote nor the schedule stay.
    void systemdRefusingLeavesNothing()
    {
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("VALVUR_SCHEDULER"), QStringLiteral("systemd"));
        const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + runtime + QStringLiteral("/no-bus"));
        const QString config = m_dir.filePath(QStringLiteral("systemd-config"));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        // The profile must exist in this configuration too.
        QVERIFY(QDir().mkpath(config + QStringLiteral("/valvur")));
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
        QVERIFY(QFile::copy(settings.fileName(), config + QStringLiteral("/valvur/valvur.ini")));
        const QString before = readCrontab().text;
        const Test::ValvurRun add = valvur({QStringLiteral("schedule"), QStringLiteral("add"), QStringLiteral("--profile"), QStringLiteral("sched-src"),
                                            QStringLiteral("--output-dir"), m_dir.filePath(QStringLiteral("sd")), QStringLiteral("--hourly")},
                                           e);
        QCOMPARE(add.code, 1);
        QVERIFY2(add.err.contains(QStringLiteral("systemctl --user daemon-reload")), qPrintable(add.err));
        QVERIFY(add.out.trimmed().isEmpty()); // no id: there is no schedule
        QCOMPARE(QDir(config + QStringLiteral("/systemd/user")).entryList(QDir::Files), QStringList());
        QSettings after(config + QStringLiteral("/valvur/valvur.ini"), QSettings::IniFormat);
        QCOMPARE(ScheduleStore(&after).schedules().size(), 1); // only the one copied with the profiles
        QCOMPARE(readCrontab().text, before);
    }

    // The window saves through ScheduleController (asynchronously): adding, changing and removing a
    // schedule there writes, rewrites and removes exactly its own line.
    void windowSavesChangesAndRemovesItsOwnLine()
    {
        qputenv("VALVUR_SCHEDULER", "cron");
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
        ScheduleController controller(&settings);
        controller.setProgram(programPath());
        const QString before = readCrontab().text;
        QCOMPARE(before, kForeign + cronLineOf(m_id) + QLatin1Char('\n'));
        BackupSchedule s;
        s.profileId = ProfileStore(&settings).findByName(QStringLiteral("sched-src"))->id;
        s.outputDir = m_dir.filePath(QStringLiteral("window"));
        s.time = QTime(4, 15);
        QSignalSpy saved(&controller, &ScheduleController::saved);
        QVERIFY(controller.save(s));
        QVERIFY(!controller.save(s)); // one change at a time
        QVERIFY(saved.wait(60000));
        QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(3).toString()));
        QCOMPARE(saved.at(0).at(2).value<ScheduleInstaller::Method>(), ScheduleInstaller::Method::Cron);
        const QString id = saved.at(0).at(1).toString();
        const QString line = QStringLiteral("15 4 * * * %1 schedule run-now %2 # valvur-schedule %2").arg(programPath(), id);
        QCOMPARE(readCrontab().text, before + line + QLatin1Char('\n'));

        std::optional<BackupSchedule> stored = ScheduleStore(&settings).findById(id);
        QVERIFY(stored);
        stored->every = BackupSchedule::Every::Weekly;
        stored->weekday = 1;
        stored->time = QTime(5, 30);
        QVERIFY(controller.save(*stored));
        QVERIFY(saved.wait(60000));
        QVERIFY(saved.at(1).at(0).toBool());
        QCOMPARE(readCrontab().text, before + QStringLiteral("30 5 * * 1 %1 schedule run-now %2 # valvur-schedule %2\n").arg(programPath(), id));

        QVERIFY(controller.remove(id));
        QVERIFY(saved.wait(60000));
        QVERIFY(saved.at(2).at(0).toBool());
        QCOMPARE(readCrontab().text, before);
        QVERIFY(!ScheduleStore(&settings).findById(id));
    }

    void removeTakesOnlyItsOwnLine()
    {
        QVERIFY(!m_id.isEmpty());
        const Test::ValvurRun removed = valvur({QStringLiteral("schedule"), QStringLiteral("remove"), m_id});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QCOMPARE(readCrontab().text, kForeign);
        QCOMPARE(valvur({QStringLiteral("schedule"), QStringLiteral("remove"), m_id}).code, 2);
    }

private:
    QString history(const QString &id) const
    {
        return m_dir.filePath(QStringLiteral("data")) + QStringLiteral("/valvur/schedules/") + id + QStringLiteral(".jsonl");
    }
};

QTEST_GUILESS_MAIN(TestScheduleCli)
#include "tst_schedulecli.moc"
