// The Activity page's widgets against a real server (offscreen): filters, sort, the remembered
// column choice, the actions' state, the confirmation's contents and the per-pid result.
#include "activity/activityfiltermodel.h"
#include "activity/activitymodel.h"
#include "pages/activitypage.h"
#include "activity/blockingtreemodel.h"
#include "pg/pgsession.h"
#include "pg/serverconnection.h"
#include "dialogs/signalconfirmdialog.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Valvur;

class TestActivityPage : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<PgSession> m_sleeper;
    std::unique_ptr<PgSession> m_idle;
    std::unique_ptr<PgSession> m_leak;

    ConnectionOptions options(const QString &extra = {}) const
    {
        ConnectionOptions o;
        ConnectionOptions::parse(m_server.conninfo() + QLatin1Char(' ') + extra, &o, nullptr);
        return o;
    }

    std::unique_ptr<PgSession> client(const QString &name, const QString &db = QStringLiteral("postgres"))
    {
        auto s = std::make_unique<PgSession>();
        QSignalSpy ok(s.get(), &PgSession::connected);
        ConnectionOptions o = options(QStringLiteral("application_name=%1").arg(name));
        o.setValue(QStringLiteral("dbname"), db);
        s->open(o, m_server.superuserPassword());
        if (!ok.wait(20000))
            return nullptr;
        return s;
    }

    static int proxyRowOfPid(QAbstractItemModel *proxy, int pid)
    {
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, ActivityModel::Pid).data(Qt::UserRole).toInt() == pid)
                return r;
        }
        return -1;
    }

    static QSet<QString> column(QAbstractItemModel *proxy, int c)
    {
        QSet<QString> s;
        for (int r = 0; r < proxy->rowCount(); ++r)
            s.insert(proxy->index(r, c).data(Qt::UserRole).toString());
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_server.psql(QStringLiteral("CREATE DATABASE lab"));
        m_connection = std::make_unique<ServerConnection>(options());
        QSignalSpy ok(m_connection.get(), &ServerConnection::connected);
        m_connection->open(m_server.superuserPassword());
        QVERIFY(ok.wait(20000));
        m_sleeper = client(QStringLiteral("lab-runaway"), QStringLiteral("lab"));
        m_idle = client(QStringLiteral("lab-idle"));
        m_leak = client(QStringLiteral("lab-leak"), QStringLiteral("lab"));
        QVERIFY(m_sleeper && m_idle && m_leak);
        m_sleeper->exec(QStringLiteral("SELECT pg_sleep(600) /* runaway */"), this, [](const PgReply &) {});
        bool begun = false;
        m_leak->exec(QStringLiteral("BEGIN; SELECT 'leak'"), this, [&](const PgReply &) { begun = true; });
        QTRY_VERIFY_WITH_TIMEOUT(begun, 10000);
    }

    void filtersAndSort()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("activity-filters"));
        settings.clear();
        ActivityPage page(PageContext{&settings});
        page.resize(1200, 700);
        page.show();
        auto *proxy = page.filterModel();
        QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&page, &Page::dataReady);
        page.setServer(m_connection.get());
        page.setActive(true);
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(proxyRowOfPid(proxy, m_leak->backendPid()) >= 0, 10000);
        QVERIFY(proxyRowOfPid(proxy, m_idle->backendPid()) >= 0);
        QVERIFY(proxyRowOfPid(proxy, m_sleeper->backendPid()) >= 0);
        // own session and background processes are hidden by default
        QCOMPARE(proxyRowOfPid(proxy, m_connection->session()->backendPid()), -1);
        QVERIFY(!column(proxy, ActivityModel::BackendType).contains(QStringLiteral("checkpointer")));
        page.findChild<QCheckBox *>(QStringLiteral("showOwn"))->click();
        QTRY_VERIFY(proxyRowOfPid(proxy, m_connection->session()->backendPid()) >= 0);
        page.findChild<QCheckBox *>(QStringLiteral("showOwn"))->click();
        page.findChild<QCheckBox *>(QStringLiteral("showBackground"))->click();
        QTRY_VERIFY(column(proxy, ActivityModel::BackendType).contains(QStringLiteral("checkpointer")));
        page.findChild<QCheckBox *>(QStringLiteral("showBackground"))->click();

        // hide idle
        page.findChild<QCheckBox *>(QStringLiteral("hideIdle"))->click();
        QCOMPARE(proxyRowOfPid(proxy, m_idle->backendPid()), -1);
        QVERIFY(proxyRowOfPid(proxy, m_leak->backendPid()) >= 0); // idle in transaction is not idle
        page.findChild<QCheckBox *>(QStringLiteral("hideIdle"))->click();
        QVERIFY(proxyRowOfPid(proxy, m_idle->backendPid()) >= 0);

        // database filter (choices come from the sessions)
        auto *db = page.findChild<QComboBox *>(QStringLiteral("databaseFilter"));
        QTRY_VERIFY(db->findData(QStringLiteral("lab")) > 0);
        db->setCurrentIndex(db->findData(QStringLiteral("lab")));
        QCOMPARE(column(proxy, ActivityModel::Database), QSet<QString>{QStringLiteral("lab")});
        db->setCurrentIndex(0);
        // state filter
        auto *state = page.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        QTRY_VERIFY(state->findData(QStringLiteral("idle in transaction")) > 0);
        state->setCurrentIndex(state->findData(QStringLiteral("idle in transaction")));
        QCOMPARE(column(proxy, ActivityModel::State), QSet<QString>{QStringLiteral("idle in transaction")});
        state->setCurrentIndex(0);
        // application filter
        auto *app = page.findChild<QComboBox *>(QStringLiteral("applicationFilter"));
        QTRY_VERIFY(app->findData(QStringLiteral("lab-idle")) > 0);
        app->setCurrentIndex(app->findData(QStringLiteral("lab-idle")));
        QCOMPARE(proxy->rowCount(), 1);
        app->setCurrentIndex(0);
        // free text over the query
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("RUNAWAY"));
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, ActivityModel::Pid).data(Qt::UserRole).toInt(), m_sleeper->backendPid());
        search->clear();
        QVERIFY(proxy->rowCount() >= 3);

        // sort by pid, descending, by clicking the header twice
        auto *table = page.findChild<QTableView *>(QStringLiteral("activityTable"));
        table->sortByColumn(ActivityModel::Pid, Qt::DescendingOrder);
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r - 1, ActivityModel::Pid).data(Qt::UserRole).toInt() > proxy->index(r, ActivityModel::Pid).data(Qt::UserRole).toInt());
        // sort by "in this state": the longest-waiting first when descending
        table->sortByColumn(ActivityModel::StateDuration, Qt::DescendingOrder);
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r - 1, ActivityModel::StateDuration).data(Qt::UserRole).toDouble()
                    >= proxy->index(r, ActivityModel::StateDuration).data(Qt::UserRole).toDouble());

        // the column choice is remembered
        table->setColumnHidden(ActivityModel::Application, true);
        table->horizontalHeader()->sectionResized(0, 10, 20); // what a user's drag emits: the page saves
        QVERIFY(!settings.value(QStringLiteral("activity/header")).toByteArray().isEmpty());
        ActivityPage again(PageContext{&settings});
        QVERIFY(again.findChild<QTableView *>(QStringLiteral("activityTable"))->isColumnHidden(ActivityModel::Application));
        QCOMPARE(again.findChild<QTableView *>(QStringLiteral("activityTable"))->horizontalHeader()->sortIndicatorSection(),
                 int(ActivityModel::StateDuration));
    }

    void selectionAndDetailSurviveRefreshes()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("activity-survive"));
        settings.clear();
        ActivityPage page(PageContext{&settings});
        page.resize(1200, 700);
        page.show();
        QSignalSpy ready(&page, &Page::dataReady);
        page.setServer(m_connection.get());
        page.setActive(true);
        QVERIFY(ready.wait(20000));
        auto *proxy = page.filterModel();
        auto *table = page.findChild<QTableView *>(QStringLiteral("activityTable"));
        auto *detail = page.findChild<QPlainTextEdit *>(QStringLiteral("queryDetail"));
        auto busy = client(QStringLiteral("lab-busy"));
        QVERIFY(busy);
        QTRY_VERIFY_WITH_TIMEOUT(proxyRowOfPid(proxy, m_idle->backendPid()) >= 0 && proxyRowOfPid(proxy, busy->backendPid()) >= 0, 10000);
        table->selectRow(proxyRowOfPid(proxy, m_sleeper->backendPid()));
        detail->selectAll(); // the user's text selection in the detail pane
        const QString shown = detail->toPlainText();
        QCOMPARE(shown, QStringLiteral("SELECT pg_sleep(600) /* runaway */"));
        QSignalSpy reset(proxy, &QAbstractItemModel::modelReset);
        QSignalSpy changed(page.controller()->model(), &QAbstractItemModel::dataChanged);
        // another session changes and one comes and goes: the table updates by diff
        bool ran = false;
        busy->exec(QStringLiteral("SELECT 'changed'"), this, [&](const PgReply &) { ran = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ran, 10000);
        auto passer = client(QStringLiteral("lab-passer"));
        QVERIFY(passer);
        const int passerPid = passer->backendPid();
        QTRY_VERIFY_WITH_TIMEOUT(proxyRowOfPid(proxy, passerPid) >= 0, 10000);
        passer.reset();
        QTRY_VERIFY_WITH_TIMEOUT(proxyRowOfPid(proxy, passerPid) < 0, 10000);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(reset.count(), 0);
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(Qt::UserRole).toInt(), m_sleeper->backendPid());
        QCOMPARE(detail->toPlainText(), shown);
        QVERIFY(detail->textCursor().hasSelection());
        // pause: nothing comes in
        page.findChild<QAction *>(QStringLiteral("pauseAction"))->trigger();
        QSignalSpy refreshed(page.controller(), &ActivityController::refreshed);
        QVERIFY(!refreshed.wait(2500));
        page.findChild<QAction *>(QStringLiteral("pauseAction"))->trigger();
        QVERIFY(refreshed.wait(5000));
    }

    void blockingTreeRootCanBeActedOn()
    {
        m_server.psql(QStringLiteral("CREATE TABLE IF NOT EXISTS chain (id int PRIMARY KEY, v int); INSERT INTO chain VALUES (1, 0) ON CONFLICT DO NOTHING"));
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("activity-tree"));
        settings.clear();
        ActivityPage page(PageContext{&settings});
        page.resize(1200, 700);
        page.show();
        QSignalSpy ready(&page, &Page::dataReady);
        page.setServer(m_connection.get());
        page.setActive(true);
        QVERIFY(ready.wait(20000));
        auto holder = client(QStringLiteral("lab-holder"));
        auto waiter = client(QStringLiteral("lab-waiter"));
        QVERIFY(holder && waiter);
        bool held = false;
        holder->exec(QStringLiteral("BEGIN; UPDATE chain SET v = v + 1 WHERE id = 1"), this, [&](const PgReply &) { held = true; });
        QTRY_VERIFY_WITH_TIMEOUT(held, 10000);
        waiter->exec(QStringLiteral("UPDATE chain SET v = v + 1 WHERE id = 1"), this, [](const PgReply &) {});
        auto *tree = page.findChild<QTreeView *>(QStringLiteral("blockingTree"));
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() == 1 && tree->model()->rowCount(tree->model()->index(0, 0)) == 1, 15000);
        QCOMPARE(tree->model()->index(0, 0).data(BlockingTreeModel::PidRole).toInt(), holder->backendPid());
        tree->selectionModel()->select(tree->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QList<SignalTarget> targets = page.selectedTargets();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().pid, holder->backendPid());
        QVERIFY(page.findChild<QAction *>(QStringLiteral("terminateSessionAction"))->isEnabled());
        SignalConfirmDialog *dialog = page.requestSignal(ActivityController::Action::Terminate);
        QVERIFY(dialog);
        QVERIFY(dialog->targetLines().first().startsWith(QString::number(holder->backendPid()) + QLatin1Char('\t')));
        QSignalSpy finished(page.controller(), &ActivityController::signalFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY(finished.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), 0, 15000); // the chain is released
    }

    void actionsConfirmAndReport()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("activity-actions"));
        settings.clear();
        ActivityPage page(PageContext{&settings});
        page.resize(1200, 700);
        page.show();
        QSignalSpy ready(&page, &Page::dataReady);
        page.setServer(m_connection.get());
        page.setActive(true);
        QVERIFY(ready.wait(20000));
        auto *proxy = page.filterModel();
        auto *table = page.findChild<QTableView *>(QStringLiteral("activityTable"));
        auto *cancel = page.findChild<QAction *>(QStringLiteral("cancelQueryAction"));
        auto *terminate = page.findChild<QAction *>(QStringLiteral("terminateSessionAction"));
        // nothing selected: disabled, and the tooltip says why
        table->clearSelection();
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!terminate->isEnabled());
        QVERIFY(terminate->toolTip().contains(QStringLiteral("Select")));
        QVERIFY(cancel->text() != terminate->text());
        QVERIFY(cancel->icon().cacheKey() != terminate->icon().cacheKey());

        // select the runaway query and open the confirmation
        QTRY_VERIFY_WITH_TIMEOUT(proxyRowOfPid(proxy, m_sleeper->backendPid()) >= 0, 10000);
        table->selectRow(proxyRowOfPid(proxy, m_sleeper->backendPid()));
        QVERIFY(cancel->isEnabled());
        // the detail pane shows the full query
        QCOMPARE(page.findChild<QPlainTextEdit *>(QStringLiteral("queryDetail"))->toPlainText(),
                 QStringLiteral("SELECT pg_sleep(600) /* runaway */"));
        SignalConfirmDialog *dialog = page.requestSignal(ActivityController::Action::Cancel);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->needsTyping());
        QCOMPARE(dialog->targetLines().size(), 1);
        QCOMPARE(dialog->targetLines().first(), QStringLiteral("%1\tpostgres\tlab\tSELECT pg_sleep(600) /* runaway */").arg(m_sleeper->backendPid()));
        QVERIFY(dialog->explanation().contains(QStringLiteral("pg_cancel_backend")));
        QVERIFY(dialog->explanation().contains(QStringLiteral("stays connected")));
        QSignalSpy finished(page.controller(), &ActivityController::signalFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        QVERIFY(finished.wait(20000));
        auto *result = page.findChild<QLabel *>(QStringLiteral("signalResult"));
        QVERIFY(result->isVisible());
        QCOMPARE(result->text(), QStringLiteral("PID %1: the query was cancelled.").arg(m_sleeper->backendPid()));

        // several rows at once, one of them Valvur's own: the own one is left out of the list
        page.findChild<QCheckBox *>(QStringLiteral("showOwn"))->click();
        QTRY_VERIFY(proxyRowOfPid(proxy, m_connection->session()->backendPid()) >= 0);
        table->clearSelection();
        table->setSelectionMode(QAbstractItemView::MultiSelection);
        table->selectRow(proxyRowOfPid(proxy, m_connection->session()->backendPid()));
        QVERIFY(!terminate->isEnabled()); // only our own selected
        QVERIFY(terminate->toolTip().contains(QStringLiteral("own")));
        table->selectRow(proxyRowOfPid(proxy, m_idle->backendPid()));
        table->selectRow(proxyRowOfPid(proxy, m_leak->backendPid()));
        QVERIFY(terminate->isEnabled());

        // (pids noted now: a terminated PgSession forgets its backend pid)
        const int leakPid = m_leak->backendPid();
        const int idlePid = m_idle->backendPid();
        // a production server asks for the database name
        m_connection->setEnvironment(ServerConnection::Environment::Production);
        SignalConfirmDialog *prod = page.requestSignal(ActivityController::Action::Terminate);
        m_connection->setEnvironment(ServerConnection::Environment::Unknown);
        QVERIFY(prod);
        QCOMPARE(prod->targetLines().size(), 2);
        QVERIFY(prod->explanation().contains(QStringLiteral("pg_terminate_backend")));
        QVERIFY(prod->needsTyping());
        auto *ok = prod->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(prod->findChild<QLineEdit *>(QStringLiteral("confirmDatabase")), QStringLiteral("postgres"));
        QVERIFY(ok->isEnabled()); // the two targets are in different databases: the connection's database
        finished.clear();
        ok->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(result->text(), QStringLiteral("PID %1: the session was terminated.\nPID %2: the session was terminated.")
                                     .arg(qMin(idlePid, leakPid))
                                     .arg(qMax(idlePid, leakPid)));
        QTRY_VERIFY_WITH_TIMEOUT(proxyRowOfPid(proxy, leakPid) < 0 && proxyRowOfPid(proxy, idlePid) < 0, 10000);

        // copy as CSV: a header line and quoted fields
        table->clearSelection();
        page.findChild<QAction *>(QStringLiteral("copyCsvAction"))->trigger();
        const QString csv = QApplication::clipboard()->text();
        QVERIFY2(csv.startsWith(QStringLiteral("PID,Database,User")), qPrintable(csv.left(200)));
    }
};

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
