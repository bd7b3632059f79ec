// How Qt 6.4's raster engine draws a chart line of 60 points, 2 px wide, antialiased, into a
// 500×300 image: as one polyline, as separate segments (drawLines), and for comparison 1 px wide
// and without antialiasing. Explains why DashboardChart::PlotItem draws its lines as segments.
// Prints the median of N rounds of 200 draws each, per way. Not a ctest test.
//
//   bench_line_drawing [--rounds N]
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPainter>
#include <QPolygonF>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("rounds of 200 draws"), QStringLiteral("N"), QStringLiteral("15")});
    parser.process(app);
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    QImage image(500, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPolygonF line;
    for (int i = 0; i < 60; ++i)
        line << QPointF(100 + i * 6.5, 150 + 80 * std::sin(i * 0.7));
    QList<QLineF> segments;
    for (qsizetype i = 1; i < line.size(); ++i)
        segments << QLineF(line.at(i - 1), line.at(i));

    struct Way
    {
        const char *name;
        qreal width;
        bool antialiased;
        bool asSegments;
    };
    const Way ways[] = {{"2 px antialiased, drawPolyline", 2, true, false},
                        {"2 px antialiased, drawLines (segments)", 2, true, true},
                        {"1 px antialiased, drawPolyline", 1, true, false},
                        {"2 px aliased, drawLines", 2, false, true}};
    QTextStream out(stdout);
    for (const Way &way : ways) {
        QList<double> ms;
        for (int r = 0; r < rounds; ++r) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < 200; ++i) {
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing, way.antialiased);
                painter.setPen(QPen(Qt::blue, way.width));
                if (way.asSegments)
                    painter.drawLines(segments.constData(), int(segments.size()));
                else
                    painter.drawPolyline(line);
            }
            ms << double(timer.nsecsElapsed()) / 1e6 / 200;
        }
        std::sort(ms.begin(), ms.end());
        out << QStringLiteral("%1: median %2 ms per line (min %3)\n").arg(QLatin1String(way.name), -40).arg(ms.at(ms.size() / 2), 0, 'f', 4).arg(ms.first(), 0, 'f', 4);
    }
    return 0;
}
