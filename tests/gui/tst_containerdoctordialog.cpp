// The window's doctor shows container causes through the same rendering as every verdict: a
// container that exited (docker run without POSTGRES_PASSWORD) behind localhost:PORT reads as
// "container NAME is not running, exit code N" with its last log lines and the course's
// checklist, in Estonian and English. Set VALVUR_DOCTOR_SCREENSHOT_DIR to keep
// doctor-container-stopped-et.png / -en.png.
// ctest-labels: docker
#include "doctor/connectiondoctor.h"
#include "dialogs/doctordialog.h"
#include "dockerengine.h"
#include "languagemanager.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Valvur;

class TestContainerDoctorDialog : public QObject
{
    Q_OBJECT
private:
    Test::Containers m_containers;
    QString m_name;
    int m_port = 0;
    int m_exitCode = -1;

private Q_SLOTS:
    void initTestCase()
    {
        const QString socket = Test::ensureEngine();
        QVERIFY2(!socket.isEmpty(), "no container engine");
        qputenv("DOCKER_HOST", (QStringLiteral("unix://") + socket).toUtf8());
        m_port = Test::freeLoopbackPort();
        Test::ContainerSpec spec;
        spec.stem = QStringLiteral("dialog-stopped");
        spec.image = QString::fromLatin1(Test::kPostgres15Image);
        spec.publishedPort = m_port;
        QString error;
        m_name = m_containers.run(spec, &error);
        QVERIFY2(!m_name.isEmpty(), qPrintable(error));
        m_exitCode = m_containers.waitExited(m_name, 60000);
        QVERIFY2(m_exitCode > 0, qPrintable(m_containers.logs(m_name)));
    }

    void showsTheStoppedContainer_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("stepTitle");
        QTest::newRow("et") << "et" << "Konteiner %1 ei tööta: see peatus väljumiskoodiga %2." << "Konteinerid";
        QTest::newRow("en") << "en" << "Container %1 is not running: it stopped with exit code %2." << "Containers";
    }

    void showsTheStoppedContainer()
    {
        QFETCH(QString, language);
        QFETCH(QString, headline);
        QFETCH(QString, stepTitle);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(QStringLiteral("host=localhost port=%1 user=postgres").arg(m_port), &o, nullptr));
        DoctorDialog dialog;
        QSignalSpy finished(dialog.doctor(), &ConnectionDoctor::finished);
        dialog.start(o);
        dialog.resize(900, 640);
        dialog.show();
        QVERIFY(finished.wait(30000));
        QCOMPARE(dialog.doctor()->problem(), QStringLiteral("connection-refused"));

        auto *facts = dialog.findChild<QLabel *>(QStringLiteral("doctorFacts"));
        auto *advice = dialog.findChild<QLabel *>(QStringLiteral("doctorAdvice"));
        auto *steps = dialog.findChild<QTreeWidget *>(QStringLiteral("doctorSteps"));
        QVERIFY(facts && advice && steps);
        QVERIFY2(facts->isVisible() && facts->text().contains(headline.arg(m_name).arg(m_exitCode)), qPrintable(facts->text()));
        QVERIFY2(facts->text().contains(QLatin1String("[container-stopped]")), qPrintable(facts->text()));
        QVERIFY2(facts->text().contains(QLatin1String("POSTGRES_PASSWORD")), qPrintable(facts->text())); // the log's own words
        QVERIFY2(advice->text().contains(QStringLiteral("docker ps -a --filter name=%1").arg(m_name)), qPrintable(advice->text()));
        bool containerStep = false;
        for (int i = 0; i < steps->topLevelItemCount(); ++i)
            containerStep = containerStep || steps->topLevelItem(i)->text(0) == stepTitle;
        QVERIFY(containerStep);

        const QString dir = qEnvironmentVariable("VALVUR_DOCTOR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(50); // let the layout settle before grabbing (screenshot only)
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("doctor-container-stopped-%1.png").arg(language))));
        }
    }
};

QTEST_MAIN(TestContainerDoctorDialog)
#include "tst_containerdoctordialog.moc"
