// The demo: a throwaway PostgreSQL 15 with a demo database and a light pgbench load, and Valvur
// connected to it. Closing Valvur (or Ctrl+C) stops the load and the server and removes the
// directory. The same harness as the tests (tests/support/testserver).
//
//   valvur-demo-server --valvur PATH [valvur options…]   run Valvur against it
//   valvur-demo-server --serve                           only the server; print how to connect
#include "testserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTextStream>

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

    Valvur::Test::TestServer server;
    out << "Starting a throwaway PostgreSQL 15…" << Qt::endl;
    Valvur::Test::TestServer::Options options;
    options.replication = true;
    if (!server.start(options)) {
        err << server.error() << Qt::endl;
        return 1;
    }
    bool ok = false;
    server.psql(QStringLiteral("CREATE DATABASE demo"), QStringLiteral("postgres"), &ok);
    QString log;
    if (!ok || server.runTool(QStringLiteral("pgbench"),
                              {QStringLiteral("-i"), QStringLiteral("-s"), QStringLiteral("5"), QStringLiteral("-q"),
                               QStringLiteral("-h"), server.socketDir(), QStringLiteral("-p"), QString::number(server.port()),
                               QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("demo")},
                              &log) != 0) {
        err << "could not create the demo database: " << log << Qt::endl;
        return 1;
    }
    server.psql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; "
                               "CREATE ROLE student LOGIN PASSWORD 'student'; "
                               "CREATE TABLE public.course_notes (id serial PRIMARY KEY, chapter int, note text); "
                               "INSERT INTO course_notes (chapter, note) SELECT 6, 'märkus ' || g FROM generate_series(1, 500) g"),
                QStringLiteral("demo"));

    // The pgbench load and a few sessions worth looking at on the Activity page.
    QList<QProcess *> load;
    auto client = [&](const QString &program, const QStringList &arguments, const QByteArray &input = {}) {
        auto *p = new QProcess(&app);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), server.socketDir());
        env.insert(QStringLiteral("PGPORT"), QString::number(server.port()));
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("demo"));
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(server.binDir() + QLatin1Char('/') + program, arguments);
        if (!input.isEmpty())
            p->write(input); // stdin stays open: the session stays where the input left it
        load << p;
    };
    client(QStringLiteral("pgbench"), {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("4"), QStringLiteral("-j"),
                                       QStringLiteral("2"), QStringLiteral("-R"), QStringLiteral("40"), QStringLiteral("-T"),
                                       QStringLiteral("86400")});
    client(QStringLiteral("psql"), {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("application_name=lab-leak")},
           "SET application_name = 'lab-leak';\nBEGIN;\nUPDATE course_notes SET note = note WHERE id = 1;\n");
    client(QStringLiteral("psql"), {QStringLiteral("-q")},
           "SET application_name = 'lab-runaway';\nSELECT count(*) FROM pgbench_accounts a, pg_sleep(3600);\n");

    QTemporaryDir secrets;
    const QString pgpass = secrets.filePath(QStringLiteral("pgpass"));
    {
        QFile f(pgpass);
        f.open(QIODevice::WriteOnly);
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(server.port()).arg(server.superuserPassword()).toUtf8());
    }
    const QString conninfo = QStringLiteral("host=127.0.0.1 port=%1 dbname=demo user=postgres").arg(server.port());

    bool stopping = false;
    auto shutdown = [&](int code) {
        if (stopping)
            return;
        stopping = true;
        for (QProcess *p : std::as_const(load)) {
            p->kill();
            p->waitForFinished(5000);
        }
        server.stop();
        out << "The demo server is stopped and its directory removed." << Qt::endl;
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
            << "or psql \"" << conninfo << "\" (password: " << server.superuserPassword() << ")\n"
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
    gui.start(valvur, QStringList{conninfo} + args);
    return app.exec();
}
