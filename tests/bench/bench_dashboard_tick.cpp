// Client CPU per Dashboard tick, in process: the real DashboardPage (offscreen, 1280×800) samples
// a throwaway PostgreSQL 15 under a light pgbench load at the default 1 s. After a warm-up that
// fills the shown window, it measures N ticks with the page hidden (sampling only: the charts are
// not drawn) and N ticks with the page shown (sampling + charts + numbers). A tick is the GUI
// thread's CPU time (CLOCK_THREAD_CPUTIME_ID) from the end of one sample's reply to the end of the
// next, split by the top-level event that spent it: the reply (socket: libpq, the sampler, the
// page's chart and number updates), paint (UpdateRequest/Paint), timers, everything else.
// Prints medians and p95. Not a ctest test: results go to docs/benchmarks.md.
//
//   bench_dashboard_tick [--ticks N] [--warmup N] [--interval S] [--window INDEX] [--no-load] [--png FILE]
#include "pages/dashboardchart.h"
#include "pages/dashboardpage.h"
#include "dashboard/dashboardsampler.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QLabel>
#include <QMap>
#include <QMetaEnum>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <ctime>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h> // under callgrind: profile the measured shown phase only
#else
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(name)
#endif

using namespace Valvur;

namespace {

double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

enum Category { Reply, Paint, Timer, Other, Categories };
const char *const CategoryNames[Categories] = {"reply (libpq + sampler + page update)", "paint", "timers", "other events"};

struct Tick
{
    double thread = 0;
    double process = 0;
    std::array<double, Categories> split{};
};

// Times every top-level event on the GUI thread by category; closes a tick after the event in
// which the sampler delivered a sample.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_recording && event->type() == QEvent::Resize && qobject_cast<DashboardChart *>(receiver))
            ++m_chartResizes;
        if (m_depth > 0 || !m_recording) {
            // paint events by widget class (a widget's paint event excludes its children's)
            const bool paint = m_recording && event->type() == QEvent::Paint;
            const double p0 = paint ? cpuMs(CLOCK_THREAD_CPUTIME_ID) : 0;
            ++m_depth;
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            if (paint)
                m_paintByClass[QString::fromLatin1(receiver->metaObject()->className())] += cpuMs(CLOCK_THREAD_CPUTIME_ID) - p0;
            closeTickIfSampled();
            return r;
        }
        const double t0 = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const double spent = cpuMs(CLOCK_THREAD_CPUTIME_ID) - t0;
        m_current.split[category(event->type())] += spent;
        m_byType[int(event->type())] += spent;
        closeTickIfSampled();
        return r;
    }

    void sampleArrived() { m_sampled = true; }
    void startRecording()
    {
        m_recording = true;
        m_ticks.clear();
        m_current = Tick();
        m_sampled = false;
        m_threadStart = -1;
        m_chartResizes = 0;
        m_byType.clear();
        m_paintByClass.clear();
    }
    // CPU ms of paint events by the painted widget's class (viewports count as QWidget).
    QList<QPair<double, QString>> paintByClass() const { return mostFirst(m_paintByClass); }
    // CPU ms by top-level event type over the phase, most expensive first.
    QList<QPair<double, QString>> byType() const
    {
        QMap<QString, double> named;
        const QMetaEnum names = QMetaEnum::fromType<QEvent::Type>();
        for (auto it = m_byType.cbegin(); it != m_byType.cend(); ++it) {
            const char *name = names.valueToKey(it.key());
            named[name ? QString::fromLatin1(name) : QString::number(it.key())] += it.value();
        }
        return mostFirst(named);
    }
    void stopRecording() { m_recording = false; }
    int chartResizes() const { return m_chartResizes; }
    const QList<Tick> &ticks() const { return m_ticks; }

