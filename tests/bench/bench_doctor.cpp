// Time from "Test connection" (a click in the Connect… dialog) to the doctor's verdict on screen,
// for a refused port and for a listener that accepts but never answers (the default step bound),
// side by side with what a blocking libpq connect costs for the same server (PQconnectdb, as psql
// and most tools do; for the silent listener with connect_timeout=10, because libpq's default,
// 0, waits for ever). Prints medians. Usage: bench_doctor [REFUSED_RUNS] [SILENT_RUNS]
#include "dialogs/connectdialog.h"
#include "doctor/connectiondoctor.h"
#include "dialogs/doctordialog.h"
#include "testserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <cstdio>

#include <libpq-fe.h>

using namespace Valvur;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n == 0 ? 0 : (n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2);
}

// Click "Test connection" and wait until the verdict label shows a verdict. Returns ms.
double clickToVerdict(const QString &conninfo, QString *problem)
{
    ConnectDialog connect;
    connect.show();
    connect.findChild<QLineEdit *>(QStringLiteral("conninfoEdit"))->setText(conninfo);
    QElapsedTimer t;
    t.start();
    QTest::mouseClick(connect.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    DoctorDialog *dialog = connect.findChild<DoctorDialog *>();
    if (!dialog)
        return -1;
    // Stop the clock when the verdict is on screen: the dialog shows it on finished(), connected first.
    double ms = -1;
    QEventLoop loop;
    QObject::connect(dialog->doctor(), &ConnectionDoctor::finished, &loop, [&] {
        ms = t.nsecsElapsed() / 1e6;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (dialog->doctor()->isRunning())
        loop.exec();
    *problem = dialog->doctor()->problem();
    return ms;
}

double blockingConnect(const QString &conninfo)
{
    QElapsedTimer t;
    t.start();
    PGconn *c = PQconnectdb(conninfo.toUtf8().constData());
    const double ms = t.nsecsElapsed() / 1e6;
    PQfinish(c);
    return ms;
}

void row(const char *label, const QList<double> &v, const QString &problem)
{
    std::printf("%-58s %9.2f ms  (n=%lld, min %.2f, max %.2f) %s\n", label, median(v), static_cast<long long>(v.size()),
                v.isEmpty() ? 0.0 : *std::min_element(v.begin(), v.end()), v.isEmpty() ? 0.0 : *std::max_element(v.begin(), v.end()),
                qPrintable(problem));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int refusedRuns = argc > 1 ? std::atoi(argv[1]) : 20;
    const int silentRuns = argc > 2 ? std::atoi(argv[2]) : 3;

    const int port = Test::TestServer::freePort();
    const QString refused = QStringLiteral("host=localhost port=%1 user=postgres dbname=postgres").arg(port);
    QTcpServer silent; // the kernel accepts; nobody ever answers
    silent.listen(QHostAddress::LocalHost, 0);
    const QString quiet = QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=postgres").arg(silent.serverPort());

    std::printf("Connection doctor, time to verdict (default step bound %d ms)\n", ConnectionDoctor::DefaultStepTimeoutMs);
    QList<double> a, b, c, d;
    QString problem;
    clickToVerdict(refused, &problem); // warm-up: fonts, first dialog
    for (int i = 0; i < refusedRuns; ++i)
        a << clickToVerdict(refused, &problem);
    row("refused: Test connection -> verdict", a, problem);
    for (int i = 0; i < refusedRuns; ++i)
        b << blockingConnect(refused);
    row("refused: blocking PQconnectdb (error only, no advice)", b, QString());
    for (int i = 0; i < silentRuns; ++i)
        c << clickToVerdict(quiet, &problem);
    row("silent listener: Test connection -> verdict", c, problem);
    for (int i = 0; i < silentRuns; ++i)
        d << blockingConnect(quiet + QStringLiteral(" connect_timeout=10"));
    row("silent listener: blocking PQconnectdb, connect_timeout=10", d, QString());
    return 0;
}
