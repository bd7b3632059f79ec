// The Dashboard chart on its own, on a history made up here (no server): a new window repaints
// only the band of the plot where the data was and is, and what is on screen afterwards is
// exactly what a full redraw paints — no trail of a spike that has left the window. The same for
// the numbers beside a chart, which repaint only the value that changed.
#include "pages/dashboardchart.h"
#include "dashboard/dashboardhistory.h"
#include "pages/dashboardpanel.h"

#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QTest>

using namespace Valvur;

Q_DECLARE_METATYPE(DashboardChart::Kind)

class TestDashboardChart : public QObject
{
    Q_OBJECT
private:
    static void flushRepaints()
    {
        // the scene's dirty items are a posted call, the window's repaint a posted event after it
        for (int i = 0; i < 4; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    // What the window shows: the offscreen platform reads it from the window's backing store.
    static QImage onScreen(QWidget *w)
    {
        return w->screen()->grabWindow(w->winId()).toImage().convertToFormat(QImage::Format_RGB32);
    }

    static QImage redrawn(QWidget *w) { return w->grab().toImage().convertToFormat(QImage::Format_RGB32); }

    static int differingPixels(const QImage &a, const QImage &b)
    {
        if (a.size() != b.size())
            return -1;
        int n = 0;
        for (int y = 0; y < a.height(); ++y) {
            const auto *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
            const auto *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
            for (int x = 0; x < a.width(); ++x) {
                const int d = std::max({std::abs(qRed(p[x]) - qRed(q[x])), std::abs(qGreen(p[x]) - qGreen(q[x])),
                                        std::abs(qBlue(p[x]) - qBlue(q[x]))});
                n += d > 48 ? 1 : 0;
            }
        }
        return n;
    }

    // Pixels of the data's blue in the upper half of the chart (values above about half the axis).
    static int bluePixelsUp(const QImage &image)
    {
        int n = 0;
        for (int y = 0; y < image.height() / 2; ++y) {
            const auto *p = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                n += qBlue(p[x]) > 200 && qRed(p[x]) < 110 && qGreen(p[x]) < 110 ? 1 : 0;
        }
        return n;
    }

private Q_SLOTS:
    void slidingWindowLeavesNoTrail_data()
    {
        QTest::addColumn<DashboardChart::Kind>("kind");
        QTest::newRow("lines") << DashboardChart::Kind::Lines;
        QTest::newRow("stacked") << DashboardChart::Kind::Stacked;
    }

    void slidingWindowLeavesNoTrail()
    {
        QFETCH(DashboardChart::Kind, kind);
        // 200 samples a second apart: about 10 with one spike to 90 at 20 s
        DashboardHistory history;
        const qint64 t0 = 1'700'000'000'000;
        for (int i = 0; i < 200; ++i) {
            DashboardPoint p;
            p.timeMs = t0 + i * 1000;
            p.active = i == 20 ? 90 : 8 + i % 3;
            p.idle = 2;
            history.append(p);
        }
        DashboardChart chart(kind);
        chart.addLine(QColor(0, 0, 255), [](const DashboardPoint &p) { return double(p.active); });
        if (kind == DashboardChart::Kind::Stacked)
            chart.addLine(QColor(150, 150, 150), [](const DashboardPoint &p) { return double(p.idle); });
        chart.addThreshold(QColor(220, 0, 0), [](const DashboardPoint &) { return 80.0; });
        chart.setNames({QStringLiteral("active"), QStringLiteral("idle"), QStringLiteral("limit")});
        chart.setYRange(0, 100, false, false); // a fixed axis: sliding never redraws the whole chart
        chart.setHistory(&history);
        chart.resize(500, 320);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setWindow(t0, t0 + 60'000);
        flushRepaints();
        const QImage first = onScreen(&chart);
        QVERIFY2(bluePixelsUp(first) > 20, "the spike is drawn");
        QCOMPARE(differingPixels(first, redrawn(&chart)), 0);

        // slide a second at a time, as the page does with each sample, until the spike has left
        for (int s = 1; s <= 45; ++s) {
            chart.setWindow(t0 + s * 1000, t0 + 60'000 + s * 1000);
            flushRepaints();
        }
        const QImage last = onScreen(&chart);
        const QImage full = redrawn(&chart);
        QCOMPARE(bluePixelsUp(full), 0); // the spike is out of the window
        QCOMPARE(bluePixelsUp(last), 0); // and no trail of it is left on screen
        QCOMPARE(differingPixels(last, full), 0);
        QVERIFY(chart.drawnPoints() >= 55);
    }

    void numbersRepaintLeavesNoTrail()
    {
        // in a panel, as on the page: the panel's frame is painted under the numbers
        DashboardPanel panel(QStringLiteral("connections"), DashboardChart::Kind::Stacked);
        panel.setTitle(QStringLiteral("Connections"));
        DashboardNumbers *numbers = panel.numbers();
        auto rows = [](const QString &value) {
            return QList<DashboardNumbers::Row>{{QColor(0, 0, 255), QStringLiteral("active"), value},
                                                {QColor(), QStringLiteral("idle in transaction"), QStringLiteral("12,5/s")}};
        };
        panel.setRows(rows(QStringLiteral("1")));
        panel.setNote(QStringLiteral("8 of max_connections 100 (8.0 %)"));
        panel.resize(700, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto compare = [&] {
            flushRepaints();
            const QRect r(numbers->mapTo(&panel, QPoint(0, 0)), numbers->size());
            const QImage screen = panel.screen()->grabWindow(panel.winId(), r.x(), r.y(), r.width(), r.height()).toImage().convertToFormat(QImage::Format_RGB32);
            return differingPixels(screen, panel.grab(r).toImage().convertToFormat(QImage::Format_RGB32));
        };
        QCOMPARE(compare(), 0);
        // a value far wider than the usual one, then a short one again: nothing of it is left
        for (const QString &value : {QStringLiteral("888 888 888 888,8/s"), QStringLiteral("2"), QStringLiteral("1")}) {
            panel.setRows(rows(value));
            QCOMPARE(compare(), 0);
        }
        QCOMPARE(numbers->text(), QStringLiteral("active 1\nidle in transaction 12,5/s\n8 of max_connections 100 (8.0 %)"));
        QCOMPARE(panel.note(), QStringLiteral("8 of max_connections 100 (8.0 %)"));
    }
};

QTEST_MAIN(TestDashboardChart)
#include "tst_dashboardchart.moc"
