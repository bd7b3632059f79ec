// The doctor dialog shows the steps live and the verdict with the checklist, copyable; it is
// reachable from the connection banner ("Diagnose…") and from Connect… ("Test connection",
// which connects nothing and saves nothing). Set VALVUR_DOCTOR_SCREENSHOT_DIR to keep
// doctor-refused-et.png / -en.png of the refused case.
#include "dialogs/connectdialog.h"
#include "connectionbanner.h"
#include "doctor/connectiondoctor.h"
#include "dialogs/doctordialog.h"
#include "doctor/doctortext.h"
#include "profiles/credentialstore.h"
#include "languagemanager.h"
#include "dialogs/profiledialog.h"
#include "profiles/profilestore.h"
#include "serverlistmodel.h"
#include "serverlistpanel.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Valvur;

class TestDoctorDialog : public QObject
{
    Q_OBJECT
private:
    int m_refusedPort = 0;

    ConnectionOptions refused() const
    {
        ConnectionOptions o;
        ConnectionOptions::parse(QStringLiteral("postgresql://postgres@localhost:%1/postgres").arg(m_refusedPort), &o, nullptr);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_refusedPort = Test::TestServer::freePort(); // nothing listens there
        if (!qEnvironmentVariableIsEmpty("VALVUR_DOCTOR_SCREENSHOT_DIR")) {
            // For the screenshots, the course's second container port when it is free.
            QTcpServer probe;
            if (probe.listen(QHostAddress::LocalHost, 5433))
                m_refusedPort = 5433;
        }
        QVERIFY(m_refusedPort > 0);
    }

