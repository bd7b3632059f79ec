#include "pages/dashboardchart.h"

#include "dashboard/dashboardhistory.h"
#include "dashboard/downsampler.h"
#include "pages/timeaxislabels.h"
#include "zoom/zoom.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Valvur {

namespace {
// The smallest of 1, 2, 5 × 10^k (and 25 × 10^k: still whole numbers) that is at least rough.
double niceStep(double rough)
{
    if (!(rough > 0) || !std::isfinite(rough))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m == 2.5 && power < 10)
            continue;
        if (m * power >= rough * (1 - 1e-9))
            return m * power;
    }
    return 10 * power;
}

// How the data is drawn: the same pens and brushes for the plot and the legend's markers.
QPen linePen(const QColor &color) { return QPen(color, 2.0); }
QPen bandPen(const QColor &color) { return QPen(color.darker(130), 1.0); }
QColor bandFill(QColor color)
{
    color.setAlpha(190);
    return color;
}
QPen thresholdPen(const QColor &color) { return QPen(color, 1.5, Qt::DashLine); }

} // namespace

// The data of one chart, painted over the plot area in one pass: the segments of each line, a
// filled polygon per stacked band and dots for sparse series. Its geometry is the plot area; a
// new sample repaints only the band of it where the data was and is, over the background, grid,
// axes and threshold lines cached by the view.
class DashboardChart::PlotItem : public QGraphicsItem
{
public:
    explicit PlotItem(DashboardChart *owner)
        : QGraphicsItem(owner->chart())
        , m_owner(owner)
    {
        setZValue(5); // over the series of the chart (empty: legend markers), under the legend
        setAcceptedMouseButtons(Qt::NoButton);
        setFlag(ItemUsesExtendedStyleOption); // the exposed rectangle: segments outside it are skipped
    }

    void setRect(const QRectF &rect)
    {
        if (rect == m_rect)
            return;
        prepareGeometryChange();
        m_rect = rect;
        m_painted = rect;
    }

    // Exactly the plot area, and the painting is clipped to it: with the view's antialiasing
    // margin switched off, a repaint does not reach the axis labels around the plot.
    QRectF boundingRect() const override { return m_rect; }

    // The data changed: repaint where it was and where it is now, not the whole plot area (the
    // view copies its cached background under every repainted pixel; a line at 99 % or a few
    // connections under max_connections need a thin band). any: something is drawn; the rest
    // is its extent in axis units.
    void dataChanged(double minX, double maxX, double minY, double maxY)
    {
        QRectF now;
        const Mapping map = mapping();
        if (map.valid) { // nothing drawn: the extents are infinite and so are the corners
            const QPointF a = map(QPointF(minX, maxY)), b = map(QPointF(maxX, minY));
            if (std::isfinite(a.x()) && std::isfinite(a.y()) && std::isfinite(b.x()) && std::isfinite(b.y()))
                now = QRectF(a, b).normalized().adjusted(-Margin, -Margin, Margin, Margin) & m_rect;
        }
        const QRectF dirty = m_painted.isEmpty() ? now : now.isEmpty() ? m_painted : (m_painted | now);
        if (!dirty.isEmpty())
            update(dirty);
        m_painted = now;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const DashboardChart &c = *m_owner;
        const Mapping map = mapping();
        if (!map.valid || m_rect.width() < 2 || m_rect.height() < 2)
            return;
        // a line segment that cannot touch the exposed rectangle is not stroked at all
        const QRectF exposed = option->exposedRect.adjusted(-Margin, -Margin, Margin, Margin);
        auto visible = [&](const QPointF &a, const QPointF &b) {
            return std::max(a.x(), b.x()) >= exposed.left() && std::min(a.x(), b.x()) <= exposed.right()
                && std::max(a.y(), b.y()) >= exposed.top() && std::min(a.y(), b.y()) <= exposed.bottom();
        };

        painter->save();
        painter->setClipRect(m_rect.toAlignedRect());
        for (int line = 0; line < c.m_drawnLines.size(); ++line) {
            const Drawn &drawn = c.m_drawnLines.at(line);
            const QColor color = c.m_lines.at(line).color;
            if (c.m_kind == Kind::Stacked) {
                painter->setPen(bandPen(color));
                painter->setBrush(bandFill(color));
                for (qsizetype s = 0; s < drawn.upper.size(); ++s) {
                    const QList<QPointF> &upper = drawn.upper.at(s);
                    const QList<QPointF> &lower = drawn.lower.at(s);
                    m_polygon.clear();
                    for (const QPointF &p : upper)
                        m_polygon.append(map(p));
                    for (qsizetype i = lower.size() - 1; i >= 0; --i)
                        m_polygon.append(map(lower.at(i)));
                    if (m_polygon.size() > 2)
                        painter->drawPolygon(m_polygon);
                }
                continue;
            }
            // A 2 px antialiased polyline is stroked as one self-crossing outline, which Qt 6.4
            // fills about ten times slower than the same line drawn as separate segments
            // (tests/bench/bench_line_drawing: 0.95 vs 0.07 ms for 60 points); the square caps
            // close the joints.
            painter->setPen(linePen(color));
            painter->setBrush(Qt::NoBrush);
            for (const QList<QPointF> &segment : drawn.upper) {
                m_segments.clear();
                QPointF previous;
                for (qsizetype i = 0; i < segment.size(); ++i) {
                    const QPointF point = map(segment.at(i));
                    if (i > 0 && visible(previous, point))
                        m_segments.append(QLineF(previous, point));
                    previous = point;
                }
                if (!m_segments.isEmpty())
                    painter->drawLines(m_segments.constData(), int(m_segments.size()));
            }
            if (c.m_pointsVisible) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(color);
                for (const QList<QPointF> &segment : drawn.upper) {
                    for (const QPointF &p : segment)
                        painter->drawEllipse(map(p), 4.0, 4.0);
                }
            }
        }
        painter->restore();
    }

