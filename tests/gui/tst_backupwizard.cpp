// The backup and restore wizards under offscreen, driven by objectName against a real server and
// the real tools, in English and Estonian: a student clicks through Source → Kind → Options →
// Destination → Summary → Run → Result, verifies, and restores the file into a new database.
// With VALVUR_SCREENSHOT_DIR set, the Summary and Result pages are saved as PNGs
// (backup-summary-<lang>.png, backup-result-<lang>.png) for the documentation.
#include "backup/backupjob.h"
#include "backup/backupkindpage.h"
#include "backup/backupoptionspage.h"
#include "backup/backupresultpage.h"
#include "backup/backupsourcepage.h"
#include "backup/backupsummarypage.h"
#include "backup/backupwizard.h"
#include "backup/checksum.h"
#include "languagemanager.h"
#include "backup/restoreinputpage.h"
#include "backup/restoretargetpage.h"
#include "backup/restorewizard.h"
#include "testserver.h"
#include "wizardsteps.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Valvur;

class TestBackupWizard : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;
    QTemporaryDir m_dir;

    ConnectionOptions server() const
    {
        ConnectionOptions o;
        ConnectionOptions::parse(m_server.conninfo(QStringLiteral("postgres")), &o, nullptr);
        return o;
    }

    // On the indicator: the middle of a wide radio button is outside its clickable area.
    static void clickRadio(QRadioButton *r)
    {
        QTest::mouseClick(r, Qt::LeftButton, {}, QPoint(8, r->height() / 2));
    }

    static void shoot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VALVUR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(w.grab().save(QDir(dir).filePath(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BackupResult>();
        Test::TestServer::Options options;
        options.replication = true;
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE shop"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE TABLE orders(id int PRIMARY KEY, item text);\n"
                                     "INSERT INTO orders SELECT g, 'õun ' || g FROM generate_series(1, 2000) g;\n"
                                     "CREATE TABLE customers(id int, name text);\n"
                                     "INSERT INTO customers VALUES (1, 'Mari'), (2, NULL);"),
                      QStringLiteral("shop"), &ok);
        QVERIFY(ok);
    }

    void backupAndRestore_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("et") << QStringLiteral("et");
    }

    void backupAndRestore()
    {
        QFETCH(QString, lang);
        LanguageManager language;
        language.setLanguage(lang);
        QSettings settings(m_dir.filePath(QStringLiteral("settings-") + lang + QStringLiteral(".ini")), QSettings::IniFormat);
        const QString folder = m_dir.filePath(QStringLiteral("out-") + lang);
        QVERIFY(QDir().mkpath(folder));
        settings.setValue(QStringLiteral("backup/folder"), folder);
        settings.setValue(QStringLiteral("backup/toolDirectory"), m_server.binDir());

        BackupWizard wizard(server(), m_server.superuserPassword(), &settings);
        wizard.setHistoryFile(m_dir.filePath(QStringLiteral("history-") + lang + QStringLiteral(".json")));
        wizard.resize(900, 640);
        QSignalSpy loaded(wizard.sourcePage(), &BackupSourcePage::databasesLoaded);
        wizard.show();
        QVERIFY(loaded.wait(20000));
        if (lang == QLatin1String("et"))
            QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("&Edasi >"));

        // 1. Source
        auto *database = wizard.findChild<QComboBox *>(QStringLiteral("databaseCombo"));
        QStringList items;
        for (int i = 0; i < database->count(); ++i)
            items << database->itemText(i);
        QVERIFY2(database->findText(QStringLiteral("shop")) >= 0,
                 qPrintable(items.join(QLatin1Char(',')) + QLatin1Char('|') + wizard.findChild<QLabel *>(QStringLiteral("serverStatus"))->text()));
        database->setCurrentIndex(database->findText(QStringLiteral("shop")));
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("databaseSizeLabel"))->text().isEmpty());
        Test::clickNext(wizard);

        // 2. Kind: physical checks its preconditions (this server allows it), back to logical.
        QCOMPARE(wizard.currentId(), int(BackupWizard::KindPageId));
        QSignalSpy physical(wizard.kindPage(), &BackupKindPage::physicalChecked);
        clickRadio(wizard.findChild<QRadioButton *>(QStringLiteral("physicalRadio")));
        QVERIFY2(physical.wait(30000), qPrintable(wizard.findChild<QLabel *>(QStringLiteral("physicalCheckLabel"))->text()
                                                 + QString::number(wizard.findChild<QRadioButton *>(QStringLiteral("physicalRadio"))->isChecked())));
        QCOMPARE(physical.first().first().toBool(), true);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        shoot(wizard, QStringLiteral("backup-kind-%1.png").arg(lang));
        clickRadio(wizard.findChild<QRadioButton *>(QStringLiteral("logicalRadio")));
        Test::clickNext(wizard);

        // 3. Options: the tree lists the tables of shop.
        QCOMPARE(wizard.currentId(), int(BackupWizard::OptionsPageId));
        auto *tree = wizard.findChild<QTreeWidget *>(QStringLiteral("objectTree"));
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 1, 20000);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("public"));
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        auto *format = wizard.findChild<QComboBox *>(QStringLiteral("formatCombo"));
        QCOMPARE(format->currentIndex(), 0); // custom
        QVERIFY(!wizard.findChild<QWidget *>(QStringLiteral("jobsSpin"))->isEnabled());
        shoot(wizard, QStringLiteral("backup-options-%1.png").arg(lang));
        Test::clickNext(wizard);

        // 4. Destination: remembered folder, default name; an existing file needs an explicit yes.
        QCOMPARE(wizard.currentId(), int(BackupWizard::DestinationPageId));
        QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("folderEdit"))->text(), folder);
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY2(name->text().startsWith(QLatin1String("shop-")) && name->text().endsWith(QLatin1String(".dump")), qPrintable(name->text()));
        name->setText(QStringLiteral("shop.dump"));
        {
            QFile existing(QDir(folder).filePath(QStringLiteral("shop.dump")));
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("old");
        }
        name->setText(QStringLiteral("shop .dump"));
        name->setText(QStringLiteral("shop.dump"));
        QVERIFY(wizard.findChild<QCheckBox *>(QStringLiteral("overwriteCheck"))->isVisible());
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shoot(wizard, QStringLiteral("backup-destination-%1.png").arg(lang));
        QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("shop.dump"))));
        name->setText(QStringLiteral("shop-backup.dump"));
        QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("overwriteCheck"))->isVisible());
        Test::clickNext(wizard);

        // 5. Summary: the real command, the password as ***, and the preflight passed.
        QCOMPARE(wizard.currentId(), int(BackupWizard::SummaryPageId));
        auto *summary = qobject_cast<BackupSummaryPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(summary->preflightDone(), 30000);
        const QString command = wizard.findChild<QPlainTextEdit *>(QStringLiteral("commandText"))->toPlainText();
        QVERIFY2(command.contains(QLatin1String("pg_dump")) && command.contains(QLatin1String("--format=c")), qPrintable(command));
        QVERIFY(command.contains(QLatin1String("***")));
        QVERIFY(!command.contains(m_server.superuserPassword()));
        QVERIFY(command.contains(QDir(folder).filePath(QStringLiteral("shop-backup.dump"))));
        QVERIFY2(wizard.button(QWizard::CommitButton)->isEnabled(),
                 qPrintable(wizard.findChild<QLabel *>(QStringLiteral("preflightLabel"))->text()));
        shoot(wizard, QStringLiteral("backup-summary-%1.png").arg(lang));
        Test::clickNext(wizard);

        // 6-7. Run, then Result by itself.
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(BackupWizard::ResultPageId), 60000);
        const QString output = QDir(folder).filePath(QStringLiteral("shop-backup.dump"));
        QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
        QVERIFY(QFileInfo::exists(output));
        QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("shaValue"))->text(), Checksum::sha256(output));
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("sizeValue"))->text().isEmpty());
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("rtoValue"))->text().isEmpty());
        QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());

        QSignalSpy verified(wizard.findChild<BackupResultPage *>(QStringLiteral("resultPage")), &BackupResultPage::verified);
        QTest::mouseClick(wizard.findChild<QAbstractButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QVERIFY(verified.wait(60000));
        QVERIFY2(verified.first().first().toBool(), qPrintable(wizard.findChild<QLabel *>(QStringLiteral("verifyResult"))->text()));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'valvur_verify_%'")),
                 QStringLiteral("0"));
        shoot(wizard, QStringLiteral("backup-result-%1.png").arg(lang));

        // Restore the file into a new database.
        RestoreWizard restore(server(), m_server.superuserPassword(), &settings);
        restore.resize(900, 640);
        restore.show();
        QSignalSpy listed(restore.inputPage(), &RestoreInputPage::contentsLoaded);
        restore.findChild<QLineEdit *>(QStringLiteral("inputEdit"))->setText(output);
        QVERIFY(listed.wait(20000));
        QVERIFY(restore.findChild<QTreeWidget *>(QStringLiteral("contentsTree"))->topLevelItemCount() >= 1);
        QCOMPARE(restore.inputPage()->archiveDatabase(), QStringLiteral("shop"));
        Test::clickNext(restore);
        QCOMPARE(restore.currentId(), int(RestoreWizard::TargetPageId));
        const QString target = QStringLiteral("shop_restored_") + lang;
        QTRY_VERIFY_WITH_TIMEOUT(restore.findChild<QComboBox *>(QStringLiteral("existingCombo"))->count() > 0, 20000);

        // An existing database with tables: its name must be typed.
        auto *targetPage = restore.findChild<RestoreTargetPage *>(QStringLiteral("targetPage"));
        QSignalSpy checked(targetPage, &RestoreTargetPage::targetChecked);
        clickRadio(restore.findChild<QRadioButton *>(QStringLiteral("existingRadio")));
        auto *existing = restore.findChild<QComboBox *>(QStringLiteral("existingCombo"));
        existing->setCurrentIndex(existing->findText(QStringLiteral("shop")));
        QTRY_COMPARE_WITH_TIMEOUT(targetPage->existingTables(), 2, 20000);
        QVERIFY(!restore.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(restore.findChild<QLineEdit *>(QStringLiteral("confirmEdit")), QStringLiteral("shop"));
        QVERIFY(restore.button(QWizard::NextButton)->isEnabled());
        shoot(restore, QStringLiteral("restore-target-%1.png").arg(lang));

        clickRadio(restore.findChild<QRadioButton *>(QStringLiteral("newRadio")));
        auto *newName = restore.findChild<QLineEdit *>(QStringLiteral("newNameEdit"));
        newName->setText(target);
        Test::clickNext(restore);
        QVERIFY(restore.findChild<QCheckBox *>(QStringLiteral("stopOnErrorCheck"))->isChecked());
        QVERIFY(restore.findChild<QCheckBox *>(QStringLiteral("singleTransactionCheck"))->isChecked());
        Test::clickNext(restore);
        const QString restoreCommand = restore.findChild<QPlainTextEdit *>(QStringLiteral("commandText"))->toPlainText();
        QVERIFY2(restoreCommand.contains(QLatin1String("pg_restore")) && restoreCommand.contains(QLatin1String("--exit-on-error")),
                 qPrintable(restoreCommand));
        Test::clickNext(restore);
        QTRY_COMPARE_WITH_TIMEOUT(restore.currentId(), int(RestoreWizard::ResultPageId), 60000);
        QVERIFY2(restore.result().ok(), qPrintable(restore.result().error));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM orders"), target), QStringLiteral("2000"));
    }

    void restoreWizardShowsTheFirstErrorOfAPlainFile()
    {
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        const QString file = m_dir.filePath(QStringLiteral("broken.sql"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CREATE TABLE kept(id int);\nINSERT INTO kept VALUES (1);\nINSERT INTO missing_table VALUES (2);\n");
        f.close();
        RestoreWizard restore(server(), m_server.superuserPassword(), nullptr);
        restore.show();
        restore.findChild<QLineEdit *>(QStringLiteral("inputEdit"))->setText(file);
        QVERIFY(restore.button(QWizard::NextButton)->isEnabled());
        Test::clickNext(restore);
        restore.findChild<QLineEdit *>(QStringLiteral("newNameEdit"))->setText(QStringLiteral("broken_target"));
        QTRY_VERIFY_WITH_TIMEOUT(restore.button(QWizard::NextButton)->isEnabled(), 20000);
        Test::clickNext(restore);
        Test::clickNext(restore);
        QVERIFY(restore.findChild<QPlainTextEdit *>(QStringLiteral("commandText"))->toPlainText().contains(QLatin1String("ON_ERROR_STOP=1")));
        Test::clickNext(restore);
        QTRY_COMPARE_WITH_TIMEOUT(restore.currentId(), int(RestoreWizard::ResultPageId), 60000);
        shoot(restore, QStringLiteral("restore-error-en.png"));
        QVERIFY(!restore.result().ok());
        QVERIFY(restore.findChild<QLabel *>(QStringLiteral("resultStatus"))->text().contains(QLatin1String("missing_table")));
        QVERIFY(restore.findChild<QPlainTextEdit *>(QStringLiteral("statementText"))->toPlainText().contains(QLatin1String("INSERT INTO missing_table")));
        // The new database was created for this restore and dropped again: nothing is left, and the page says so.
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'broken_target'")), QStringLiteral("0"));
        QVERIFY(restore.findChild<QLabel *>(QStringLiteral("resultStatus"))->text().contains(QLatin1String("dropped again")));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestBackupWizard)
#include "tst_backupwizard.moc"
