// ctest-labels: schedule
// The backup schedules in the window, from their settings and history files:
// - ScheduleController: each schedule's status; one failing when the window opens is announced once,
//   a healthy one that misses its run while the window runs is announced once (becameFailing);
// - ScheduleAlerts: the failing schedule's profile is red in the server list, with the reason;
// - the Backups page's section: rows, failing ones red with the reasons under the table; the
//   dialog refuses an incomplete schedule and gives the one filled in; Remove asks first, No keeps
//   it, Yes removes it (no crontab line or units of it exist, so nothing else is touched).
// With VALVUR_SCREENSHOT_DIR set, the page and the dialog are saved as PNGs in both languages.
#include "backup/backupspage.h"
#include "backup/checksum.h"
#include "languagemanager.h"
#include "profiles/profilestore.h"
#include "profiletreemodel.h"
#include "schedule/schedulealerts.h"
#include "schedule/schedulecontroller.h"
#include "schedule/scheduledialog.h"
#include "schedule/schedulehistory.h"
#include "schedule/schedulesection.h"
#include "schedule/schedulestore.h"
#include "serverlistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestScheduleSection : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_healthy, m_failing, m_shopId, m_crmId;
    QDateTime m_now;

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        qputenv("VALVUR_SCHEDULER", "cron");
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"valvur.ini"_s), QSettings::IniFormat);
        ProfileStore profiles(m_settings.get());
        ConnectionProfile shop, crm, added;
        shop.name = u"shop-prod"_s;
        shop.hosts = {u"db1.example.org"_s};
        shop.database = u"shop"_s;
        crm.name = u"crm-prod"_s;
        crm.hosts = {u"db2.example.org"_s};
        crm.database = u"crm"_s;
        QVERIFY(profiles.add(shop, nullptr, &added));
        m_shopId = added.id;
        QVERIFY(profiles.add(crm, nullptr, &added));
        m_crmId = added.id;

        // Now: today 12:00 local time; the daily run at 02:00 made a good backup and a drill.
        m_now = QDateTime(QDate::currentDate(), QTime(12, 0));
        ScheduleStore store(m_settings.get());
        BackupSchedule daily;
        daily.profileId = m_shopId;
        daily.outputDir = m_dir.filePath(u"shop"_s);
        daily.time = QTime(2, 0);
        daily.createdAt = m_now.addDays(-10);
        BackupSchedule hourly;
        hourly.profileId = m_crmId;
        hourly.outputDir = m_dir.filePath(u"crm"_s);
        hourly.every = BackupSchedule::Every::Hourly;
        hourly.time = QTime(0, 0);
        hourly.rpoSeconds = 2 * 3600;
        hourly.createdAt = m_now.addDays(-10);
        BackupSchedule stored;
        QVERIFY(store.add(daily, &stored));
        m_healthy = stored.id;
        QVERIFY(store.add(hourly, &stored));
        m_failing = stored.id;
        QVERIFY(QDir().mkpath(daily.outputDir));
        QVERIFY(QDir().mkpath(hourly.outputDir));

        const QString good = daily.outputDir + u"/shop-1.dump"_s;
        writeFile(good, "shop");
        ScheduleHistory h(ScheduleHistory::defaultFile(m_healthy));
        ScheduleHistory::Entry e;
        e.ok = true;
        e.path = good;
        e.sha256 = Checksum::sha256(good);
        e.startedAt = QDateTime(m_now.date(), QTime(2, 0));
        e.finishedAt = e.startedAt.addSecs(40);
        QVERIFY(h.append(e));
        ScheduleHistory::Entry drill;
        drill.kind = ScheduleHistory::Entry::Kind::Drill;
        drill.ok = true;
        drill.countsMatch = true;
        drill.rtoMs = 6400;
        drill.tables = 14;
        drill.startedAt = e.finishedAt;
        drill.finishedAt = e.finishedAt.addSecs(7);
        QVERIFY(h.append(drill));

        // The hourly one: the last run failed (the keychain), the newest good backup is two days old.
        const QString old = hourly.outputDir + u"/crm-1.dump"_s;
        writeFile(old, "crm");
        ScheduleHistory f(ScheduleHistory::defaultFile(m_failing));
        e.path = old;
        e.sha256 = Checksum::sha256(old);
        e.startedAt = m_now.addDays(-2);
        e.finishedAt = e.startedAt.addSecs(9);
        QVERIFY(f.append(e));
        ScheduleHistory::Entry failed;
        failed.startedAt = m_now.addSecs(-20 * 60);
        failed.finishedAt = failed.startedAt.addSecs(1);
        failed.problem = u"keychain-unavailable"_s;
        failed.error = u"The keychain is locked."_s;
        QVERIFY(f.append(failed));
    }

    void controllerAndAlerts()
    {
        ScheduleController controller(m_settings.get());
        QDateTime now = m_now;
        controller.setClock([&now] { return now; });
        QCOMPARE(controller.rows().size(), 2);
        QSignalSpy became(&controller, &ScheduleController::becameFailing);
        ProfileStore profiles(m_settings.get());
        ServerListModel servers;
        ProfileTreeModel tree(&profiles, &servers);
        ScheduleAlerts alerts(&controller, &tree);
        QSignalSpy notified(&alerts, &ScheduleAlerts::notified);

        QCOMPARE(controller.failingProfiles().keys(), QList<QString>{m_crmId});
        QVERIFY(controller.failingProfiles().value(m_crmId).contains(u"keychain did not give"_s)); // worded from the problem code
        const QModelIndex crm = tree.indexOfProfile(m_crmId);
        const QModelIndex shop = tree.indexOfProfile(m_shopId);
        QCOMPARE(tree.data(crm, Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        QVERIFY(tree.data(crm, Qt::ToolTipRole).toString().contains(u"keychain did not give"_s));
        QVERIFY(!tree.data(shop, Qt::ForegroundRole).isValid());
        // Failing already when the window opens: announced once, from the event loop.
        QTRY_COMPARE(became.count(), 1);
        QCOMPARE(became.at(0).at(0).toString(), m_failing);
        QCOMPARE(notified.count(), 1);
        QVERIFY(notified.at(0).at(0).toString().contains(u"crm-prod"_s));
        controller.refresh();
        QCOMPARE(became.count(), 1); // still failing: not news

        // The next day at 03:00 the 02:00 run has not happened: missed, announced once.
        now = QDateTime(m_now.date().addDays(1), QTime(3, 0));
        controller.refresh();
        QCOMPARE(became.count(), 2);
        QCOMPARE(became.at(1).at(0).toString(), m_healthy);
        QCOMPARE(became.at(1).at(1).toString(), u"shop-prod"_s);
        QCOMPARE(notified.count(), 2);
        QVERIFY(notified.at(1).at(0).toString().contains(u"shop-prod"_s));
        QCOMPARE(tree.data(shop, Qt::ForegroundRole).value<QColor>(), QColor(0xc6, 0x28, 0x28));
        controller.refresh();
        QCOMPARE(became.count(), 2);
    }

    void section_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("et") << u"et"_s;
    }
    void section()
    {
        QFETCH(QString, lang);
        LanguageManager language;
        QVERIFY(language.setLanguage(lang));
        ScheduleController controller(m_settings.get());
        controller.setClock([this] { return m_now; });
        PageContext context;
        context.settings = m_settings.get();
        context.schedules = &controller;
        BackupsPage page(context);
        page.setHistoryFile(m_dir.filePath(u"no-history.json"_s));
        page.resize(1000, 600);
        page.show();
        ScheduleSection *section = page.schedules();
        QVERIFY(section);
        QTableWidget *table = section->table();
        QCOMPARE(table->rowCount(), 2);
        int failingRow = table->item(0, 0)->data(Qt::UserRole).toString() == m_failing ? 0 : 1;
        QCOMPARE(table->item(failingRow, 0)->foreground().color(), QColor(0xc6, 0x28, 0x28));
        QVERIFY(table->item(1 - failingRow, 0)->foreground().style() == Qt::NoBrush);
        QCOMPARE(table->item(1 - failingRow, 4)->text(), lang == u"et"_s ? u"6,4 s"_s : u"6.4 s"_s);
        auto *problems = section->findChild<QLabel *>(u"scheduleProblems"_s);
        QVERIFY(problems && problems->isVisible());
        QVERIFY(problems->text().contains(u"crm-prod"_s));
        QVERIFY(problems->text().contains(lang == u"et"_s ? u"üle RPO eesmärgi"_s : u"past the RPO target"_s));
        const QString shots = qEnvironmentVariable("VALVUR_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(page.grab().save(shots + u"/schedule-backups-page-"_s + lang + u".png"_s));

        // The dialog: an empty folder is refused; the schedule comes back as filled in.
        section->findChild<QPushButton *>(u"scheduleAdd"_s)->click();
        ScheduleDialog *dialog = section->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->problem().isEmpty());
        dialog->findChild<QLineEdit *>(u"scheduleFolder"_s)->setText(m_dir.filePath(u"new"_s));
        auto *every = dialog->findChild<QComboBox *>(u"scheduleEvery"_s);
        every->setCurrentIndex(every->findData(u"weekly"_s));
        dialog->findChild<QComboBox *>(u"scheduleWeekday"_s)->setCurrentIndex(6);
        dialog->findChild<QLineEdit *>(u"scheduleRpo"_s)->setText(u"8x"_s);
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QLineEdit *>(u"scheduleRpo"_s)->setText(u"8d"_s);
        QVERIFY(ok->isEnabled());
        const BackupSchedule filled = dialog->schedule();
        QCOMPARE(filled.every, BackupSchedule::Every::Weekly);
        QCOMPARE(filled.weekday, 7);
        QCOMPARE(filled.rpoSeconds, qint64(8 * 86400));
        QCOMPARE(filled.outputDir, m_dir.filePath(u"new"_s));
        QVERIFY(filled.id.isEmpty());
        if (!shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + u"/schedule-dialog-"_s + lang + u".png"_s));
        dialog->reject();
        QTRY_VERIFY(!section->dialog());
    }

    void removeAsksFirst()
    {
        ScheduleController controller(m_settings.get());
        controller.setClock([this] { return m_now; });
        ScheduleSection section(&controller);
        section.show();
        QTableWidget *table = section.table();
        const int row = table->item(0, 0)->data(Qt::UserRole).toString() == m_failing ? 0 : 1;
        table->selectRow(row);
        auto *remove = section.findChild<QPushButton *>(u"scheduleRemove"_s);
        QVERIFY(remove->isEnabled());
        remove->click();
        QMessageBox *box = section.confirmation();
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(m_failing));
        box->button(QMessageBox::No)->click();
        QTRY_VERIFY(!section.confirmation());
        QCOMPARE(controller.rows().size(), 2);

        table->selectRow(row);
        remove->click();
        QSignalSpy saved(&controller, &ScheduleController::saved);
        QVERIFY(section.confirmation());
        section.confirmation()->button(QMessageBox::Yes)->click();
        QVERIFY(saved.wait(60000));
        QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(3).toString()));
        QCOMPARE(controller.rows().size(), 1);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!ScheduleStore(m_settings.get()).findById(m_failing));
    }
};

QTEST_MAIN(TestScheduleSection)
#include "tst_schedulesection.moc"
