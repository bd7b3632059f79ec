#pragma once

#include <QTableView>

namespace Valvur {

// The Activity page's table. Qt 6.4's QAbstractItemView repaints the whole viewport for any
// dataChanged that spans more than one cell; with a thousand live sessions a changed row arrives
// every second, so this view repaints the changed rows only. repaintColumns() repaints some
// columns (the ticking durations) without touching the rest.
class ActivityTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

    void repaintColumns(const QList<int> &columns, const QRegion &extra = {});
    // The visible rows' rectangle in viewport coordinates (for row in [first, last] of the model).
    QRect rowsRect(int first, int last) const;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = {}) override;
};

} // namespace Valvur