private:
    static constexpr double Margin = 5; // the dots' radius and a pixel of antialiasing

    // From axis units to item coordinates, for the axes' current ranges.
    struct Mapping
    {
        bool valid = false;
        double x0 = 0, y0 = 0, sx = 0, sy = 0, left = 0, bottom = 0;
        QPointF operator()(const QPointF &p) const { return QPointF(left + (p.x() - x0) * sx, bottom - (p.y() - y0) * sy); }
    };
    Mapping mapping() const
    {
        const double x0 = m_owner->m_axisX->min(), x1 = m_owner->m_axisX->max();
        const double y0 = m_owner->m_axisY->min(), y1 = m_owner->m_axisY->max();
        Mapping m;
        m.valid = x1 > x0 && y1 > y0 && m_rect.width() > 0 && m_rect.height() > 0;
        if (m.valid)
            m = {true, x0, y0, m_rect.width() / (x1 - x0), m_rect.height() / (y1 - y0), m_rect.left(), m_rect.bottom()};
        return m;
    }

    DashboardChart *m_owner;
    QRectF m_rect;
    QRectF m_painted; // where the data was painted last (item coordinates)
    QPolygonF m_polygon; // reused: no allocation per repaint
    QList<QLineF> m_segments;
};

DashboardChart::DashboardChart(Kind kind, QWidget *parent)
    : QChartView(parent)
    , m_kind(kind)
{
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setShowToolTips(true);
    c->setMargins(QMargins(4, 4, 4, 4)); // the right one makes room for "now" (layoutTimeAxis)
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setBackgroundRoundness(0);
    m_axisX = new QCategoryAxis(c);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisY = new QValueAxis(c);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    // Cheap repaints (measured with tests/bench/bench_dashboard_tick and callgrind): the
    // background, the grid, the axis lines and their ticks are drawn by drawBackground into the
    // view's cache, which is drawn again only when an axis, the plot area or the size changes
    // (as Qt Charts items they were repainted with every sample: a quarter of a tick's CPU,
    // and the axis lines and ticks touch the plot area, so every repaint of it painted them);
    // cosmetic pens (width 0) take the fast line path; a scene index costs more than it saves;
    // the view adds no antialiasing margin to what it repaints (the plot item keeps inside its
    // bounding rectangle), so a new sample repaints the plot area and not the labels around it.
    m_gridPen = m_axisY->gridLinePen();
    m_gridPen.setWidthF(0);
    m_background = c->backgroundBrush();
    m_axisPen = m_axisY->linePen();
    m_axisPen.setWidthF(0);
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_axisX, m_axisY}) {
        axis->setGridLineVisible(false);
        axis->setLineVisible(false); // the axis lines and their ticks too: drawBackground draws them
    }
    c->setBackgroundVisible(false);
    setCacheMode(QGraphicsView::CacheBackground);
    m_plot = new PlotItem(this);
    connect(c, &QChart::plotAreaChanged, this, [this](const QRectF &plotArea) {
        resetCachedContent();
        m_plot->setRect(plotArea);
        m_labels.clear(); // the axes may have new label items: found again on the next redraw
    });
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    m_fonts = {c->titleFont(), c->legend()->font(), m_axisX->labelsFont(), m_axisX->titleFont(), m_axisY->labelsFont(),
               m_axisY->titleFont()};
    m_fontsZoom = Zoom::percent(); // the theme's fonts are the application font when it is built
    applyZoom();
    m_format = [](double v) { return QLocale().toString(v, 'f', 1); };
}

