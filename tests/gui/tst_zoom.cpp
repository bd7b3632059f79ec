// The interface zoom for a classroom projector: Ctrl++ / Ctrl+− / Ctrl+0 scale the whole window
// (tables, charts, fonts of their own), the level is remembered, and --zoom works for screenshots.
// ctest-labels: pg
#include "activity/activitymodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pages/dashboardchart.h"
#include "pages/page.h"
#include "pg/connectionoptions.h"
#include "testserver.h"
#include "valvurprocess.h"
#include "zoom/zoomlevel.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QImage>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;

namespace {

struct Sizes
{
    int tablePixels = 0;    // the Overview's databases table
    qreal tablePoints = 0;
    int rowHeight = 0;      // its rows
    int axisPixels = 0;     // a Dashboard chart's time axis labels
    qreal axisPoints = 0;
    int legendPixels = 0;
    int stateColumn = 0;    // the Activity table's State column, as the page sized it

    bool operator==(const Sizes &o) const
    {
        return tablePixels == o.tablePixels && tablePoints == o.tablePoints && rowHeight == o.rowHeight && axisPixels == o.axisPixels
            && axisPoints == o.axisPoints && legendPixels == o.legendPixels && stateColumn == o.stateColumn;
    }
};

char *toString(const Sizes &s)
{
    return qstrdup(QStringLiteral("table %1 px (%2 pt), rows %3 px, axis %4 px (%5 pt), legend %6 px, State column %7 px")
                       .arg(s.tablePixels)
                       .arg(s.tablePoints)
                       .arg(s.rowHeight)
                       .arg(s.axisPixels)
                       .arg(s.axisPoints)
                       .arg(s.legendPixels)
                       .arg(s.stateColumn)
                       .toUtf8()
                       .constData());
}

DashboardChart *firstChart(MainWindow &window)
{
    const auto charts = window.page(QStringLiteral("dashboard"))->findChildren<DashboardChart *>();
    return charts.isEmpty() ? nullptr : charts.first();
}

Sizes measure(MainWindow &window)
{
    Sizes s;
    auto *table = window.page(QStringLiteral("overview"))->findChild<QTableView *>(QStringLiteral("databasesTable"));
    auto *activity = window.page(QStringLiteral("activity"))->findChild<QTableView *>(QStringLiteral("activityTable"));
    DashboardChart *chart = firstChart(window);
    if (!table || !activity || !chart)
        return s;
    s.stateColumn = activity->columnWidth(ActivityModel::State);
    s.tablePixels = QFontInfo(table->font()).pixelSize();
    s.tablePoints = table->font().pointSizeF();
    s.rowHeight = table->verticalHeader()->defaultSectionSize();
    const QFont axis = chart->chart()->axes(Qt::Horizontal).constFirst()->labelsFont();
    s.axisPixels = QFontInfo(axis).pixelSize();
    s.axisPoints = axis.pointSizeF();
    s.legendPixels = QFontInfo(chart->chart()->legend()->font()).pixelSize();
    return s;
}

// Within a pixel of what scaling gives (pixel sizes are whole).
bool grewBy(int before, int after, double ratio)
{
    return std::abs(after - before * ratio) <= 1.0 && after > before;
}

// How far right the menu bar's text ("File Edit View Help") reaches in a screenshot: it grows
// with the zoom, not with the window.
int menuTextRight(const QImage &image)
{
    int right = -1;
    for (int y = 2; y < 18 && y < image.height(); ++y) {
        for (int x = 0; x < image.width() / 2; ++x) {
            if (qGray(image.pixel(x, y)) < 110)
                right = std::max(right, x);
        }
    }
    return right;
}

} // namespace

class TestZoom : public QObject
{
    Q_OBJECT
private:
    LanguageManager m_language;

    static void press(MainWindow &window, QKeyCombination keys)
    {
        QTest::keyClick(&window, keys.key(), keys.keyboardModifiers());
    }

private Q_SLOTS:
    void initTestCase() { m_language.setLanguage(QStringLiteral("en")); }

