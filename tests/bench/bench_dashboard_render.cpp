// Rendering cost of a 24 h Dashboard window: 86,400 samples per series (1 s for a day) drawn
// through the min/max downsampling of DashboardChart, offscreen. Prints the median of N redraws
// (series replaced and the chart painted into an image) and the points drawn per series.
//
//   bench_dashboard_render [--redraws N] [--png FILE]
#include "pages/dashboardchart.h"
#include "dashboard/dashboardhistory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

#include <QFile>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace {
// Resident set size of this process in kB (Linux).
qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time of this thread in ms: robust on a shared machine, where wall time waits for other jobs.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}
} // namespace

using namespace Valvur;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("redraws"), QStringLiteral("redraws to time"), QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("samples per series"), QStringLiteral("N"), QStringLiteral("86400")});
    parser.addOption({QStringLiteral("png"), QStringLiteral("save the last frame"), QStringLiteral("FILE")});
    parser.process(app);
    const int redraws = parser.value(QStringLiteral("redraws")).toInt();
    const int samples = parser.value(QStringLiteral("samples")).toInt();

    DashboardHistory history;
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    QRandomGenerator rng(42);
    for (int i = 0; i < samples; ++i) {
        DashboardPoint p;
        p.timeMs = end - qint64(samples - 1 - i) * 1000;
        const double phase = double(i) / 3600.0;
        p.active = float(3 + 2 * std::sin(phase) + rng.bounded(3));
        p.idle = float(10 + rng.bounded(4));
        p.idleInTransaction = float(rng.bounded(2));
        p.waiting = float(rng.bounded(10) == 0 ? 1 : 0);
        p.total = p.active + p.idle + p.idleInTransaction + p.waiting;
        p.maxConnections = 100;
        p.commitsPerSecond = float(400 + 200 * std::sin(phase * 3) + rng.bounded(50));
        p.rollbacksPerSecond = float(rng.bounded(5));
        p.cacheHitPercent = float(99.5 - (rng.bounded(100) == 0 ? 3.0 : rng.bounded(50) / 100.0));
        if (i % 30 == 0)
            p.sizeBytes = 100e6 + i * 1000.0;
        history.append(p);
    }

    DashboardChart chart(DashboardChart::Kind::Lines);
    chart.addLine(Qt::blue, [](const DashboardPoint &p) { return double(p.commitsPerSecond); });
    chart.addLine(Qt::red, [](const DashboardPoint &p) { return double(p.rollbacksPerSecond); });
    chart.setNames({QStringLiteral("commits"), QStringLiteral("rollbacks")});
    chart.setYRange(0, 5, false, true);
    chart.setHistory(&history);
    chart.resize(640, 360);
    chart.show();
    chart.setWindow(end - 24 * 3600 * 1000LL, end);
    QCoreApplication::processEvents();
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> times;
    QList<double> cpu;
    for (int r = 0; r < redraws; ++r) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        chart.setWindow(end - 24 * 3600 * 1000LL + r, end + r); // a new window each time: nothing cached
        QCoreApplication::processEvents(); // the chart lays out its axes and legend
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.render(&painter);
        painter.end();
        times << double(t.nsecsElapsed()) / 1e6;
        cpu << threadCpuMs() - c0;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    QTextStream out(stdout);
    out << "samples per series: " << history.size() << "\n"
        << "points drawn (2 series): " << chart.drawnPoints() << "\n"
        << "redraw+paint median ms: " << times.at(times.size() / 2) << " (min " << times.first() << ", max " << times.last()
        << ", N=" << redraws << ")\n"
        << "redraw+paint median CPU ms: " << cpu.at(cpu.size() / 2) << " (min " << cpu.first() << ", max " << cpu.last() << ")" << Qt::endl;
    if (parser.isSet(QStringLiteral("png")))
        image.save(parser.value(QStringLiteral("png")));

    // Memory once the buffer is full: fill it to capacity (24 h at 0.5 s), note the RSS, push
    // another two capacities of samples with redraws in between, and note it again.
    auto push = [&](qint64 count) {
        for (qint64 i = 0; i < count; ++i) {
            DashboardPoint p = history.last();
            p.timeMs += 500;
            p.commitsPerSecond = float(400 + rng.bounded(50));
            history.append(p);
            if (i % 20000 == 0) {
                chart.setWindow(p.timeMs - 24 * 3600 * 1000LL, p.timeMs);
                QCoreApplication::processEvents();
            }
        }
    };
    push(history.capacity() - history.size());
    const qint64 full = rssKb();
    push(2 * history.capacity());
    const qint64 later = rssKb();
    out << "history capacity: " << history.capacity() << " samples, size " << history.size() << "\n"
        << "RSS when full: " << full << " kB; after 2 more capacities of samples: " << later << " kB (" << (later - full)
        << " kB difference)" << Qt::endl;
    return 0;
}
