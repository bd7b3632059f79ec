// ctest-labels: ssh gui keychain
// The unknown host key in the window: a profile behind an SSH host whose known_hosts (the
// harness's ssh_config UserKnownHostsFile) is empty. Connecting from the server list puts the
// host's fingerprint to the user (HostKeyDialog among the windows); "Trust and connect" writes
// the key to that known_hosts and the server connects through the tunnel; Cancel leaves
// known_hosts as it was and the server unconnected. The status bar of the main window shows the
// tunnel while it is not ready: ssh killed under a connected server → "SSH tunnel to …:
// reconnecting", then Connected again (both languages). "Test connection" in the profile dialog
// of such a profile runs the doctor through the SSH leg: the ssh steps first, then ok. A changed
// host key is refused in the window (the removal line names the known_hosts ssh reads); a refused
// SSH host shows "connecting…", then "failed: <cause>" in the status bar.
#include "dialogs/doctordialog.h"
#include "dialogs/hostkeydialog.h"
#include "doctor/connectiondoctor.h"
#include "dialogs/profiledialog.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pg/serverconnection.h"
#include "profiles/credentialstore.h"
#include "profiles/profilestore.h"
#include "serverlistmodel.h"
#include "serverlistpanel.h"
#include "ssh/sshtunnel.h"
#include "sshserver.h"
#include "testserver.h"
#include "widgetshot.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Valvur;

class TestSshHostKeyWindow : public QObject
{
    Q_OBJECT
private:
    // The server list as the window has it, with its own settings file.
    struct Window
    {
        explicit Window(const QString &settingsFile)
            : settings(settingsFile, QSettings::IniFormat)
        {
            panel.show();
        }
        QSettings settings;
        ProfileStore store{&settings};
        CredentialStore credentials;
        ServerListModel servers;
        ServerListPanel panel{&store, &credentials, &servers};
    };

