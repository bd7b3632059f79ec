// The demo: a throwaway PostgreSQL with a demo database and a light pgbench load, and Valvur
// connected to it. Where a container engine runs (scripts/container-engine.sh) the server is a
// container of the locally built valvur-test/postgres:17 image with a named volume and its port
// published on 127.0.0.1, as the course runs one; elsewhere a plain PostgreSQL 15 in a temporary
// directory, and the demo says why. Closing Valvur (or Ctrl+C) stops the load and removes the
// container and its volume (or stops the server and removes its directory). The same harness as
// the tests (tests/support/containerserver, tests/support/testserver).
//
//   valvur-demo-server --valvur PATH [valvur options…]   run Valvur against it
//   valvur-demo-server --serve                           only the server; print how to connect
//   --no-container                                       the plain server even where an engine runs
#include "containerserver.h"
#include "dockerengine.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <memory>

#include <csignal>
#include <unistd.h>

namespace {

int signalPipe[2];

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &c, 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    QString valvur;
    const bool serveOnly = args.removeAll(QStringLiteral("--serve")) > 0;
    const qsizetype v = args.indexOf(QStringLiteral("--valvur"));
    if (v >= 0 && v + 1 < args.size()) {
        valvur = args.at(v + 1);
        args.remove(v, 2);
    }
    if (valvur.isEmpty() && !serveOnly) {
        err << "usage: valvur-demo-server --valvur PATH [valvur options] | --serve" << Qt::endl;
        return 2;
    }

    const bool noContainer = args.removeAll(QStringLiteral("--no-container")) > 0;

    // The server: a container where an engine runs, else a plain one.
    std::unique_ptr<Valvur::Test::ContainerServer> container;
    std::unique_ptr<Valvur::Test::TestServer> plain;
    const QString engineProblem = noContainer ? QStringLiteral("--no-container was given") : Valvur::Test::engineProblem();
    if (engineProblem.isEmpty()) {
        out << "Starting a throwaway PostgreSQL 17 container (" << Valvur::Test::kPostgres17Image
            << ", a named volume, a port on 127.0.0.1)…" << Qt::endl;
        container = std::make_unique<Valvur::Test::ContainerServer>();
        Valvur::Test::ContainerServer::Options options;
        options.stem = QStringLiteral("demo");
        options.replication = true;
        options.settings = {QStringLiteral("shared_preload_libraries=pg_stat_statements"), QStringLiteral("pg_stat_statements.track=all"),
                            QStringLiteral("track_io_timing=on"), QStringLiteral("shared_buffers=32MB"), QStringLiteral("max_wal_senders=5")};
        if (!container->start(options)) {
            err << container->error() << Qt::endl;
            return 1;
        }
        out << "The container is " << container->name() << ", its volume " << container->volume() << "." << Qt::endl;
    } else {
        err << "No container engine, so the demo server is a plain PostgreSQL 15, not a container: " << engineProblem << Qt::endl;
        out << "Starting a throwaway PostgreSQL 15…" << Qt::endl;
        plain = std::make_unique<Valvur::Test::TestServer>();
        Valvur::Test::TestServer::Options options;
        options.replication = true;
        if (!plain->start(options)) {
            err << plain->error() << Qt::endl;
            return 1;
        }
    }
    const int port = container ? container->port() : plain->port();
    const QString password = container ? container->password() : plain->superuserPassword();
    const QString binDir = Valvur::Test::TestServer::findBinDir();
    auto psql = [&](const QString &sql, const QString &database, bool *ok = nullptr) {
        return container ? container->psql(sql, database, ok) : plain->psql(sql, database, ok);
    };

