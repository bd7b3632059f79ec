#include "pages/timeaxislabels.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>

#include <algorithm>

namespace Valvur {

namespace {
constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr int MaxLabels = 7;

QList<TimeAxisLabels::Label> labelsFor(qint64 span, qint64 step)
{
    const QString minus = QStringLiteral("−");
    QList<TimeAxisLabels::Label> labels;
    for (qint64 back = (span / step) * step; back >= 0; back -= step) {
        QString text;
        if (back == 0)
            text = QCoreApplication::translate("Valvur::DashboardChart", "now");
        else if (step < Minute)
            text = QCoreApplication::translate("Valvur::DashboardChart", "%1 s").arg(minus + QLocale().toString(back / Second));
        else if (step < Hour)
            text = QCoreApplication::translate("Valvur::DashboardChart", "%1 min").arg(minus + QLocale().toString(back / Minute));
        else
            text = QCoreApplication::translate("Valvur::DashboardChart", "%1 h").arg(minus + QLocale().toString(back / Hour));
        labels.append({-double(back) / 1000.0, text});
    }
    return labels;
}
} // namespace

TimeAxisLabels TimeAxisLabels::forSpan(qint64 spanMs, int axisWidth, const QFontMetrics &metrics)
{
    static const qint64 steps[] = {5 * Second, 10 * Second, 15 * Second, 30 * Second, Minute, 2 * Minute, 5 * Minute,
                                   10 * Minute, 15 * Minute, 30 * Minute, Hour, 2 * Hour, 3 * Hour, 6 * Hour, 12 * Hour, 24 * Hour};
    const int width = axisWidth > 0 ? axisWidth : 300;
    // Qt Charts (horizontalaxis.cpp) gives a label the axis' width over the label count plus one
    // (the axis' start), less twice its label padding (4 px), for the text and its margins (4 px
    // each side).
    constexpr int padding = 16;
    for (qint64 step : steps) {
        const qint64 count = spanMs / step + 1;
        if (count > MaxLabels)
            continue;
        QList<Label> labels = labelsFor(spanMs, step);
        int widest = 0;
        for (const Label &l : std::as_const(labels))
            widest = std::max(widest, metrics.horizontalAdvance(l.text));
        // a share per label and one for the axis' start (a step before the window)
        if (width / (labels.size() + 1) >= widest + padding)
            return {step, labels};
    }
    // nothing fits (a very narrow chart): the window's start and "now"
    const qint64 step = std::max<qint64>(spanMs, Second);
    return {step, labelsFor(spanMs, step)};
}

} // namespace Valvur