private:
    static QList<QPair<double, QString>> mostFirst(const QMap<QString, double> &ms)
    {
        QList<QPair<double, QString>> list;
        for (auto it = ms.cbegin(); it != ms.cend(); ++it)
            list.append({it.value(), it.key()});
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        return list;
    }

    static Category category(QEvent::Type type)
    {
        switch (type) {
        case QEvent::SockAct:
            return Reply;
        case QEvent::UpdateRequest:
        case QEvent::UpdateLater:
        case QEvent::Paint:
            return Paint;
        case QEvent::Timer:
        case QEvent::ZeroTimerEvent:
            return Timer;
        default:
            return Other;
        }
    }

    void closeTickIfSampled()
    {
        if (m_depth > 0 || !m_sampled || !m_recording)
            return;
        m_sampled = false;
        const double thread = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        const double process = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        if (m_threadStart >= 0) { // the first sample only opens the first tick
            m_current.thread = thread - m_threadStart;
            m_current.process = process - m_processStart;
            m_ticks << m_current;
        }
        m_current = Tick();
        m_threadStart = thread;
        m_processStart = process;
    }

    int m_depth = 0;
    int m_chartResizes = 0;
    QMap<int, double> m_byType;
    QMap<QString, double> m_paintByClass;
    bool m_recording = false;
    bool m_sampled = false;
    double m_threadStart = -1;
    double m_processStart = -1;
    Tick m_current;
    QList<Tick> m_ticks;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

void report(QTextStream &out, const QString &title, const QList<Tick> &ticks, int chartResizes,
            const QList<QPair<double, QString>> &byType, const QList<QPair<double, QString>> &paintByClass)
{
    QList<double> thread, process;
    std::array<QList<double>, Categories> split;
    for (const Tick &t : ticks) {
        thread << t.thread;
        process << t.process;
        for (int c = 0; c < Categories; ++c)
            split[c] << t.split[c];
    }
    out << title << " (" << ticks.size() << " ticks, " << chartResizes << " chart resizes)\n";
    out << QStringLiteral("  GUI thread CPU per tick: median %1 ms, p95 %2 ms\n")
               .arg(percentile(thread, 0.5), 0, 'f', 3)
               .arg(percentile(thread, 0.95), 0, 'f', 3);
    out << QStringLiteral("  process CPU per tick:    median %1 ms, p95 %2 ms\n")
               .arg(percentile(process, 0.5), 0, 'f', 3)
               .arg(percentile(process, 0.95), 0, 'f', 3);
    for (int c = 0; c < Categories; ++c)
        out << QStringLiteral("    %1: median %2 ms, p95 %3 ms\n")
                   .arg(QLatin1String(CategoryNames[c]), -40)
                   .arg(percentile(split[c], 0.5), 0, 'f', 3)
                   .arg(percentile(split[c], 0.95), 0, 'f', 3);
    out << "  top-level events by type (mean ms per tick):";
    for (qsizetype i = 0; i < std::min<qsizetype>(6, byType.size()); ++i)
        out << " " << byType.at(i).second << QStringLiteral(" %1").arg(byType.at(i).first / std::max<qsizetype>(1, ticks.size()), 0, 'f', 3);
    out << "\n";
    if (!paintByClass.isEmpty()) {
        out << "  paint events by widget (mean ms per tick):";
        for (qsizetype i = 0; i < std::min<qsizetype>(6, paintByClass.size()); ++i)
            out << " " << paintByClass.at(i).second
                << QStringLiteral(" %1").arg(paintByClass.at(i).first / std::max<qsizetype>(1, ticks.size()), 0, 'f', 3);
        out << "\n";
    }
    out.flush();
}

