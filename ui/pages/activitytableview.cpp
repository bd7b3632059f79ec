#include "pages/activitytableview.h"

#include <QAccessible>

namespace Valvur {

QRect ActivityTableView::rowsRect(int first, int last) const
{
    const int top = rowViewportPosition(first);
    const int bottom = rowViewportPosition(last) + rowHeight(last);
    return QRect(0, top, viewport()->width(), bottom - top) & viewport()->rect();
}

void ActivityTableView::repaintColumns(const QList<int> &columns, const QRegion &extra)
{
    QRegion dirty = extra;
    for (int c : columns) {
        if (!isColumnHidden(c))
            dirty += QRect(columnViewportPosition(c), 0, columnWidth(c), viewport()->height()) & viewport()->rect();
    }
    if (!dirty.isEmpty())
        viewport()->update(dirty);
}

void ActivityTableView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (topLeft == bottomRight || !topLeft.isValid() || !bottomRight.isValid() || topLeft.parent() != bottomRight.parent()
        || !isVisible() || QAccessible::isActive()) {
        QTableView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    const QRect rows = rowsRect(topLeft.row(), bottomRight.row());
    if (!rows.isEmpty())
        viewport()->update(rows);
}

} // namespace Valvur