    void showsStepsVerdictAndChecklist_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("et") << "et";
        QTest::newRow("en") << "en";
    }

    void showsStepsVerdictAndChecklist()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        DoctorDialog dialog;
        QSignalSpy started(dialog.doctor(), &ConnectionDoctor::stepStarted);
        dialog.start(refused());
        dialog.show();
        auto *verdict = dialog.findChild<QLabel *>(QStringLiteral("doctorVerdict"));
        auto *steps = dialog.findChild<QTreeWidget *>(QStringLiteral("doctorSteps"));
        auto *advice = dialog.findChild<QLabel *>(QStringLiteral("doctorAdvice"));
        QVERIFY(verdict && steps && advice);
        QVERIFY(started.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.doctor()->problem(), QStringLiteral("connection-refused"), 10000);
        QCOMPARE(verdict->text(), DoctorText::headline(QStringLiteral("connection-refused")));
        if (language == QLatin1String("et"))
            QVERIFY2(verdict->text().contains(QStringLiteral("keelduti")), qPrintable(verdict->text()));
        // One row per step, the failed TCP step marked as failed and naming the port.
        QCOMPARE(steps->topLevelItemCount(), dialog.doctor()->steps().size());
        bool failedTcp = false;
        for (int i = 0; i < steps->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = steps->topLevelItem(i);
            QVERIFY(!item->icon(0).isNull());
            if (item->data(0, Qt::UserRole).toString() == QLatin1String("failed"))
                failedTcp = item->text(1).contains(QString::number(m_refusedPort));
        }
        QVERIFY(failedTcp);
        QVERIFY(advice->text().contains(QLatin1String("docker ps")));
        QVERIFY(advice->text().contains(QString::number(m_refusedPort)));

        const QString dir = qEnvironmentVariable("VALVUR_DOCTOR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(50); // let the layout settle before grabbing (screenshot only)
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("doctor-refused-%1.png").arg(language))));
        }

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("doctorCopy")), Qt::LeftButton);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1String("[connection-refused]")) && copied.contains(QLatin1String("docker ps")), qPrintable(copied));

        // Switching the language while the dialog is open rewords the verdict and the steps.
        const QString other = language == QLatin1String("et") ? QStringLiteral("en") : QStringLiteral("et");
        const QString firstStep = steps->topLevelItem(0)->text(0);
        QVERIFY(languages.setLanguage(other));
        QTRY_COMPARE(verdict->text(), DoctorText::headline(QStringLiteral("connection-refused")));
        QVERIFY(steps->topLevelItem(0)->text(0) != firstStep);
        QVERIFY(languages.setLanguage(language));

        // Run again: the same verdict, steps rebuilt, not appended.
        QSignalSpy finished(dialog.doctor(), &ConnectionDoctor::finished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("doctorRerun")), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(steps->topLevelItemCount(), dialog.doctor()->steps().size());
    }

    // PGPORT=abc reaches no parser: the window's doctor names the port in the user's language
    // instead of saying that nothing listens on port 0.
    void namesAPortFromTheEnvironmentThatIsNotANumber()
    {
        const QByteArray oldPort = qgetenv("PGPORT");
        const auto restore = qScopeGuard([&] { oldPort.isNull() ? qunsetenv("PGPORT") : qputenv("PGPORT", oldPort); });
        qputenv("PGPORT", "abc");
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("et")));
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(QStringLiteral("host=127.0.0.1 user=postgres"), &o, nullptr));
        DoctorDialog dialog;
        dialog.start(o);
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.doctor()->problem(), QStringLiteral("bad-port"), 10000);
        auto *verdict = dialog.findChild<QLabel *>(QStringLiteral("doctorVerdict"));
        auto *facts = dialog.findChild<QLabel *>(QStringLiteral("doctorFacts"));
        QCOMPARE(verdict->text(), DoctorText::headline(QStringLiteral("bad-port")));
        QVERIFY2(facts->isVisible() && facts->text().contains(QStringLiteral("Port „abc“ pole arv")), qPrintable(facts->text()));
        // Nothing was probed: no step aimed at port 0, only the failed port step.
        auto *steps = dialog.findChild<QTreeWidget *>(QStringLiteral("doctorSteps"));
        QCOMPARE(steps->topLevelItemCount(), 1);
        QVERIFY2(steps->topLevelItem(0)->text(1).startsWith(QLatin1String("abc")), qPrintable(steps->topLevelItem(0)->text(1)));
        QCOMPARE(steps->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("failed"));
    }

    void showsTheServersWordsForAWrongPassword()
    {
        Test::TestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("et")));
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(server.conninfo(QStringLiteral("postgres"), QStringLiteral("postgres")), &o, nullptr));
        DoctorDialog dialog;
        dialog.start(o, QStringLiteral("not-the-password"));
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.doctor()->problem(), QStringLiteral("auth-failed"), 20000);
        auto *facts = dialog.findChild<QLabel *>(QStringLiteral("doctorFacts"));
        QVERIFY(facts->isVisible());
        QVERIFY2(facts->text().contains(QLatin1String("password authentication failed")) && facts->text().contains(QLatin1String("28P01")),
                 qPrintable(facts->text()));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("doctorAdvice"))->text().contains(QLatin1String("not-the-password")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("doctorAdvice"))->text().contains(QLatin1String("POSTGRES_PASSWORD")));
        const QString dir = qEnvironmentVariable("VALVUR_DOCTOR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("doctor-auth-et.png"))));
        }
    }

    void bannerOffersDiagnoseAfterAFailure()
    {
        QWidget host;
        auto *layout = new QVBoxLayout(&host);
        auto *banner = new ConnectionBanner(&host);
        layout->addWidget(banner);
        host.resize(800, 200);
        host.show();
        ServerConnection server(refused());
        banner->setServer(&server);
        auto *diagnose = banner->findChild<QPushButton *>(QStringLiteral("diagnoseButton"));
        QVERIFY(diagnose);
        server.open();
        QTRY_VERIFY_WITH_TIMEOUT(!server.session()->lastError().isNull(), 10000);
        QTRY_VERIFY(banner->isVisible() && diagnose->isVisible());
        const QString dir = qEnvironmentVariable("VALVUR_DOCTOR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(host.grab().save(QDir(dir).filePath(QStringLiteral("banner-diagnose.png"))));
        }
        QTest::mouseClick(diagnose, Qt::LeftButton);
        DoctorDialog *dialog = host.findChild<DoctorDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->doctor()->problem(), QStringLiteral("connection-refused"), 10000);
        dialog->close();
    }

    void connectDialogTestsWithoutConnecting()
    {
        ConnectDialog connect;
        connect.show();
        auto *edit = connect.findChild<QLineEdit *>(QStringLiteral("conninfoEdit"));
        auto *test = connect.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
        QVERIFY(edit && test);
        edit->setText(QStringLiteral("host=127.0.0.1 port=%1 user=app").arg(m_refusedPort));
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        DoctorDialog *dialog = connect.findChild<DoctorDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->doctor()->problem(), QStringLiteral("connection-refused"), 10000);
        QCOMPARE(dialog->doctor()->options().effectiveUser(), QStringLiteral("app"));
        QVERIFY(connect.isVisible()); // still open, nothing accepted
        QCOMPARE(connect.result(), 0);
        // A string that does not parse cannot be tested.
        edit->setText(QStringLiteral("postgresql://localhost/?nosuchparameter=1"));
        QVERIFY(!test->isEnabled());
    }

    void profileDialogTestsWithoutSaving()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("doctordialog"));
        settings.clear();
        ProfileStore profiles(&settings);
        CredentialStore credentials;
        ServerListModel servers;
        ServerListPanel panel(&profiles, &credentials, &servers);
        panel.show();
        panel.addProfile();
        ProfileDialog *dialog = panel.openDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("lab"));
        dialog->findChild<QLineEdit *>(QStringLiteral("hostsEdit"))->setText(QStringLiteral("127.0.0.1"));
        dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(m_refusedPort);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        DoctorDialog *doctor = dialog->findChild<DoctorDialog *>();
        QVERIFY(doctor);
        QTRY_COMPARE_WITH_TIMEOUT(doctor->doctor()->problem(), QStringLiteral("connection-refused"), 10000);
        QCOMPARE(doctor->doctor()->options().effectivePort(), QString::number(m_refusedPort));
        QCOMPARE(profiles.count(), 0); // testing saved nothing
        dialog->close();
    }
};

QTEST_MAIN(TestDoctorDialog)
#include "tst_doctordialog.moc"
