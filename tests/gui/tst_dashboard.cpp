// The Dashboard page offscreen against a real server: it draws lines once it has samples,
// exports the shown window as PNG and CSV, remembers its choices, keeps sampling on another
// page, raises the connections alert with its banner, and switches language at run time.
#include "dashboardchart.h"
#include "dashboardpage.h"
#include "dashboardsampler.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "serverconnection.h"
#include "testserver.h"

#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QTest>
#include <QToolTip>

using namespace Valvur;

class TestDashboard : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;

    ConnectionOptions options() const
    {
        ConnectionOptions o;
        ConnectionOptions::parse(m_server.conninfo(), &o, nullptr);
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::TestServer::Options o;
        o.maxConnections = 10; // so a few sessions pass 80 %
        QVERIFY2(m_server.start(o), qPrintable(m_server.error()));
    }

    void drawsAndExports()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("dashboard"));
        settings.clear();
        settings.setValue(QStringLiteral("dashboard/intervalSeconds"), 0.5);
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        auto *page = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
        QVERIFY(page);
        QCOMPARE(page->sampler()->intervalMs(), 500); // remembered
        QSignalSpy ready(page, &Page::dataReady);
        window.addServer(options(), m_server.superuserPassword());
        QVERIFY(ready.wait(30000));
        QVERIFY(page->hasData());

        // Lines, not empty axes.
        auto *connections = window.findChild<DashboardChart *>(QStringLiteral("connectionsChart"));
        auto *transactions = window.findChild<DashboardChart *>(QStringLiteral("transactionsChart"));
        QVERIFY(connections && transactions);
        QVERIFY(connections->drawnPoints() >= 4 * 5);
        QVERIFY(transactions->drawnPoints() >= 5);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("connectionsNumbers"))->text().contains(QStringLiteral("max_connections")));

        // Hover: the time and the values under the mouse.
        QWidget *viewport = transactions->viewport();
        const QRectF plot = transactions->chart()->plotArea();
        const QPointF at(plot.right() - 2, plot.center().y());
        QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("commits: ")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d"))));
        QToolTip::hideText();

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("dashboard.png"));
        const QString csv = dir.filePath(QStringLiteral("dashboard.csv"));
        QString error;
        QVERIFY2(page->exportPng(png, &error), qPrintable(error));
        QVERIFY2(page->exportCsv(csv, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.first().startsWith("time,"));
        QVERIFY2(lines.size() >= 10, qPrintable(QString::number(lines.size())));
        // a folder that does not exist: a clear message, no file
        QVERIFY(!page->exportCsv(dir.filePath(QStringLiteral("missing/x.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("missing/x.csv")));

        // Show SQL: the exact statement and the formula.
        window.findChild<QPushButton *>(QStringLiteral("transactionsShowSql"))->click();
        QTRY_VERIFY(window.findChild<QDialog *>(QStringLiteral("showSqlDialog")));
        auto *sql = window.findChild<QPlainTextEdit *>(QStringLiteral("sqlText"));
        QVERIFY(sql->toPlainText().contains(QStringLiteral("pg_stat_database")));
        QVERIFY(sql->toPlainText().contains(QStringLiteral("clock_timestamp()")));
        QVERIFY(window.findChild<QDialog *>(QStringLiteral("showSqlDialog"))->findChild<QLabel *>()->text().contains(QStringLiteral("Δxact_commit")));
        window.findChild<QDialog *>(QStringLiteral("showSqlDialog"))->close();

        // The window choice is remembered.
        auto *windowCombo = window.findChild<QComboBox *>(QStringLiteral("windowCombo"));
        windowCombo->setCurrentIndex(3);
        QCOMPARE(settings.value(QStringLiteral("dashboard/window")).toInt(), 3);

        // Another page is shown: sampling goes on (history and alerts).
        QVERIFY(window.showPage(QStringLiteral("overview")));
        const qint64 before = page->sampler()->samplesTaken();
        QVERIFY(QTest::qWaitFor([&] { return page->sampler()->samplesTaken() >= before + 2; }, 10000));
        QVERIFY(window.showPage(QStringLiteral("dashboard")));

        // Pause stops sampling; the button says Resume.
        auto *pause = window.findChild<QPushButton *>(QStringLiteral("pauseButton"));
        pause->click();
        QVERIFY(page->sampler()->isPaused());
        QCOMPARE(pause->text(), QStringLiteral("Resume"));
        pause->click();
        QVERIFY(!page->sampler()->isPaused());

        // Estonian at run time.
        language.setLanguage(QStringLiteral("et"));
        QTRY_COMPARE(window.findChild<QGroupBox *>(QStringLiteral("connections"))->title(), QStringLiteral("Ühendused"));
        QCOMPARE(pause->text(), QStringLiteral("Peata"));
        language.setLanguage(QStringLiteral("en"));
    }

    void connectionsAlertShowsABanner()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("dashboard2"));
        settings.clear();
        settings.setValue(QStringLiteral("dashboard/intervalSeconds"), 0.5);
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        auto *page = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
        QSignalSpy ready(page, &Page::dataReady);
        window.addServer(options(), m_server.superuserPassword());
        QVERIFY(ready.wait(30000));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("alertBanner"));
        QVERIFY(banner->isHidden());

        // Lower the threshold (as the Alert thresholds dialog does) below what is open now: one
        // other session out of max_connections 10 is 10 %.
        QList<ServerConnection *> others;
        for (int i = 0; i < 2; ++i) {
            auto *s = new ServerConnection(options(), this);
            s->open(m_server.superuserPassword());
            others << s;
        }
        DashboardAlerts::Thresholds t;
        t.connectionsPercent = 15;
        page->setThresholds(t);
        QCOMPARE(settings.value(QStringLiteral("dashboard/alertConnectionsPercent")).toDouble(), 15.0);
        QTRY_VERIFY_WITH_TIMEOUT(page->alerts() & DashboardAlerts::Connections, 15000);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("15")));
        qDeleteAll(others);
        QTRY_VERIFY_WITH_TIMEOUT(!(page->alerts() & DashboardAlerts::Connections), 15000);
        QVERIFY(banner->isHidden());
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
