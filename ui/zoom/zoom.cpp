#include "zoom/zoom.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPointer>
#include <QVariant>
#include <QWidget>

#include <cmath>
#include <functional>
#include <optional>

namespace Valvur {

namespace {

struct State
{
    std::optional<QFont> startFont; // the application font before the first zoom
    int percent = 100;
};

State &state()
{
    static State s;
    return s;
}

QFont withSize(QFont font, const QFont &sizeOf, double factor)
{
    if (sizeOf.pointSizeF() > 0)
        font.setPointSizeF(sizeOf.pointSizeF() * factor);
    else if (sizeOf.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(std::lround(sizeOf.pixelSize() * factor))));
    return font;
}

// A value of a widget scaled from its size at 100 %, remembered in two properties: the size at
// 100 % and the value last set. A value changed since (the widget set it again, at the zoom then
// current) gives a new size at 100 %.
template<typename T>
std::optional<T> rescaled(QWidget *w, const char *name, const T &now, double from, double to,
                          const std::function<T(const T &, double)> &scale)
{
    const QByteArray baseKey = QByteArray("valvurZoomBase_") + name;
    const QByteArray setKey = QByteArray("valvurZoomSet_") + name;
    const QVariant base = w->property(baseKey.constData());
    const QVariant set = w->property(setKey.constData());
    T atHundred = base.isValid() && set.value<T>() == now ? base.value<T>() : scale(now, 1.0 / from);
    const T next = scale(atHundred, to);
    w->setProperty(baseKey.constData(), QVariant::fromValue(atHundred));
    w->setProperty(setKey.constData(), QVariant::fromValue(next));
    if (next == now)
        return std::nullopt;
    return next;
}

} // namespace

double Zoom::factor()
{
    return state().percent / 100.0;
}

int Zoom::percent()
{
    return state().percent;
}

int Zoom::scaled(int pixels)
{
    return int(std::lround(pixels * factor()));
}

QSize Zoom::scaled(const QSize &size)
{
    return QSize(scaled(size.width()), scaled(size.height()));
}

QFont Zoom::scaled(const QFont &font)
{
    return withSize(font, font, factor());
}

QFont Zoom::scaled(const QFont &font, double by)
{
    return withSize(font, font, by);
}

QFont Zoom::fixedFont()
{
    return scaled(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void Zoom::apply(int percent)
{
    State &s = state();
    if (!s.startFont)
        s.startFont = QApplication::font();
    if (percent == s.percent)
        return;
    const double from = factor();
    s.percent = percent;
    rescaleWidgets(from, factor());
    QApplication::setFont(withSize(*s.startFont, *s.startFont, factor()));
    // Before the event loop runs (--zoom, the remembered level) Qt hands the font to the widgets
    // by a posted event: at once here, so a page built next is built in it (its row heights).
    QEvent change(QEvent::ApplicationFontChange);
    for (QWidget *w : QApplication::topLevelWidgets())
        QCoreApplication::sendEvent(w, &change);
}

void Zoom::rescaleWidgets(double from, double to)
{
    const std::function<QFont(const QFont &, double)> scaleFont = [](const QFont &f, double k) { return withSize(f, f, k); };
    const std::function<int(const int &, double)> scaleInt = [](const int &v, double k) { return int(std::lround(v * k)); };
    const std::function<QList<int>(const QList<int> &, double)> scaleInts = [](const QList<int> &v, double k) {
        QList<int> out;
        for (int x : v)
            out << int(std::lround(x * k));
        return out;
    };
    const std::function<QSize(const QSize &, double)> scaleSize = [](const QSize &v, double k) {
        return QSize(int(std::lround(v.width() * k)), int(std::lround(v.height() * k)));
    };
    // Worked out for every widget first, then set: a parent's new font reaches its children.
    QList<std::function<void()>> changes;
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        QPointer<QWidget> guard(w);
        if (w->testAttribute(Qt::WA_SetFont) && (w->font().resolveMask() & QFont::SizeResolved)) {
            if (const auto font = rescaled<QFont>(w, "font", w->font(), from, to, scaleFont))
                changes << [guard, f = *font] {
                    if (guard)
                        guard->setFont(f);
                };
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->orientation() == Qt::Vertical) {
            if (const auto size = rescaled<int>(w, "rows", header->defaultSectionSize(), from, to, scaleInt))
                changes << [guard, header, v = *size] {
                    if (guard)
                        header->setDefaultSectionSize(v);
                };
        } else if (header) { // column widths the user or the page gave (not those that fit the contents)
            QList<int> widths;
            for (int i = 0; i < header->count(); ++i)
                widths << header->sectionSize(i);
            if (const auto sized = rescaled<QList<int>>(w, "columns", widths, from, to, scaleInts))
                changes << [guard, header, v = *sized] {
                    if (!guard)
                        return;
                    for (int i = 0; i < header->count() && i < v.size(); ++i) {
                        if (!header->isSectionHidden(i) && header->sectionResizeMode(i) == QHeaderView::Interactive)
                            header->resizeSection(i, v.at(i));
                    }
                };
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->iconSize().isValid()) {
            if (const auto size = rescaled<QSize>(w, "icons", view->iconSize(), from, to, scaleSize))
                changes << [guard, view, v = *size] {
                    if (guard)
                        view->setIconSize(v);
                };
        }
    }
    for (const auto &change : std::as_const(changes))
        change();
}

} // namespace Valvur
