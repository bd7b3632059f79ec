// Benchmark: the Sizes page on a database with 10,000 tables. Side by side in one run:
//   A. the page's one statement (what Sizes sends), server round trip only;
//   B. the whole page: setServer → dataReady (statement + model + sorting + first layout);
//   C. the naive way a page could do it: one pg_total_relation_size round trip per table.
// Prints medians of several runs and the ratio C/A. Usage: bench_sizes [runs] (default 5).
#include "monitoring/insightsql.h"
#include "pages/insighttable.h"
#include "keyedtablemodel.h"
#include "pg/serverconnection.h"
#include "pages/sizespage.h"
#include "testserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Valvur;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

PgReply run(PgSession *s, const QString &sql, const QVariantList &params = {})
{
    // a real event loop: QTest::qWaitFor sleeps between event rounds, which would slow the
    // reading of a large result and falsify the timing
    PgReply result;
    QEventLoop loop;
    s->exec(sql, params, &loop, [&](const PgReply &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5;
    Test::TestServer server;
    if (!server.start()) {
        std::fprintf(stderr, "cannot start the server: %s\n", qPrintable(server.error()));
        return 1;
    }
    bool ok = false;
    server.psql(QStringLiteral("CREATE DATABASE many"), QStringLiteral("postgres"), &ok);
    for (int batch = 0; ok && batch < 10; ++batch) {
        server.psql(QStringLiteral("DO $$ BEGIN FOR i IN %1..%2 LOOP "
                                   "EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, v text)', i); "
                                   "EXECUTE format('INSERT INTO t%s SELECT g, md5(g::text) FROM generate_series(1, 3) g', i); "
                                   "END LOOP; END $$")
                        .arg(batch * 1000 + 1)
                        .arg(batch * 1000 + 1000),
                    QStringLiteral("many"), &ok);
    }
    if (!ok) {
        std::fprintf(stderr, "cannot create the 10,000 tables\n");
        return 1;
    }
    ConnectionOptions o;
    ConnectionOptions::parse(server.conninfo(QStringLiteral("many")), &o, nullptr);
    ServerConnection connection(o);
    QSignalSpy connected(&connection, &ServerConnection::connected);
    connection.open(server.superuserPassword());
    if (!connected.wait(20000)) {
        std::fprintf(stderr, "cannot connect\n");
        return 1;
    }
    connection.setTicking(false);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);

    // warm-up (catalog and file-system caches), not counted
    run(connection.session(), Sql::databaseSizes() + QStringLiteral(";\n") + Sql::tableSizes());
    QList<double> statementMs, pageMs, naiveMs;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer ta;
        ta.start();
        const PgReply r = run(connection.session(), Sql::databaseSizes() + QStringLiteral(";\n") + Sql::tableSizes());
        rows = r.at(1).rowCount();
        statementMs << ta.nsecsElapsed() / 1e6;
        std::printf("  run %d: A %.1f ms (libpq round trip %.1f ms)", i + 1, statementMs.last(), r.elapsedUs / 1000.0);

        SizesPage page({&settings});
        page.resize(1280, 800);
        page.show();
        page.setActive(true);
        QSignalSpy ready(&page, &Page::dataReady);
        QElapsedTimer t;
        t.start();
        page.setServer(&connection);
        ready.wait(600000);
        pageMs << t.nsecsElapsed() / 1e6;
        std::printf(", B %.1f ms\n", pageMs.last());
        if (page.tablesTable()->source()->rowCount() != 10000 || page.requestCount() != 1) {
            std::fprintf(stderr, "the page did not get 10,000 tables in one request\n");
            return 1;
        }
    }
    // C: one round trip per table (the list first, then a size each), fewer runs: it is slow
    const int naiveRuns = qMax(1, runs / 2);
    for (int i = 0; i < naiveRuns; ++i) {
        QElapsedTimer t;
        t.start();
        const PgReply list = run(connection.session(), QStringLiteral("SELECT c.oid::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                                      "WHERE c.relkind = 'r' AND n.nspname = 'public'"));
        const PgResult tables = list.first(); // a value: a temporary's rows() would dangle
        for (const QVariantList &row : tables.rows())
            run(connection.session(), QStringLiteral("SELECT pg_total_relation_size($1::oid)"), {row.value(0)});
        naiveMs << t.nsecsElapsed() / 1e6;
    }
    std::printf("machine: %s, %d cores (shared); PostgreSQL 15 local TCP; tables: %d\n",
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), rows);
    std::printf("A. Sizes statement, one round trip      median %8.1f ms  (%d runs)\n", median(statementMs), runs);
    std::printf("B. Sizes page, setServer -> dataReady   median %8.1f ms  (%d runs)\n", median(pageMs), runs);
    std::printf("C. one round trip per table (naive)     median %8.1f ms  (%d runs)\n", median(naiveMs), naiveRuns);
    std::printf("C/A = %.1fx   B-A (model, sort, layout) = %.1f ms\n", median(naiveMs) / qMax(0.001, median(statementMs)),
                median(pageMs) - median(statementMs));
    return 0;
}