    // Each test starts at 100 % (the zoom is the application's).
    void init()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("zoom"));
        settings.clear();
        MainWindow reset(&settings, &m_language);
        reset.zoomLevel()->setPercent(100);
    }

    void keysStepTheWholeInterfaceAndComeBackExactly()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("zoom"));
        MainWindow window(&settings, &m_language);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QVERIFY(firstChart(window));
        const Sizes start = measure(window);
        QVERIFY(start.tablePixels > 0 && start.axisPixels > 0);
        QCOMPARE(window.zoomLevel()->percent(), 100);

        press(window, Qt::CTRL | Qt::Key_Plus);
        QCOMPARE(window.zoomLevel()->percent(), 110);
        press(window, Qt::CTRL | Qt::Key_Equal); // Ctrl++ where + needs Shift
        QCOMPARE(window.zoomLevel()->percent(), 125);
        QTRY_COMPARE_WITH_TIMEOUT(measure(window).tablePoints, start.tablePoints * 1.25, 5000);
        const Sizes zoomed = measure(window);
        QVERIFY2(grewBy(start.tablePixels, zoomed.tablePixels, 1.25), toString(zoomed));
        QVERIFY2(grewBy(start.axisPixels, zoomed.axisPixels, 1.25), toString(zoomed));
        QVERIFY2(grewBy(start.legendPixels, zoomed.legendPixels, 1.25), toString(zoomed));
        QVERIFY2(grewBy(start.rowHeight, zoomed.rowHeight, 1.25), toString(zoomed));
        QVERIFY2(grewBy(start.stateColumn, zoomed.stateColumn, 1.25), toString(zoomed));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("125")));

        press(window, Qt::CTRL | Qt::Key_Minus);
        QCOMPARE(window.zoomLevel()->percent(), 110);

        press(window, Qt::CTRL | Qt::Key_0);
        QCOMPARE(window.zoomLevel()->percent(), 100);
        QTRY_COMPARE_WITH_TIMEOUT(measure(window), start, 5000); // no drift
        press(window, Qt::CTRL | Qt::Key_Minus);
        QCOMPARE(window.zoomLevel()->percent(), 90);
    }

    // Pages are built when first shown: one built at 150 % is at 150 %, its chart and its fixed-width
    // text too, and comes back to the 100 % sizes.
    void pagesBuiltLaterAreZoomed()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("zoom"));
        const int fixedPixels = QFontInfo(QFontDatabase::systemFont(QFontDatabase::FixedFont)).pixelSize();
        int axisAt100 = 0;
        {
            MainWindow reference(&settings, &m_language);
            axisAt100 = measure(reference).axisPixels;
        }
        QVERIFY(axisAt100 > 0);
        const qreal appPoints = QApplication::font().pointSizeF();

        MainWindow window(&settings, &m_language);
        window.zoomLevel()->setPercent(150);
        QCOMPARE(QApplication::font().pointSizeF(), appPoints * 1.5);
        QCOMPARE(window.font().pointSizeF(), appPoints * 1.5); // at once: the page built next is built in it
        QVERIFY(window.showPage(QStringLiteral("queries")));
        auto *detail = window.currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("queryDetail"));
        QVERIFY(detail);
        QVERIFY2(grewBy(fixedPixels, QFontInfo(detail->font()).pixelSize(), 1.5), qPrintable(QString::number(QFontInfo(detail->font()).pixelSize())));
        // Its table's rows have room around the zoomed text, as they have at 100 %.
        auto *table = window.currentPage()->findChild<QTableView *>();
        QVERIFY(table);
        QVERIFY2(table->verticalHeader()->defaultSectionSize() >= QFontMetrics(QApplication::font()).height() + 6,
                 qPrintable(QString::number(table->verticalHeader()->defaultSectionSize())));
        const int axisAt150 = measure(window).axisPixels; // the Dashboard is built now, at 150 %
        QVERIFY2(grewBy(axisAt100, axisAt150, 1.5), qPrintable(QStringLiteral("%1 → %2").arg(axisAt100).arg(axisAt150)));

        window.zoomLevel()->setPercent(100);
        QCOMPARE(QApplication::font().pointSizeF(), appPoints);
        QTRY_COMPARE_WITH_TIMEOUT(measure(window).axisPixels, axisAt100, 5000);
        QCOMPARE(QFontInfo(detail->font()).pixelSize(), fixedPixels);
    }

    // At 150 % the Activity table's columns fit its first data (headers and values unelided), also
    // when the window was resized before the data came (the stretched last column followed it).
    void activityColumnsFitAtZoom()
    {
        Test::TestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("zoom"));
        MainWindow window(&settings, &m_language);
        window.zoomLevel()->setPercent(150);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("activity")));
        Page *page = window.currentPage();
        auto *table = page->findChild<QTableView *>(QStringLiteral("activityTable"));
        QVERIFY(table);
        window.resize(1900, 1150);
        QSignalSpy ready(page, &Page::dataReady);
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(server.conninfo(), &o, nullptr));
        window.addServer(o, server.superuserPassword());
        QVERIFY(ready.wait(30000));
        QHeaderView *header = table->horizontalHeader();
        for (int c = 0; c < ActivityModel::Query; ++c) { // the last column stretches
            if (header->isSectionHidden(c))
                continue;
            const QString title = table->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(c) >= std::min(header->sectionSizeHint(c), 270),
                     qPrintable(QStringLiteral("%1: %2 px of %3").arg(title).arg(header->sectionSize(c)).arg(header->sectionSizeHint(c))));
        }
    }

    void theLevelSurvivesARestart()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("zoom"));
        const qreal appPoints = QApplication::font().pointSizeF();
        {
            MainWindow window(&settings, &m_language);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            press(window, Qt::CTRL | Qt::Key_Plus);
            press(window, Qt::CTRL | Qt::Key_Plus);
            press(window, Qt::CTRL | Qt::Key_Plus);
            QCOMPARE(window.zoomLevel()->percent(), 150);
        }
        settings.sync();
        QSettings reopened(settings.fileName(), QSettings::IniFormat);
        MainWindow again(&reopened, &m_language);
        QCOMPARE(again.zoomLevel()->percent(), 150);
        QCOMPARE(QApplication::font().pointSizeF(), appPoints * 1.5);
        QVERIFY(again.width() >= 1280);
    }

    void commandLineZoomsTheScreenshot()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString at100 = dir.filePath(QStringLiteral("100.png"));
        const QString at150 = dir.filePath(QStringLiteral("150.png"));
        const QStringList common = {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--page"), QStringLiteral("overview")};
        Test::ValvurRun plain = Test::runValvur(common + QStringList{QStringLiteral("--screenshot"), at100}, env, 60000);
        QVERIFY2(plain.code == 0, qPrintable(plain.err));
        Test::ValvurRun zoomed =
            Test::runValvur(common + QStringList{QStringLiteral("--zoom"), QStringLiteral("150"), QStringLiteral("--screenshot"), at150}, env, 60000);
        QVERIFY2(zoomed.code == 0, qPrintable(zoomed.err));
        const QImage small(at100), large(at150);
        QCOMPARE(small.size(), QSize(1280, 800));
        QCOMPARE(large.size(), QSize(1920, 1200));
        const int right100 = menuTextRight(small), right150 = menuTextRight(large);
        QVERIFY2(right100 > 0 && right150 >= right100 * 1.3, qPrintable(QStringLiteral("menu text ends at %1 / %2").arg(right100).arg(right150)));
        // For that run only: the remembered level is still 100 %.
        QSettings remembered(dir.filePath(QStringLiteral("config/valvur/valvur.ini")), QSettings::IniFormat);
        QVERIFY(!remembered.contains(QStringLiteral("ui/zoomPercent")));

        Test::ValvurRun bad = Test::runValvur(common + QStringList{QStringLiteral("--zoom"), QStringLiteral("500"), QStringLiteral("--screenshot"),
                                                                   dir.filePath(QStringLiteral("bad.png"))},
                                              env, 60000);
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("80 to 200")), qPrintable(bad.err));
    }
};

QTEST_MAIN(TestZoom)
#include "tst_zoom.moc"