void DashboardChart::attach(QAbstractSeries *series)
{
    chart()->addSeries(series);
    series->attachAxis(m_axisX);
    series->attachAxis(m_axisY);
}

void DashboardChart::addLine(const QColor &color, const Value &value)
{
    m_lines.append(Line{color, value, {}});
    m_drawnLines.append(Drawn());
    // an empty series: the legend's marker (the plot item draws the data)
    QAbstractSeries *legend = nullptr;
    if (m_kind == Kind::Stacked) {
        auto *area = new QAreaSeries(new QLineSeries(chart()));
        area->setBrush(bandFill(color));
        area->setPen(bandPen(color));
        legend = area;
    } else {
        auto *line = new QLineSeries(chart());
        line->setPen(linePen(color));
        legend = line;
    }
    attach(legend);
    m_legend.append(legend);
}

void DashboardChart::addThreshold(const QColor &color, const Value &value)
{
    m_thresholds.append(Line{color, value, {}});
    auto *legend = new QLineSeries(chart());
    legend->setPen(thresholdPen(color));
    attach(legend);
    m_thresholdLegend.append(legend);
    m_thresholdValues.append(qQNaN());
}

void DashboardChart::setNames(const QStringList &names)
{
    for (int i = 0; i < m_lines.size() && i < names.size(); ++i) {
        m_lines[i].name = names.at(i);
        m_legend.at(i)->setName(names.at(i));
    }
    for (int i = 0; i < m_thresholds.size(); ++i) {
        const qsizetype n = m_lines.size() + i;
        if (n < names.size()) {
            m_thresholds[i].name = names.at(n);
            m_thresholdLegend.at(i)->setName(names.at(n));
        }
    }
}

void DashboardChart::setScale(double divisor, const QString &axisTitle)
{
    m_scale = divisor > 0 ? divisor : 1;
    if (m_axisY->titleText() != axisTitle)
        m_axisY->setTitleText(axisTitle);
}

void DashboardChart::setYRange(double min, double max, bool autoMin, bool autoMax)
{
    m_yMin = min;
    m_yMax = max;
    m_autoMin = autoMin;
    m_autoMax = autoMax;
}

void DashboardChart::setYTickCount(int n)
{
    m_yTicks = std::max(2, n);
    m_axisY->setTickCount(m_yTicks);
    m_rangeMin = m_rangeMax = m_rangeStep = qQNaN();
}

void DashboardChart::setPointsVisible(bool visible)
{
    m_pointsVisible = visible;
    m_plot->update();
}

void DashboardChart::setLegendVisible(bool visible)
{
    chart()->legend()->setVisible(visible);
}

void DashboardChart::setWindow(qint64 t0Ms, qint64 t1Ms)
{
    m_t0 = t0Ms;
    m_t1 = std::max(t1Ms, t0Ms + 1);
    layoutTimeAxis();
    redraw();
}

// The time axis counts back from the newest time drawn: "−60 s", "−45 s", … "now". Its labels
// depend only on the window's span and the chart's width, so sliding the window every tick
// moves the lines, never the axis (a clock-time axis is laid out again on every tick).
void DashboardChart::layoutTimeAxis()
{
    const qint64 span = m_t1 - m_t0;
    const TimeAxisLabels axis = TimeAxisLabels::forSpan(span, int(chart()->plotArea().width()), QFontMetrics(m_axisX->labelsFont()));
    if (span == m_axisSpan && axis.stepMs == m_axisStep)
        return;
    m_axisSpan = span;
    m_axisStep = axis.stepMs;
    const QStringList old = m_axisX->categoriesLabels();
    for (const QString &label : old)
        m_axisX->remove(label);
    const double spanSeconds = double(span) / 1000.0;
    m_axisX->setStartValue(-spanSeconds - double(axis.stepMs) / 1000.0);
    m_xGrid.clear();
    for (const TimeAxisLabels::Label &label : axis.labels) {
        m_axisX->append(label.text, label.seconds);
        m_xGrid << label.seconds;
    }
    // the "now" label is centred on the right edge of the plot: room for its right half
    QMargins margins = chart()->margins();
    const int right = QFontMetrics(m_axisX->labelsFont()).horizontalAdvance(tr("now")) / 2 + 4;
    if (margins.right() != right) {
        margins.setRight(right);
        chart()->setMargins(margins);
    }
    resetCachedContent();
    m_axisX->setRange(-spanSeconds, 0);
}

