#include "pages/sharebardelegate.h"

#include <QApplication>
#include <QPainter>

namespace Valvur {

void ShareBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection, no text
    const double share = qBound(0.0, index.data(Qt::UserRole).toDouble(), 1.0);
    const QRect area = option.rect.adjusted(3, 3, -3, -3);
    painter->save();
    if (share > 0) {
        QRect bar = area;
        bar.setWidth(qMax(2, int(area.width() * share)));
        painter->setPen(Qt::NoPen);
        painter->setBrush(share >= 0.25 ? QColor(0xd1, 0x34, 0x38, 170) : QColor(0x0f, 0x6c, 0xbd, 140));
        painter->drawRoundedRect(bar, 2, 2);
    }
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(qMax(s.width(), 140));
    return s;
}

} // namespace Valvur
