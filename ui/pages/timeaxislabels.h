#pragma once

#include <QList>
#include <QString>

class QFontMetrics;

namespace Valvur {

// The labels of a Dashboard chart's time axis, counting back from the newest time drawn:
// "−60 s", "−30 s", "now". The step is the finest whose labels all fit unelided: Qt Charts gives
// each label an equal share of the axis and elides a longer one ("prae…"), and the labels grow
// with the interface zoom and differ by language.
struct TimeAxisLabels
{
    struct Label
    {
        double seconds; // relative to the newest time: −60 … 0
        QString text;
    };
    qint64 stepMs = 0;
    QList<Label> labels; // oldest first

    static TimeAxisLabels forSpan(qint64 spanMs, int axisWidth, const QFontMetrics &metrics);
};

} // namespace Valvur
