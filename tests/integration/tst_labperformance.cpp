// ctest-labels: pg lab
// Lab mode's performance scenarios (slow-query, cache-hit, too-many-connections) against a real
// server: the setup creates the problem (asserted on the server's own views: pg_stat_statements,
// pg_stat_database, pg_stat_activity), the check says "not solved" with its reason before the fix,
// the fix the student would make (the lab's add-index action, ALTER SYSTEM, Activity's terminate)
// solves it, a wrong fix is noticed, and the reset leaves nothing behind.
#include "activity/activitymodel.h"
#include "dashboard/dashboardalerts.h"
#include "doctor/connectiondoctor.h"
#include "insights/topqueriescontroller.h"
#include "keyedtablemodel.h"
#include "labdriver.h"
#include "monitoredserver.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>

#include <functional>
#include <memory>

using namespace Valvur;
using namespace Valvur::Test;

// Activity's rows of one application (its sessions to terminate).
static std::function<bool(const QVariantList &)> ofApp(const QString &app, int atMost = -1)
{
    auto taken = std::make_shared<int>(0);
    return [app, atMost, taken](const QVariantList &row) {
        return row.value(ActivityModel::FApplication).toString() == app && (atMost < 0 || (*taken)++ < atMost);
    };
}

class TestLabPerformance : public QObject
{
    Q_OBJECT
    TestServer m_server;

    QString lab(const QString &sql, bool *ok = nullptr) const { return m_server.psql(sql, QStringLiteral("valvur_lab"), ok); }

