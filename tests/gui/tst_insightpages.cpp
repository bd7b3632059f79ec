// The six insight pages against a real PostgreSQL 15: what each shows, that it matches the
// server's own numbers, that Show SQL is the text that ran, and what a user without rights sees.
#include "pages/insighttable.h"
#include "keyedtablemodel.h"
#include "pages/lockspage.h"
#include "pages/replicationpage.h"
#include "pages/rolespage.h"
#include "pg/serverconnection.h"
#include "pages/settingspage.h"
#include "pages/sizespage.h"
#include "testserver.h"
#include "pages/topqueriespage.h"

#include "monitoring/insightsql.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QClipboard>
#include <QGuiApplication>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Valvur;

class TestInsightPages : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;
    std::unique_ptr<QSettings> m_settings;

    std::unique_ptr<ServerConnection> connectAs(const QString &database = QStringLiteral("postgres"),
                                                const QString &user = QStringLiteral("postgres"), const QString &password = {})
    {
        ConnectionOptions o;
        if (!ConnectionOptions::parse(m_server.conninfo(database, user), &o, nullptr))
            return nullptr;
        auto server = std::make_unique<ServerConnection>(o);
        QSignalSpy connected(server.get(), &ServerConnection::connected);
        server->open(password.isEmpty() ? m_server.superuserPassword() : password);
        if (!connected.wait(20000))
            return nullptr;
        return server;
    }

    // Shows the page against the server and waits for its first data.
    bool load(InsightPage *page, ServerConnection *server)
    {
        QSignalSpy ready(page, &Page::dataReady);
        page->resize(1200, 800);
        page->show();
        page->setActive(true);
        page->setServer(server);
        if (ready.count() > 0 || ready.wait(30000))
            return true;
        if (auto *error = page->findChild<QLabel *>(QStringLiteral("errorText")))
            qWarning("the page got no data: %s", qPrintable(error->text()));
        return false;
    }

    // The source row whose column has this raw value, or -1.
    static int findRow(InsightTable *t, int column, const QVariant &value)
    {
        for (int r = 0; r < t->source()->rowCount(); ++r) {
            if (t->source()->rawValue(r, column) == value)
                return r;
        }
        return -1;
    }

    // Show SQL is exactly what ran: the dialog's text, the text the page sent, and the text the
    // server received (pg_stat_activity.query of our session: not normalised, unlike
    // pg_stat_statements, and complete thanks to track_activity_query_size).
    void verifyShowSql(InsightPage *page, ServerConnection *server)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!server->session()->isBusy(), 20000);
        const QString received = m_server.psql(
            QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = %1").arg(server->session()->backendPid()));
        QCOMPARE(received, page->statement());
        QCOMPARE(page->lastSentSql(), page->statement());
        auto *button = page->findChild<QPushButton *>(QStringLiteral("showSqlButton"));
        QVERIFY(button);
        button->click();
        QPlainTextEdit *text = nullptr;
        QTRY_VERIFY((text = page->findChild<QPlainTextEdit *>(QStringLiteral("sqlText"))) != nullptr);
        QCOMPARE(text->toPlainText(), page->statement());
        delete text->window();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::TestServer::Options options;
        options.extraConfig << QStringLiteral("track_activity_query_size = 65536");
        QVERIFY2(m_server.start(options), qPrintable(m_server.error()));
        m_settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"),
                                                 QStringLiteral("insight"));
        m_settings->clear();
        bool ok = false;
        for (const char *sql : {"CREATE ROLE student LOGIN PASSWORD 'student-pw' CONNECTION LIMIT 3", "CREATE DATABASE lab",
                                "CREATE DATABASE locked_out", "REVOKE CONNECT ON DATABASE locked_out FROM PUBLIC"}) {
            m_server.psql(QString::fromLatin1(sql), QStringLiteral("postgres"), &ok);
            QVERIFY2(ok, sql);
        }
        m_server.psql(QStringLiteral("CREATE TABLE public.measurements (id bigserial PRIMARY KEY, station text NOT NULL, "
                                     "reading numeric CHECK (reading > -100), note text DEFAULT 'none', "
                                     "UNIQUE (station, id)); "
                                     "INSERT INTO measurements (station, reading, note) "
                                     "SELECT 'st' || (g % 10), g % 50, repeat(md5(g::text), 200) FROM generate_series(1, 3000) g; "
                                     "ANALYZE measurements"),
                      QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        m_server.psql(QStringLiteral("CREATE TABLE lab_only (id int); INSERT INTO lab_only SELECT generate_series(1, 1000)"),
                      QStringLiteral("lab"), &ok);
        QVERIFY(ok);
    }

    void topQueriesPutTheSlowQueryFirst()
    {
        bool ok = false;
        m_server.psql(QStringLiteral("SELECT pg_stat_statements_reset()"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        for (int i = 0; i < 12; ++i)
            m_server.psql(QStringLiteral("SELECT pg_sleep(0.1), 'slow lab query'"));
        for (int i = 0; i < 40; ++i)
            m_server.psql(QStringLiteral("SELECT %1 + 1").arg(i));
        auto server = connectAs();
        QVERIFY(server);
        TopQueriesPage page({m_settings.get()});
        QAbstractItemModelTester tester(page.table()->source(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(&page, server.get()));
        InsightTable *t = page.table();
        QVERIFY(t->model()->rowCount() > 0);
        // the top row by total time is the slow one, with its 12 calls and the biggest share
        const int top = t->sourceRow(t->model()->index(0, 0));
        const QString query = t->source()->rawValue(top, TopQueriesPage::Query).toString();
        QVERIFY2(query.contains(QStringLiteral("pg_sleep")), qPrintable(query));
        QCOMPARE(t->source()->rawValue(top, TopQueriesPage::Calls).toLongLong(), 12LL);
        QVERIFY(t->source()->rawValue(top, TopQueriesPage::Total).toDouble() >= 1200.0);
        QVERIFY(t->source()->rawValue(top, TopQueriesPage::Share).toDouble() > 0.5);
        // the full text in the detail pane
        t->setCurrentIndex(t->model()->index(0, TopQueriesPage::Calls));
        QCOMPARE(page.findChild<QPlainTextEdit *>(QStringLiteral("queryDetail"))->toPlainText(), query);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("sinceLabel"))->text().contains(QStringLiteral("since")));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("hiddenNote"))->isHidden());
        verifyShowSql(&page, server.get());

        // reset, confirmed: the counters start from nothing
        page.findChild<QPushButton *>(QStringLiteral("resetButton"))->click();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = page.findChild<QMessageBox *>(QStringLiteral("resetConfirmation"))) != nullptr);
        confirm->button(QMessageBox::Reset)->click();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(t, TopQueriesPage::Query, query) < 0 && t->model()->rowCount() > 0, 20000);
    }

    void topQueriesExplainAMissingExtension()
    {
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE noext"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        auto server = connectAs(QStringLiteral("noext"));
        QVERIFY(server);
        TopQueriesPage page({m_settings.get()});
        QVERIFY(load(&page, server.get()));
        auto *text = page.findChild<QLabel *>(QStringLiteral("extensionMissingText"));
        QVERIFY(text->isVisible());
        QVERIFY(text->text().contains(QStringLiteral("shared_preload_libraries")));
        QVERIFY(text->text().contains(QStringLiteral("CREATE EXTENSION")));
        auto *create = page.findChild<QPushButton *>(QStringLiteral("createExtensionButton"));
        QVERIFY(create->isVisible()); // preloaded here, so Valvur offers step 2
        create->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.table()->isVisible(), 20000);
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"),
                               QStringLiteral("noext")),
                 QStringLiteral("1"));
    }

    void sizesMatchTheServer()
    {
        auto server = connectAs();
        QVERIFY(server);
        SizesPage page({m_settings.get()});
        QAbstractItemModelTester tester(page.tablesTable()->source(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(&page, server.get()));
        InsightTable *tables = page.tablesTable();
        const int row = findRow(tables, SizesPage::Name, QStringLiteral("measurements"));
        QVERIFY(row >= 0);
        // the sizes themselves: tst_insightcontroller (SizesController). Here: largest first, the
        // selected database's row current, and a click on another database shows its tables.
        QCOMPARE(tables->sourceRow(tables->model()->index(0, 0)), row);
        InsightTable *dbs = page.databasesTable();
        QCOMPARE(dbs->source()->rawValue(dbs->currentSourceRow(), SizesPage::DbName).toString(), QStringLiteral("postgres"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("tablesTitle"))->text().contains(QStringLiteral("postgres")));
        verifyShowSql(&page, server.get());

        // another database: its tables come over a second, short-lived session
        const int lab = findRow(dbs, SizesPage::DbName, QStringLiteral("lab"));
        QVERIFY(lab >= 0);
        dbs->setCurrentIndex(dbs->proxy()->mapFromSource(dbs->source()->index(lab, SizesPage::DbName)));
        QCOMPARE(page.selectedDatabase(), QStringLiteral("lab"));
        QTRY_VERIFY_WITH_TIMEOUT(findRow(tables, SizesPage::Name, QStringLiteral("lab_only")) >= 0, 20000);
        QCOMPARE(findRow(tables, SizesPage::Name, QStringLiteral("measurements")), -1);
        QVERIFY(page.findChild<PgSession *>(QStringLiteral("sizesSideSession")));
        page.setActive(false); // leaving the page closes it
        QTRY_VERIFY(!page.findChild<PgSession *>(QStringLiteral("sizesSideSession")));
    }

    void tenThousandTablesInOneRequest()
    {
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE many"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        for (int batch = 0; batch < 10; ++batch) { // one transaction per 1,000 tables: the lock table has its limits
            m_server.psql(QStringLiteral("DO $$ BEGIN FOR i IN %1..%2 LOOP "
                                         "EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY, v text)', i); END LOOP; END $$")
                              .arg(batch * 1000 + 1)
                              .arg(batch * 1000 + 1000),
                          QStringLiteral("many"), &ok);
            QVERIFY(ok);
        }
        auto server = connectAs(QStringLiteral("many"));
        QVERIFY(server);
        SizesPage page({m_settings.get()});
        QElapsedTimer timer;
        timer.start();
        QVERIFY(load(&page, server.get()));
        const qint64 ms = timer.elapsed();
        QCOMPARE(page.tablesTable()->source()->rowCount(), 10000);
        QCOMPARE(page.requestCount(), quint64(1));
        qInfo("Sizes page: 10,000 tables loaded in one request, %lld ms (see tests/bench/bench_sizes for the benchmark)", ms);
    }

    void databasesRolesAndDescribe()
    {
        auto server = connectAs();
        QVERIFY(server);
        RolesPage page({m_settings.get()});
        QAbstractItemModelTester tester(page.rolesTable()->source(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy described(&page, &RolesPage::described);
        QVERIFY(load(&page, server.get()));
        // the page describes the first table by itself, so \d is never an empty box
        QVERIFY(described.count() > 0 || described.wait(20000));
        QCOMPARE(described.first().at(0).toString(), QStringLiteral("public.measurements"));
        InsightTable *dbs = page.databasesTable();
        const int lab = findRow(dbs, RolesPage::DbName, QStringLiteral("lab"));
        QVERIFY(lab >= 0);
        QCOMPARE(dbs->source()->rawValue(lab, RolesPage::DbEncoding).toString(), QStringLiteral("UTF8"));
        QCOMPARE(dbs->source()->rawValue(lab, RolesPage::DbOwner).toString(), QStringLiteral("postgres"));
        InsightTable *roles = page.rolesTable();
        const int student = findRow(roles, RolesPage::RName, QStringLiteral("student"));
        QVERIFY(student >= 0);
        QCOMPARE(roles->source()->rawValue(student, RolesPage::RConnLimit).toInt(), 3);
        const int postgres = findRow(roles, RolesPage::RName, QStringLiteral("postgres"));
        QVERIFY(roles->source()->index(postgres, RolesPage::RAttributes).data().toString().contains(QStringLiteral("Superuser")));
        QVERIFY(roles->source()->index(student, RolesPage::RAttributes).data().toString().isEmpty());
        page.refreshNow(); // the last request was the \d: refresh so the list statement is the last one
        QTRY_VERIFY_WITH_TIMEOUT(page.lastSentSql() == page.statement() && !server->session()->isBusy(), 20000);
        verifyShowSql(&page, server.get());

        // \d measurements
        described.clear();
        page.describe(QStringLiteral("public.measurements"));
        QVERIFY(described.wait(20000));
        QCOMPARE(described.first().at(1).toBool(), true);
        InsightTable *d = page.describeTable();
        QStringList kinds;
        QStringList names;
        for (int r = 0; r < d->source()->rowCount(); ++r) {
            kinds << d->source()->rawValue(r, RolesPage::DKind).toString();
            names << d->source()->rawValue(r, RolesPage::DName).toString();
        }
        for (const char *n : {"id", "station", "reading", "note", "measurements_pkey", "measurements_station_id_key",
                              "measurements_reading_check"})
            QVERIFY2(names.contains(QLatin1String(n)), n);
        QVERIFY(kinds.contains(QStringLiteral("1")) && kinds.contains(QStringLiteral("2")) && kinds.contains(QStringLiteral("3")));
        // the statement that ran with $1, as the describe "Show SQL" shows it
        QTRY_VERIFY_WITH_TIMEOUT(!server->session()->isBusy(), 20000);
        QCOMPARE(m_server.psql(QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = %1").arg(server->session()->backendPid())),
                 Sql::describeTable());
        page.describe(QStringLiteral("no_such_table"));
        QVERIFY(described.wait(20000));
        QCOMPARE(described.last().at(1).toBool(), false);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("errorText"))->text().contains(QStringLiteral("no_such_table")));
    }

    void lockHeldAndWaitedOnShowsBothSides()
    {
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE TABLE contested (id int)"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        auto holder = connectAs();
        auto waiter = connectAs();
        auto monitor = connectAs();
        QVERIFY(holder && waiter && monitor);
        bool held = false;
        holder->session()->exec(QStringLiteral("BEGIN; LOCK TABLE contested IN ACCESS EXCLUSIVE MODE"), this,
                                [&](const PgReply &r) { held = r.ok(); });
        QTRY_VERIFY(held);
        bool waited = false;
        waiter->session()->exec(QStringLiteral("SELECT count(*) FROM contested"), this, [&](const PgReply &) { waited = true; });
        const int holderPid = holder->session()->backendPid();
        const int waiterPid = waiter->session()->backendPid();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted AND pid = %1").arg(waiterPid)),
                                  QStringLiteral("1"), 20000);

        LocksPage page({m_settings.get()});
        QAbstractItemModelTester tester(page.table()->source(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(&page, monitor.get()));
        InsightTable *t = page.table();
        int holding = -1, waiting = -1;
        for (int r = 0; r < t->source()->rowCount(); ++r) {
            const QVariantList &row = t->source()->rowValues(r);
            if (row.value(LocksPage::Relation).toString() != QLatin1String("contested"))
                continue;
            if (row.value(LocksPage::Pid).toInt() == holderPid && row.value(LocksPage::Granted).toBool())
                holding = r;
            if (row.value(LocksPage::Pid).toInt() == waiterPid && !row.value(LocksPage::Granted).toBool())
                waiting = r;
        }
        QVERIFY(holding >= 0 && waiting >= 0);
        // who blocks whom is LocksController's (tst_insightcontroller); here how the view shows it
        QCOMPARE(t->source()->index(holding, LocksPage::Blocks).data(Qt::BackgroundRole).value<QBrush>().color(),
                 QColor(0xff, 0xf4, 0xce));
        QCOMPARE(t->source()->index(waiting, LocksPage::Granted).data().toString(), QStringLiteral("waiting"));
        // waiting first
        QCOMPARE(t->source()->rawValue(t->sourceRow(t->model()->index(0, 0)), LocksPage::Granted).toBool(), false);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("hiddenNote"))->text().contains(QStringLiteral("waiting")));
        verifyShowSql(&page, monitor.get());

        // to the Activity page
        QSignalSpy wanted(&page, &LocksPage::showSessionRequested);
        const QModelIndex view = t->proxy()->mapFromSource(t->source()->index(waiting, LocksPage::Pid));
        t->setCurrentIndex(view);
        page.findChild<QPushButton *>(QStringLiteral("showSessionButton"))->click();
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.first().at(0).toInt(), waiterPid);

        holder->session()->exec(QStringLiteral("ROLLBACK"), this, [](const PgReply &) {});
        QTRY_VERIFY_WITH_TIMEOUT(waited, 20000);
    }

    void settingsShowPendingRestart()
    {
        bool ok = false;
        m_server.psql(QStringLiteral("ALTER SYSTEM SET max_connections = 150"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        QVERIFY(m_server.reloadConfig());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT pending_restart FROM pg_settings WHERE name = 'max_connections'")),
                                  QStringLiteral("t"), 20000);
        auto server = connectAs();
        QVERIFY(server);
        SettingsPage page({m_settings.get()});
        QAbstractItemModelTester tester(page.table()->source(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(&page, server.get()));
        InsightTable *t = page.table();
        const int max = findRow(t, SettingsPage::Name, QStringLiteral("max_connections"));
        QVERIFY(max >= 0);
        QCOMPARE(t->source()->rawValue(max, SettingsPage::PendingRestart).toBool(), true);
        QCOMPARE(t->source()->rawValue(max, SettingsPage::Value).toString(), QStringLiteral("100"));
        QCOMPARE(t->source()->rawValue(max, SettingsPage::Context).toString(), QStringLiteral("postmaster"));
        const int sb = findRow(t, SettingsPage::Name, QStringLiteral("shared_buffers"));
        QCOMPARE(t->source()->rawValue(sb, SettingsPage::Value).toString(), QStringLiteral("32MB"));
        QVERIFY(findRow(t, SettingsPage::Name, QStringLiteral("data_directory")) >= 0); // a superuser sees it
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("hiddenNote"))->text().contains(QStringLiteral("max_connections")));
        // the calculator with this server's numbers: 2 GB − 32 MB over 10 MB = 201
        page.findChild<QDoubleSpinBox *>(QStringLiteral("ramSpin"))->setValue(2.0);
        QVERIFY2(page.calculatorText().contains(QStringLiteral("<b>201</b>")), qPrintable(page.calculatorText()));
        QVERIFY(page.calculatorText().contains(QStringLiteral("max_connections = 100 fits")));
        verifyShowSql(&page, server.get());
        m_server.psql(QStringLiteral("ALTER SYSTEM RESET max_connections"), QStringLiteral("postgres"), &ok);
        QVERIFY(m_server.reloadConfig());
    }

    void replicationWithoutStandbysExplainsItself()
    {
        auto server = connectAs();
        QVERIFY(server);
        ReplicationPage page({m_settings.get()});
        QVERIFY(load(&page, server.get()));
        auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("pg_basebackup")));
        verifyShowSql(&page, server.get());
    }

    void ordinaryUserSeesWhatIsHidden()
    {
        auto server = connectAs(QStringLiteral("postgres"), QStringLiteral("student"), QStringLiteral("student-pw"));
        QVERIFY(server);
        m_server.psql(QStringLiteral("SELECT pg_sleep(0.01), 'superuser statement'"));
        {
            TopQueriesPage page({m_settings.get()});
            QVERIFY(load(&page, server.get()));
            auto *note = page.findChild<QLabel *>(QStringLiteral("hiddenNote"));
            QVERIFY(note->isVisible());
            QVERIFY2(note->text().contains(QStringLiteral("pg_read_all_stats")), qPrintable(note->text()));
        }
        {
            SettingsPage page({m_settings.get()});
            QVERIFY(load(&page, server.get()));
            QCOMPARE(findRow(page.table(), SettingsPage::Name, QStringLiteral("data_directory")), -1);
            auto *note = page.findChild<QLabel *>(QStringLiteral("hiddenNote"));
            QVERIFY(note->text().contains(QStringLiteral("data_directory")));
            QVERIFY(note->text().contains(QStringLiteral("pg_read_all_settings")));
        }
        {
            SizesPage page({m_settings.get()});
            QVERIFY(load(&page, server.get()));
            QVERIFY(!page.databasesTable()->source()->rawValue(findRow(page.databasesTable(), SizesPage::DbName,
                                                                       QStringLiteral("locked_out")),
                                                               SizesPage::DbSize)
                         .isValid());
            QVERIFY(page.findChild<QLabel *>(QStringLiteral("hiddenNote"))->text().contains(QStringLiteral("CONNECT")));
            // a database this user may not connect to: the tables say why, the page stays usable
            page.selectDatabase(QStringLiteral("locked_out"));
            QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel *>(QStringLiteral("hiddenNote"))->text().contains(QStringLiteral("permission denied")),
                                     20000);
            QVERIFY(page.findChild<QLabel *>(QStringLiteral("hiddenNote"))->text().contains(QStringLiteral("locked_out")));
            QCOMPARE(page.tablesTable()->source()->rowCount(), 0);
            page.selectDatabase(QStringLiteral("lab"));
            QTRY_VERIFY_WITH_TIMEOUT(findRow(page.tablesTable(), SizesPage::Name, QStringLiteral("lab_only")) >= 0, 20000);
            QVERIFY(!page.findChild<QLabel *>(QStringLiteral("hiddenNote"))->text().contains(QStringLiteral("permission denied")));
        }
        {
            LocksPage page({m_settings.get()});
            QVERIFY(load(&page, server.get()));
        }
    }

    void tableCopiesExportsAndRemembersColumns()
    {
        auto server = connectAs();
        QVERIFY(server);
        QTemporaryDir dir;
        QString csvPath = dir.filePath(QStringLiteral("settings.csv"));
        {
            SettingsPage page({m_settings.get()});
            QVERIFY(load(&page, server.get()));
            InsightTable *t = page.table();
            QString error;
            QVERIFY2(t->exportCsv(csvPath, &error), qPrintable(error));
            QFile f(csvPath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), t->model()->rowCount() + 1);
            QVERIFY(lines.first().startsWith(QStringLiteral("Setting,Value")));
            // a failed export says so and leaves no file behind
            QVERIFY(!t->exportCsv(dir.filePath(QStringLiteral("no/such/folder/x.csv")), &error));
            QVERIFY(!error.isEmpty());
            // the filter narrows every table; copy takes what is shown
            auto *filter = page.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
            QTest::keyClicks(filter, QStringLiteral("wal_"));
            QVERIFY(t->model()->rowCount() >= 2);
            const QString copied = t->selectionAsText();
            QVERIFY(copied.contains(QStringLiteral("wal_level")));
            QVERIFY(!copied.contains(QStringLiteral("work_mem")));
            t->setFocus();
            t->selectRow(0);
            QTest::keySequence(t, QKeySequence::Copy);
            QCOMPARE(QGuiApplication::clipboard()->text().count(QLatin1Char('\n')), 2); // the titles and the one row
            // move a column: the order is remembered
            t->horizontalHeader()->moveSection(t->horizontalHeader()->visualIndex(SettingsPage::Source), 0);
        }
        SettingsPage again({m_settings.get()});
        QVERIFY(load(&again, server.get()));
        QCOMPARE(again.table()->horizontalHeader()->logicalIndex(0), int(SettingsPage::Source));
        QVERIFY(again.table()->isColumnHidden(SettingsPage::Setting));
    }
};

QTEST_MAIN(TestInsightPages)
#include "tst_insightpages.moc"