    // Every client (the set-up, the load, Valvur) reads the password from this file, over TCP.
    QTemporaryDir secrets;
    const QString pgpass = secrets.filePath(QStringLiteral("pgpass"));
    {
        QFile f(pgpass);
        f.open(QIODevice::WriteOnly);
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(port).arg(password).toUtf8());
    }
    QProcessEnvironment clientEnv = QProcessEnvironment::systemEnvironment();
    clientEnv.insert(QStringLiteral("PGHOST"), QStringLiteral("127.0.0.1"));
    clientEnv.insert(QStringLiteral("PGPORT"), QString::number(port));
    clientEnv.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
    clientEnv.insert(QStringLiteral("PGDATABASE"), QStringLiteral("demo"));
    clientEnv.insert(QStringLiteral("PGPASSFILE"), pgpass);
    auto pgbench = [&](const QStringList &arguments, QString *log = nullptr) {
        QProcess p;
        p.setProcessEnvironment(clientEnv);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(binDir + QStringLiteral("/pgbench"), arguments);
        const bool done = p.waitForFinished(300000);
        if (log)
            *log = QString::fromUtf8(p.readAll());
        return done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };

    bool ok = false;
    psql(QStringLiteral("CREATE DATABASE demo"), QStringLiteral("postgres"), &ok);
    QString log;
    if (!ok || !pgbench({QStringLiteral("-i"), QStringLiteral("-s"), QStringLiteral("5"), QStringLiteral("-q")}, &log)) {
        err << "could not create the demo database: " << log << Qt::endl;
        return 1;
    }
    psql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; "
                        "CREATE ROLE student LOGIN PASSWORD 'student'; "
                        "CREATE TABLE public.course_notes (id serial PRIMARY KEY, chapter int, note text); "
                        "INSERT INTO course_notes (chapter, note) SELECT 6, 'märkus ' || g FROM generate_series(1, 500) g"),
         QStringLiteral("demo"));

    // Top queries starts with a workload instead of the set-up statements: a short pgbench run.
    psql(QStringLiteral("SELECT pg_stat_statements_reset()"), QStringLiteral("demo"));
    pgbench({QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("2"), QStringLiteral("-t"), QStringLiteral("250")});

    // The pgbench load and a few sessions worth looking at on the Activity page.
    QList<QProcess *> load;
    auto client = [&](const QString &program, const QStringList &arguments, const QByteArray &input = {}) {
        auto *p = new QProcess(&app);
        p->setProcessEnvironment(clientEnv);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(binDir + QLatin1Char('/') + program, arguments);
        if (!input.isEmpty())
            p->write(input); // stdin stays open: the session stays where the input left it
        load << p;
    };
    client(QStringLiteral("pgbench"), {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("4"), QStringLiteral("-j"),
                                       QStringLiteral("2"), QStringLiteral("-R"), QStringLiteral("40"), QStringLiteral("-T"),
                                       QStringLiteral("86400")});
    client(QStringLiteral("psql"), {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("application_name=lab-leak")},
           "SET application_name = 'lab-leak';\nBEGIN;\nUPDATE course_notes SET note = note WHERE id = 1;\n");
    // Two sessions queue behind lab-leak's row lock, so the Activity page has a real blocking tree.
    client(QStringLiteral("psql"), {QStringLiteral("-q")},
           "SET application_name = 'lab-waiter';\nSELECT pg_sleep(2);\nUPDATE course_notes SET note = note WHERE id = 1;\n");
    client(QStringLiteral("psql"), {QStringLiteral("-q")},
           "SET application_name = 'lab-waiter-2';\nSELECT pg_sleep(3);\nUPDATE course_notes SET note = note || '' WHERE id = 1;\n");
    client(QStringLiteral("psql"), {QStringLiteral("-q")},
           "SET application_name = 'lab-runaway';\nSELECT count(*) FROM pgbench_accounts a, pg_sleep(3600);\n");

    const QString conninfo = QStringLiteral("host=127.0.0.1 port=%1 dbname=demo user=postgres").arg(port);

    bool stopping = false;
    auto shutdown = [&](int code) {
        if (stopping)
            return;
        stopping = true;
        for (QProcess *p : std::as_const(load)) {
            p->kill();
            p->waitForFinished(5000);
        }
        if (container) {
            container->stop();
            out << "The demo container and its volume are removed." << Qt::endl;
        } else {
            plain->stop();
            out << "The demo server is stopped and its directory removed." << Qt::endl;
        }
        QCoreApplication::exit(code);
    };

    if (::pipe(signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        std::signal(SIGHUP, onSignal);
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] { shutdown(130); });
    }

    if (serveOnly) {
        out << "Server ready. Connect with:\n  PGPASSFILE=" << pgpass << " valvur \"" << conninfo << "\"\n"
            << "or psql \"" << conninfo << "\" (password: " << password << ")\n"
            << "Press Ctrl+C to stop." << Qt::endl;
        return app.exec();
    }

    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSFILE"), pgpass); // the password never travels on a command line
    gui.setProcessEnvironment(env);
    gui.setProcessChannelMode(QProcess::ForwardedChannels);
    QObject::connect(&gui, &QProcess::finished, &app, [&](int code) { shutdown(code); });
    QObject::connect(&gui, &QProcess::errorOccurred, &app, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            err << "could not start " << valvur << Qt::endl;
            shutdown(1);
        }
    });
    out << "Valvur is connected to " << conninfo << ". Close its window to stop the demo." << Qt::endl;
    // Start Valvur once the demo sessions have settled (the lab-waiter sessions queue after 2-3 s).
    QTimer::singleShot(3500, &app, [&] { gui.start(valvur, QStringList{conninfo} + args); });
    return app.exec();
}
