// ctest-labels: ssh gui pg
// The backup wizard on a saved profile behind an SSH host (not the window's connection): the
// chooser opens the profile's tunnel from the window's registry, lists the databases through it
// once it is ready, and the backup's pg_dump runs through the same tunnel. The database listens
// on a Unix socket the test reaches only through sshd, and the profile's own host does not exist.
// The file restores with the same row count; the tunnel is held while the wizard lives and its
// ssh process ends when the wizard closes. A profile whose SSH host refuses shows the SSH cause
// in the wizard, not a database error, and Next stays disabled.
#include "backup/backupsourcepage.h"
#include "backup/backupsummarypage.h"
#include "backup/backupwizard.h"
#include "languagemanager.h"
#include "profiles/credentialstore.h"
#include "profiles/profilestore.h"
#include "ssh/sshtunnel.h"
#include "ssh/sshtunnelregistry.h"
#include "sshserver.h"
#include "testserver.h"
#include "wizardsteps.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Valvur;

class TestSshWizard : public QObject
{
    Q_OBJECT
private:
    Test::SshServer m_ssh;
    Test::TestServer m_pg;
    QTemporaryDir m_dir;

    // A profile whose database is reachable only through the SSH host (destination).
    QString addProfile(ProfileStore &store, const QString &name, const QString &destination)
    {
        ConnectionProfile p;
        p.name = name;
        p.hosts = {QStringLiteral("db.invalid")};
        p.user = QStringLiteral("postgres");
        p.database = QStringLiteral("postgres");
        p.ssh.destination = destination;
        p.ssh.remoteSocketDir = m_pg.socketDir();
        p.ssh.remotePort = m_pg.port();
        ConnectionProfile added;
        QString error;
        if (!store.add(p, &error, &added))
            qWarning() << error;
        return added.id;
    }

    // A loopback port that nothing listens on (bound, then released).
    static int closedPort()
    {
        QTcpServer s;
        return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 1;
    }

    // The profile asks for its password: nothing (the socket trusts), then Connect.
    static void connectWithoutPassword(QWizard &wizard)
    {
        auto *passwordEdit = wizard.findChild<QLineEdit *>(QStringLiteral("serverPasswordEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(passwordEdit->isVisible(), 10000);
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("serverPasswordButton")), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ssh.start(), qPrintable(QStringLiteral("sshd cannot run here: ") + m_ssh.error()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        QVERIFY(m_dir.isValid());
        qputenv("VALVUR_SSH_CONFIG", m_ssh.clientConfig().toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8()); // the backup history
        bool ok = false;
        m_pg.psql(QStringLiteral("CREATE DATABASE kool"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_pg.psql(QStringLiteral("CREATE TABLE opilased(id int PRIMARY KEY, nimi text);\n"
                                 "INSERT INTO opilased SELECT g, 'Õpilane ' || g FROM generate_series(1, 777) g;"),
                  QStringLiteral("kool"), &ok);
        QVERIFY(ok);
    }

    void backupOfAnotherProfileGoesThroughItsTunnel()
    {
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        QSettings settings(m_dir.filePath(QStringLiteral("wizard.ini")), QSettings::IniFormat);
        const QString folder = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(folder));
        settings.setValue(QStringLiteral("backup/folder"), folder);
        settings.setValue(QStringLiteral("backup/toolDirectory"), m_pg.binDir());
        ProfileStore store(&settings);
        CredentialStore credentials;
        SshTunnelRegistry tunnels;
        const QString id = addProfile(store, QStringLiteral("Taga SSH-i"), m_ssh.alias());
        QVERIFY(!id.isEmpty());

        qint64 sshPid = 0;
        QString output;
        {
            // No connection in the window: the chooser starts on the saved profile.
            BackupWizard wizard(ConnectionOptions(), QString(), &settings);
            wizard.setProfiles(&store, &credentials, QString(), QString(), &tunnels);
            wizard.resize(900, 640);
            QSignalSpy loaded(wizard.sourcePage(), &BackupSourcePage::databasesLoaded);
            wizard.show();
            connectWithoutPassword(wizard);
            auto *status = wizard.findChild<QLabel *>(QStringLiteral("serverStatus"));
            QVERIFY2(loaded.wait(30000), qPrintable(status->text()));
            QCOMPARE(tunnels.users(id), 1);
            SshTunnel *tunnel = tunnels.tunnel(id);
            QVERIFY(tunnel);
            QCOMPARE(tunnel->state(), SshTunnel::State::Ready);
            sshPid = tunnel->processId();
            QVERIFY(sshPid > 0);
            QCOMPARE(wizard.server().value(QStringLiteral("host")), tunnel->socketDir());
            QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("serverAddress"))->text(),
                     QStringLiteral("postgres@db.invalid:5432/postgres through the SSH host %1").arg(m_ssh.alias()));

            auto *database = wizard.findChild<QComboBox *>(QStringLiteral("databaseCombo"));
            QVERIFY(database->findText(QStringLiteral("kool")) >= 0);
            database->setCurrentIndex(database->findText(QStringLiteral("kool")));
            Test::clickNext(wizard); // → Kind
            Test::clickNext(wizard); // → Options
            Test::clickNext(wizard); // → Destination
            Test::clickNext(wizard); // → Summary
            auto *summary = qobject_cast<BackupSummaryPage *>(wizard.page(BackupWizard::SummaryPageId));
            QTRY_VERIFY_WITH_TIMEOUT(summary->preflightDone(), 30000);
            QVERIFY2(wizard.button(QWizard::CommitButton)->isEnabled(),
                     qPrintable(wizard.findChild<QLabel *>(QStringLiteral("preflightLabel"))->text()));
            Test::clickNext(wizard);
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(BackupWizard::ResultPageId), 60000);
            QVERIFY2(wizard.result().ok(), qPrintable(wizard.result().error));
            output = wizard.result().path;
            QCOMPARE(tunnels.users(id), 1); // held until the wizard goes
        }
        // The wizard is gone: so is its tunnel and its ssh process.
        QCOMPARE(tunnels.users(id), 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(sshPid), 0) != 0, 10000);

