// The Dashboard page offscreen against a real server: it draws lines once it has samples,
// exports the shown window as PNG and CSV, remembers its choices, keeps sampling on another
// page, raises the connections alert with its banner, asks for a desktop notification only when
// the window is not active, takes its thresholds from the Alert thresholds dialog (remembered in
// the settings), and switches language at run time.
#include "dialogs/alertthresholdsdialog.h"
#include "pages/dashboardchart.h"
#include "pages/dashboardpage.h"
#include "pages/dashboardpanel.h"
#include "dashboard/dashboardsampler.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
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

    // Other client sessions on the server (each a monitoring session of its own), connected.
    QList<ServerConnection *> openSessions(int n)
    {
        QList<ServerConnection *> sessions;
        for (int i = 0; i < n; ++i) {
            auto *s = new ServerConnection(options(), this);
            s->open(m_server.superuserPassword());
            sessions << s;
        }
        for (ServerConnection *s : std::as_const(sessions)) {
            if (!QTest::qWaitFor([s] { return s->state() == PgSession::State::Connected; }, 15000))
                qWarning("a session did not connect");
        }
        return sessions;
    }

    // A main window in English with its own emptied settings, sampling every half second.
    struct DashboardWindow
    {
        explicit DashboardWindow(const QString &settingsName)
            : settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), settingsName)
            , window(emptied(&settings), english(&language))
        {
        }
        static QSettings *emptied(QSettings *s)
        {
            s->clear();
            s->setValue(QStringLiteral("dashboard/intervalSeconds"), 0.5);
            return s;
        }
        static LanguageManager *english(LanguageManager *l)
        {
            l->setLanguage(QStringLiteral("en"));
            return l;
        }
        QSettings settings;
        LanguageManager language;
        MainWindow window;
    };

    // The window shows the dashboard of the test server; null when the page's data never came.
    DashboardPage *showDashboard(MainWindow &window)
    {
        window.show();
        if (!window.showPage(QStringLiteral("dashboard")))
            return nullptr;
        auto *page = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
        QSignalSpy ready(page, &Page::dataReady);
        window.addServer(options(), m_server.superuserPassword());
        return ready.wait(30000) ? page : nullptr;
    }

    // The Alert thresholds dialog of the page, opened with its button (never exec()).
    AlertThresholdsDialog *openThresholdsDialog(MainWindow &window)
    {
        window.findChild<QPushButton *>(QStringLiteral("thresholdsButton"))->click();
        AlertThresholdsDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = window.findChild<AlertThresholdsDialog *>(QStringLiteral("alertThresholdsDialog"));
            return dialog && dialog->isVisible();
        }, 5000);
        return shown ? dialog : nullptr;
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
        window.resize(1600, 900); // three time labels fit unelided in the narrowest chart (TimeAxisLabels)
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
        auto *numbers = window.findChild<DashboardNumbers *>(QStringLiteral("connectionsNumbers"));
        QVERIFY(numbers && numbers->note().contains(QStringLiteral("max_connections")));
        QVERIFY2(numbers->text().contains(QStringLiteral("active ")), qPrintable(numbers->text()));

        // The time axis counts back from now, so a new sample moves the lines, not the axis.
        const QStringList labels = connections->timeLabels();
        QVERIFY2(labels.size() >= 3, qPrintable(labels.join(QLatin1Char('|'))));
        QCOMPARE(labels.first(), QStringLiteral("\u221260 s"));
        QCOMPARE(labels.last(), QStringLiteral("now"));
        const qint64 seen = page->sampler()->samplesTaken();
        QVERIFY(QTest::qWaitFor([&] { return page->sampler()->samplesTaken() >= seen + 2; }, 10000));
        QCOMPARE(connections->timeLabels(), labels);

        // Minimised: sampling goes on, the charts are not drawn; restored: drawn at once.
        window.showMinimized();
        QVERIFY(window.isMinimized());
        const qsizetype drawnBefore = transactions->drawnPoints();
        const qint64 taken = page->sampler()->samplesTaken();
        QVERIFY(QTest::qWaitFor([&] { return page->sampler()->samplesTaken() >= taken + 3; }, 10000));
        QCOMPARE(transactions->drawnPoints(), drawnBefore); // the 1 min window is still filling: a redraw would add points
        window.showNormal();
        QTRY_VERIFY(transactions->drawnPoints() > drawnBefore);

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
        QCOMPARE(connections->timeLabels().first(), QStringLiteral("\u221260 min"));
        QCOMPARE(connections->timeLabels().last(), QStringLiteral("now"));

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
        QCOMPARE(connections->timeLabels().last(), QStringLiteral("praegu"));
        QCOMPARE(pause->text(), QStringLiteral("Peata"));
        language.setLanguage(QStringLiteral("en"));
    }

    void connectionsAlertShowsABanner()
    {
        DashboardWindow d(QStringLiteral("dashboard2"));
        DashboardPage *page = showDashboard(d.window);
        QVERIFY(page);
        auto *banner = d.window.findChild<QLabel *>(QStringLiteral("alertBanner"));
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
        QCOMPARE(d.settings.value(QStringLiteral("dashboard/alertConnectionsPercent")).toDouble(), 15.0);
        QTRY_VERIFY_WITH_TIMEOUT(page->alerts() & DashboardAlerts::Connections, 15000);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("15")));
        qDeleteAll(others);
        QTRY_VERIFY_WITH_TIMEOUT(!(page->alerts() & DashboardAlerts::Connections), 15000);
        QVERIFY(banner->isHidden());
    }

    void notificationOnlyWhenTheWindowIsNotActive()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("dashboard3"));
        settings.clear();
        settings.setValue(QStringLiteral("dashboard/intervalSeconds"), 0.5);
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        auto *page = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
        QSignalSpy ready(page, &Page::dataReady);
        QSignalSpy notifications(page, &DashboardPage::notificationRequested);
        window.addServer(options(), m_server.superuserPassword(), QStringLiteral("course-db"));
        QVERIFY(ready.wait(30000));
        DashboardAlerts::Thresholds t;
        t.connectionsPercent = 15; // two other sessions of max_connections 10 are 20 %
        t.cacheSeconds = 3600;
        page->setThresholds(t);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("alertBanner"));

        // The window is active: the alert fires, the banner says it, no desktop notification.
        QList<ServerConnection *> others = openSessions(2);
        QTRY_VERIFY_WITH_TIMEOUT(page->alerts() & DashboardAlerts::Connections, 15000);
        QVERIFY(banner->isVisible());
        QCOMPARE(notifications.count(), 0);
        qDeleteAll(others);
        QTRY_VERIFY_WITH_TIMEOUT(!(page->alerts() & DashboardAlerts::Connections), 15000);

        // Another window is active (the user works elsewhere): the same alert asks for a notification.
        QWidget elsewhere;
        elsewhere.resize(200, 100);
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY(!window.isActiveWindow());
        others = openSessions(2);
        QTRY_VERIFY_WITH_TIMEOUT(page->alerts() & DashboardAlerts::Connections, 15000);
        QCOMPARE(notifications.count(), 1);
        QVERIFY(notifications.first().at(0).toString().contains(QStringLiteral("course-db")));
        const QString message = notifications.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("max_connections")) && message.contains(QStringLiteral("15")), qPrintable(message));
        qDeleteAll(others);
        QTRY_VERIFY_WITH_TIMEOUT(!(page->alerts() & DashboardAlerts::Connections), 15000);
        QCOMPARE(notifications.count(), 1); // an alert that ends is no new notification
    }

    // max_connections 10, superuser_reserved_connections 3 (the default): with 7 connections open,
    // a non-superuser is already refused, under the 80 % alert threshold; with 10, a superuser too.
    void bannerSaysWhoIsAlreadyRefused()
    {
        DashboardWindow d(QStringLiteral("dashboard-slots"));
        DashboardPage *page = showDashboard(d.window);
        QVERIFY(page);
        auto *banner = d.window.findChild<QLabel *>(QStringLiteral("alertBanner"));
        QVERIFY(banner->isHidden());
        const int open = m_server.psql(QStringLiteral("SELECT count(*) - 1 FROM pg_stat_activity WHERE backend_type = 'client backend'")).toInt();
        QVERIFY(open >= 1 && open < 7); // the window's own sessions
        // The user works elsewhere: the desktop notification says what the banner says.
        DashboardAlerts::Thresholds t = page->thresholds();
        t.cacheSeconds = 3600; // only the connections alert here
        page->setThresholds(t);
        QSignalSpy notifications(page, &DashboardPage::notificationRequested);
        QWidget elsewhere;
        elsewhere.resize(200, 100);
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY(!d.window.isActiveWindow());

        QList<ServerConnection *> others = openSessions(7 - open);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->text().contains(QLatin1String("already refused")), 15000);
        QVERIFY2(!banner->text().contains(QLatin1String("will soon")), qPrintable(banner->text()));
        QTRY_COMPARE_WITH_TIMEOUT(notifications.count(), 1, 15000);
        QCOMPARE(notifications.last().at(1).toString(), banner->text());

        others += openSessions(3); // the reserved slots, as a superuser may
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QLatin1String("superusers too")), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(notifications.count(), 2, 15000); // worse than before: said again
        QCOMPARE(notifications.last().at(1).toString(), banner->text());
        qDeleteAll(others);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 15000);
    }

    void thresholdsDialogAppliesAndIsRemembered()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("dashboard4"));
        settings.clear();
        settings.setValue(QStringLiteral("dashboard/intervalSeconds"), 0.5);
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        QList<ServerConnection *> others = openSessions(2); // 20 % of max_connections 10
        {
            MainWindow window(&settings, &language);
            window.show();
            QVERIFY(window.showPage(QStringLiteral("dashboard")));
            auto *page = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
            QSignalSpy ready(page, &Page::dataReady);
            window.addServer(options(), m_server.superuserPassword());
            QVERIFY(ready.wait(30000));
            auto *banner = window.findChild<QLabel *>(QStringLiteral("alertBanner"));
            QVERIFY(banner->isHidden()); // 20 % is under the default 80 %
            QCOMPARE(page->thresholds().connectionsPercent, 80.0);

            // Cancel changes nothing.
            AlertThresholdsDialog *dialog = openThresholdsDialog(window);
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("connectionsThreshold"))->value(), 80.0);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("connectionsThreshold"))->setValue(15);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
            QCOMPARE(page->thresholds().connectionsPercent, 80.0);
            QVERIFY(!settings.contains(QStringLiteral("dashboard/alertConnectionsPercent")));

            // OK applies: the banner appears for the 20 % now open.
            QTRY_VERIFY(!window.findChild<AlertThresholdsDialog *>()); // the cancelled one is gone
            dialog = openThresholdsDialog(window);
            QVERIFY(dialog);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("connectionsThreshold"))->setValue(15);
            dialog->findChild<QDoubleSpinBox *>(QStringLiteral("cacheThreshold"))->setValue(95.5);
            dialog->findChild<QSpinBox *>(QStringLiteral("cacheSeconds"))->setValue(900);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(page->thresholds().connectionsPercent, 15.0);
            QCOMPARE(page->thresholds().cacheHitPercent, 95.5);
            QCOMPARE(page->thresholds().cacheSeconds, 900);
            QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
            QVERIFY2(banner->text().contains(QStringLiteral("15 %")), qPrintable(banner->text()));
            // the numbers beside the chart follow the new threshold
            const QString numbers = window.findChild<DashboardNumbers *>(QStringLiteral("connectionsNumbers"))->text();
            QVERIFY2(numbers.contains(QStringLiteral("alert at 15 %")), qPrintable(numbers));
        }
        QCOMPARE(settings.value(QStringLiteral("dashboard/alertConnectionsPercent")).toDouble(), 15.0);

        // A new window (Valvur started again) takes the remembered thresholds.
        MainWindow window(&settings, &language);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        auto *page = qobject_cast<DashboardPage *>(window.page(QStringLiteral("dashboard")));
        QCOMPARE(page->thresholds().connectionsPercent, 15.0);
        QCOMPARE(page->thresholds().cacheHitPercent, 95.5);
        QCOMPARE(page->thresholds().cacheSeconds, 900);
        QSignalSpy ready(page, &Page::dataReady);
        window.addServer(options(), m_server.superuserPassword());
        QVERIFY(ready.wait(30000));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("alertBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);

        // Raised above what is open: the banner goes away.
        AlertThresholdsDialog *dialog = openThresholdsDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(QStringLiteral("connectionsThreshold"))->value(), 15.0);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("connectionsThreshold"))->setValue(90);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 15000);
        QCOMPARE(page->alerts() & DashboardAlerts::Connections, 0);
        QCOMPARE(settings.value(QStringLiteral("dashboard/alertConnectionsPercent")).toDouble(), 90.0);
        qDeleteAll(others);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
