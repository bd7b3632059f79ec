// ctest-labels: keychain pg
// The backup wizard's Source page, the backup history and the tool folder, against a real server,
// the real tools and the real keychain (the test session's gnome-keyring):
// - a saved profile is chosen (its password from the keychain) → its databases are listed → a
//   backup of one of them is made and recorded in the history under the profile's id;
// - a profile whose stored password is wrong shows the doctor's explanation and a password field;
//   the right password typed there lists the databases;
// - the tool folder set in Preferences to a folder without the programs stops the wizard's
//   preflight with that explanation; set back, the backup runs;
// - the Backups page lists the backup, "Verify" (with a test restore) updates its verification.
// With VALVUR_SCREENSHOT_DIR set, the Source page and the Backups page are saved as PNGs.
#include "backup/backuphistory.h"
#include "backup/backupresultpage.h"
#include "backup/backupsourcepage.h"
#include "backup/backupspage.h"
#include "backup/backupsummarypage.h"
#include "backup/backupwizard.h"
#include "profiles/credentialstore.h"
#include "keyedtablemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "dialogs/preferencesdialog.h"
#include "profiles/profilestore.h"
#include "backup/restoretargetpage.h"
#include "backup/restorewizard.h"
#include "serverchooser.h"
#include "pg/serverconnection.h"
#include "testserver.h"
#include "wizardsteps.h"

#include <QAbstractButton>
#include <QAction>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;