        // The file restores with the same rows.
        bool ok = false;
        m_pg.psql(QStringLiteral("CREATE DATABASE kool_copy"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        // As this user (the file is 0600), over the server's socket.
        QString restoreOutput;
        const int restored = Test::SshServer::run(QDir(m_pg.binDir()).filePath(QStringLiteral("pg_restore")),
                                                  {QStringLiteral("--no-owner"), QStringLiteral("-d"), m_pg.socketConninfo(QStringLiteral("kool_copy")), output},
                                                  &restoreOutput);
        QVERIFY2(restored == 0, qPrintable(restoreOutput));
        QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM opilased"), QStringLiteral("kool_copy")), QStringLiteral("777"));
    }

    void aRefusingSshHostIsNamedInTheWizard_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("headline");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The SSH host cannot be reached.");
        QTest::newRow("et") << QStringLiteral("et") << QStringLiteral("SSH-hostini ei jõua.");
    }

    void aRefusingSshHostIsNamedInTheWizard()
    {
        QFETCH(QString, lang);
        QFETCH(QString, headline);
        LanguageManager language;
        language.setLanguage(lang);
        QSettings settings(m_dir.filePath(QStringLiteral("refused-%1.ini").arg(lang)), QSettings::IniFormat);
        ProfileStore store(&settings);
        CredentialStore credentials;
        SshTunnelRegistry tunnels;
        // A closed port on loopback: ssh is refused at once.
        const QString destination = QStringLiteral("ssh://%1@127.0.0.1:%2").arg(m_ssh.user()).arg(closedPort());
        const QString id = addProfile(store, QStringLiteral("Kinni"), destination);
        BackupWizard wizard(ConnectionOptions(), QString(), &settings);
        wizard.setProfiles(&store, &credentials, QString(), QString(), &tunnels);
        wizard.show();
        Test::chooseByData(wizard.findChild<QComboBox *>(QStringLiteral("serverCombo")), id);
        connectWithoutPassword(wizard);
        auto *status = wizard.findChild<QLabel *>(QStringLiteral("serverStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(tunnels.tunnel(id) && tunnels.tunnel(id)->state() == SshTunnel::State::Failed, 30000);
        QCOMPARE(tunnels.tunnel(id)->cause(), QStringLiteral("ssh-unreachable"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(headline), 5000);
        QVERIFY2(status->text().contains(QStringLiteral("ssh -G")), qPrintable(status->text())); // the advice, too
        QVERIFY2(!status->text().contains(QStringLiteral("db.invalid")), qPrintable(status->text())); // no database step
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        if (!qEnvironmentVariableIsEmpty("VALVUR_SSH_SCREENSHOT_DIR"))
            wizard.grab().save(qEnvironmentVariable("VALVUR_SSH_SCREENSHOT_DIR") + QStringLiteral("/ssh-wizard-refused-%1.png").arg(lang));
    }

    void cleanupTestCase() { qunsetenv("VALVUR_SSH_CONFIG"); }

};

QTEST_MAIN(TestSshWizard)
#include "tst_sshwizard.moc"
