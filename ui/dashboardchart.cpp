#include "dashboardchart.h"

#include "dashboardhistory.h"
#include "downsampler.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
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

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
} // namespace

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
    // Cheap repaints (measured with tests/bench/bench_dashboard_tick and callgrind): grid and
    // axis lines with cosmetic pens (width 0) take the fast line path instead of a stroker, and
    // their bounding rectangles need no stroke either; the items move with every sample, so a
    // scene index costs more than it saves; the chart paints the whole viewport.
    // The background and the grid (antialiased lines across the plot: a quarter of a tick's CPU
    // when Qt Charts draws them as items) are drawn by drawBackground into the view's cache,
    // which is drawn again only when an axis, the plot area or the size changes.
    m_gridPen = m_axisY->gridLinePen();
    m_gridPen.setWidthF(0);
    m_background = c->backgroundBrush();
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_axisX, m_axisY}) {
        axis->setGridLineVisible(false);
        QPen line = axis->linePen();
        line.setWidthF(0);
        axis->setLinePen(line);
    }
    c->setBackgroundVisible(false);
    setCacheMode(QGraphicsView::CacheBackground);
    connect(c, &QChart::plotAreaChanged, this, [this] { resetCachedContent(); });
    scene()->setItemIndexMethod(QGraphicsScene::NoIndex);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setMinimumHeight(200);
    m_format = [](double v) { return QLocale().toString(v, 'f', 1); };
}

QLineSeries *DashboardChart::newLine(const QColor &color, bool dashed)
{
    auto *s = new QLineSeries(chart());
    QPen pen(color);
    pen.setWidthF(dashed ? 1.5 : 2.0);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    s->setPen(pen);
    chart()->addSeries(s);
    s->attachAxis(m_axisX);
    s->attachAxis(m_axisY);
    return s;
}

QAreaSeries *DashboardChart::newArea(const QColor &color, QLineSeries **upper, QLineSeries **lower)
{
    *upper = new QLineSeries(chart());
    *lower = new QLineSeries(chart());
    auto *a = new QAreaSeries(*upper, *lower);
    QColor fill = color;
    fill.setAlpha(190);
    a->setBrush(fill);
    a->setPen(QPen(color.darker(130), 1.0));
    chart()->addSeries(a);
    a->attachAxis(m_axisX);
    a->attachAxis(m_axisY);
    return a;
}

void DashboardChart::addLine(const QColor &color, const Value &value)
{
    m_lines.append(Line{color, value, {}});
    m_pools.append(Pool());
    ensureSegments(int(m_lines.size()) - 1, 1);
}

void DashboardChart::addThreshold(const QColor &color, const Value &value)
{
    m_thresholds.append(Line{color, value, {}});
    m_thresholdSeries.append(newLine(color, true));
    m_thresholdDrawn.append(qQNaN());
}

void DashboardChart::ensureSegments(int line, int segments)
{
    Pool &pool = m_pools[line];
    const QColor color = m_lines.at(line).color;
    while (pool.uppers.size() < segments) {
        if (m_kind == Kind::Stacked) {
            QLineSeries *upper = nullptr;
            QLineSeries *lower = nullptr;
            QAreaSeries *area = newArea(color, &upper, &lower);
            area->setName(m_lines.at(line).name);
            pool.uppers << upper;
            pool.lowers << lower;
            pool.areas << area;
        } else {
            QLineSeries *s = newLine(color, false);
            s->setName(m_lines.at(line).name);
            s->setPointsVisible(m_pointsVisible);
            s->setMarkerSize(6);
            pool.uppers << s;
        }
    }
    hideExtraMarkers();
}

void DashboardChart::hideExtraMarkers()
{
    for (const Pool &pool : std::as_const(m_pools)) {
        for (int i = 1; i < pool.uppers.size(); ++i) {
            QAbstractSeries *s = m_kind == Kind::Stacked ? static_cast<QAbstractSeries *>(pool.areas.at(i)) : pool.uppers.at(i);
            for (QLegendMarker *m : chart()->legend()->markers(s))
                m->setVisible(false);
        }
    }
}

void DashboardChart::setNames(const QStringList &names)
{
    for (int i = 0; i < m_lines.size() && i < names.size(); ++i) {
        m_lines[i].name = names.at(i);
        const Pool &pool = m_pools.at(i);
        for (int s = 0; s < pool.uppers.size(); ++s) {
            if (m_kind == Kind::Stacked)
                pool.areas.at(s)->setName(names.at(i));
            else
                pool.uppers.at(s)->setName(names.at(i));
        }
    }
    for (int i = 0; i < m_thresholds.size(); ++i) {
        const qsizetype n = m_lines.size() + i;
        if (n < names.size()) {
            m_thresholds[i].name = names.at(n);
            m_thresholdSeries.at(i)->setName(names.at(n));
        }
    }
}