    static QString keychainSecret(const QString &key)
    {
        CredentialStore store;
        QString result;
        bool done = false;
        store.readPassword(key, &store, [&](CredentialStore::Outcome o, const QString &secret, const QString &) {
            result = o == CredentialStore::Outcome::Ok ? secret : QStringLiteral("<none>");
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) ? result : QStringLiteral("<no answer>");
    }

    Test::SshServer m_ssh;
    Test::TestServer m_pg;
    QTemporaryDir m_dir;

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    template<typename T>
    static T *topLevel(const QString &name = QString())
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *found = qobject_cast<T *>(w);
            if (found && found->isVisible() && (name.isEmpty() || found->objectName() == name))
                return found;
        }
        return nullptr;
    }

    // An ssh_config for the harness's host with an empty known_hosts (returned) for the tunnels.
    QString useEmptyKnownHosts(const QString &name)
    {
        qputenv("VALVUR_SSH_CONFIG", m_ssh.writeClientConfig(name, QString(), m_ssh.clientKey()).toUtf8());
        return m_ssh.dir() + QLatin1Char('/') + name + QStringLiteral(".known_hosts");
    }

    // A profile behind the harness's sshd, reaching the database only through the tunnel.
    QString addProfile(ProfileStore &store, const QString &destination = {})
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Taga SSH-i");
        p.hosts = {QStringLiteral("db.invalid")};
        p.user = QStringLiteral("postgres");
        p.database = QStringLiteral("postgres");
        p.ssh.destination = destination.isEmpty() ? m_ssh.alias() : destination;
        p.ssh.remoteSocketDir = m_pg.socketDir();
        p.ssh.remotePort = m_pg.port();
        ConnectionProfile added;
        QString error;
        if (!store.add(p, &error, &added))
            qWarning() << error;
        return added.id;
    }

    // Connects the profile (answering the password question with nothing: the socket trusts)
    // and returns the host-key question that comes.
    HostKeyDialog *connectAndAsk(ServerListPanel &panel, const QString &id)
    {
        if (!connectWithoutPassword(panel, id))
            return nullptr;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(topLevel<HostKeyDialog>(), 30000); }();
        return topLevel<HostKeyDialog>();
    }

    bool connectWithoutPassword(ServerListPanel &panel, const QString &id)
    {
        panel.connectProfile(id);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(topLevel<QInputDialog>(QStringLiteral("passwordPrompt")), 10000); }();
        auto *prompt = topLevel<QInputDialog>(QStringLiteral("passwordPrompt"));
        if (!prompt)
            return false;
        prompt->setTextValue(QString());
        prompt->accept();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ssh.start(), qPrintable(QStringLiteral("sshd cannot run here: ") + m_ssh.error()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        QVERIFY(m_dir.isValid());
    }

    void cancelLeavesKnownHostsAndServerAlone_data() { statusBarShowsTheTunnel_data(); }

    void cancelLeavesKnownHostsAndServerAlone()
    {
        QFETCH(QString, lang);
        LanguageManager language;
        language.setLanguage(lang);
        Window w(m_dir.filePath(QStringLiteral("cancel-%1.ini").arg(lang)));
        const QString known = useEmptyKnownHosts(QStringLiteral("w-cancel-") + lang);
        const QString id = addProfile(w.store);
        ServerListModel &servers = w.servers;
        ServerListPanel &panel = w.panel;
        QVERIFY(!id.isEmpty());

        HostKeyDialog *dialog = connectAndAsk(panel, id);
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), HostKeyDialog::Kind::Unknown);
        QCOMPARE(dialog->key().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(dialog->key().port, m_ssh.port());
        QVERIFY2(m_ssh.hostKeyFingerprint().contains(dialog->key().fingerprint) && !dialog->key().fingerprint.isEmpty(),
                 qPrintable(dialog->key().fingerprint + QStringLiteral(" vs ") + m_ssh.hostKeyFingerprint()));
        if (!qEnvironmentVariableIsEmpty("VALVUR_SSH_SCREENSHOT_DIR"))
            dialog->grab().save(qEnvironmentVariable("VALVUR_SSH_SCREENSHOT_DIR") + QStringLiteral("/ssh-host-key-%1.png").arg(lang));
        QSignalSpy closed(dialog, &QDialog::finished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(closed.count(), 1);
        QVERIFY(fileBytes(known).isEmpty());
        ServerConnection *server = servers.server(0);
        QVERIFY(server);
        QVERIFY(server->state() != PgSession::State::Connected);
        QCOMPARE(server->sshTunnel()->state(), SshTunnel::State::Failed);
    }

    void trustWritesKnownHostsAndConnects()
    {
        Window w(m_dir.filePath(QStringLiteral("trust.ini")));
        const QString known = useEmptyKnownHosts(QStringLiteral("w-trust"));
        const QString id = addProfile(w.store);
        ServerListModel &servers = w.servers;
        ServerListPanel &panel = w.panel;

        HostKeyDialog *dialog = connectAndAsk(panel, id);
        QVERIFY(dialog);
        ServerConnection *server = servers.server(0);
        QVERIFY(server);
        QSignalSpy connected(server, &ServerConnection::connected);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trustButton")), Qt::LeftButton);
        QVERIFY2(connected.wait(30000), qPrintable(server->session()->lastError().message()));
        const QByteArray line = fileBytes(known);
        QVERIFY2(line.startsWith(QByteArrayLiteral("[127.0.0.1]:") + QByteArray::number(m_ssh.port()) + ' '), line.constData());
        QCOMPARE(server->sshTunnel()->state(), SshTunnel::State::Ready);
        QCOMPARE(server->options().value(QStringLiteral("host")), server->sshTunnel()->socketDir());
    }

    void statusBarShowsTheTunnel_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("et") << QStringLiteral("et");
    }

    void statusBarShowsTheTunnel()
    {
        QFETCH(QString, lang);
        qputenv("VALVUR_SSH_CONFIG", m_ssh.clientConfig().toUtf8()); // known_hosts holds the key
        QSettings settings(m_dir.filePath(QStringLiteral("status-%1.ini").arg(lang)), QSettings::IniFormat);
        LanguageManager language;
        language.setLanguage(lang);
        MainWindow window(&settings, &language);
        window.show();
        const QString id = addProfile(*window.profiles());
        QVERIFY(connectWithoutPassword(*window.serverPanel(), id));
        auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QVERIFY(status);
        const QString connected = lang == QLatin1String("en") ? QStringLiteral("— Connected") : QStringLiteral("— Ühendatud");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().endsWith(connected), 30000);
        ServerConnection *server = window.serverPanel()->currentServer();
        QVERIFY(server && server->sshTunnel());

        ::kill(pid_t(server->sshTunnel()->processId()), SIGKILL);
        const QString reconnecting = lang == QLatin1String("en") ? QStringLiteral("reconnecting") : QStringLiteral("uuesti");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(m_ssh.alias()) && status->text().contains(reconnecting), 20000);
        QVERIFY2(status->text().contains(QLatin1String("SSH")), qPrintable(status->text()));
        if (!qEnvironmentVariableIsEmpty("VALVUR_SSH_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("VALVUR_SSH_SCREENSHOT_DIR") + QStringLiteral("/ssh-reconnecting-%1.png").arg(lang));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().endsWith(connected), 40000);
    }

    // known_hosts holds another key for the host: the window shows the refusal (no Trust button)
    // with the key the host offers now and the removal line for the file ssh reads; nothing is
    // written and the server stays unconnected.
    void aChangedHostKeyIsRefusedInTheWindow()
    {
        const QString impostor = m_ssh.makeStrangerKey(QStringLiteral("impostor_host_key"));
        const QByteArray pub = fileBytes(impostor + QStringLiteral(".pub")).trimmed();
        QVERIFY(pub.startsWith("ssh-ed25519 "));
        const QString pattern = QStringLiteral("[127.0.0.1]:%1").arg(m_ssh.port());
        const QString line = pattern + QLatin1Char(' ') + QString::fromUtf8(pub.split(' ').mid(0, 2).join(' ')) + QLatin1Char('\n');
        qputenv("VALVUR_SSH_CONFIG", m_ssh.writeClientConfig(QStringLiteral("w-changed"), line, m_ssh.clientKey()).toUtf8());
        const QString known = m_ssh.dir() + QStringLiteral("/w-changed.known_hosts");
        Window w(m_dir.filePath(QStringLiteral("changed.ini")));
        const QString id = addProfile(w.store);
        HostKeyDialog *dialog = connectAndAsk(w.panel, id);
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), HostKeyDialog::Kind::Changed);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("trustButton")));
        QVERIFY2(m_ssh.hostKeyFingerprint().contains(dialog->key().fingerprint) && !dialog->key().fingerprint.isEmpty(),
                 qPrintable(dialog->key().fingerprint));
        const QString why = dialog->findChild<QLabel *>(QStringLiteral("hostKeyExplanation"))->text();
        QVERIFY2(why.contains(QStringLiteral("ssh-keygen -f '%1' -R '%2'").arg(known, pattern)), qPrintable(why));
        QCOMPARE(w.servers.server(0)->sshTunnel()->cause(), QStringLiteral("ssh-host-key-changed"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        QCOMPARE(QString::fromUtf8(fileBytes(known)), line);
        QVERIFY(w.servers.server(0)->state() != PgSession::State::Connected);
    }

    // A refused SSH host: the status bar says the tunnel is being opened, then that it failed and
    // why; the notice names the cause with its advice, and no database step is attempted.
    void statusBarNamesAFailedTunnel()
    {
        qputenv("VALVUR_SSH_CONFIG", m_ssh.clientConfig().toUtf8());
        QSettings settings(m_dir.filePath(QStringLiteral("failed.ini")), QSettings::IniFormat);
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        window.show();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        const QString destination = QStringLiteral("ssh://%1@127.0.0.1:%2").arg(m_ssh.user()).arg(port);
        closed.close();
        const QString id = addProfile(*window.profiles(), destination);
        auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QVERIFY(connectWithoutPassword(*window.serverPanel(), id));
        QVERIFY2(status->text().endsWith(QStringLiteral("SSH tunnel to %1: connecting…").arg(destination)), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("failed")), 20000);
        QVERIFY2(status->text().endsWith(QStringLiteral("SSH tunnel to %1 failed: The SSH host cannot be reached. (ssh: connect to host 127.0.0.1 port %2: Connection refused)")
                                             .arg(destination).arg(port)),
                 qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(topLevel<QMessageBox>(QStringLiteral("profileNotice")), 5000);
        const QString notice = topLevel<QMessageBox>(QStringLiteral("profileNotice"))->text();
        QVERIFY2(notice.contains(QStringLiteral("ssh -G")), qPrintable(notice));
        QVERIFY(window.serverPanel()->currentServer()->state() != PgSession::State::Connected);
    }

    void testConnectionGoesThroughTheSshLeg()
    {
        qputenv("VALVUR_SSH_CONFIG", m_ssh.clientConfig().toUtf8());
        Window w(m_dir.filePath(QStringLiteral("doctor.ini")));
        const QString id = addProfile(w.store);
        w.panel.selectProfile(id);
        w.panel.editProfile();
        ProfileDialog *dialog = w.panel.openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->profile().ssh.destination, m_ssh.alias());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        DoctorDialog *doctor = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((doctor = dialog->findChild<DoctorDialog *>()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!doctor->doctor()->problem().isEmpty(), 40000);
        QStringList ids;
        for (const DoctorStep &step : doctor->doctor()->steps())
            ids << step.id;
        QVERIFY2(doctor->doctor()->problem() == QLatin1String("ok"), qPrintable(doctor->doctor()->problem() + QLatin1Char(' ') + ids.join(u',')));
        QVERIFY2(ids.size() > 2 && ids.at(0).startsWith(QLatin1String("ssh")) && ids.at(1).startsWith(QLatin1String("ssh")), qPrintable(ids.join(u',')));
        QVERIFY2(!ids.last().startsWith(QLatin1String("ssh")), qPrintable(ids.join(u',')));
    }

    // A key with a passphrase, end to end in the window: the passphrase typed in the profile
    // dialog's SSH part goes to the keychain; connecting runs ssh with valvur as its askpass
    // helper, which reads it there; the server connects through the tunnel.
    void aPassphraseSavedInTheDialogOpensTheTunnel()
    {
        const QString passphrase = QStringLiteral("win-pp-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString key = m_ssh.makeKey(QStringLiteral("win_pp_key"), passphrase, true);
        qputenv("VALVUR_SSH_CONFIG", m_ssh.writeClientConfig(QStringLiteral("w-pp"), m_ssh.knownHostsLine() + QLatin1Char('\n'), key).toUtf8());
        Window w(m_dir.filePath(QStringLiteral("passphrase.ini")));
        // The test program cannot answer ssh; the built valvur can (as in the installed window).
        w.panel.tunnels()->setAskpassHelper(qEnvironmentVariable("VALVUR_BINARY_DIR") + QStringLiteral("/app/valvur"));
        const QString id = addProfile(w.store);
        w.panel.selectProfile(id);
        w.panel.editProfile();
        ProfileDialog *dialog = w.panel.openDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("sshSecretEdit"))->setText(passphrase);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE_WITH_TIMEOUT(keychainSecret(SshEndpoint::keychainKey(id)), passphrase, 20000);

        QVERIFY(connectWithoutPassword(w.panel, id));
        ServerConnection *server = w.servers.server(0);
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(server->state() == PgSession::State::Connected || server->sshTunnel()->state() == SshTunnel::State::Failed, 30000);
        QVERIFY2(server->state() == PgSession::State::Connected,
                 qPrintable(server->sshTunnel()->cause() + QLatin1Char(' ') + server->sshTunnel()->errorText()));
        CredentialStore().deletePassword(SshEndpoint::keychainKey(id));
    }

    void doctorDialogNamesTheSshCause_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The SSH connection works, but the SSH host cannot reach the database.");
        QTest::newRow("et") << QStringLiteral("et") << QStringLiteral("SSH-ühendus töötab, kuid SSH-host ei jõua andmebaasini.");
    }

    // The doctor's window for a profile whose SSH host cannot reach the database's socket
    // directory: the verdict is the SSH cause (not a database one), the steps start with the SSH
    // leg, the facts show what ssh -G resolved.
    void doctorDialogNamesTheSshCause()
    {
        QFETCH(QString, lang);
        QFETCH(QString, verdict);
        qputenv("VALVUR_SSH_CONFIG", m_ssh.clientConfig().toUtf8());
        LanguageManager language;
        language.setLanguage(lang);
        QWidget parent;
        parent.show();
        ConnectionOptions options;
        options.setValue(QStringLiteral("host"), QStringLiteral("db.internal"));
        options.setValue(QStringLiteral("user"), QStringLiteral("postgres"));
        SshEndpoint ssh;
        ssh.destination = m_ssh.alias();
        ssh.remoteSocketDir = QStringLiteral("/var/run/valvur-no-such-dir");
        ssh.remotePort = 5432;
        DoctorDialog *dialog = DoctorDialog::diagnose(&parent, options, QString(), QString(), ssh);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->doctor()->problem().isEmpty(), 40000);
        QCOMPARE(dialog->doctor()->problem(), QStringLiteral("ssh-forward-failed"));
        const QString shown = dialog->findChild<QLabel *>(QStringLiteral("doctorVerdict"))->text();
        QVERIFY2(shown.contains(verdict), qPrintable(shown));
        const QString advice = dialog->findChild<QLabel *>(QStringLiteral("doctorAdvice"))->text();
        QVERIFY2(advice.contains(QStringLiteral("AllowStreamLocalForwarding")), qPrintable(advice));
        QVERIFY(dialog->doctor()->steps().first().id.startsWith(QLatin1String("ssh")));
        dialog->resize(900, 640);
        QVERIFY(!Test::saveWidgetShot(dialog, QStringLiteral("doctor-ssh-forward-failed-%1.png").arg(lang)).isEmpty());
        dialog->close();
    }

    void cleanupTestCase() { qunsetenv("VALVUR_SSH_CONFIG"); }
};

QTEST_MAIN(TestSshHostKeyWindow)
#include "tst_sshhostkeywindow.moc"