QStringList DashboardChart::timeLabels() const
{
    return m_axisX->categoriesLabels();
}

void DashboardChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_axisSpan = -1;
        layoutTimeAxis();
    }
    if ((event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange) && m_zoom != Zoom::percent()) {
        applyZoom();
        m_axisSpan = -1;
        layoutTimeAxis();
        redraw();
    }
}

// Qt Charts draws in fonts of its theme, which are the application font when the chart is built
// but do not follow it: they are scaled by the interface zoom from the zoom they were built at.
void DashboardChart::applyZoom()
{
    m_zoom = Zoom::percent();
    const double by = double(m_zoom) / m_fontsZoom;
    QChart *c = chart();
    c->setTitleFont(Zoom::scaled(m_fonts.chartTitle, by));
    c->legend()->setFont(Zoom::scaled(m_fonts.legend, by));
    m_axisX->setLabelsFont(Zoom::scaled(m_fonts.xLabels, by));
    m_axisX->setTitleFont(Zoom::scaled(m_fonts.xTitle, by));
    m_axisY->setLabelsFont(Zoom::scaled(m_fonts.yLabels, by));
    m_axisY->setTitleFont(Zoom::scaled(m_fonts.yTitle, by));
    setMinimumHeight(Zoom::scaled(200));
}

double DashboardChart::stackedValue(const DashboardPoint &p, int line) const
{
    double sum = 0;
    for (int i = 0; i <= line; ++i) {
        const double v = m_lines.at(i).value(p);
        if (DashboardPoint::isValue(v))
            sum += v;
    }
    return sum;
}

void DashboardChart::redraw()
{
    m_drawn = 0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    auto see = [&](double v) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    // the extent of everything drawn, in axis units (what the plot item repaints)
    double minX = qInf(), maxX = -qInf(), minY = qInf(), maxY = -qInf();
    auto extend = [&](double x, double y) {
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    };
    const int buckets = std::max(10, int(chart()->plotArea().width()));
    qsizetype first = 0, last = 0;
    if (m_history && !m_history->isEmpty()) {
        // one sample on each side of the window, so the lines reach the edges
        first = std::max<qsizetype>(0, m_history->lowerBound(m_t0) - 1);
        last = std::min(m_history->size(), m_history->lowerBound(m_t1 + 1) + 1);
    }

    // the drawn points of one line, in axis units; the lists keep their capacity between redraws
    auto collect = [&, this](int line, const QList<QList<qsizetype>> &segments, const std::function<double(const DashboardPoint &)> &upper,
                             const std::function<double(const DashboardPoint &)> &lower) {
        Drawn &drawn = m_drawnLines[line];
        drawn.upper.resize(segments.size());
        drawn.lower.resize(lower ? segments.size() : 0);
        for (qsizetype s = 0; s < segments.size(); ++s) {
            const QList<qsizetype> &idx = segments.at(s);
            QList<QPointF> &up = drawn.upper[s];
            up.clear();
            up.reserve(idx.size());
            QList<QPointF> *down = lower ? &drawn.lower[s] : nullptr;
            if (down) {
                down->clear();
                down->reserve(idx.size());
            }
            for (qsizetype i : idx) {
                const DashboardPoint &p = m_history->at(i);
                const double x = toX(p.timeMs);
                const double y = upper(p) / m_scale;
                up.append(QPointF(x, y));
                extend(x, y);
                if (p.timeMs >= m_t0 && p.timeMs <= m_t1)
                    see(y);
                if (down) {
                    const double yLower = lower(p) / m_scale;
                    down->append(QPointF(x, yLower));
                    extend(x, yLower);
                }
            }
            m_drawn += up.size();
        }
    };

    if (!m_history) {
        for (Drawn &drawn : m_drawnLines)
            drawn = Drawn();
    } else {
        if (m_kind == Kind::Stacked) {
            const int top = int(m_lines.size()) - 1;
            const auto segments = Downsampler::minMax(*m_history, first, last, m_t0, m_t1, buckets,
                                                      [this, top](const DashboardPoint &p) { return stackedValue(p, top); });
            for (int line = 0; line < m_lines.size(); ++line) {
                collect(line, segments, [this, line](const DashboardPoint &p) { return stackedValue(p, line); },
                        [this, line](const DashboardPoint &p) { return line == 0 ? 0.0 : stackedValue(p, line - 1); });
            }
        } else {
            for (int line = 0; line < m_lines.size(); ++line) {
                const auto segments = Downsampler::minMax(*m_history, first, last, m_t0, m_t1, buckets, m_lines.at(line).value);
                collect(line, segments, m_lines.at(line).value, {});
            }
        }
    }

    for (int i = 0; i < m_thresholds.size(); ++i) {
        double v = qQNaN();
        if (m_history && !m_history->isEmpty())
            v = m_thresholds.at(i).value(m_history->last());
        const double value = DashboardPoint::isValue(v) ? v / m_scale : qQNaN();
        if (DashboardPoint::isValue(v))
            see(value);
        const double before = m_thresholdValues.at(i);
        if (value != before && !(std::isnan(value) && std::isnan(before))) {
            m_thresholdValues[i] = value;
            resetCachedContent(); // the threshold lines are part of the cached background
        }
    }
    applyYRange(lo, hi);
    skipEmptyLabels();
    m_plot->setRect(chart()->plotArea());
    m_plot->dataChanged(minX, maxX, minY, maxY);
}

