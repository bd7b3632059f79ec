#pragma once

#include <QStyledItemDelegate>

namespace Valvur {

// Draws a share (0…1, from Qt::UserRole) as a horizontal bar behind the cell's text, so the one
// statement that eats most of the server's time stands out at a glance.
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Valvur
