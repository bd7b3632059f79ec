// The window under faults, against real PostgreSQL 15 servers: a password on its command line is
// refused; a query that fails is shown on its page and by --screenshot; no page waits behind an
// application's ACCESS EXCLUSIVE lock; no page writes an ERROR into the server's log; a frozen
// server is "not answering" (since when, the values marked as old) until it answers again.
#include "mainwindow.h"
#include "pages/insighttable.h"
#include "keyedtablemodel.h"
#include "languagemanager.h"
#include "pages/page.h"
#include "pg/serverconnection.h"
#include "pages/sizespage.h"
#include "testserver.h"
#include "valvurprocess.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

#include <memory>

using namespace Valvur;

namespace {

// statement_timeout=1 (ms), the report's setting. A small query can finish within 1 ms, so JIT
// with optimisation and inlining for every statement makes each one take longer, every time.
const QString OneMillisecond = QStringLiteral(" options='-c statement_timeout=1 -c jit_above_cost=0 -c jit_optimize_above_cost=0 "
                                              "-c jit_inline_above_cost=0'");

const QStringList AllPages = {QStringLiteral("overview"), QStringLiteral("activity"), QStringLiteral("dashboard"),
                              QStringLiteral("queries"),  QStringLiteral("sizes"),    QStringLiteral("roles"),
                              QStringLiteral("locks"),    QStringLiteral("settings"), QStringLiteral("replication"),
                              QStringLiteral("backups")};

// A data row per page of the window.
void everyPage()
{
    QTest::addColumn<QString>("page");
    for (const QString &id : AllPages)
        QTest::newRow(qPrintable(id)) << id;
}

// The texts of the page's visible labels: what the user reads.
QString visibleText(QWidget *page)
{
    QStringList texts;
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (l->isVisible())
            texts << l->text();
    }
    return texts.join(QLatin1Char('\n'));
}

// A session of "an application", synchronous, over the server's private socket.
struct OtherSession
{
    PGconn *conn = nullptr;
    explicit OtherSession(const QString &conninfo) { conn = PQconnectdb(conninfo.toUtf8().constData()); }
    ~OtherSession() { PQfinish(conn); }
    bool ok() const { return PQstatus(conn) == CONNECTION_OK; }
    bool run(const char *sql)
    {
        PGresult *r = PQexec(conn, sql);
        const bool good = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        PQclear(r);
        return good;
    }
    int pid() const { return PQbackendPID(conn); }
};

} // namespace

