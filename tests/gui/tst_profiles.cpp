// ctest-labels: keychain pg
// The profile dialog and the server list against a real server and a real keychain: save a
// profile with its password in gnome-keyring, connect from the list, production is read-only,
// search, duplicate, reorder, delete after confirmation; the password never reaches the settings
// file. Without a keychain (a child process with no D-Bus) the dialog says so, nothing is stored,
// and the password is asked for when connecting.
#include "doctor/connectiondoctor.h"
#include "profiles/credentialstore.h"
#include "dialogs/doctordialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "dialogs/profiledialog.h"
#include "profiles/profilestore.h"
#include "profiletreemodel.h"
#include "pg/serverconnection.h"
#include "serverlistpanel.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestProfiles : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;
    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_password;

    bool isChild() const { return qEnvironmentVariable("VALVUR_NO_KEYCHAIN_CHILD") == u"1"_s; }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    // Fills the open profile dialog and saves it.
    void fillAndSave(ProfileDialog *d, const QString &name, int environment, bool savePassword)
    {
        fill(d, name, environment, savePassword);
        QPushButton *save = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        save->click();
    }

    void fill(ProfileDialog *d, const QString &name, int environment, bool savePassword)
    {
        child<QLineEdit>(d, "nameEdit")->setText(name);
        child<QLineEdit>(d, "hostsEdit")->setText(u"127.0.0.1"_s);
        child<QSpinBox>(d, "portSpin")->setValue(m_port);
        child<QLineEdit>(d, "databaseEdit")->setText(u"postgres"_s);
        child<QLineEdit>(d, "userEdit")->setText(u"postgres"_s);
        child<QComboBox>(d, "environmentCombo")->setCurrentIndex(environment);
        child<QComboBox>(d, "groupCombo")->setCurrentText(u"Kursus"_s);
        child<QLineEdit>(d, "passwordEdit")->setText(m_password);
        if (child<QCheckBox>(d, "savePasswordCheck")->isEnabled())
            child<QCheckBox>(d, "savePasswordCheck")->setChecked(savePassword);
    }

    QString saveScreenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VALVUR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return {};
        const QString path = dir + u'/' + name;
        // Let a language switch re-lay out the widgets (longer words) before grabbing.
        QCoreApplication::processEvents();
        if (w->layout())
            w->layout()->activate();
        w->resize(w->size().expandedTo(w->minimumSizeHint()));
        QCoreApplication::processEvents();
        w->grab().save(path, "PNG");
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (isChild()) {
            // The parent's server: port and password from a 0600 file, never the environment.
            const QStringList parts = QString::fromUtf8(fileBytes(qEnvironmentVariable("VALVUR_CHILD_SERVER_FILE"))).split(u'\n');
            QCOMPARE(parts.size(), 2);
            m_port = parts.at(0).toInt();
            m_password = parts.at(1);
            return;
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_port = m_server.port();
        m_password = m_server.superuserPassword();
    }

    void dialogValidatesAndFillsFromUri()
    {
        if (isChild())
            QSKIP("parent only");
        QSettings settings(m_dir.filePath(u"dialog.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile existing;
        existing.name = u"Olemas"_s;
        existing.hosts = {u"h"_s};
        QVERIFY(store.add(existing));
        CredentialStore credentials;
        ProfileDialog d(&store, &credentials);
        d.show();
        QPushButton *save = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        auto *error = child<QLabel>(&d, "profileError");
        QVERIFY(!save->isEnabled()); // no name yet
        QVERIFY(error->isVisible());
        QTest::keyClicks(child<QLineEdit>(&d, "nameEdit"), u"Olemas"_s);
        QVERIFY(!save->isEnabled()); // taken
        QVERIFY(error->text().contains(u"Olemas"_s));
        child<QLineEdit>(&d, "nameEdit")->clear();

        // A pasted URI fills the fields; its password goes to the password field only.
        QTest::keyClicks(child<QLineEdit>(&d, "uriEdit"), u"postgresql://%C3%B5pilane:pa%3Ass@db.example.com:6543/lab?sslmode=require"_s);
        QCOMPARE(child<QLineEdit>(&d, "hostsEdit")->text(), u"db.example.com"_s);
        QCOMPARE(child<QSpinBox>(&d, "portSpin")->value(), 6543);
        QCOMPARE(child<QLineEdit>(&d, "userEdit")->text(), u"õpilane"_s);
        QCOMPARE(child<QLineEdit>(&d, "passwordEdit")->text(), u"pa:ss"_s);
        QCOMPARE(child<QComboBox>(&d, "sslModeCombo")->currentText(), u"require"_s);
        QCOMPARE(child<QLineEdit>(&d, "nameEdit")->text(), u"õpilane@db.example.com:6543/lab"_s);
        QVERIFY(save->isEnabled());
        const ConnectionProfile p = d.profile();
        QVERIFY(!p.toOptions().contains(u"password"_s));
        child<QLineEdit>(&d, "uriEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(&d, "uriEdit"), u"postgresql://h/db?bogus=1"_s);
        QVERIFY(child<QLabel>(&d, "uriError")->isVisible());
        QVERIFY(child<QLabel>(&d, "uriError")->text().contains(u"bogus"_s));

        // The environment's colour band follows the choice.
        child<QComboBox>(&d, "environmentCombo")->setCurrentIndex(2);
        QVERIFY(child<QLabel>(&d, "environmentBand")->styleSheet().contains(ConnectionProfile::environmentColor(ConnectionProfile::Environment::Production)));
        QVERIFY(child<QLabel>(&d, "environmentBand")->text().contains(u"read-only"_s));

        // "Test connection" hands the doctor the options and the typed password, saving nothing.
        QSignalSpy test(&d, &ProfileDialog::testConnectionRequested);
        child<QPushButton>(&d, "testConnectionButton")->click();
        QCOMPARE(test.count(), 1);
        // (typing the bad URI went through postgresql://h/db, which is valid and was taken)
        QCOMPARE(test.first().at(0).value<ConnectionOptions>().value(u"host"_s), u"h"_s);
        QCOMPARE(test.first().at(1).toString(), u"pa:ss"_s);
        QCOMPARE(store.count(), 1);
    }

    // "Test connection" in the dialog runs the connection doctor on what is typed, saving nothing.
    void testConnectionRunsTheDoctor()
    {
        if (isChild())
            QSKIP("parent only");
        QSettings settings(m_dir.filePath(u"doctor.ini"_s), QSettings::IniFormat);
        LanguageManager language;
        language.setLanguage(u"en"_s);
        MainWindow window(&settings, &language);
        window.show();
        ServerListPanel *panel = window.serverPanel();
        child<QToolButton>(panel, "addProfileButton")->click();
        QTRY_VERIFY(panel->openDialog());
        ProfileDialog *d = panel->openDialog();
        fill(d, u"Doktor"_s, 0, false);
        // The right password: the doctor says ok.
        child<QPushButton>(d, "testConnectionButton")->click();
        DoctorDialog *doctor = nullptr;
        QTRY_VERIFY((doctor = d->findChild<DoctorDialog *>()));
        QTRY_VERIFY_WITH_TIMEOUT(!doctor->doctor()->problem().isEmpty(), 30000);
        QCOMPARE(doctor->doctor()->problem(), u"ok"_s);
        QPointer<DoctorDialog> first = doctor;
        QVERIFY(doctor->close());
        QTRY_VERIFY(!first);
        // A wrong one typed into the dialog: the doctor names it.
        child<QLineEdit>(d, "passwordEdit")->setText(u"wrong-password"_s);
        child<QPushButton>(d, "testConnectionButton")->click();
        QTRY_VERIFY((doctor = d->findChild<DoctorDialog *>()));
        QTRY_VERIFY_WITH_TIMEOUT(!doctor->doctor()->problem().isEmpty(), 30000);
        QCOMPARE(doctor->doctor()->problem(), u"auth-failed"_s);
        QCOMPARE(d->findChildren<DoctorDialog *>().size(), 1); // one doctor per click
        QCOMPARE(window.profiles()->count(), 0); // nothing saved
    }

    // File → Import / Export: the same engine as the command line, its result in a message.
    void importAndExportFromTheWindow()
    {
        if (isChild())
            QSKIP("parent only");
        QSettings settings(m_dir.filePath(u"import.ini"_s), QSettings::IniFormat);
        LanguageManager language;
        language.setLanguage(u"en"_s);
        MainWindow window(&settings, &language);
        window.show();
        ServerListPanel *panel = window.serverPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto writeFile = [this](const QString &name, const QByteArray &data) {
            QFile f(m_dir.filePath(name));
            if (f.open(QIODevice::WriteOnly))
                f.write(data);
            return f.fileName();
        };
        panel->importFile(writeFile(u"bad.json"_s, "{\"Servers\": {\n \"1\": {\"Name\": \"a\", \"Host\": \"h\"},\n \"2\": {\"Host\": \"x\"}}}"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = panel->findChild<QMessageBox *>(u"importResult"_s)));
        QVERIFY2(box->text().contains(u"Nothing was added"_s), qPrintable(box->text()));
        QVERIFY(box->detailedText().contains(u"Line 3"_s));
        QCOMPARE(window.profiles()->count(), 0);
        QPointer<QMessageBox> closed = box;
        box->accept();
        QTRY_VERIFY(!closed);

        panel->importFile(writeFile(u"good.json"_s, "{\"Servers\": {\"1\": {\"Name\": \"a\", \"Host\": \"h\", \"Group\": \"G\"},"
                                                    " \"2\": {\"Name\": \"b\", \"Host\": \"x\"}}}"));
        QTRY_VERIFY((box = panel->findChild<QMessageBox *>(u"importResult"_s)));
        QVERIFY(box->text().contains(u"2 added"_s));
        QCOMPARE(window.profiles()->count(), 2);
        QCOMPARE(panel->view()->model()->rowCount(), 2); // group G (with a), then b
        closed = box;
        box->accept();
        QTRY_VERIFY(!closed);

        const QString out = m_dir.filePath(u"out.json"_s);
        panel->exportFile(out);
        QTRY_VERIFY(panel->findChild<QMessageBox *>(u"profileNotice"_s));
        QVERIFY(QFile::exists(out));
    }

    void profileWithKeychainConnectsFromTheList()
    {
        if (isChild())
            QSKIP("parent only");
        const QString ini = m_dir.filePath(u"window.ini"_s);
        QSettings settings(ini, QSettings::IniFormat);
        LanguageManager language;
        language.setLanguage(u"en"_s);
        MainWindow window(&settings, &language);
        window.resize(1280, 800);
        window.show();
        ServerListPanel *panel = window.serverPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTreeView *view = panel->view();

        child<QToolButton>(panel, "addProfileButton")->click();
        QTRY_VERIFY(panel->openDialog());
        ProfileDialog *d = panel->openDialog();
        // The keychain answers on the test session: the checkbox stays available, no warning.
        QTRY_VERIFY(child<QCheckBox>(d, "savePasswordCheck")->isEnabled());
        QVERIFY(d->keychainAvailable());
        QVERIFY(!child<QLabel>(d, "keychainMessage")->isVisible());
        saveScreenshot(d, u"profile-dialog-en.png"_s);
        language.setLanguage(u"et"_s);
        QTRY_COMPARE(child<QCheckBox>(d, "savePasswordCheck")->text(), u"Salvesta parool süsteemi võtmehoidjasse"_s);
        saveScreenshot(d, u"profile-dialog-et.png"_s);
        language.setLanguage(u"en"_s);
        fillAndSave(d, u"Tootmine"_s, 2, true);

        QTRY_COMPARE(window.profiles()->count(), 1);
        const QString id = window.profiles()->profiles().first().id;
        QTRY_VERIFY_WITH_TIMEOUT(window.profiles()->findById(id)->passwordInKeychain, 20000);
        QCOMPARE(window.profiles()->findById(id)->passwordLocation(), ConnectionProfile::PasswordLocation::Keychain);
        QVERIFY(fileBytes(ini).contains("Tootmine"));
        QVERIFY(!fileBytes(ini).contains(m_password.toUtf8())); // the settings file never holds it

        // Shown under its group, with the production band; Enter connects with the keychain's password.
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex group = view->model()->index(0, 0);
        QCOMPARE(group.data().toString(), u"Kursus"_s);
        const QModelIndex item = view->model()->index(0, 0, group);
        QCOMPARE(item.data().toString(), u"Tootmine"_s);
        QCOMPARE(item.data(ProfileTreeModel::EnvironmentRole).toInt(), int(ConnectionProfile::Environment::Production));
        view->setCurrentIndex(item);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(window.currentServer() && window.currentServer()->state() == PgSession::State::Connected, 20000);
        ServerConnection *server = window.currentServer();
        QCOMPARE(server->profileId(), id);
        QCOMPARE(server->environment(), ServerConnection::Environment::Production);
        auto *band = window.findChild<QLabel *>(u"environmentBand"_s);
        QVERIFY(band->isVisible());
        QVERIFY(band->text().contains(u"Production"_s));
        QVERIFY(window.findChild<QLabel *>(u"connectionStatus"_s)->text().contains(u"Tootmine"_s));

        // Production: the monitoring session cannot write.
        QString readOnly;
        bool done = false;
        server->session()->exec(u"SHOW default_transaction_read_only"_s, this, [&](const PgReply &r) {
            done = true;
            if (r.ok())
                readOnly = r.first().value(0, 0).toString();
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(readOnly, u"on"_s);

        // Search: nothing matches, then the address matches.
        auto *search = child<QLineEdit>(panel, "serverSearch");
        QTest::keyClicks(search, u"zzz"_s);
        QCOMPARE(view->model()->rowCount(), 0);
        search->clear();
        QTest::keyClicks(search, u"127.0.0"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        search->clear();

        // Duplicate, reorder, delete with confirmation (cancel first, then yes).
        panel->selectProfile(id);
        child<QToolButton>(panel, "duplicateProfileButton")->click();
        QCOMPARE(window.profiles()->count(), 2);
        const ConnectionProfile copy = window.profiles()->profiles().at(1);
        QCOMPARE(copy.name, u"Tootmine (copy)"_s);
        QVERIFY(!copy.passwordInKeychain); // a secret is not copied
        QCOMPARE(panel->currentProfileId(), copy.id);
        child<QToolButton>(panel, "moveUpButton")->click();
        QCOMPARE(window.profiles()->profiles().first().id, copy.id);
        QCOMPARE(panel->currentProfileId(), copy.id);
        child<QToolButton>(panel, "moveDownButton")->click();
        QCOMPARE(window.profiles()->profiles().last().id, copy.id);

        child<QToolButton>(panel, "deleteProfileButton")->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = panel->findChild<QMessageBox *>(u"deleteConfirmation"_s)));
        QVERIFY(confirm->text().contains(u"Tootmine (copy)"_s));
        confirm->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!panel->findChild<QMessageBox *>(u"deleteConfirmation"_s));
        QCOMPARE(window.profiles()->count(), 2);
        child<QToolButton>(panel, "deleteProfileButton")->click();
        QTRY_VERIFY((confirm = panel->findChild<QMessageBox *>(u"deleteConfirmation"_s)));
        QPointer<QMessageBox> answered = confirm;
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(window.profiles()->count(), 1);
        QTRY_VERIFY(!answered); // closed and gone

        // Edit: the dialog shows the stored profile; the keychain password stays when left empty.
        panel->selectProfile(id);
        child<QToolButton>(panel, "editProfileButton")->click();
        QTRY_VERIFY(panel->openDialog());
        d = panel->openDialog();
        QCOMPARE(child<QLineEdit>(d, "nameEdit")->text(), u"Tootmine"_s);
        QCOMPARE(child<QComboBox>(d, "environmentCombo")->currentIndex(), 2);
        QVERIFY(child<QCheckBox>(d, "savePasswordCheck")->isChecked());
        QVERIFY(child<QLineEdit>(d, "passwordEdit")->text().isEmpty());
        d->reject();

        // Deleting the profile removes its password from the keychain too.
        child<QToolButton>(panel, "deleteProfileButton")->click();
        QTRY_VERIFY((confirm = panel->findChild<QMessageBox *>(u"deleteConfirmation"_s)));
        confirm->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(window.profiles()->count(), 0);
        QTRY_VERIFY(!window.currentServer());
        bool readDone = false;
        CredentialStore::Outcome outcome = CredentialStore::Outcome::Ok;
        window.credentials()->readPassword(id, this, [&](CredentialStore::Outcome o, const QString &, const QString &) {
            readDone = true;
            outcome = o;
        });
        QTRY_VERIFY_WITH_TIMEOUT(readDone, 20000);
        QCOMPARE(outcome, CredentialStore::Outcome::NotFound);
    }

    // --profile NAME --screenshot with the password in the keychain: the picture waits for the
    // keychain, then for the connection and the page's data. (It used to grab the empty state
    // at once because no server was open while the keychain was still answering.) The profile
    // points at a port where nothing listens, so the honest outcome is "no data" with the reason,
    // never a picture of an empty window reported as success; then the same with the real server.
    void screenshotWithProfileWaitsForTheKeychain()
    {
        if (isChild())
            QSKIP("parent only");
        const QString ini = m_dir.filePath(u"screenshot.ini"_s);
        QSettings settings(ini, QSettings::IniFormat);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int closedPort = probe.serverPort();
        probe.close();
        CredentialStore credentials;
        QStringList ids;
        {
            ProfileStore store(&settings);
            for (const auto &[name, port] : {std::pair{u"Suletud"_s, closedPort}, std::pair{u"Avatud"_s, m_port}}) {
                ConnectionProfile p;
                p.name = name;
                p.hosts = {u"127.0.0.1"_s};
                p.port = port;
                p.database = u"postgres"_s;
                p.user = u"postgres"_s;
                p.passwordInKeychain = true;
                ConnectionProfile added;
                QString error;
                QVERIFY2(store.add(p, &error, &added), qPrintable(error));
                ids << added.id;
                bool written = false;
                CredentialStore::Outcome outcome = CredentialStore::Outcome::Unavailable;
                credentials.writePassword(added.id, m_password, this, [&](CredentialStore::Outcome o, const QString &, const QString &) {
                    written = true;
                    outcome = o;
                });
                QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
                QCOMPARE(outcome, CredentialStore::Outcome::Ok);
            }
        }
        LanguageManager language;
        language.setLanguage(u"en"_s);
        for (const QString &name : {u"Suletud"_s, u"Avatud"_s}) {
            MainWindow window(&settings, &language);
            window.resize(1280, 800);
            window.show();
            QString error;
            QVERIFY2(window.openProfile(name, &error), qPrintable(error));
            QVERIFY(!window.currentServer()); // the keychain has not answered yet
            QSignalSpy shot(&window, &MainWindow::screenshotDone);
            const QString png = m_dir.filePath(name + u".png"_s);
            window.screenshotWhenReady(png, 20000);
            QVERIFY(shot.wait(25000));
            QVERIFY(window.currentServer());
            if (name == u"Suletud"_s) {
                QCOMPARE(shot.first().at(0).toInt(), 2);
                QVERIFY2(shot.first().at(1).toString().contains(u"got no data"_s), qPrintable(shot.first().at(1).toString()));
                QVERIFY(!QFile::exists(png));
            } else {
                QCOMPARE(shot.first().at(0).toInt(), 0);
                QVERIFY(window.currentPage()->hasData());
                QVERIFY(!QImage(png).isNull());
            }
        }
        for (const QString &id : ids) {
            bool deleted = false;
            credentials.deletePassword(id, this, [&](CredentialStore::Outcome, const QString &, const QString &) { deleted = true; });
            QTRY_VERIFY_WITH_TIMEOUT(deleted, 20000);
        }
    }

    // A profile that keeps no password: Valvur asks, connects, and stores nothing.
    void askedPasswordIsNotStored()
    {
        const QString ini = m_dir.filePath(isChild() ? u"child.ini"_s : u"ask.ini"_s);
        QSettings settings(ini, QSettings::IniFormat);
        LanguageManager language;
        language.setLanguage(u"en"_s);
        MainWindow window(&settings, &language);
        window.show();
        ServerListPanel *panel = window.serverPanel();
        child<QToolButton>(panel, "addProfileButton")->click();
        QTRY_VERIFY(panel->openDialog());
        ProfileDialog *d = panel->openDialog();
        auto *check = child<QCheckBox>(d, "savePasswordCheck");
        if (isChild()) {
            // No keychain answers: the dialog says so in plain words and cannot save the password.
            QTRY_VERIFY_WITH_TIMEOUT(!check->isEnabled(), 30000);
            QVERIFY(!check->isChecked());
            auto *message = child<QLabel>(d, "keychainMessage");
            QVERIFY(message->isVisible());
            QVERIFY2(message->text().contains(u"No system keychain answered"_s), qPrintable(message->text()));
            saveScreenshot(d, u"profile-dialog-no-keychain-en.png"_s);
            language.setLanguage(u"et"_s);
            QTRY_VERIFY(message->text().contains(u"võtmehoidja"_s));
            saveScreenshot(d, u"profile-dialog-no-keychain-et.png"_s);
            language.setLanguage(u"en"_s);
            fillAndSave(d, u"Arendus"_s, 0, true);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 20000);
            fillAndSave(d, u"Arendus"_s, 0, false);
        }
        QTRY_COMPARE(window.profiles()->count(), 1);
        const ConnectionProfile p = window.profiles()->profiles().first();
        QVERIFY(!p.passwordInKeychain);
        QCOMPARE(p.passwordLocation(), ConnectionProfile::PasswordLocation::Ask);

        panel->connectProfile(p.id);
        QInputDialog *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = panel->findChild<QInputDialog *>(u"passwordPrompt"_s)), 20000);
        QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
        prompt->setTextValue(m_password);
        prompt->accept();
        QTRY_VERIFY_WITH_TIMEOUT(window.currentServer() && window.currentServer()->state() == PgSession::State::Connected, 20000);
        QCOMPARE(window.currentServer()->environment(), ServerConnection::Environment::Development);
        settings.sync();
        QVERIFY(!fileBytes(ini).contains(m_password.toUtf8()));
        QVERIFY(!window.profiles()->findById(p.id)->passwordInKeychain);
    }

    // The list as a user with several servers sees it (for docs/screenshots; asserts what it shows).
    void serverListScreenshots()
    {
        if (isChild())
            QSKIP("parent only");
        QTemporaryDir dir;
        const QString pgpass = dir.filePath(u"pgpass"_s);
        QFile f(pgpass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(m_port).arg(m_password).toUtf8());
        f.close();
        qputenv("PGPASSFILE", pgpass.toUtf8());
        QSettings settings(dir.filePath(u"shots.ini"_s), QSettings::IniFormat);
        {
            ProfileStore store(&settings);
            auto add = [&store](const QString &name, const QString &group, ConnectionProfile::Environment env, const QString &host, int port) {
                ConnectionProfile p;
                p.name = name;
                p.group = group;
                p.environment = env;
                p.hosts = {host};
                p.port = port;
                p.user = u"postgres"_s;
                p.database = u"postgres"_s;
                return store.add(p);
            };
            using E = ConnectionProfile::Environment;
            QVERIFY(add(u"Kohalik arendus"_s, u"Kursus"_s, E::Development, u"127.0.0.1"_s, m_port));
            QVERIFY(add(u"Teine konteiner (5433)"_s, u"Kursus"_s, E::Development, u"localhost"_s, 5433));
            QVERIFY(add(u"Staging"_s, u"Firma"_s, E::Staging, u"staging.example.com"_s, 5432));
            QVERIFY(add(u"Tootmine"_s, u"Firma"_s, E::Production, u"127.0.0.1"_s, m_port));
            QVERIFY(add(u"Hallatud andmebaas"_s, QString(), E::Production, u"managed.example.net"_s, 25060));
        }
        LanguageManager language;
        language.setLanguage(u"en"_s);
        MainWindow window(&settings, &language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProfile(u"Tootmine"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentServer() && window.currentServer()->state() == PgSession::State::Connected, 20000);
        QCOMPARE(window.currentServer()->title(), u"Tootmine"_s);
        Page *page = window.currentPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->hasData(), 20000);
        QCOMPARE(window.serverPanel()->view()->model()->rowCount(), 3); // Kursus, Firma, the ungrouped one
        saveScreenshot(&window, u"server-list-en.png"_s);
        language.setLanguage(u"et"_s);
        QTRY_VERIFY(window.findChild<QLabel *>(u"environmentBand"_s)->text().contains(u"Toodang"_s));
        saveScreenshot(&window, u"server-list-et.png"_s);
        language.setLanguage(u"en"_s);

        // Searching for a group shows its servers.
        ServerListPanel *panel = window.serverPanel();
        QTest::keyClicks(child<QLineEdit>(panel, "serverSearch"), u"firma"_s);
        QAbstractItemModel *shown = panel->view()->model();
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->rowCount(shown->index(0, 0)), 2);
        child<QLineEdit>(panel, "serverSearch")->clear();

        // A development server made production while connected reconnects read-only.
        QVERIFY(window.openProfile(u"Kohalik arendus"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.currentServer() && window.currentServer()->title() == u"Kohalik arendus"_s
                                     && window.currentServer()->state() == PgSession::State::Connected,
                                 20000);
        auto readOnly = [this](ServerConnection *server) {
            QString value;
            bool done = false;
            server->session()->exec(u"SHOW default_transaction_read_only"_s, this, [&](const PgReply &r) {
                done = true;
                value = r.ok() ? r.first().value(0, 0).toString() : u"error"_s;
            });
            if (!QTest::qWaitFor([&done] { return done; }, 10000))
                return u"no answer"_s;
            return value;
        };
        QCOMPARE(readOnly(window.currentServer()), u"off"_s);
        child<QToolButton>(panel, "editProfileButton")->click();
        QTRY_VERIFY(panel->openDialog());
        ProfileDialog *d = panel->openDialog();
        child<QComboBox>(d, "environmentCombo")->setCurrentIndex(2);
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.currentServer() && window.currentServer()->environment() == ServerConnection::Environment::Production
                                     && window.currentServer()->state() == PgSession::State::Connected,
                                 20000);
        QCOMPARE(readOnly(window.currentServer()), u"on"_s);
        qunsetenv("PGPASSFILE");
    }

    void withoutKeychain()
    {
        if (isChild())
            QSKIP("parent only");
        QTemporaryDir home;
        const QString serverFile = home.filePath(u"server"_s);
        QFile f(serverFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(QString(QString::number(m_port) + u'\n' + m_password).toUtf8());
        f.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VALVUR_NO_KEYCHAIN_CHILD"_s, u"1"_s);
        env.insert(u"VALVUR_CHILD_SERVER_FILE"_s, serverFile);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/valvur-no-bus"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"askedPasswordIsNotStored"_s});
        QVERIFY(child.waitForFinished(120000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(u"PASS   : TestProfiles::askedPasswordIsNotStored()"_s), qPrintable(output));
    }
};

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
