// Backup schedules without a server: the --rpo/--daily/--weekly parsers, the systemd units and
// crontab line exactly as written (and `systemd-analyze verify` of the units), the store in the
// settings file (nothing secret), the status (missed, overdue, failed) and retention over a
// made-up history: the newest run failed, a file edited by hand, a file Valvur did not make.
// ctest-labels: schedule
#include "backup/checksum.h"
#include "schedule/backupschedule.h"
#include "schedule/retention.h"
#include "schedule/schedulehistory.h"
#include "schedule/schedulestatus.h"
#include "schedule/schedulestore.h"
#include "schedule/scheduleunits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

namespace {

BackupSchedule daily()
{
    BackupSchedule s;
    s.id = u"a1b2c3d4"_s;
    s.profileId = u"0b7e3c9e-profile"_s;
    s.outputDir = u"/var/backups/app"_s;
    s.every = BackupSchedule::Every::Daily;
    s.time = QTime(2, 0);
    return s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("26h") << u"26h"_s << true << qint64(26 * 3600);
        QTest::newRow("90m") << u"90m"_s << true << qint64(90 * 60);
        QTest::newRow("2d") << u"2d"_s << true << qint64(2 * 86400);
        QTest::newRow("1d12h") << u"1d12h"_s << true << qint64(36 * 3600);
        QTest::newRow("1w") << u"1w"_s << true << qint64(7 * 86400);
        QTest::newRow("upper") << u"26H"_s << true << qint64(26 * 3600);
        QTest::newRow("no unit") << u"26"_s << false << qint64(0);
        QTest::newRow("zero") << u"0h"_s << false << qint64(0);
        QTest::newRow("negative") << u"-2h"_s << false << qint64(0);
        QTest::newRow("word") << u"day"_s << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("fraction") << u"1.5h"_s << false << qint64(0);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, seconds);
        qint64 parsed = -1;
        QCOMPARE(BackupSchedule::parseDuration(text, &parsed), ok);
        if (ok)
            QCOMPARE(parsed, seconds);
    }

    void timesAndDays()
    {
        QTime t;
        QVERIFY(BackupSchedule::parseTime(u"02:00"_s, &t));
        QCOMPARE(t, QTime(2, 0));
        QVERIFY(BackupSchedule::parseTime(u"23:59"_s, &t));
        QVERIFY(!BackupSchedule::parseTime(u"24:00"_s, &t));
        QVERIFY(!BackupSchedule::parseTime(u"2am"_s, &t));
        int day = 0;
        QVERIFY(BackupSchedule::parseWeekday(u"Sun"_s, &day));
        QCOMPARE(day, 7);
        QVERIFY(BackupSchedule::parseWeekday(u"monday"_s, &day));
        QCOMPARE(day, 1);
        QVERIFY(!BackupSchedule::parseWeekday(u"8"_s, &day));
        QVERIFY(!BackupSchedule::parseWeekday(u"someday"_s, &day));
        QCOMPARE(BackupSchedule::durationSpec(26 * 3600), u"26h"_s);
        QCOMPARE(BackupSchedule::durationSpec(2 * 86400), u"2d"_s);
    }

    void calendars()
    {
        BackupSchedule s = daily();
        QCOMPARE(s.onCalendar(), u"*-*-* 02:00:00"_s);
        QCOMPARE(s.cronFields(), u"0 2 * * *"_s);
        QCOMPARE(s.rpoTarget(), qint64(26 * 3600)); // one day plus two hours when not chosen
        s.every = BackupSchedule::Every::Weekly;
        s.weekday = 7;
        s.time = QTime(3, 30);
        QCOMPARE(s.onCalendar(), u"Sun *-*-* 03:30:00"_s);
        QCOMPARE(s.cronFields(), u"30 3 * * 0"_s); // cron's Sunday is 0
        s.every = BackupSchedule::Every::Hourly;
        s.time = QTime(0, 15);
        QCOMPARE(s.onCalendar(), u"*-*-* *:15:00"_s);
        QCOMPARE(s.cronFields(), u"15 * * * *"_s);
    }

    void unitText()
    {
        const BackupSchedule s = daily();
        QCOMPARE(ScheduleUnits::serviceName(s.id), u"valvur-backup-a1b2c3d4.service"_s);
        QCOMPARE(ScheduleUnits::timerName(s.id), u"valvur-backup-a1b2c3d4.timer"_s);
        QCOMPARE(ScheduleUnits::serviceText(s, u"/usr/bin/valvur"_s),
                 u"# Written by Valvur for the backup schedule a1b2c3d4; valvur schedule remove a1b2c3d4 removes it.\n"
                 "[Unit]\n"
                 "Description=Valvur scheduled backup a1b2c3d4\n"
                 "\n"
                 "[Service]\n"
                 "Type=oneshot\n"
                 "ExecStart=/usr/bin/valvur schedule run-now a1b2c3d4\n"_s);
        QCOMPARE(ScheduleUnits::timerText(s),
                 u"# Written by Valvur for the backup schedule a1b2c3d4; valvur schedule remove a1b2c3d4 removes it.\n"
                 "[Unit]\n"
                 "Description=Valvur scheduled backup a1b2c3d4 (daily 02:00)\n"
                 "\n"
                 "[Timer]\n"
                 "OnCalendar=*-*-* 02:00:00\n"
                 "Persistent=true\n"
                 "Unit=valvur-backup-a1b2c3d4.service\n"
                 "\n"
                 "[Install]\n"
                 "WantedBy=timers.target\n"_s);
        // A path with a space and a per cent sign: quoted for systemd, "%" doubled.
        QVERIFY(ScheduleUnits::serviceText(s, u"/opt/my apps/valvur%1"_s).contains(u"ExecStart=\"/opt/my apps/valvur%%1\" schedule run-now a1b2c3d4\n"_s));
    }

    void cronLines()
    {
        const BackupSchedule s = daily();
        QCOMPARE(ScheduleUnits::cronLine(s, u"/usr/bin/valvur"_s),
                 u"0 2 * * * /usr/bin/valvur schedule run-now a1b2c3d4 # valvur-schedule a1b2c3d4"_s);
        // cron takes an unescaped % for a newline; the shell needs the space quoted.
        QCOMPARE(ScheduleUnits::cronLine(s, u"/opt/my apps/v%1"_s),
                 u"0 2 * * * '/opt/my apps/v\\%1' schedule run-now a1b2c3d4 # valvur-schedule a1b2c3d4"_s);

        const QString theirs = u"MAILTO=ops@example.org\n# nightly report\n5 4 * * * /usr/local/bin/report\n"
                               "0 1 * * * /usr/bin/valvur schedule run-now a1b2c3d4x # valvur-schedule a1b2c3d4x\n"_s;
        const QString line = ScheduleUnits::cronLine(s, u"/usr/bin/valvur"_s);
        const QString added = ScheduleUnits::editCrontab(theirs, s.id, line);
        QCOMPARE(added, theirs + line + u"\n"_s);
        // Saving again replaces its own line, nothing else.
        BackupSchedule changed = s;
        changed.time = QTime(3, 0);
        const QString line2 = ScheduleUnits::cronLine(changed, u"/usr/bin/valvur"_s);
        QCOMPARE(ScheduleUnits::editCrontab(added, s.id, line2), theirs + line2 + u"\n"_s);
        // Removing leaves the rest exactly as it was (also the other schedule whose id starts alike).
        QCOMPARE(ScheduleUnits::editCrontab(added, s.id, QString()), theirs);
        QCOMPARE(ScheduleUnits::editCrontab(QString(), s.id, QString()), QString());
    }

    // systemd checks the generated pair itself (as a system unit: this machine may have no user
    // instance; the syntax and the ExecStart program are checked the same way).
    void systemdVerifies()
    {
        const QString analyze = QStandardPaths::findExecutable(u"systemd-analyze"_s);
        QVERIFY2(!analyze.isEmpty(), "systemd-analyze is missing: apt install systemd (scripts/setup-debian.sh installs it)");
        // The program the units run: the built valvur (ctest names its folder), else one that exists.
        const QString built = qEnvironmentVariable("VALVUR_BINARY_DIR") + u"/app/valvur"_s;
        const QString program = QFileInfo(built).isExecutable() ? QFileInfo(built).canonicalFilePath() : u"/bin/true"_s;
        QTemporaryDir dir;
        for (BackupSchedule::Every every : {BackupSchedule::Every::Hourly, BackupSchedule::Every::Daily, BackupSchedule::Every::Weekly}) {
            BackupSchedule s = daily();
            s.every = every;
            s.weekday = 3;
            const QString service = dir.filePath(ScheduleUnits::serviceName(s.id));
            const QString timer = dir.filePath(ScheduleUnits::timerName(s.id));
            QVERIFY(writeFile(service, ScheduleUnits::serviceText(s, program).toUtf8()));
            QVERIFY(writeFile(timer, ScheduleUnits::timerText(s).toUtf8()));
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(analyze, {u"verify"_s, timer, service});
            QVERIFY(p.waitForFinished(60000));
            const QString said = QString::fromLocal8Bit(p.readAll());
            QVERIFY2(p.exitCode() == 0 && said.trimmed().isEmpty(), qPrintable(said));
        }
        // The check can fail: a program that does not exist is refused.
        BackupSchedule s = daily();
        QVERIFY(writeFile(dir.filePath(ScheduleUnits::serviceName(s.id)), ScheduleUnits::serviceText(s, u"/nonexistent/valvur"_s).toUtf8()));
        QProcess p;
        p.start(analyze, {u"verify"_s, dir.filePath(ScheduleUnits::timerName(s.id)), dir.filePath(ScheduleUnits::serviceName(s.id))});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
    }

    void store()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"valvur.ini"_s);
        BackupSchedule added;
        {
            QSettings settings(ini, QSettings::IniFormat);
            ScheduleStore store(&settings);
            QSignalSpy changed(&store, &ScheduleStore::changed);
            BackupSchedule s = daily();
            s.id.clear();
            s.format = BackupOptions::Format::Directory;
            s.keepLast = 7;
            s.keepDays = 14;
            s.rpoSeconds = 26 * 3600;
            s.drillEvery = 3;
            s.drillProfileId = u"drill-profile"_s;
            QVERIFY(store.add(s, &added));
            QVERIFY(BackupSchedule::isValidId(added.id));
            QVERIFY(added.createdAt.isValid());
            BackupSchedule other = daily();
            other.id.clear();
            QVERIFY(store.add(other));
            QCOMPARE(changed.count(), 2);
        }
        {
            QSettings settings(ini, QSettings::IniFormat);
            ScheduleStore store(&settings);
            QCOMPARE(store.schedules().size(), 2);
            const std::optional<BackupSchedule> back = store.findById(added.id);
            QVERIFY(back);
            QCOMPARE(back->format, BackupOptions::Format::Directory);
            QCOMPARE(back->keepLast, 7);
            QCOMPARE(back->keepDays, 14);
            QCOMPARE(back->rpoSeconds, qint64(26 * 3600));
            QCOMPARE(back->drillEvery, 3);
            QCOMPARE(back->drillProfileId, u"drill-profile"_s);
            QCOMPARE(back->time, QTime(2, 0));
            QCOMPARE(back->createdAt.toSecsSinceEpoch(), added.createdAt.toSecsSinceEpoch());
            QVERIFY(store.remove(added.id));
            QCOMPARE(store.schedules().size(), 1);
        }
        QSettings settings(ini, QSettings::IniFormat);
        QCOMPARE(ScheduleStore(&settings).schedules().size(), 1);
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("password"));
    }

    void status()
    {
        QTemporaryDir dir;
        BackupSchedule s = daily();
        s.outputDir = dir.path();
        const QDateTime now(QDate(2026, 12, 3), QTime(10, 0));
        s.createdAt = now.addDays(-10);
        ScheduleHistory history(dir.filePath(u"h.jsonl"_s));
        const QString file = dir.filePath(u"app-1.dump"_s);
        QVERIFY(writeFile(file, "backup"));
        ScheduleHistory::Entry good;
        good.ok = true;
        good.path = file;
        good.sha256 = u"x"_s;
        good.startedAt = QDateTime(now.date(), QTime(2, 0));
        good.finishedAt = good.startedAt.addSecs(60);
        QVERIFY(history.append(good));
        ScheduleStatus st = ScheduleStatus::of(s, history, now);
        QCOMPARE(st.lastRun, ScheduleStatus::LastRun::Ok);
        QVERIFY(!st.overdue);
        QVERIFY(!st.failing());
        QCOMPARE(st.newestGoodAgeS, qint64(8 * 3600 - 60));

        // The next day at 03:00 nothing ran at 02:00: missed (not yet past the RPO of 26 h), and
        // past the RPO the day after.
        st = ScheduleStatus::of(s, history, QDateTime(now.date().addDays(1), QTime(3, 0)));
        QCOMPARE(st.lastRun, ScheduleStatus::LastRun::Missed);
        QVERIFY(!st.overdue);
        QVERIFY(st.failing());
        st = ScheduleStatus::of(s, history, now.addDays(2));
        QVERIFY(st.overdue);

        // A failed run: failing, but the newest good backup is still the one before.
        ScheduleHistory::Entry failed;
        failed.startedAt = QDateTime(now.date().addDays(1), QTime(2, 0));
        failed.finishedAt = failed.startedAt.addSecs(5);
        failed.error = u"keychain locked"_s;
        failed.problem = u"keychain-unavailable"_s;
        QVERIFY(history.append(failed));
        st = ScheduleStatus::of(s, history, now.addDays(1));
        QCOMPARE(st.lastRun, ScheduleStatus::LastRun::Failed);
        QCOMPARE(st.lastProblem, u"keychain-unavailable"_s);
        QCOMPARE(st.newestGoodPath, file);
        QVERIFY(st.failing());

        // A new schedule: nothing is due yet.
        BackupSchedule fresh = daily();
        fresh.createdAt = now;
        ScheduleHistory empty(dir.filePath(u"none.jsonl"_s));
        st = ScheduleStatus::of(fresh, empty, now);
        QCOMPARE(st.lastRun, ScheduleStatus::LastRun::None);
        QVERIFY(!st.failing());

        // The history reads back as written.
        ScheduleHistory reread(history.file());
        QVERIFY(reread.load());
        QCOMPARE(reread.entries().size(), 2);
        QCOMPARE(reread.entries().at(1).problem, u"keychain-unavailable"_s);
        QCOMPARE(reread.entries().at(0).path, file);
    }

    void retention()
    {
        QTemporaryDir dir;
        BackupSchedule s = daily();
        s.outputDir = dir.path();
        s.keepLast = 2;
        const QDateTime now(QDate(2026, 12, 10), QTime(12, 0));
        ScheduleHistory history(dir.filePath(u"history.jsonl"_s));
        // Six daily backups, newest last; then the newest run failed.
        QStringList files;
        for (int day = 1; day <= 6; ++day) {
            const QString path = dir.filePath(u"app-2026120%1-020000.dump"_s.arg(day));
            QVERIFY(writeFile(path, "backup of day " + QByteArray::number(day)));
            ScheduleHistory::Entry e;
            e.ok = true;
            e.path = path;
            e.sha256 = Checksum::sha256(path);
            e.startedAt = QDateTime(QDate(2026, 12, day), QTime(2, 0));
            e.finishedAt = e.startedAt.addSecs(30);
            QVERIFY(history.append(e));
            files << path;
        }
        ScheduleHistory::Entry failed;
        failed.startedAt = QDateTime(QDate(2026, 12, 7), QTime(2, 0));
        failed.finishedAt = failed.startedAt.addSecs(3);
        failed.path = dir.filePath(u"app-20261207-020000.dump"_s);
        QVERIFY(history.append(failed));
        // Day 2 was edited by hand after it was made.
        QVERIFY(writeFile(files.at(1), "edited by hand"));
        // A file Valvur never made, with a name like ours, and one in a subfolder.
        const QString foreign = dir.filePath(u"app-20261130-020000.dump"_s);
        QVERIFY(writeFile(foreign, "someone else's"));

        const QList<Retention::Decision> plan = Retention::plan(s, history, now, &Checksum::sha256);
        QCOMPARE(plan.size(), 6);
        auto reasonOf = [&plan](const QString &path) {
            for (const Retention::Decision &d : plan) {
                if (d.path == path)
                    return Retention::reasonName(d.reason);
            }
            return u"absent"_s;
        };
        QCOMPARE(reasonOf(files.at(5)), u"newest-good"_s); // the newest run failed: this one stays
        QCOMPARE(reasonOf(files.at(4)), u"keep-last"_s);
        QCOMPARE(reasonOf(files.at(3)), u"expired"_s);
        QCOMPARE(reasonOf(files.at(2)), u"expired"_s);
        QCOMPARE(reasonOf(files.at(1)), u"checksum-differs"_s);
        QCOMPARE(reasonOf(files.at(0)), u"expired"_s);
        QCOMPARE(reasonOf(foreign), u"absent"_s);

        QStringList failedRemovals;
        const QStringList removed = Retention::apply(plan, &failedRemovals);
        QCOMPARE(removed, (QStringList{files.at(3), files.at(2), files.at(0)}));
        QVERIFY(failedRemovals.isEmpty());
        QVERIFY(QFile::exists(files.at(5)));
        QVERIFY(QFile::exists(files.at(4)));
        QVERIFY(QFile::exists(files.at(1)));
        QVERIFY(QFile::exists(foreign));

        // keep days: younger than 6 days stays (days 6 and 5 remain, and the edited day 2).
        s.keepLast = 0;
        s.keepDays = 6;
        const QList<Retention::Decision> byAge = Retention::plan(s, history, now, &Checksum::sha256);
        QCOMPARE(byAge.size(), 3);
        for (const Retention::Decision &d : byAge)
            QVERIFY2(!d.remove(), qPrintable(d.path));

        // The newest good backup stays even when every limit says it is old, and even when it was
        // edited the older good one takes its place as the one kept.
        s.keepDays = 1;
        const QDateTime later = now.addDays(30);
        QList<Retention::Decision> late = Retention::plan(s, history, later, &Checksum::sha256);
        QCOMPARE(reasonOf(files.at(5)), u"newest-good"_s);
        QCOMPARE(late.at(0).path, files.at(5));
        QCOMPARE(Retention::reasonName(late.at(0).reason), u"newest-good"_s);
        QCOMPARE(Retention::reasonName(late.at(1).reason), u"expired"_s);
        QVERIFY(writeFile(files.at(5), "edited too"));
        late = Retention::plan(s, history, later, &Checksum::sha256);
        QCOMPARE(Retention::reasonName(late.at(0).reason), u"checksum-differs"_s);
        QCOMPARE(Retention::reasonName(late.at(1).reason), u"newest-good"_s);

        // Without limits nothing goes.
        s.keepDays = 0;
        for (const Retention::Decision &d : Retention::plan(s, history, later, &Checksum::sha256))
            QVERIFY(!d.remove());
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