    // blks_hit and blks_read of the sandbox database, as the Dashboard reads them.
    QPair<qint64, qint64> blocks() const
    {
        const QStringList v = m_server.psql(QStringLiteral("SELECT blks_hit || ',' || blks_read FROM pg_stat_database "
                                                           "WHERE datname = 'valvur_lab'")).split(QLatin1Char(','));
        return {v.value(0).toLongLong(), v.value(1).toLongLong()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestServer::Options o;
        o.maxConnections = 20; // too-many-connections fills the server up quickly
        o.extraConfig << QStringLiteral("shared_buffers = 16MB"); // cache-hit's working set is twice that
        QVERIFY2(m_server.start(o), qPrintable(m_server.error()));
    }

    void scenariosParseWithTheirTextsAndActions()
    {
        QStringList problems;
        const QList<Lab::Scenario> all = Lab::scenarios(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QStringList ids = Lab::scenarioIds();
        for (const char *id : {"slow-query", "cache-hit", "too-many-connections"}) {
            Lab::Scenario s;
            QVERIFY2(Lab::findScenario(QLatin1String(id), &s), id);
            QVERIFY2(!s.goal.et.isEmpty() && !s.advice.et.isEmpty() && !s.solved.et.isEmpty() && !s.unsolved.et.isEmpty(), id);
            QVERIFY2(!s.hints.isEmpty() && s.hints.size() <= 3, id);
            for (const Lab::Hint &h : s.hints)
                QVERIFY2(!h.text.et.isEmpty() && !h.page.isEmpty() && !h.command.isEmpty(), id);
        }
        // The lab guide's order: slow-query, too-many-connections, cache-hit after the session ones.
        QVERIFY2(ids.indexOf(QLatin1String("slow-query")) < ids.indexOf(QLatin1String("too-many-connections"))
                     && ids.indexOf(QLatin1String("too-many-connections")) < ids.indexOf(QLatin1String("cache-hit")),
                 qPrintable(ids.join(QLatin1Char(','))));
        Lab::Scenario slow;
        QVERIFY(Lab::findScenario(QStringLiteral("slow-query"), &slow));
        QCOMPARE(slow.actions.size(), 1);
        QCOMPARE(slow.actions.first().id, QStringLiteral("add-index"));
        QVERIFY(!slow.actions.first().label.et.isEmpty());
        Lab::Scenario full;
        QVERIFY(Lab::findScenario(QStringLiteral("too-many-connections"), &full));
        QVERIFY(full.needsSuperuser);
    }

    void slowQueryIsFoundInTopQueriesAndFixedByTheIndex()
    {
        LabDriver driver(m_server);
        QString error;
        QVERIFY2(driver.start(QStringLiteral("slow-query"), &error), qPrintable(error));
        QCOMPARE(lab(QStringLiteral("SELECT count(*) FROM users")).toInt(), 300000);
        QCOMPARE(lab(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'users' AND indexdef LIKE '%(email)%'")).toInt(), 0);
        QCOMPARE(driver.sessions(QStringLiteral("shop-api")), 2);
        // Valvur's Top queries (in valvur_lab, where the setup created the extension) shows the
        // chapter's lookup at the top by total time, tens of milliseconds a call.
        auto monitor = connectMonitoring(m_server, QStringLiteral("postgres"), driver.password(), QStringLiteral("valvur_lab"));
        QVERIFY(monitor);
        auto queries = std::make_unique<TopQueriesController>();
        QVERIFY(firstData(*queries, monitor.get()));
        QVERIFY(queries->isAvailable());
        const QString lookup = QStringLiteral("SELECT * FROM users WHERE email = $1"); // as the application sends it
        const KeyedTableModel *top = queries->statements();
        const auto lookupRow = [&] {
            const int r = findRow(top, TopQueriesController::Query, lookup);
            return r >= 0 && top->rawValue(r, TopQueriesController::Calls).toLongLong() >= 10 ? r : -1;
        };
        const auto isTopByTotal = [&](int row) {
            for (int r = 0; r < top->rowCount(); ++r) {
                if (top->rawValue(r, TopQueriesController::Total).toDouble() > top->rawValue(row, TopQueriesController::Total).toDouble())
                    return false;
            }
            return row >= 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(isTopByTotal(lookupRow()), 60000);
        const double meanBefore = top->rawValue(lookupRow(), TopQueriesController::Mean).toDouble();
        QVERIFY2(meanBefore > 5, qPrintable(QString::number(meanBefore)));

        Lab::Verdict v = driver.check(QStringLiteral("slow-query"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.message.contains(QLatin1String("does not use a valid index on users (email)")), qPrintable(v.message));
        // In Estonian, the scenario's own text.
        const QLocale was;
        QLocale::setDefault(QLocale(QLocale::Estonian, QLocale::Estonia));
        v = driver.check(QStringLiteral("slow-query"));
        QLocale::setDefault(was);
        QVERIFY2(v.message.startsWith(QStringLiteral("Veel lahendamata: otsing e-posti järgi võtab")), qPrintable(v.message));

        // A wrong fix: an index on another column.
        lab(QStringLiteral("CREATE INDEX users_name_idx ON users (name)"));
        v = driver.check(QStringLiteral("slow-query"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("wrong-index")});
        QVERIFY2(v.traps.first().contains(QLatin1String("users_name_idx")), qPrintable(v.traps.first()));
        lab(QStringLiteral("DROP INDEX users_name_idx"));

        // A CREATE INDEX CONCURRENTLY that failed (here: a unique index over duplicates) leaves an
        // INVALID index under the action's name: the lab says so, and the action cannot help until it is dropped.
        bool ok = true;
        lab(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (left(email, 4))"), &ok);
        QVERIFY(!ok);
        v = driver.check(QStringLiteral("slow-query"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("invalid-index")});
        QVERIFY2(v.traps.first().startsWith(QLatin1String("The index users_email_idx is INVALID")), qPrintable(v.traps.first()));
        lab(QStringLiteral("DROP INDEX users_email_idx"));

        // The lab's action: CREATE INDEX CONCURRENTLY, alone on the control session.
        QString actionError = QStringLiteral("(no answer)");
        bool answered = false;
        driver.run()->runAction(QStringLiteral("add-index"), [&](const QString &e) {
            actionError = e;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 60000);
        QVERIFY2(actionError.isEmpty(), qPrintable(actionError));
        QCOMPARE(lab(QStringLiteral("SELECT indisvalid FROM pg_index WHERE indexrelid = 'users_email_idx'::regclass")), QStringLiteral("t"));

        // Watch the mean time fall: the counters reset on the page, the lookup comes back fast.
        const QDateTime resetBefore = queries->statsReset();
        queries->resetStatements();
        QTRY_VERIFY_WITH_TIMEOUT(queries->statsReset() > resetBefore && lookupRow() >= 0, 60000);
        const double meanAfter = top->rawValue(lookupRow(), TopQueriesController::Mean).toDouble();
        qInfo("Top queries, mean of the lookup: %.2f ms before the index, %.3f ms after", meanBefore, meanAfter);
        QVERIFY2(meanAfter * 10 < meanBefore, qPrintable(QStringLiteral("%1 ms → %2 ms").arg(meanBefore).arg(meanAfter)));
        queries.reset();
        monitor.reset();

        v = driver.check(QStringLiteral("slow-query"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
        QVERIFY2(v.traps.isEmpty(), qPrintable(v.traps.join(QLatin1Char('\n'))));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("uses the index users_email_idx\\. Its mean time fell from "
                                                                            "([0-9.]+) ms to ([0-9.]+) ms")).match(v.message);
        QVERIFY2(m.hasMatch(), qPrintable(v.message));
        QVERIFY2(m.captured(1).toDouble() > 10 * m.captured(2).toDouble(), qPrintable(v.message));
        qInfo("%s", qPrintable(v.message));

        // Emptying the table is no fix, even with the index.
        lab(QStringLiteral("TRUNCATE users"));
        v = driver.check(QStringLiteral("slow-query"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.trapIds.contains(QStringLiteral("data-gone")), qPrintable(v.trapIds.join(QLatin1Char(','))));
        QVERIFY2(v.traps.join(QLatin1Char('\n')).contains(QLatin1String("has 0 rows, the shop had 300000")), qPrintable(v.traps.join(QLatin1Char('\n'))));

        QCOMPARE(driver.reset(), QString());
        QCOMPARE(driver.leftovers(), QStringList());
    }

    void cacheHitFallsUnderTheAlertAndSharedBuffersFixesIt()
    {
        // The student's ALTER SYSTEM outlives the lab; this server goes back to its own value.
        const auto restore = qScopeGuard([this] { m_server.psql(QStringLiteral("ALTER SYSTEM RESET shared_buffers")); });
        LabDriver driver(m_server);
        QString error;
        QVERIFY2(driver.start(QStringLiteral("cache-hit"), &error), qPrintable(error));
        const qint64 sharedBuffers = m_server.psql(QStringLiteral("SELECT pg_size_bytes(current_setting('shared_buffers'))")).toLongLong();
        QCOMPARE(sharedBuffers, 16LL * 1024 * 1024);
        const qint64 workingSet = lab(QStringLiteral("SELECT pg_total_relation_size('products')")).toLongLong();
        QVERIFY2(workingSet >= 2 * sharedBuffers, qPrintable(QString::number(workingSet)));
        QCOMPARE(driver.sessions(QStringLiteral("shop-catalog")), 2);

        // While the load runs, the hit ratio of valvur_lab (from the counters' deltas, as the
        // Dashboard computes it) stays under the Dashboard's alert threshold.
        // After a warm-up (the first reads of any load miss), in a window of 3000 block reads.
        const auto blocksSince = [this](const QPair<qint64, qint64> &from, QPair<qint64, qint64> *now) {
            *now = blocks();
            return (now->first - from.first) + (now->second - from.second);
        };
        const QPair<qint64, qint64> start = blocks();
        QPair<qint64, qint64> before;
        QTRY_VERIFY_WITH_TIMEOUT(blocksSince(start, &before) >= 3000, 30000);
        QPair<qint64, qint64> after;
        QTRY_VERIFY_WITH_TIMEOUT(blocksSince(before, &after) >= 3000, 30000);
        const double hit = after.first - before.first;
        const double read = after.second - before.second;
        const double percent = 100.0 * hit / (hit + read);
        const double threshold = DashboardAlerts::Thresholds().cacheHitPercent;
        qInfo("valvur_lab hit ratio under load: %.1f %% (%lld blocks)", percent, qint64(hit + read));
        QVERIFY2(percent < threshold, qPrintable(QStringLiteral("%1 % (threshold %2 %)").arg(percent).arg(threshold)));

        Lab::Verdict v = driver.check(QStringLiteral("cache-hit"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        qInfo("%s", qPrintable(v.message));
        QVERIFY2(v.message.contains(QLatin1String("but shared_buffers is 16 MB (running: 16 MB)")), qPrintable(v.message));

        // The student's fix: ALTER SYSTEM (the Settings page is read-only). No restart: the
        // check reads what the next start will use.
        m_server.psql(QStringLiteral("ALTER SYSTEM SET shared_buffers = '128MB'"));
        v = driver.check(QStringLiteral("cache-hit"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
        QVERIFY2(v.message.contains(QLatin1String("shared_buffers is set to 128 MB")) && v.message.contains(QLatin1String("runs with 16 MB now"))
                     && v.message.contains(QLatin1String("ALTER SYSTEM RESET shared_buffers")),
                 qPrintable(v.message));
        QVERIFY2(v.traps.isEmpty(), qPrintable(v.traps.join(QLatin1Char('\n'))));

        // Deleting the data would make it fit too: a trap that keeps it unsolved.
        lab(QStringLiteral("DELETE FROM products WHERE id > 100"));
        v = driver.check(QStringLiteral("cache-hit"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("data-deleted")});

        QCOMPARE(driver.reset(), QString());
        QCOMPARE(driver.leftovers(), QStringList());
        // The reset leaves the student's ALTER SYSTEM alone (the advice says so).
        QCOMPARE(m_server.psql(QStringLiteral("SELECT setting FROM pg_file_settings WHERE name = 'shared_buffers' "
                                              "ORDER BY seqno DESC LIMIT 1")),
                 QStringLiteral("128MB"));
    }

    void tooManyConnectionsIsFixedByTerminatingTheWorker()
    {
        LabDriver driver(m_server);
        QString error;
        QVERIFY2(driver.start(QStringLiteral("too-many-connections"), &error), qPrintable(error));
        // Every slot a non-superuser may take is used; the reserved ones are free.
        const QString inUse = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' "
                                             "AND pid <> pg_backend_pid()");
        const int max = m_server.psql(QStringLiteral("SHOW max_connections")).toInt();
        const int reserved = m_server.psql(QStringLiteral("SHOW superuser_reserved_connections")).toInt();
        QCOMPARE(m_server.psql(inUse).toInt(), max - reserved);
        const int workers = driver.sessions(QStringLiteral("shop-worker"));
        QVERIFY2(workers >= 5, qPrintable(QString::number(workers)));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'valvur_lab_worker'")).toInt(), workers);
        QCOMPARE(driver.sessions(QStringLiteral("shop-web")), 2);

        // What the hint says: the doctor, in through a reserved slot, names too-many-connections.
        {
            ConnectionDoctor doctor;
            doctor.setContainerCheckEnabled(false);
            QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
            doctor.start(driver.options(), driver.password());
            QVERIFY(finished.wait(30000));
            QCOMPARE(doctor.problem(), QStringLiteral("too-many-connections"));
        }

        Lab::Verdict v = driver.check(QStringLiteral("too-many-connections"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        qInfo("%s", qPrintable(v.message));
        QVERIFY2(v.message.contains(QStringLiteral("%1 sessions of shop-worker (role valvur_lab_worker) are still connected").arg(workers))
                     && v.message.contains(QLatin1String("0 are free for applications")),
                 qPrintable(v.message));

        // A few slots freed is no fix while the worker keeps its sessions.
        QCOMPARE(driver.signal(ActivityController::Action::Terminate, ofApp(QStringLiteral("shop-worker"), 3)).size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(driver.sessions(QStringLiteral("shop-worker")), workers - 3, 10000);
        v = driver.check(QStringLiteral("too-many-connections"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QVERIFY2(v.message.contains(QStringLiteral("%1 sessions of shop-worker").arg(workers - 3))
                     && !v.message.contains(QLatin1String(" 0 are free")),
                 qPrintable(v.message));

        const QList<SignalOutcome> outcomes = driver.signal(ActivityController::Action::Terminate, ofApp(QStringLiteral("shop-worker")));
        QCOMPARE(outcomes.size(), workers - 3);
        for (const SignalOutcome &o : outcomes)
            QCOMPARE(int(o.result), int(SignalOutcome::Done));
        QTRY_COMPARE_WITH_TIMEOUT(driver.sessions(QStringLiteral("shop-worker")), 0, 10000);

        // The worker gone but the server full again (someone else took the slots): not solved either.
        {
            QList<PGconn *> others;
            const auto close = qScopeGuard([&others] {
                for (PGconn *c : std::as_const(others))
                    PQfinish(c);
            });
            const QByteArray conninfo = m_server.socketConninfo().toUtf8() + " application_name=other-app";
            const int freeSlots = max - reserved - m_server.psql(inUse).toInt();
            QVERIFY(freeSlots > 0);
            for (int i = 0; i < freeSlots; ++i) {
                others << PQconnectdb(conninfo.constData());
                QCOMPARE(PQstatus(others.last()), CONNECTION_OK);
            }
            v = driver.check(QStringLiteral("too-many-connections"));
            QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
            QVERIFY2(v.message.contains(QLatin1String("0 sessions of shop-worker")) && v.message.contains(QLatin1String("0 are free")),
                     qPrintable(v.message));
        }
        QTRY_COMPARE_WITH_TIMEOUT(driver.sessions(QStringLiteral("other-app")), 0, 10000);

        v = driver.check(QStringLiteral("too-many-connections"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
        QVERIFY2(v.message.contains(QStringLiteral("the %1 sessions of shop-worker are gone").arg(workers)), qPrintable(v.message));
        QVERIFY2(v.traps.isEmpty(), qPrintable(v.traps.join(QLatin1Char('\n'))));

        QCOMPARE(driver.reset(), QString());
        QCOMPARE(driver.leftovers(), QStringList());
    }

    void tooManyConnectionsRaisingTheLimitOrKillingEveryoneAreTraps()
    {
        const auto restore = qScopeGuard([this] {
            m_server.psql(QStringLiteral("ALTER SYSTEM RESET max_connections"));
            m_server.reloadConfig();
        });
        LabDriver driver(m_server);
        QString error;
        QVERIFY2(driver.start(QStringLiteral("too-many-connections"), &error), qPrintable(error));
        m_server.psql(QStringLiteral("ALTER SYSTEM SET max_connections = 200"));
        QVERIFY(m_server.reloadConfig());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT pending_restart FROM pg_settings WHERE name = 'max_connections'")),
                                  QStringLiteral("t"), 10000);
        Lab::Verdict v = driver.check(QStringLiteral("too-many-connections"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("unsolved"));
        QCOMPARE(v.trapIds, QStringList{QStringLiteral("max-connections-raised")});

        const QList<SignalOutcome> outcomes = driver.signal(ActivityController::Action::Terminate, [](const QVariantList &row) {
            return row.value(ActivityModel::FApplication).toString().startsWith(QLatin1String("shop-"));
        });
        QVERIFY(outcomes.size() > 2);
        QTRY_COMPARE_WITH_TIMEOUT(driver.sessions(QStringLiteral("shop-web")), 0, 10000);
        v = driver.check(QStringLiteral("too-many-connections"));
        QCOMPARE(Lab::Verdict::stateId(v.state), QStringLiteral("solved"));
        QCOMPARE(v.trapIds, (QStringList{QStringLiteral("max-connections-raised"), QStringLiteral("innocent-killed")}));
        QVERIFY2(v.traps.last().contains(QLatin1String("2 session(s) of other applications")), qPrintable(v.traps.last()));

        QCOMPARE(driver.reset(), QString());
        QCOMPARE(driver.leftovers(), QStringList());
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestLabPerformance)
#include "tst_labperformance.moc"
