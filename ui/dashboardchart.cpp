#include "dashboardchart.h"

#include "dashboardhistory.h"
#include "downsampler.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Valvur {

DashboardChart::DashboardChart(Kind kind, QWidget *parent)
    : QChartView(parent)
    , m_kind(kind)
{
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setShowToolTips(true);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->setBackgroundRoundness(0);
    m_axisX = new QDateTimeAxis(c);
    m_axisX->setFormat(QStringLiteral("HH:mm:ss"));
    m_axisY = new QValueAxis(c);
    m_axisY->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
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
    m_scale = divisor > 0 ? divisor : 1;
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
    m_axisY->setTickCount(n);
}

void DashboardChart::setYLabelFormat(const QString &format)
{
    m_axisY->setLabelFormat(format);
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
    const qint64 span = m_t1 - m_t0;
    const QString format = span <= 15 * 60 * 1000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    if (format != m_axisX->format())
        m_axisX->setFormat(format);
    redraw();
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
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(m_t0), QDateTime::fromMSecsSinceEpoch(m_t1));
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
                    const double x = double(p.timeMs);
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
        QList<QPointF> pts;
        if (m_history && !m_history->isEmpty()) {
            const double v = m_thresholds.at(i).value(m_history->last());
            if (DashboardPoint::isValue(v)) {
                pts = {QPointF(double(m_t0), v / m_scale), QPointF(double(m_t1), v / m_scale)};
                see(v / m_scale);
            }
        }
        m_thresholdSeries.at(i)->replace(pts);
    }

    double min = std::isnan(m_yMin) ? 0 : m_yMin, max = m_yMax;
    if (std::isfinite(lo)) {
        if (std::isnan(m_yMin)) { // follow the data (the database size): growth stays visible
            const double pad = std::max(std::abs(hi) * 0.01, (hi - lo) * 0.1);
            min = std::max(0.0, lo - pad);
            max = hi + pad;
        } else {
            if (m_autoMin)
                min = std::min(m_yMin, std::floor(lo / 10.0) * 10.0);
            if (m_autoMax)
                max = std::max(m_yMax, hi * 1.05);
        }
    }
    if (min != m_rangeMin || max != m_rangeMax) { // a new range lays out the axis again: only when needed
        m_rangeMin = min;
        m_rangeMax = max;
        m_axisY->setRange(min, max);
        if (m_autoMax)
            m_axisY->applyNiceNumbers();
    }
    // as many time labels as fit without overlapping (Qt Charts hides overlapping ones)
    const int labelWidth = m_axisX->format().size() > 5 ? 80 : 60;
    const int ticks = std::clamp(int(chart()->plotArea().width()) / labelWidth + 1, 2, 7);
    if (ticks != m_axisX->tickCount())
        m_axisX->setTickCount(ticks);
}

qsizetype DashboardChart::drawnPoints() const
{
    return m_drawn;
}

void DashboardChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
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
    const qsizetype i = m_history->nearest(qint64(value.x()), first, last);
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
