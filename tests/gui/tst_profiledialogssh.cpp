// ctest-labels: keychain
// The profile dialog's SSH part in the window, by keyboard: the group folds while off, Alt+L turns
// it on (the dialog grows), wrong values are refused with a message and Save stays off, the saved
// profile keeps every field, the dialog opened again from the list shows them, and turning the
// group off forgets the tunnel. The key passphrase typed in the SSH part goes to the real keychain
// ("<id>/ssh") and nowhere in the settings file; opened again the field is empty and says it is
// saved; turning the SSH part off removes it from the keychain. PNGs of the filled part in English and Estonian
// (VALVUR_SCREENSHOT_DIR, else the build dir's screenshots/).
#include "dialogs/profiledialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profiles/credentialstore.h"
#include "profiles/profilestore.h"
#include "serverlistpanel.h"
#include "widgetshot.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestProfileDialogSsh : public QObject
{
    Q_OBJECT
private:
    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QString::fromLatin1(name));
    }

    // The server part; no server is needed, nothing connects.
    static void fill(ProfileDialog *d)
    {
        child<QLineEdit>(d, "nameEdit")->setText(u"Tunneliga"_s);
        child<QLineEdit>(d, "hostsEdit")->setText(u"127.0.0.1"_s);
        child<QSpinBox>(d, "portSpin")->setValue(5432);
        child<QLineEdit>(d, "databaseEdit")->setText(u"postgres"_s);
        child<QLineEdit>(d, "userEdit")->setText(u"postgres"_s);
        child<QComboBox>(d, "groupCombo")->setCurrentText(u"Kursus"_s);
        child<QCheckBox>(d, "savePasswordCheck")->setChecked(false);
    }

    const QString m_secret = u"pp-"_s + QString::number(QDateTime::currentMSecsSinceEpoch()) + u"-Õun"_s;

    // What the keychain holds for the profile's SSH part now ("<not found>", "<no keychain>").
    static QString keychainSecret(const QString &profileId)
    {
        CredentialStore store;
        QString result;
        bool done = false;
        store.readPassword(SshEndpoint::keychainKey(profileId), &store, [&](CredentialStore::Outcome o, const QString &secret, const QString &) {
            result = o == CredentialStore::Outcome::Ok ? secret
                : o == CredentialStore::Outcome::NotFound ? u"<not found>"_s : u"<no keychain>"_s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return u"<no answer>"_s;
        return result;
    }

private Q_SLOTS:
    // The SSH part by keyboard: Alt+L turns the tunnel on, Alt+I goes to the destination. A port
    // that is no port and a destination with a space are refused with a message (Save stays
    // off); the saved profile keeps every field (the port as ssh://…), and the dialog opened
    // again from the list shows them.
    void sshPartIsSavedAndShownAgain()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"ssh.ini"_s);
        QSettings settings(ini, QSettings::IniFormat);
        LanguageManager language;
        language.setLanguage(u"en"_s);
        MainWindow window(&settings, &language);
        window.resize(1280, 800);
        window.show();
        ServerListPanel *panel = window.serverPanel();
        child<QToolButton>(panel, "addProfileButton")->click();
        QTRY_VERIFY(panel->openDialog());
        ProfileDialog *d = panel->openDialog();
        fill(d);
        auto *box = child<QGroupBox>(d, "sshBox");
        QPushButton *save = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        auto *error = child<QLabel>(d, "profileError");
        QVERIFY(!box->isChecked());
        QVERIFY(!child<QLineEdit>(d, "sshDestinationEdit")->isVisible()); // folded while off
        QVERIFY(save->isEnabled());

        d->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d));
        QTest::keyClick(d, Qt::Key_L, Qt::AltModifier);
        QVERIFY(box->isChecked());
        QVERIFY(child<QLineEdit>(d, "sshDestinationEdit")->isVisible());
        QVERIFY(d->height() >= d->sizeHint().height()); // the dialog grew with the fields
        QVERIFY(!save->isEnabled()); // a tunnel needs a destination
        QVERIFY2(error->text().contains(u"SSH destination"_s), qPrintable(error->text()));
        QTest::keyClick(d, Qt::Key_I, Qt::AltModifier);
        QTRY_VERIFY(child<QLineEdit>(d, "sshDestinationEdit")->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), u"deploy@vps example"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY2(error->text().contains(u"contains a space"_s), qPrintable(error->text()));
        child<QLineEdit>(d, "sshDestinationEdit")->setText(u"deploy@vps.example:2222"_s);
        QVERIFY(save->isEnabled());

        QTest::keyClick(d, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(child<QLineEdit>(d, "sshRemotePortEdit")->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), u"70000"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"\"70000\" is not a port"_s) && error->text().contains(u"1 to 65535"_s), qPrintable(error->text()));
        child<QLineEdit>(d, "sshRemotePortEdit")->setText(u"5433"_s);
        QVERIFY(save->isEnabled());

        child<QLineEdit>(d, "sshJumpHostsEdit")->setText(u"bastion, ops@jump2:2200"_s);
        QTest::keyClick(d, Qt::Key_Y, Qt::AltModifier); // the socket directory radio (an animated click)
        QTRY_VERIFY(child<QRadioButton>(d, "sshSocketRadio")->isChecked());
        QVERIFY(!child<QLineEdit>(d, "sshRemoteHostEdit")->isEnabled());
        QVERIFY(!save->isEnabled());
        QVERIFY2(error->text().contains(u"socket directory"_s), qPrintable(error->text()));
        child<QLineEdit>(d, "sshSocketDirectoryEdit")->setText(u"/var/run/postgresql"_s);
        child<QLineEdit>(d, "sshIdentityFileEdit")->setText(u"/home/deploy/.ssh/id_ed25519"_s);
        // The key's passphrase: Alt+W, typed hidden; it goes to the keychain only.
        QTest::keyClick(d, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(child<QLineEdit>(d, "sshSecretEdit")->hasFocus());
        QCOMPARE(child<QLineEdit>(d, "sshSecretEdit")->echoMode(), QLineEdit::Password);
        QTest::keyClicks(QApplication::focusWidget(), m_secret);
        QVERIFY(save->isEnabled());
        QVERIFY(!error->isVisible());
        Test::saveWidgetShot(d, u"profile-ssh-en.png"_s);
        language.setLanguage(u"et"_s);
        QTRY_COMPARE(box->title(), u"SSH-tunne&l"_s);
        Test::saveWidgetShot(d, u"profile-ssh-et.png"_s);
        language.setLanguage(u"en"_s);
        save->click();

        QTRY_COMPARE(window.profiles()->count(), 1);
        const SshEndpoint expected{u"ssh://deploy@vps.example:2222"_s, {u"bastion"_s, u"ops@jump2:2200"_s},
                                   u"/home/deploy/.ssh/id_ed25519"_s, QString(), 5433, u"/var/run/postgresql"_s};
        QCOMPARE(window.profiles()->profiles().first().ssh, expected);
        const QString id = window.profiles()->profiles().first().id;
        QTRY_COMPARE_WITH_TIMEOUT(keychainSecret(id), m_secret, 20000);
        settings.sync();
        {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(m_secret.toUtf8()));
        }
        {
            QSettings again(ini, QSettings::IniFormat);
            QCOMPARE(ProfileStore(&again).findByName(u"Tunneliga"_s)->ssh, expected);
        }

        QTreeView *view = panel->view();
        const QModelIndex item = view->model()->index(0, 0, view->model()->index(0, 0));
        QCOMPARE(item.data().toString(), u"Tunneliga"_s);
        view->setCurrentIndex(item);
        QTRY_VERIFY(!panel->openDialog());
        child<QToolButton>(panel, "editProfileButton")->click();
        QTRY_VERIFY(panel->openDialog());
        d = panel->openDialog();
        QVERIFY(child<QGroupBox>(d, "sshBox")->isChecked());
        QCOMPARE(child<QLineEdit>(d, "sshDestinationEdit")->text(), u"ssh://deploy@vps.example:2222"_s);
        QCOMPARE(child<QLineEdit>(d, "sshJumpHostsEdit")->text(), u"bastion, ops@jump2:2200"_s);
        QVERIFY(child<QRadioButton>(d, "sshSocketRadio")->isChecked());
        QCOMPARE(child<QLineEdit>(d, "sshSocketDirectoryEdit")->text(), u"/var/run/postgresql"_s);
        QCOMPARE(child<QLineEdit>(d, "sshRemotePortEdit")->text(), u"5433"_s);
        QCOMPARE(child<QLineEdit>(d, "sshIdentityFileEdit")->text(), u"/home/deploy/.ssh/id_ed25519"_s);
        QVERIFY(child<QLineEdit>(d, "sshSecretEdit")->text().isEmpty()); // never shown again, only that it is saved
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(d, "sshSecretEdit")->placeholderText(), u"saved in the keychain; leave empty to keep it"_s, 20000);
        // Turned off, the profile forgets its tunnel and the keychain its passphrase.
        child<QGroupBox>(d, "sshBox")->setChecked(false);
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!window.profiles()->profiles().first().ssh.isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(keychainSecret(id), u"<not found>"_s, 20000);
    }
};

QTEST_MAIN(TestProfileDialogSsh)
#include "tst_profiledialogssh.moc"