// Runs the event loop until the sampler has delivered n more samples.
bool waitSamples(DashboardSampler *sampler, qint64 n)
{
    const qint64 target = sampler->samplesTaken() + n;
    QEventLoop loop;
    QObject::connect(sampler, &DashboardSampler::sampled, &loop, [&] {
        if (sampler->samplesTaken() >= target)
            loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, [&] { loop.exit(1); });
    guard.start(int(n * sampler->intervalMs() * 3 + 30000));
    return loop.exec() == 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimingApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("ticks"), QStringLiteral("ticks measured per phase"), QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("warmup"), QStringLiteral("samples before measuring (fills the window)"), QStringLiteral("N"), QStringLiteral("65")});
    parser.addOption({QStringLiteral("interval"), QStringLiteral("refresh interval in seconds"), QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("window"), QStringLiteral("time window index (0 = 1 min … 5 = 24 h)"), QStringLiteral("INDEX"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("no-load"), QStringLiteral("no pgbench load")});
    parser.addOption({QStringLiteral("shown-only"), QStringLiteral("skip the hidden phase")});
    parser.addOption({QStringLiteral("png"), QStringLiteral("save the page at the end"), QStringLiteral("FILE")});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    Test::TestServer server;
    if (!server.start()) {
        err << server.error() << Qt::endl;
        return 1;
    }
    QProcess load;
    if (!parser.isSet(QStringLiteral("no-load"))) {
        bool ok = false;
        server.psql(QStringLiteral("CREATE DATABASE bench"), QStringLiteral("postgres"), &ok);
        const QStringList where = {QStringLiteral("-h"), server.socketDir(), QStringLiteral("-p"), QString::number(server.port()),
                                   QStringLiteral("-U"), QStringLiteral("postgres")};
        if (!ok || server.runTool(QStringLiteral("pgbench"), QStringList{QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-s"), QStringLiteral("1")} + where + QStringList{QStringLiteral("bench")}) != 0) {
            err << "pgbench -i failed" << Qt::endl;
            return 1;
        }
        // about 50 transactions per second: the charts move as they do in the course's lab
        load.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        load.setStandardOutputFile(QProcess::nullDevice());
        load.start(server.binDir() + QStringLiteral("/pgbench"),
                   QStringList{QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("2"), QStringLiteral("-R"), QStringLiteral("50"),
                               QStringLiteral("-T"), QStringLiteral("86400")} + where + QStringList{QStringLiteral("bench")});
        if (!load.waitForStarted(10000)) { // a benchmark program, not the application: it may wait
            err << "pgbench did not start" << Qt::endl;
            return 1;
        }
    }

    QTemporaryDir config;
    QSettings settings(config.filePath(QStringLiteral("valvur.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("dashboard/intervalSeconds"), parser.value(QStringLiteral("interval")).toDouble());
    settings.setValue(QStringLiteral("dashboard/window"), parser.value(QStringLiteral("window")).toInt());
    PageContext context;
    context.settings = &settings;

    QStackedWidget window;
    window.resize(1280, 800);
    auto *page = new DashboardPage(context, &window);
    auto *other = new QLabel(QStringLiteral("another page"), &window);
    window.addWidget(page);
    window.addWidget(other);
    window.setCurrentWidget(page);
    window.show();

    ConnectionOptions options;
    ConnectionOptions::parse(server.conninfo(), &options, nullptr);
    ServerConnection connection(options);
    connection.open(server.superuserPassword());
    page->setServer(&connection);
    QObject::connect(page->sampler(), &DashboardSampler::sampled, &app, [&app] { app.sampleArrived(); });

    const int ticks = parser.value(QStringLiteral("ticks")).toInt();
    out << "warming up (" << parser.value(QStringLiteral("warmup")) << " samples)…" << Qt::endl;
    if (!waitSamples(page->sampler(), parser.value(QStringLiteral("warmup")).toInt())) {
        err << "no samples from the server" << Qt::endl;
        return 1;
    }

    if (!parser.isSet(QStringLiteral("shown-only"))) {
        window.setCurrentWidget(other);
        waitSamples(page->sampler(), 1);
        app.startRecording();
        waitSamples(page->sampler(), ticks + 1);
        app.stopRecording();
        report(out, QStringLiteral("Page hidden (sampling only)"), app.ticks(), app.chartResizes(), app.byType(), app.paintByClass());
        window.setCurrentWidget(page);
        waitSamples(page->sampler(), 2);
    }
    app.startRecording();
    CALLGRIND_ZERO_STATS;
    waitSamples(page->sampler(), ticks + 1);
    CALLGRIND_DUMP_STATS_AT("shown");
    app.stopRecording();
    report(out, QStringLiteral("Page shown, 4 charts (1280x800)"), app.ticks(), app.chartResizes(), app.byType(), app.paintByClass());

    if (parser.isSet(QStringLiteral("png")))
        window.grab().save(parser.value(QStringLiteral("png")));
    page->setServer(nullptr);
    if (load.state() != QProcess::NotRunning) {
        load.kill();
        load.waitForFinished(5000);
    }
    return 0;
}