class TestBackupSources : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;
    QTemporaryDir m_dir;

    static void shoot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VALVUR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(QDir(dir).filePath(name)));
    }

    ConnectionProfile addProfile(ProfileStore &store, const QString &name, ConnectionProfile::Environment env, bool keychain)
    {
        ConnectionProfile p;
        p.name = name;
        p.environment = env;
        p.hosts = {m_server.host()};
        p.port = m_server.port();
        p.user = QStringLiteral("postgres");
        p.database = QStringLiteral("postgres");
        p.passwordInKeychain = keychain;
        ConnectionProfile added;
        QString error;
        if (!store.add(p, &error, &added))
            qWarning() << error;
        return added;
    }

    static bool storePassword(const QString &id, const QString &password)
    {
        CredentialStore credentials;
        bool done = false, ok = false;
        credentials.writePassword(id, password, &credentials, [&](CredentialStore::Outcome o, const QString &, const QString &) {
            done = true;
            ok = o == CredentialStore::Outcome::Ok;
        });
        return QTest::qWaitFor([&] { return done; }, 20000) && ok;
    }

    ConnectionOptions current() const
    {
        ConnectionOptions o;
        ConnectionOptions::parse(m_server.conninfo(QStringLiteral("postgres")), &o, nullptr);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BackupResult>();
        // The history goes to the default file: keep it inside the test's folder.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE kool"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE TABLE opilased(id int PRIMARY KEY, nimi text);\n"
                                     "INSERT INTO opilased SELECT g, 'Õpilane ' || g FROM generate_series(1, 500) g;"),
                      QStringLiteral("kool"), &ok);
        QVERIFY(ok);
    }

    void profileBackupHistoryAndToolFolder_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("et") << QStringLiteral("et");
    }

    void profileBackupHistoryAndToolFolder()
    {
        QFETCH(QString, lang);
        LanguageManager language;
        language.setLanguage(lang);
        QSettings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(lang)), QSettings::IniFormat);
        const QString folder = m_dir.filePath(QStringLiteral("out-") + lang);
        QVERIFY(QDir().mkpath(folder));
        settings.setValue(QStringLiteral("backup/folder"), folder);
        settings.setValue(QStringLiteral("backup/toolDirectory"), m_server.binDir());
        ProfileStore store(&settings);
        CredentialStore credentials;
        const ConnectionProfile course = addProfile(store, QStringLiteral("Kursuse server"), ConnectionProfile::Environment::Staging, true);
        const ConnectionProfile wrong = addProfile(store, QStringLiteral("Vale parool"), ConnectionProfile::Environment::Production, true);
        QVERIFY(!course.id.isEmpty() && !wrong.id.isEmpty());
        QVERIFY(storePassword(course.id, m_server.superuserPassword()));
        QVERIFY(storePassword(wrong.id, QStringLiteral("not-the-password")));

        // The wizard opens on the current connection (not a profile).
        BackupWizard wizard(current(), m_server.superuserPassword(), &settings);
        wizard.setProfiles(&store, &credentials);
        wizard.resize(900, 640);
        auto *source = wizard.sourcePage();
        QSignalSpy loaded(source, &BackupSourcePage::databasesLoaded);
        wizard.show();
        QVERIFY(loaded.wait(20000));
        auto *servers = wizard.findChild<QComboBox *>(QStringLiteral("serverCombo"));
        QCOMPARE(servers->count(), 3); // the current connection + two profiles
        QCOMPARE(servers->currentData().toString(), QString());
        QVERIFY(servers->itemText(0).contains(QLatin1String("127.0.0.1")));
        QCOMPARE(source->chooser()->historyKey(), QStringLiteral("postgres@127.0.0.1:%1").arg(m_server.port()));

        // A profile whose keychain password is wrong: the doctor's words and a password field.
        auto *status = wizard.findChild<QLabel *>(QStringLiteral("serverStatus"));
        auto *passwordEdit = wizard.findChild<QLineEdit *>(QStringLiteral("serverPasswordEdit"));
        Test::chooseByData(servers, wrong.id);
        QTRY_VERIFY_WITH_TIMEOUT(passwordEdit->isVisible(), 20000);
        QVERIFY2(status->text().contains(lang == QLatin1String("en") ? QStringLiteral("Authentication failed") : QStringLiteral("Autentimine")),
                 qPrintable(status->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shoot(wizard, QStringLiteral("backup-source-wrong-password-%1.png").arg(lang));
        QTest::keyClicks(passwordEdit, m_server.superuserPassword());
        loaded.clear();
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("serverPasswordButton")), Qt::LeftButton);
        QVERIFY2(loaded.wait(20000), qPrintable(status->text()));
        QVERIFY(!passwordEdit->isVisible());

        // The course profile: its password from the keychain, its databases listed.
        loaded.clear();
        Test::chooseByData(servers, course.id);
        QVERIFY2(loaded.wait(20000), qPrintable(status->text()));
        auto *database = wizard.findChild<QComboBox *>(QStringLiteral("databaseCombo"));
        QVERIFY(database->findText(QStringLiteral("kool")) >= 0);
        database->setCurrentIndex(database->findText(QStringLiteral("kool")));
        QCOMPARE(source->chooser()->source().profileId, course.id);
        QCOMPARE(wizard.historyKey(), course.id);
        QVERIFY(wizard.windowTitle().contains(QLatin1String("Kursuse server")));
        QCOMPARE(settings.value(QStringLiteral("backup/sourceProfile")).toString(), course.id);
        shoot(wizard, QStringLiteral("backup-source-%1.png").arg(lang));
        Test::clickNext(wizard); // → Kind
        Test::clickNext(wizard); // → Options
        Test::clickNext(wizard); // → Destination
        QCOMPARE(wizard.currentId(), int(BackupWizard::DestinationPageId));
        QVERIFY(wizard.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text().startsWith(QLatin1String("kool-")));
        Test::clickNext(wizard); // → Summary

        // Preferences: a tool folder without the programs → the preflight says so.
        const QString empty = m_dir.filePath(QStringLiteral("no-tools-") + lang);
        QVERIFY(QDir().mkpath(empty));
        {
            PreferencesDialog prefs(&settings);
            prefs.show();
            QCOMPARE(prefs.findChild<QLineEdit *>(QStringLiteral("toolFolderEdit"))->text(), m_server.binDir());
            QSignalSpy probed(&prefs, &PreferencesDialog::probed);
            prefs.setToolDirectory(empty);
            QVERIFY(probed.wait(20000));
            QCOMPARE(prefs.foundCount(), 0);
            QVERIFY(prefs.findChild<QLabel *>(QStringLiteral("toolFolderResult"))->text().contains(QLatin1String("pg_basebackup")));
            prefs.accept();
        }
        QCOMPARE(settings.value(QStringLiteral("backup/toolDirectory")).toString(), empty);
        auto *summary = qobject_cast<BackupSummaryPage *>(wizard.page(BackupWizard::SummaryPageId));
        wizard.back();
        Test::clickNext(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(summary->preflightDone(), 30000);
        auto *preflight = wizard.findChild<QLabel *>(QStringLiteral("preflightLabel"));
        QVERIFY2(preflight->text().contains(QLatin1String("pg_dump")) && preflight->text().contains(empty), qPrintable(preflight->text()));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());

        // Set back (through the dialog): the four programs found, the preflight passes.
        {
            PreferencesDialog prefs(&settings);
            QSignalSpy probed(&prefs, &PreferencesDialog::probed);
            prefs.setToolDirectory(m_server.binDir());
            QVERIFY(probed.wait(20000));
            QCOMPARE(prefs.foundCount(), 4);
            // The stall timeout the wizards hand to the tools.
            prefs.findChild<QSpinBox *>(QStringLiteral("stallTimeoutSpin"))->setValue(7);
            shoot(prefs, QStringLiteral("preferences-%1.png").arg(lang));
            prefs.accept();
        }
        QCOMPARE(wizard.options().stallTimeoutS, 7);
        wizard.back();
        Test::clickNext(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(summary->preflightDone(), 30000);
        QVERIFY2(wizard.button(QWizard::CommitButton)->isEnabled(), qPrintable(preflight->text()));
        QVERIFY(wizard.findChild<QPlainTextEdit *>(QStringLiteral("commandText"))->toPlainText().contains(QLatin1String("kool")));
        Test::clickNext(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(BackupWizard::ResultPageId), 60000);
        QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
        const QString output = wizard.result().path;

        // Recorded under the profile's id.
        BackupHistory history(BackupHistory::defaultFile());
        QVERIFY(history.load());
        const BackupHistory::Entry *entry = history.find(output);
        QVERIFY(entry);
        QCOMPARE(entry->server, course.id);
        QCOMPARE(entry->database, QStringLiteral("kool"));
        QVERIFY(entry->verification.isEmpty());
        {
            QFile json(BackupHistory::defaultFile());
            QVERIFY(json.open(QIODevice::ReadOnly));
            QVERIFY(!json.readAll().contains(m_server.superuserPassword().toUtf8()));
        }

        // The Backups page: the profile's backups, verify with a test restore on the open server.
        PageContext context;
        context.settings = &settings;
        BackupsPage page(context);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1200, 500);
        page.show();
        page.showServer(course.id);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->rawValue(0, BackupsPage::File).toString(), output);
        QCOMPARE(page.model()->rawValue(0, BackupsPage::Sha256).toString(), wizard.result().sha256);
        const QString neverText = page.model()->index(0, BackupsPage::Verification).data().toString();
        if (lang == QLatin1String("en"))
            QCOMPARE(neverText, QStringLiteral("never verified"));

        ServerConnection open(ConnectionProfile(course).toOptions());
        open.setProfileId(course.id);
        open.open(m_server.superuserPassword());
        page.setServer(&open);
        QCOMPARE(page.shownServer(), course.id);
        auto *table = page.findChild<QTableView *>(QStringLiteral("historyTable"));
        table->selectRow(0);
        auto *testRestore = page.findChild<QCheckBox *>(QStringLiteral("testRestoreCheck"));
        QVERIFY(testRestore->isEnabled());
        testRestore->setChecked(true);
        QSignalSpy verified(&page, &BackupsPage::verified);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QVERIFY(verified.wait(120000));
        QVERIFY2(verified.first().first().toBool(), qPrintable(page.findChild<QLabel *>(QStringLiteral("historyStatus"))->text()));
        QVERIFY(page.model()->index(0, BackupsPage::Verification).data().toString() != neverText);
        QVERIFY(page.model()->rawValue(0, BackupsPage::RestoreTime).toLongLong() >= 0);
        QVERIFY(page.model()->rawValue(0, BackupsPage::VerifiedAt).toDateTime().isValid());
        QVERIFY(history.load());
        QCOMPARE(history.find(output)->verification, QStringLiteral("ok"));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'valvur_verify_%'")), QStringLiteral("0"));
        shoot(page, QStringLiteral("backups-page-%1.png").arg(lang));

        // The quick Verify reads every data block: with the archive's last bytes cut off (inside
        // its last data block, after the table of contents) it fails naming that entry, before any
        // checksum is compared.
        {
            QFile cut(output);
            QVERIFY(cut.resize(cut.size() - 10));
        }
        testRestore->setChecked(false);
        verified.clear();
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.first().first().toBool(), false);
        const QString damaged = page.findChild<QLabel *>(QStringLiteral("historyStatus"))->text();
        QVERIFY2(damaged.contains(QLatin1String("TABLE DATA public.")), qPrintable(damaged));

        // Another server's history is empty, and says so.
        page.showServer(QStringLiteral("nobody@example.invalid:5432"));
        QCOMPARE(page.model()->rowCount(), 0);
        auto *emptyLabel = page.findChild<QLabel *>(QStringLiteral("historyEmpty"));
        QVERIFY(emptyLabel->isVisible());
        QVERIFY(emptyLabel->text().contains(QLatin1String("Ctrl+B")));
        open.close();
        QVERIFY(QFile::remove(output));
    }

    void restoreTargetOffersProfiles()
    {
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        QSettings settings(m_dir.filePath(QStringLiteral("restore.ini")), QSettings::IniFormat);
        ProfileStore store(&settings);
        CredentialStore credentials;
        const ConnectionProfile course = addProfile(store, QStringLiteral("Kursuse server"), ConnectionProfile::Environment::Development, true);
        QVERIFY(storePassword(course.id, m_server.superuserPassword()));
        const QString file = m_dir.filePath(QStringLiteral("tiny.sql"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CREATE TABLE t(id int);\n");
        f.close();
        // No current connection: the profile is offered (and chosen: the only one).
        RestoreWizard restore(ConnectionOptions(), QString(), &settings);
        restore.setProfiles(&store, &credentials);
        restore.show();
        restore.findChild<QLineEdit *>(QStringLiteral("inputEdit"))->setText(file);
        Test::clickNext(restore);
        auto *target = restore.findChild<RestoreTargetPage *>(QStringLiteral("targetPage"));
        auto *servers = restore.findChild<QComboBox *>(QStringLiteral("serverCombo"));
        QCOMPARE(servers->count(), 1);
        QCOMPARE(servers->currentData().toString(), course.id);
        QTRY_VERIFY_WITH_TIMEOUT(target->databasesListed(), 20000);
        QVERIFY(restore.findChild<QComboBox *>(QStringLiteral("existingCombo"))->findText(QStringLiteral("kool")) >= 0);
        QCOMPARE(restore.options().connection.effectivePort(), QString::number(m_server.port()));
        QCOMPARE(restore.options().password, m_server.superuserPassword());
        QCOMPARE(restore.options().stallTimeoutS, 60); // nothing set: the default
    }

    // File → Backups (Ctrl+Shift+B) shows the page; Edit → Preferences (Ctrl+,) opens the dialog;
    // with saved profiles and no connection, Back up… is available (the Source page offers them).
    void menuActions()
    {
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        MainWindow window(&settings, &language);
        window.show();
        auto *backup = window.findChild<QAction *>(QStringLiteral("backupAction"));
        QVERIFY(!backup->isEnabled());
        addProfile(*window.profiles(), QStringLiteral("Kursuse server"), ConnectionProfile::Environment::Development, false);
        QVERIFY(backup->isEnabled());
        auto *backups = window.findChild<QAction *>(QStringLiteral("backupsAction"));
        QCOMPARE(backups->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+B")));
        backups->trigger();
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("backups"));
        auto *prefs = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QCOMPARE(prefs->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
        prefs->trigger();
        QTRY_VERIFY(window.findChild<PreferencesDialog *>() && window.findChild<PreferencesDialog *>()->isVisible());
        window.findChild<PreferencesDialog *>()->reject();
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestBackupSources)
#include "tst_backupsources.moc"
