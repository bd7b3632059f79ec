// The Activity table repaints what changed, not the whole table: a changed row repaints that row
// (Qt 6.4's own view repaints the whole viewport for it), the durations' tick its columns only.
// With a thousand live sessions, painting every visible cell every second was most of the cost.
#include "pages/activitytableview.h"

#include <QPaintEvent>
#include <QStandardItemModel>
#include <QTest>

using namespace Valvur;

namespace {
// Collects the regions the viewport paints.
class PaintSpy : public QObject
{
public:
    QRegion painted;
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted += static_cast<QPaintEvent *>(event)->region();
            ++paints;
        }
        return false;
    }
};
} // namespace

class TestActivityTableView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repaintsOnlyWhatChanged()
    {
        QStandardItemModel model(40, 5);
        for (int r = 0; r < 40; ++r) {
            for (int c = 0; c < 5; ++c)
                model.setItem(r, c, new QStandardItem(QStringLiteral("%1/%2").arg(r).arg(c)));
        }
        ActivityTableView view;
        view.setModel(&model);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.rowAt(0) == 0);
        PaintSpy spy;
        view.viewport()->installEventFilter(&spy);
        QCoreApplication::processEvents();
        spy.painted = {};
        spy.paints = 0;

        // a changed row (several cells): that row, not the table
        Q_EMIT model.dataChanged(model.index(3, 0), model.index(3, 4));
        QTRY_VERIFY(spy.paints > 0);
        const QRect row3(0, view.rowViewportPosition(3), view.viewport()->width(), view.rowHeight(3));
        QVERIFY(spy.painted.boundingRect().intersects(row3));
        QVERIFY2(row3.contains(spy.painted.boundingRect()), "more than the changed row was repainted");

        // the durations' tick: its column only
        spy.painted = {};
        spy.paints = 0;
        view.repaintColumns({2});
        QTRY_VERIFY(spy.paints > 0);
        const QRect column2(view.columnViewportPosition(2), 0, view.columnWidth(2), view.viewport()->height());
        QVERIFY2(column2.contains(spy.painted.boundingRect()), "more than the ticking column was repainted");
    }
};

QTEST_MAIN(TestActivityTableView)
#include "tst_activitytableview.moc"
