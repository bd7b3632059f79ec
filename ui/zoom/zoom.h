#pragma once

#include <QFont>
#include <QSize>

class QWidget;

namespace Valvur {

// The interface zoom applied to the whole application (it is one: the application font is one).
// apply() scales the font the application had before its first call (never the last zoomed one,
// so stepping does not compound rounding), and what does not follow the application font by
// itself: fonts a widget sets with its own size (a heading, the fixed-width font), the row height
// of tables, the icon size of item views. Those are scaled from the size they had at 100 %,
// remembered on the widget, so 150 % → 100 % gives back the exact sizes.
// Widgets built later (pages are built when first shown) are built at the current zoom: a size of
// their own is relative to the (zoomed) application font, or scaled with scaled()/fixedFont().
// Qt Charts fonts do not follow the application font: DashboardChart scales them on FontChange.
class Zoom
{
public:
    static void apply(int percent);
    // The current zoom: 1.0 at 100 %.
    static double factor();
    static int percent();

    // A size in pixels at 100 %, at the current zoom.
    static int scaled(int pixels);
    static QSize scaled(const QSize &size);
    // A font of a size of its own (not the application font's), at the current zoom.
    static QFont scaled(const QFont &font);
    static QFont scaled(const QFont &font, double by);
    // The system's fixed-width font at the current zoom (SQL, commands, logs).
    static QFont fixedFont();

private:
    static void rescaleWidgets(double from, double to);
};

} // namespace Valvur