// Qt Charts keeps an empty label item at the end of the time axis that reaches a few pixels
// into the plot area, so every repaint of the data's band along the bottom painted it (an empty
// text document laid out and drawn: 4 % of the application's CPU in perf). An empty label item
// is marked as having no contents; one that gets a text is painted again (checked every redraw).
void DashboardChart::skipEmptyLabels()
{
    if (m_labels.isEmpty()) {
        for (QGraphicsItem *item : scene()->items()) {
            if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
                m_labels << text;
        }
    }
    for (const QPointer<QGraphicsTextItem> &text : std::as_const(m_labels)) {
        if (!text)
            continue;
        const bool empty = text->document()->isEmpty();
        if (empty != bool(text->flags() & QGraphicsItem::ItemHasNoContents)) {
            text->setFlag(QGraphicsItem::ItemHasNoContents, empty);
            text->update();
        }
    }
}

// The value axis in nice steps (1, 2, 5 × 10^k) that change only when the data leaves the range
// or fills much less of it: a new range lays out the axis and the whole chart again.
void DashboardChart::applyYRange(double lo, double hi)
{
    double min = 0, max = 1, step = qQNaN();
    int intervals = m_yTicks - 1;
    const bool haveData = std::isfinite(lo);
    if (std::isnan(m_yMin)) { // follow the data (the database size): growth stays visible
        if (!haveData)
            return;
        const bool inside = lo >= m_rangeMin && hi <= m_rangeMax;
        const double wanted = niceStep(std::max(hi - lo, std::abs(hi) * 0.02) / 3);
        if (inside && m_rangeStep <= wanted * 2.5)
            return;
        step = wanted;
        intervals = 4;
        min = std::max(0.0, (std::floor(lo / step) - 1) * step); // a step of room under the data
        while (min + intervals * step <= hi)
            ++intervals;
        max = min + intervals * step;
    } else if (m_autoMax) {
        min = m_yMin;
        const double top = std::max(m_yMax, haveData ? hi * 1.05 : m_yMax);
        if (top <= m_rangeMax && m_rangeMin == min && (top - min) * 2.5 >= m_rangeMax - min)
            return; // still fits and still fills the axis well enough
        // 4 to 6 intervals, whichever needs the least room above the data
        double best = qInf();
        for (int n : {4, 5, 6}) {
            const double s = niceStep((top - min) / n);
            if (min + n * s < best) {
                best = min + n * s;
                step = s;
                intervals = n;
            }
        }
        max = best;
    } else {
        max = m_yMax;
        min = m_yMin;
        if (m_autoMin && haveData)
            min = std::min(m_yMin, std::floor(lo / 10.0) * 10.0);
        step = (max - min) / intervals;
    }
    if (min == m_rangeMin && max == m_rangeMax && step == m_rangeStep)
        return;
    m_rangeMin = min;
    m_rangeMax = max;
    m_rangeStep = step;
    m_axisY->setRange(min, max);
    if (m_axisY->tickCount() != intervals + 1)
        m_axisY->setTickCount(intervals + 1);
    const int decimals = step >= 1 || !std::isfinite(step) ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    const QString format = QStringLiteral("%.%1f").arg(std::min(decimals, 3));
    if (m_axisY->labelFormat() != format)
        m_axisY->setLabelFormat(format);
    resetCachedContent();
}