class TestWindowTrust : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    LanguageManager m_language;

    QString pgpass() const { return m_dir.filePath(QStringLiteral("pgpass")); }

    QProcessEnvironment valvurEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PGPASSFILE"), pgpass());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return env;
    }

    std::unique_ptr<MainWindow> openWindow(const QString &conninfo, ServerConnection **server = nullptr)
    {
        m_settings->clear();
        auto window = std::make_unique<MainWindow>(m_settings.get(), &m_language);
        window->resize(1280, 800);
        window->show();
        ConnectionOptions o;
        if (!ConnectionOptions::parse(conninfo, &o, nullptr))
            return nullptr;
        ServerConnection *s = window->addServer(o, m_server.superuserPassword());
        if (server)
            *server = s;
        return window;
    }

    // For the documentation: VALVUR_SHOT_DIR=DIR saves what the test shows, in English and in
    // Estonian (the language switched at run time and back; nothing is asserted on the pictures).
    void saveShot(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VALVUR_SHOT_DIR");
        if (dir.isEmpty())
            return;
        for (const QString &lang : {QStringLiteral("et"), QStringLiteral("en")}) {
            m_language.setLanguage(lang);
            for (int i = 0; i < 5; ++i) // the language change, then the layouts it asks for
                QCoreApplication::processEvents();
            window->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, lang));
        }
    }

    int connectionsReceivedOverTcp() const
    {
        return int(m_server.logText().count(QStringLiteral("connection received: host=127.0.0.1")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_language.setLanguage(QStringLiteral("en"));
        Test::TestServer::Options options;
        // the application name in every log line: whose ERROR it is
        options.extraConfig << QStringLiteral("log_line_prefix = '%m [%p] app=%a '") << QStringLiteral("log_connections = on");
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE plain"), QStringLiteral("postgres"), &ok); // no pg_stat_statements here
        QVERIFY(ok);
        for (const char *db : {"postgres", "plain"}) {
            m_server.psql(QStringLiteral("CREATE TABLE held (id int PRIMARY KEY, note text); "
                                         "INSERT INTO held SELECT g, repeat('x', 200) FROM generate_series(1, 2000) g; "
                                         "CREATE TABLE free_one (id int PRIMARY KEY); INSERT INTO free_one SELECT generate_series(1, 500)"),
                          QString::fromLatin1(db), &ok);
            QVERIFY(ok);
        }
        QFile f(pgpass());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(m_server.port()).arg(m_server.superuserPassword()).toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"),
                                                 QStringLiteral("windowtrust"));
    }

    // Item 7: the window refuses a password on its command line, as doctor, backup and restore do.
    void passwordOnTheCommandLineIsRefused_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("URI user:password@") << QStringLiteral("postgresql://postgres:%1@127.0.0.1:%2/postgres")
                                                   .arg(m_server.superuserPassword())
                                                   .arg(m_server.port());
        QTest::newRow("conninfo password=") << m_server.conninfo() + QStringLiteral(" password=") + m_server.superuserPassword();
    }

    void passwordOnTheCommandLineIsRefused()
    {
        QFETCH(QString, server);
        const QString shot = m_dir.filePath(QStringLiteral("never.png"));
        const int before = connectionsReceivedOverTcp();
        const Test::ValvurRun run = Test::runValvur({server, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--screenshot"),
                                                     shot, QStringLiteral("--page"), QStringLiteral("settings")},
                                                    valvurEnvironment(), 60000);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Do not put the password on the command line")), qPrintable(run.err));
        // how to give it instead: a profile with the keychain, pgpass, or the prompt
        QVERIFY2(run.err.contains(QStringLiteral("keychain")) && run.err.contains(QStringLiteral("--profile"))
                     && run.err.contains(QStringLiteral("pgpass")) && run.err.contains(QStringLiteral("asked")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(m_server.superuserPassword()));
        QVERIFY(!QFile::exists(shot));
        QCOMPARE(connectionsReceivedOverTcp(), before); // nothing connected
    }

    // Item 12: a query that fails is shown on its page in the doctor's words, never an endless wait.
    void failedQueryIsShownOnEveryPage_data() { everyPage(); }

    void failedQueryIsShownOnEveryPage()
    {
        QFETCH(QString, page);
        ServerConnection *server = nullptr;
        auto window = openWindow(m_server.conninfo() + OneMillisecond, &server);
        QVERIFY(window);
        QVERIFY(window->showPage(page));
        Page *p = window->page(page);
        auto *status = window->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        if (page == QLatin1String("backups")) {
            // the Backups page reads this machine's backup history, no query: it must simply be there
            QTRY_VERIFY_WITH_TIMEOUT(p->hasData(), 20000);
            QVERIFY(p->refreshError().isEmpty());
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!p->refreshError().isEmpty(), 20000);
        QVERIFY2(p->refreshError().contains(QStringLiteral("statement timeout")), qPrintable(p->refreshError()));
        QVERIFY2(p->refreshError().contains(QStringLiteral("statement_timeout")), qPrintable(p->refreshError())); // what to change
        QTRY_VERIFY2(visibleText(p).contains(QStringLiteral("canceling statement due to statement timeout")), qPrintable(visibleText(p)));
        if (page == QLatin1String("overview") || page == QLatin1String("sizes"))
            saveShot(window.get(), QStringLiteral("query-error-") + page);
        QVERIFY2(!status->text().endsWith(QStringLiteral("— Connected")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("query failed")), qPrintable(status->text()));
        // the user's own statement_timeout stays in force on Valvur's session: it is what failed
        QVERIFY(server->session()->options().value(QStringLiteral("options")).contains(QStringLiteral("-c statement_timeout=30000 -c statement_timeout=1 ")));
    }

    void screenshotSaysTheQueryError()
    {
        const QString shot = m_dir.filePath(QStringLiteral("failed.png"));
        const Test::ValvurRun run =
            Test::runValvur({m_server.conninfo() + OneMillisecond, QStringLiteral("--lang"),
                             QStringLiteral("en"), QStringLiteral("--screenshot"), shot, QStringLiteral("--page"), QStringLiteral("sizes")},
                            valvurEnvironment(), 90000);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("canceling statement due to statement timeout")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Sizes")), qPrintable(run.err));
        QVERIFY(!QFile::exists(shot));
    }

    // Item 13: Valvur's own sessions have lock_timeout and statement_timeout; the user's own win.
    void ownSessionsAreBounded()
    {
        ServerConnection *server = nullptr;
        auto window = openWindow(m_server.conninfo(), &server);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(server->session()->isConnected(), 20000);
        const int pid = server->session()->backendPid();
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1 AND application_name = 'valvur'").arg(pid)),
                 QStringLiteral("1"));
        QString settings;
        server->session()->exec(QStringLiteral("SELECT current_setting('lock_timeout') || ' ' || current_setting('statement_timeout')"),
                                window.get(), [&settings](const PgReply &r) { settings = r.first().value(0, 0).toString(); });
        QTRY_VERIFY_WITH_TIMEOUT(!settings.isEmpty(), 20000);
        QCOMPARE(settings, QStringLiteral("2s 30s"));

        settings.clear();
        window = openWindow(m_server.conninfo() + QStringLiteral(" options='-c statement_timeout=5min -c lock_timeout=7s'"), &server);
        QTRY_VERIFY_WITH_TIMEOUT(server->session()->isConnected(), 20000);
        server->session()->exec(QStringLiteral("SELECT current_setting('lock_timeout') || ' ' || current_setting('statement_timeout')"),
                                window.get(), [&settings](const PgReply &r) { settings = r.first().value(0, 0).toString(); });
        QTRY_VERIFY_WITH_TIMEOUT(!settings.isEmpty(), 20000);
        QCOMPARE(settings, QStringLiteral("7s 5min"));
    }

    // Item 13: while an application holds ACCESS EXCLUSIVE on a table, every page still gets its
    // data, and Sizes says who holds the table instead of its size.
    void noPageWaitsBehindAnApplicationsLock_data() { everyPage(); }

    void noPageWaitsBehindAnApplicationsLock()
    {
        QFETCH(QString, page);
        OtherSession app(m_server.socketConninfo());
        QVERIFY(app.ok());
        QVERIFY(app.run("BEGIN"));
        QVERIFY(app.run("LOCK TABLE held IN ACCESS EXCLUSIVE MODE")); // as ALTER TABLE or VACUUM FULL holds it
        auto window = openWindow(m_server.conninfo());
        QVERIFY(window);
        QVERIFY(window->showPage(page));
        Page *p = window->page(page);
        // well under the 30 s of the report, and under the sessions' own statement_timeout
        QTRY_VERIFY2_WITH_TIMEOUT(p->hasData(), qPrintable(p->refreshError()), 20000);
        QVERIFY2(p->refreshError().isEmpty(), qPrintable(p->refreshError()));
        if (page == QLatin1String("sizes")) {
            auto *tables = static_cast<SizesPage *>(p)->tablesTable();
            int heldRow = -1, freeRow = -1;
            for (int r = 0; r < tables->source()->rowCount(); ++r) {
                const QString name = tables->source()->rawValue(r, SizesPage::Name).toString();
                if (name == QLatin1String("held"))
                    heldRow = r;
                else if (name == QLatin1String("free_one"))
                    freeRow = r;
            }
            QVERIFY(heldRow >= 0 && freeRow >= 0);
            const QString shown = tables->source()->index(heldRow, SizesPage::Total).data().toString();
            QCOMPARE(shown, QStringLiteral("locked by PID %1").arg(app.pid()));
            QVERIFY(tables->source()->rawValue(freeRow, SizesPage::Total).toLongLong() > 0); // the rest of the page
            saveShot(window.get(), QStringLiteral("sizes-locked-table"));
        }
        QVERIFY(app.run("ROLLBACK"));
    }

    // Item 14: no page writes an ERROR into the server's log, in a database without
    // pg_stat_statements; Top queries says how to switch it on.
    void noPageWritesErrorsIntoTheServerLog()
    {
        const qsizetype logStart = m_server.logText().size(); // earlier tests made errors on purpose
        auto window = openWindow(m_server.conninfo(QStringLiteral("plain")));
        QVERIFY(window);
        for (const QString &id : AllPages) {
            QVERIFY(window->showPage(id));
            Page *p = window->page(id);
            QTRY_VERIFY2_WITH_TIMEOUT(p->hasData(), qPrintable(id), 20000);
            p->refreshNow(); // a second refresh, as the tick does
        }
        QVERIFY(window->showPage(QStringLiteral("queries")));
        QTRY_VERIFY(visibleText(window->page(QStringLiteral("queries"))).contains(QStringLiteral("pg_stat_statements is not available")));
        window->page(QStringLiteral("queries"))->refreshNow();
        // every request so far has been answered: its log lines are written
        ServerConnection *s = window->currentServer();
        QTRY_VERIFY_WITH_TIMEOUT(!s->session()->isBusy(), 20000);
        const QString log = m_server.logText().mid(logStart);
        QVERIFY(log.contains(QStringLiteral("application_name=valvur"))); // log_connections: our sessions are in this log
        const QStringList errors = log.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("app=valvur (ERROR|FATAL)")));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    }

    // Item 11: a frozen server is not answering (since when), the values stay, marked as old; once
    // it answers again, the mark goes away.
    void frozenServerIsNotAnswering()
    {
        Test::TestServer frozen;
        QVERIFY2(frozen.start(), qPrintable(frozen.error()));
        m_settings->clear();
        MainWindow window(m_settings.get(), &m_language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("overview")));
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(frozen.conninfo(), &o, nullptr));
        ServerConnection *server = window.addServer(o, frozen.superuserPassword());
        server->setAnswerBound(1500); // the default is 10 s
        Page *page = window.page(QStringLiteral("overview"));
        QTRY_VERIFY_WITH_TIMEOUT(page->hasData(), 20000);
        auto *status = window.findChild<QLabel *>(QStringLiteral("connectionStatus"));
        auto *version = window.findChild<QLabel *>(QStringLiteral("versionValue"));
        auto *banner = page->findChild<QLabel *>(QStringLiteral("connectionBanner"));
        QVERIFY(status && version && banner);
        QTRY_VERIFY(status->text().endsWith(QStringLiteral("— Connected")));
        QVERIFY(!page->isStale());
        const QString shownVersion = version->text();
        const QColor freshColour = version->palette().color(QPalette::WindowText);

        QVERIFY(frozen.freeze());
        page->refreshNow(); // a refresh now, not only at the next tick
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QStringLiteral("Not answering since")), qPrintable(status->text()), 20000);
        QVERIFY(!server->isAnswering());
        QVERIFY(server->silentSince().isValid());
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("The server is not answering")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("The values below are old")), qPrintable(banner->text()));
        QVERIFY(page->isStale());
        QCOMPARE(version->text(), shownVersion); // the last good values stay, greyed
        QVERIFY(version->palette().color(QPalette::WindowText) != freshColour);
        QVERIFY(window.page(QStringLiteral("settings"))->isStale()); // every page of this server
        saveShot(&window, QStringLiteral("not-answering"));

        QVERIFY(frozen.thaw());
        QTRY_VERIFY_WITH_TIMEOUT(server->isAnswering(), 20000);
        QTRY_VERIFY(status->text().endsWith(QStringLiteral("— Connected")));
        QVERIFY(!page->isStale());
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(version->palette().color(QPalette::WindowText), freshColour);
    }
};

QTEST_MAIN(TestWindowTrust)
#include "tst_windowtrust.moc"