void DashboardChart::setScale(double divisor, const QString &axisTitle)
{
    const double scale = divisor > 0 ? divisor : 1;
    if (scale != m_scale)
        m_thresholdsStale = true;
    m_scale = scale;
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
    for (const Pool &pool : std::as_const(m_pools)) {
        for (QLineSeries *s : pool.uppers) {
            s->setPointsVisible(visible);
            s->setMarkerSize(6);
        }
    }
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
    const int width = int(chart()->plotArea().width());
    const int maxLabels = std::clamp((width > 0 ? width : 300) / 64 + 1, 3, 7);
    if (span == m_axisSpan && maxLabels == m_axisLabels)
        return;
    m_axisSpan = span;
    m_axisLabels = maxLabels;
    static const qint64 steps[] = {5 * Second, 10 * Second, 15 * Second, 30 * Second, Minute, 2 * Minute, 5 * Minute,
                                   10 * Minute, 15 * Minute, 30 * Minute, Hour, 2 * Hour, 3 * Hour, 6 * Hour, 12 * Hour, 24 * Hour};
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 s : steps) {
        if (span / s + 1 <= maxLabels) {
            step = s;
            break;
        }
    }
    const QStringList old = m_axisX->categoriesLabels();
    for (const QString &label : old)
        m_axisX->remove(label);
    const double spanSeconds = double(span) / 1000.0;
    m_axisX->setStartValue(-spanSeconds - double(step) / 1000.0);
    const QString minus = QStringLiteral("−");
    for (qint64 back = (span / step) * step; back >= 0; back -= step) {
        QString label;
        if (back == 0)
            label = tr("now");
        else if (step < Minute)
            label = tr("%1 s").arg(minus + QLocale().toString(back / Second));
        else if (step < Hour)
            label = tr("%1 min").arg(minus + QLocale().toString(back / Minute));
        else
            label = tr("%1 h").arg(minus + QLocale().toString(back / Hour));
        m_axisX->append(label, -double(back) / 1000.0);
    }
    // the "now" label is centred on the right edge of the plot: room for its right half
    QMargins margins = chart()->margins();
    const int right = QFontMetrics(m_axisX->labelsFont()).horizontalAdvance(tr("now")) / 2 + 4;
    if (margins.right() != right) {
        margins.setRight(right);
        chart()->setMargins(margins);
    }
    m_xGrid.clear();
    for (qint64 back = (span / step) * step; back >= 0; back -= step)
        m_xGrid << -double(back) / 1000.0;
    resetCachedContent();
    m_axisX->setRange(-spanSeconds, 0);
    m_thresholdsStale = true; // drawn again across the new span
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
    const int buckets = std::max(10, int(chart()->plotArea().width()));
    qsizetype first = 0, last = 0;
    if (m_history && !m_history->isEmpty()) {
        // one sample on each side of the window, so the lines reach the edges
        first = std::max<qsizetype>(0, m_history->lowerBound(m_t0) - 1);
        last = std::min(m_history->size(), m_history->lowerBound(m_t1 + 1) + 1);
    }

    auto replaceSegments = [&, this](int line, const QList<QList<qsizetype>> &segments, const std::function<double(const DashboardPoint &)> &upper,
                               const std::function<double(const DashboardPoint &)> &lower) {
        ensureSegments(line, int(std::max<qsizetype>(1, segments.size())));
        Pool &pool = m_pools[line];
        for (int s = 0; s < pool.uppers.size(); ++s) {
            QList<QPointF> up, down;
            if (s < segments.size()) {
                const QList<qsizetype> &idx = segments.at(s);
                up.reserve(idx.size());
                for (qsizetype i : idx) {
                    const DashboardPoint &p = m_history->at(i);
                    const double x = toX(p.timeMs);
                    const double y = upper(p) / m_scale;
                    up.append(QPointF(x, y));
                    if (p.timeMs >= m_t0 && p.timeMs <= m_t1)
                        see(y);
                    if (lower)
                        down.append(QPointF(x, lower(p) / m_scale));
                }
            }
            m_drawn += up.size();
            pool.uppers.at(s)->replace(up);
            if (m_kind == Kind::Stacked)
                pool.lowers.at(s)->replace(down);
        }
    };

    if (m_history) {
        if (m_kind == Kind::Stacked) {
            const int top = int(m_lines.size()) - 1;
            const auto segments = Downsampler::minMax(*m_history, first, last, m_t0, m_t1, buckets,
                                                      [this, top](const DashboardPoint &p) { return stackedValue(p, top); });
            for (int line = 0; line < m_lines.size(); ++line) {
                replaceSegments(line, segments, [this, line](const DashboardPoint &p) { return stackedValue(p, line); },
                                [this, line](const DashboardPoint &p) { return line == 0 ? 0.0 : stackedValue(p, line - 1); });
            }
        } else {
            for (int line = 0; line < m_lines.size(); ++line) {
                const auto segments = Downsampler::minMax(*m_history, first, last, m_t0, m_t1, buckets, m_lines.at(line).value);
                replaceSegments(line, segments, m_lines.at(line).value, {});
            }
        }
    }

    for (int i = 0; i < m_thresholds.size(); ++i) {
        double v = qQNaN();
        if (m_history && !m_history->isEmpty())
            v = m_thresholds.at(i).value(m_history->last());
        if (DashboardPoint::isValue(v))
            see(v / m_scale);
        const double drawn = m_thresholdDrawn.at(i);
        if (!m_thresholdsStale && (v == drawn || (std::isnan(v) && std::isnan(drawn))))
            continue; // the same line: no work
        QList<QPointF> pts;
        if (DashboardPoint::isValue(v))
            pts = {QPointF(-double(m_t1 - m_t0) / 1000.0, v / m_scale), QPointF(0, v / m_scale)};
        m_thresholdSeries.at(i)->replace(pts);
        m_thresholdDrawn[i] = v;
    }
    m_thresholdsStale = false;
    applyYRange(lo, hi);
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
    painter->save();
    painter->setPen(m_gridPen);
    const double xMin = m_axisX->min(), xMax = m_axisX->max();
    for (double x : std::as_const(m_xGrid)) {
        if (x < xMin || x > xMax || xMax <= xMin)
            continue;
        const double px = std::round(plot.left() + (x - xMin) / (xMax - xMin) * plot.width()) + 0.5;
        painter->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
    }
    const double yMin = m_axisY->min(), yMax = m_axisY->max();
    const int ticks = m_axisY->tickCount();
    for (int i = 0; i < ticks && yMax > yMin; ++i) {
        const double py = std::round(plot.bottom() - double(i) / double(ticks - 1) * plot.height()) + 0.5;
        painter->drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
    }
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