void DashboardChart::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_background);
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    if (plot.width() < 2 || plot.height() < 2)
        return;
    // where the grid lines go, on pixel centres: the time steps and the value axis's ticks
    QList<double> xs, ys;
    const double xMin = m_axisX->min(), xMax = m_axisX->max();
    for (double x : std::as_const(m_xGrid)) {
        if (x >= xMin && x <= xMax && xMax > xMin)
            xs << std::round(plot.left() + (x - xMin) / (xMax - xMin) * plot.width()) + 0.5;
    }
    const double yMin = m_axisY->min(), yMax = m_axisY->max();
    const int ticks = m_axisY->tickCount();
    for (int i = 0; i < ticks && yMax > yMin; ++i)
        ys << std::round(plot.bottom() - double(i) / double(ticks - 1) * plot.height()) + 0.5;

    painter->save();
    painter->setPen(m_gridPen);
    for (double px : std::as_const(xs))
        painter->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
    for (double py : std::as_const(ys))
        painter->drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
    // the thresholds: dashed lines across the plot (they change seldom: the cache is reset then)
    painter->setClipRect(plot);
    for (int i = 0; i < m_thresholdValues.size(); ++i) {
        const double v = m_thresholdValues.at(i);
        if (std::isnan(v) || v < yMin || v > yMax || yMax <= yMin)
            continue;
        painter->setPen(thresholdPen(m_thresholds.at(i).color));
        const double py = plot.bottom() - (v - yMin) / (yMax - yMin) * plot.height();
        painter->drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
    }
    painter->setClipping(false);
    // the axes: a line along the left and bottom edges, a short tick outside at every grid line
    constexpr double Tick = 4;
    painter->setPen(m_axisPen);
    const double left = std::round(plot.left()) + 0.5;
    const double bottom = std::round(plot.bottom()) + 0.5;
    painter->drawLine(QPointF(left, plot.top()), QPointF(left, bottom));
    painter->drawLine(QPointF(left, bottom), QPointF(plot.right(), bottom));
    for (double py : std::as_const(ys))
        painter->drawLine(QPointF(left - Tick, py), QPointF(left, py));
    for (double px : std::as_const(xs))
        painter->drawLine(QPointF(px, bottom), QPointF(px, bottom + Tick));
    painter->restore();
}

qsizetype DashboardChart::drawnPoints() const
{
    return m_drawn;
}

void DashboardChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutTimeAxis();
    redraw();
}

void DashboardChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (!m_history || m_history->isEmpty() || !chart()->plotArea().contains(event->position())) {
        QToolTip::hideText();
        return;
    }
    const QPointF value = chart()->mapToValue(event->position());
    const qsizetype first = m_history->lowerBound(m_t0);
    const qsizetype last = m_history->lowerBound(m_t1 + 1);
    const qsizetype i = m_history->nearest(m_t1 + qint64(std::llround(value.x() * 1000.0)), first, last);
    if (i < 0)
        return;
    const DashboardPoint &p = m_history->at(i);
    QStringList lines;
    lines << QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.timeMs), QStringLiteral("HH:mm:ss"));
    for (const Line &l : std::as_const(m_lines)) {
        const double v = l.value(p);
        lines << QStringLiteral("%1: %2").arg(l.name, DashboardPoint::isValue(v) ? m_format(v) : QStringLiteral("—"));
    }
    for (const Line &l : std::as_const(m_thresholds)) {
        const double v = l.value(p);
        if (DashboardPoint::isValue(v))
            lines << QStringLiteral("%1: %2").arg(l.name, m_format(v));
    }
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(QLatin1Char('\n')), this);
}

} // namespace Valvur
