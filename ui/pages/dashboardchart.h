#pragma once

#include "dashboard/dashboardpoint.h"

#include <QChartView>
#include <QColor>
#include <QFont>
#include <QBrush>
#include <QList>
#include <QPen>
#include <QPointer>

#include <functional>

class QAbstractSeries;
class QAreaSeries;
class QCategoryAxis;
class QGraphicsTextItem;
class QLineSeries;
class QValueAxis;

namespace Valvur {

class DashboardHistory;

// One Dashboard chart: lines (or stacked bands) over a time window of the history, drawn through
// min/max downsampling to the chart's pixel width, a line per segment between gaps (never a line
// across a lost connection), dashed threshold lines, a legend, and a tooltip with the time and
// values under the mouse. The drawn points are replaced on every redraw, never appended to.
// Qt Charts lays out the chart: the axes, their labels, the legend and the plot area. The data
// is painted by one item of our own over the plot area (PlotItem), not by QLineSeries and
// QAreaSeries: those build a hit-test outline of every series on every replace and stroke every
// segment of a line on its own, which was half of a tick's CPU (measured with callgrind). The
// series the chart holds are empty; they give the legend its markers and the axes their domain.
// Cheap per tick: the time axis is relative ("−60 s" … "now") and the value axis moves in nice
// steps, so neither is laid out again while the window slides; only the plot item is repainted.
// The background and grid are drawn once into the view's background cache.
class DashboardChart : public QChartView
{
    Q_OBJECT
public:
    using Value = std::function<double(const DashboardPoint &)>;
    using Format = std::function<QString(double)>;
    enum class Kind { Lines, Stacked };

    struct Line
    {
        QColor color;
        Value value;
        QString name;
    };

    explicit DashboardChart(Kind kind, QWidget *parent = nullptr);

    void addLine(const QColor &color, const Value &value);
    // A dashed horizontal line at the newest sample's value (max_connections, a target).
    void addThreshold(const QColor &color, const Value &value);
    // Names for the legend and tooltip, lines first, then thresholds (on every language change).
    void setNames(const QStringList &names);
    void setValueFormat(const Format &format) { m_format = format; }
    // Values are divided by the scale for the axis (bytes → MB); the axis title says the unit.
    void setScale(double divisor, const QString &axisTitle);
    // min NaN: the axis follows the data (no zero); autoMin/autoMax: widen to show all values.
    void setYRange(double min, double max, bool autoMin, bool autoMax);
    void setYTickCount(int n);
    void setLegendVisible(bool visible);
    // Dots on the samples: for sparse series (the size is measured every 30 s).
    void setPointsVisible(bool visible);

    void setHistory(const DashboardHistory *history) { m_history = history; }
    void setWindow(qint64 t0Ms, qint64 t1Ms);
    void redraw();
    // How many points the lines hold after downsampling (for tests and the benchmark).
    qsizetype drawnPoints() const;

    // The time axis: labels relative to the newest time drawn (for tests).
    QStringList timeLabels() const;

protected:
    void changeEvent(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    class PlotItem;
    friend class PlotItem;
    // What is drawn of one line, in axis units (seconds relative to the newest time drawn, the
    // scaled value): a polyline per segment between gaps; for a stacked band also its lower edge.
    struct Drawn
    {
        QList<QList<QPointF>> upper;
        QList<QList<QPointF>> lower;
    };
    double stackedValue(const DashboardPoint &p, int line) const;
    void layoutTimeAxis();
    void applyYRange(double lo, double hi);
    double toX(qint64 timeMs) const { return double(timeMs - m_t1) / 1000.0; }
    void attach(QAbstractSeries *series);
    void skipEmptyLabels();
    void applyZoom();

    Kind m_kind;
    QList<Line> m_lines;
    QList<Line> m_thresholds;
    QList<QAbstractSeries *> m_legend;   // one empty series per line: the legend's marker
    QList<QLineSeries *> m_thresholdLegend;
    QList<Drawn> m_drawnLines;
    QList<double> m_thresholdValues; // in axis units (NaN: none)
    PlotItem *m_plot = nullptr;
    QList<QPointer<QGraphicsTextItem>> m_labels; // the chart's label items (axes, legend, titles)
    Format m_format;
    double m_scale = 1;
    double m_yMin = 0, m_yMax = 1;
    bool m_autoMin = true, m_autoMax = true;
    bool m_pointsVisible = false;
    int m_yTicks = 5;
    double m_rangeMin = qQNaN(), m_rangeMax = qQNaN(), m_rangeStep = qQNaN();
    const DashboardHistory *m_history = nullptr;
    qint64 m_t0 = 0, m_t1 = 1;
    qsizetype m_drawn = 0;
    QList<double> m_xGrid; // seconds relative to the newest time drawn
    QPen m_gridPen;
    QPen m_axisPen;
    QBrush m_background;
    qint64 m_axisSpan = -1; // the span and step the time axis is laid out for
    qint64 m_axisStep = -1;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    struct Fonts // the theme's, at m_fontsZoom
    {
        QFont chartTitle, legend, xLabels, xTitle, yLabels, yTitle;
    } m_fonts;
    int m_fontsZoom = 100;
    int m_zoom = 0; // the zoom the fonts are scaled to
};

} // namespace Valvur
