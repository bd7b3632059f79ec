// The Activity page's controller against a real server: refresh by diff, the blocking tree,
// cancel and terminate guarded against reused pids, Valvur's own session and missing rights.
#include "activity/activitycontroller.h"
#include "activity/activitymodel.h"
#include "monitoring/activitysql.h"
#include "activity/blockingtreemodel.h"
#include "pg/pgsession.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Valvur;

class TestActivity : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;

    ConnectionOptions options(const QString &user = QStringLiteral("postgres"), const QString &extra = {}) const
    {
        ConnectionOptions o;
        QString error;
        ConnectionOptions::parse(m_server.conninfo(QStringLiteral("postgres"), user) + QLatin1Char(' ') + extra, &o, &error);
        return o;
    }

    QString password(const QString &user) const
    {
        return user == QLatin1String("postgres") ? m_server.superuserPassword() : user + QStringLiteral("-pw");
    }

    // A client session of someone else (not Valvur's monitoring session).
    std::unique_ptr<PgSession> client(const QString &name, const QString &user = QStringLiteral("postgres"))
    {
        auto s = std::make_unique<PgSession>();
        QSignalSpy ok(s.get(), &PgSession::connected);
        s->open(options(user, QStringLiteral("application_name=%1").arg(name)), password(user));
        if (!ok.wait(20000))
            return nullptr;
        return s;
    }

    PgReply run(PgSession &s, const QString &sql, const QVariantList &params = {})
    {
        PgReply result;
        bool done = false;
        s.exec(sql, params, this, [&](const PgReply &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.error = PgError(PgError::Kind::Timeout, QStringLiteral("test: no reply within 20 s"));
        return result;
    }

    std::unique_ptr<ServerConnection> monitor(const QString &user = QStringLiteral("postgres"))
    {
        auto server = std::make_unique<ServerConnection>(options(user));
        QSignalSpy ok(server.get(), &ServerConnection::connected);
        server->open(password(user));
        if (!ok.wait(20000))
            return nullptr;
        return server;
    }

    static int rowOfPid(ActivityModel *model, int pid)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->rowValues(r).at(ActivityModel::FPid).toInt() == pid)
                return r;
        }
        return -1;
    }

    static SignalTarget target(ActivityModel *model, int pid)
    {
        const int row = rowOfPid(model, pid);
        return row < 0 ? SignalTarget() : SignalTarget::fromRow(model->rowValues(row));
    }

    QList<SignalOutcome> act(ActivityController &c, ActivityController::Action action, const QList<SignalTarget> &targets)
    {
        QSignalSpy done(&c, &ActivityController::signalFinished);
        c.signalSessions(action, targets);
        if (!done.wait(20000))
            return {};
        return done.first().at(1).value<QList<SignalOutcome>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<Valvur::SignalOutcome>>();
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_server.psql(QStringLiteral("CREATE ROLE student LOGIN PASSWORD 'student-pw'; "
                                     "CREATE ROLE other LOGIN PASSWORD 'other-pw'; "
                                     "CREATE TABLE chain (id int PRIMARY KEY, v int); INSERT INTO chain VALUES (1, 0); "
                                     "GRANT ALL ON chain TO student, other"));
    }

    void cancelStopsTheQueryAndKeepsTheSession()
    {
        auto server = monitor();
        QVERIFY(server);
        ActivityController c;
        QAbstractItemModelTester tester(c.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setServer(server.get());
        c.setActive(true);
        auto sleeper = client(QStringLiteral("lab-sleeper"));
        QVERIFY(sleeper);
        PgReply sleepReply;
        bool sleepDone = false;
        sleeper->exec(QStringLiteral("SELECT pg_sleep(60)"), this, [&](const PgReply &r) {
            sleepReply = r;
            sleepDone = true;
        });
        const int pid = sleeper->backendPid();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), pid) >= 0
                                     && c.model()->rowValues(rowOfPid(c.model(), pid)).at(ActivityModel::FState).toString() == QLatin1String("active"),
                                 15000);
        const QList<SignalOutcome> out = act(c, ActivityController::Action::Cancel, {target(c.model(), pid)});
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().pid, pid);
        QCOMPARE(out.first().result, SignalOutcome::Done);
        QTRY_VERIFY_WITH_TIMEOUT(sleepDone, 15000);
        QCOMPARE(sleepReply.error.sqlState(), QStringLiteral("57014"));
        // the connection survives the cancel
        const PgReply again = run(*sleeper, QStringLiteral("SELECT 1"));
        QVERIFY2(again.ok(), qPrintable(again.error.message()));
        QCOMPARE(again.first().value(0, 0).toInt(), 1);
        QCOMPARE(sleeper->backendPid(), pid);
    }

    void productionReadOnlySessionCanStillCancel()
    {
        // A production server's monitoring session is read-only (default_transaction_read_only):
        // signalling a backend is not a write, so cancel and terminate still work.
        auto server = std::make_unique<ServerConnection>(options());
        server->setEnvironment(ServerConnection::Environment::Production);
        QSignalSpy ok(server.get(), &ServerConnection::connected);
        server->open(m_server.superuserPassword());
        QVERIFY(ok.wait(20000));
        QCOMPARE(run(*server->session(), QStringLiteral("SHOW default_transaction_read_only")).first().value(0, 0).toString(),
                 QStringLiteral("on"));
        ActivityController c;
        c.setServer(server.get());
        c.setActive(true);
        auto sleeper = client(QStringLiteral("prod-sleeper"));
        QVERIFY(sleeper);
        bool done = false;
        PgReply reply;
        sleeper->exec(QStringLiteral("SELECT pg_sleep(60)"), this, [&](const PgReply &r) {
            reply = r;
            done = true;
        });
        const int pid = sleeper->backendPid();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), pid) >= 0
                                     && c.model()->rowValues(rowOfPid(c.model(), pid)).at(ActivityModel::FState).toString() == QLatin1String("active"),
                                 15000);
        QCOMPARE(act(c, ActivityController::Action::Cancel, {target(c.model(), pid)}).value(0).result, SignalOutcome::Done);
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(reply.error.sqlState(), QStringLiteral("57014"));
    }

    void terminateRemovesTheIdleInTransactionSession()
    {
        auto server = monitor();
        QVERIFY(server);
        ActivityController c;
        QAbstractItemModelTester tester(c.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setServer(server.get());
        c.setActive(true);
        auto leak = client(QStringLiteral("lab-leak"));
        QVERIFY(leak);
        QVERIFY(run(*leak, QStringLiteral("BEGIN; SELECT 1")).ok());
        const int pid = leak->backendPid();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), pid) >= 0
                                     && c.model()->rowValues(rowOfPid(c.model(), pid)).at(ActivityModel::FState).toString()
                                            == QLatin1String("idle in transaction"),
                                 15000);
        QSignalSpy removed(c.model(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(c.model(), &QAbstractItemModel::modelReset);
        const QList<SignalOutcome> out = act(c, ActivityController::Action::Terminate, {target(c.model(), pid)});
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.first().result, SignalOutcome::Done);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), pid) < 0, 15000);
        QVERIFY(removed.count() >= 1);
        QCOMPARE(reset.count(), 0);
        // a second attempt finds it gone
        SignalTarget stale;
        stale.pid = pid;
        stale.startedUs = out.isEmpty() ? QVariant() : QVariant(qlonglong(1));
        QCOMPARE(act(c, ActivityController::Action::Terminate, {stale}).value(0).result, SignalOutcome::Gone);
    }

    void reusedPidIsRefused()
    {
        auto server = monitor();
        QVERIFY(server);
        ActivityController c;
        c.setServer(server.get());
        c.setActive(true);
        auto victim = client(QStringLiteral("lab-victim"));
        QVERIFY(victim);
        const int pid = victim->backendPid();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), pid) >= 0, 15000);
        SignalTarget t = target(c.model(), pid);
        QVERIFY(!t.startedUs.isNull());
        t.startedUs = t.startedUs.toLongLong() - 1; // what the user saw was an earlier session with this pid
        const QList<SignalOutcome> out = act(c, ActivityController::Action::Terminate, {t});
        QCOMPARE(out.value(0).result, SignalOutcome::Reused);
        QVERIFY(run(*victim, QStringLiteral("SELECT 1")).ok()); // untouched
    }

    void ownSessionsCannotBeTargeted()
    {
        auto server = monitor();
        QVERIFY(server);
        ActivityController c;
        c.setServer(server.get());
        c.setActive(true);
        const int own = server->session()->backendPid();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), own) >= 0, 15000);
        SignalTarget self = target(c.model(), own);
        QVERIFY(self.own);
        QVERIFY(c.model()->isOwn(rowOfPid(c.model(), own)));
        // Another Valvur's session: refused by the statement itself even when the caller forgets.
        auto otherValvur = client(QStringLiteral("valvur"));
        QVERIFY(otherValvur);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), otherValvur->backendPid()) >= 0, 15000);
        SignalTarget other = target(c.model(), otherValvur->backendPid());
        other.own = false;
        SignalTarget selfForgotten = self;
        selfForgotten.own = false;
        const QList<SignalOutcome> out = act(c, ActivityController::Action::Terminate, {self, other, selfForgotten});
        QCOMPARE(out.size(), 3);
        for (const SignalOutcome &o : out)
            QCOMPARE(o.result, SignalOutcome::Own);
        // The statement refuses on its own, too (not only the controller).
        const PgReply direct = run(*server->session(), Sql::signalBackends(true),
                                   {QStringLiteral("{%1}").arg(other.pid), QStringLiteral("{%1}").arg(other.startedUs.toLongLong())});
        QVERIFY2(direct.ok(), qPrintable(direct.error.message()));
        QCOMPARE(direct.first().value(0, 1).toString(), QStringLiteral("own"));
        QVERIFY(server->session()->isConnected());
        QVERIFY(run(*otherValvur, QStringLiteral("SELECT 1")).ok());
    }

    void lockChainShowsAsATree()
    {
        auto server = monitor();
        QVERIFY(server);
        ActivityController c;
        QAbstractItemModelTester tester(c.tree(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setServer(server.get());
        c.setActive(true);
        auto a = client(QStringLiteral("chain-a"));
        auto b = client(QStringLiteral("chain-b"));
        auto cc = client(QStringLiteral("chain-c"));
        QVERIFY(a && b && cc);
        QVERIFY(run(*a, QStringLiteral("BEGIN; UPDATE chain SET v = v + 1 WHERE id = 1")).ok());
        bool bDone = false, cDone = false;
        b->exec(QStringLiteral("UPDATE chain SET v = v + 1 WHERE id = 1"), this, [&](const PgReply &) { bDone = true; });
        QTRY_VERIFY_WITH_TIMEOUT(c.tree()->rootCount() == 1 && c.tree()->indexOfPid(b->backendPid()).isValid(), 15000);
        cc->exec(QStringLiteral("UPDATE chain SET v = v + 1 WHERE id = 1"), this, [&](const PgReply &) { cDone = true; });
        QTRY_VERIFY_WITH_TIMEOUT(c.tree()->indexOfPid(cc->backendPid()).isValid(), 15000);

        BlockingTreeModel *tree = c.tree();
        QCOMPARE(tree->rowCount(), 1);
        const QModelIndex root = tree->index(0, 0);
        QCOMPARE(root.data(BlockingTreeModel::PidRole).toInt(), a->backendPid());
        QCOMPARE(tree->rowCount(root), 1);
        const QModelIndex second = tree->index(0, 0, root);
        QCOMPARE(second.data(BlockingTreeModel::PidRole).toInt(), b->backendPid());
        QCOMPARE(tree->rowCount(second), 1);
        const QModelIndex third = tree->index(0, 0, second);
        QCOMPARE(third.data(BlockingTreeModel::PidRole).toInt(), cc->backendPid());
        // lock mode and relation of the waiters
        QVERIFY2(tree->index(0, BlockingTreeModel::LockMode, root).data().toString().contains(QStringLiteral("ShareLock")),
                 qPrintable(tree->index(0, BlockingTreeModel::LockMode, root).data().toString()));
        QCOMPARE(tree->index(0, BlockingTreeModel::Relation, root).data().toString(), QStringLiteral("chain"));
        QCOMPARE(tree->index(0, BlockingTreeModel::Relation, second).data().toString(), QStringLiteral("chain"));
        // the table marks them as waiting, blocked by the right pid
        const int rowB = rowOfPid(c.model(), b->backendPid());
        QCOMPARE(c.model()->rowValues(rowB).at(ActivityModel::FBlockedBy).toString(), QString::number(a->backendPid()));
        QVERIFY(c.model()->highlight(rowB) & ActivityModel::WaitingOnLock);

        // acting on the root blocker releases the chain
        const SignalTarget root0 = target(c.model(), a->backendPid());
        QCOMPARE(act(c, ActivityController::Action::Terminate, {root0}).value(0).result, SignalOutcome::Done);
        QTRY_VERIFY_WITH_TIMEOUT(bDone, 15000);
        QVERIFY(run(*b, QStringLiteral("SELECT 1")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(cDone, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(c.tree()->rowCount(), 0, 15000);
    }

    void ordinaryRoleIsNotPermitted()
    {
        auto studentServer = monitor(QStringLiteral("student"));
        QVERIFY(studentServer);
        ActivityController c;
        c.setServer(studentServer.get());
        c.setActive(true);
        auto superSession = client(QStringLiteral("admin-work"));
        auto otherSession = client(QStringLiteral("other-work"), QStringLiteral("other"));
        auto ownRoleSession = client(QStringLiteral("student-work"), QStringLiteral("student"));
        QVERIFY(superSession && otherSession && ownRoleSession);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), otherSession->backendPid()) >= 0
                                     && rowOfPid(c.model(), ownRoleSession->backendPid()) >= 0
                                     && rowOfPid(c.model(), superSession->backendPid()) >= 0,
                                 15000);
        const int ownRolePid = ownRoleSession->backendPid(); // a terminated PgSession forgets its pid
        const QList<SignalOutcome> out = act(c, ActivityController::Action::Terminate,
                                             {target(c.model(), superSession->backendPid()),
                                              target(c.model(), otherSession->backendPid()),
                                              target(c.model(), ownRoleSession->backendPid())});
        QCOMPARE(out.size(), 3);
        QCOMPARE(out.at(0).result, SignalOutcome::NeedsSuperuser);
        QCOMPARE(out.at(1).result, SignalOutcome::NeedsRole);
        QCOMPARE(out.at(2).result, SignalOutcome::Done); // one forbidden target does not stop the others
        QVERIFY(run(*superSession, QStringLiteral("SELECT 1")).ok());
        QVERIFY(run(*otherSession, QStringLiteral("SELECT 1")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), ownRolePid) < 0, 15000);
    }

    void modelDiffsThroughInsertsRemovesAndChanges()
    {
        auto server = monitor();
        QVERIFY(server);
        ActivityController c;
        QAbstractItemModelTester tester(c.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester treeTester(c.tree(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.setServer(server.get());
        c.setActive(true);
        QSignalSpy inserted(c.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(c.model(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(c.model(), &QAbstractItemModel::modelReset);
        QTRY_VERIFY_WITH_TIMEOUT(c.hasData(), 15000);
        auto s = client(QStringLiteral("lab-diff"));
        QVERIFY(s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), s->backendPid()) >= 0, 15000);
        QVERIFY(inserted.count() >= 2);
        QVERIFY(run(*s, QStringLiteral("BEGIN; SELECT 42")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(c.model()->rowValues(rowOfPid(c.model(), s->backendPid())).at(ActivityModel::FQuery).toString()
                                     == QLatin1String("BEGIN; SELECT 42"),
                                 15000);
        QVERIFY(changed.count() >= 1);
        const int pid = s->backendPid();
        s.reset();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), pid) < 0, 15000);
        QCOMPARE(reset.count(), 0);
        // pause: no refresh reaches the model
        c.setPaused(true);
        QSignalSpy refreshed(&c, &ActivityController::refreshed);
        auto later = client(QStringLiteral("lab-paused"));
        QVERIFY(later);
        QVERIFY(!refreshed.wait(2500));
        QCOMPARE(rowOfPid(c.model(), later->backendPid()), -1);
        c.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfPid(c.model(), later->backendPid()) >= 0, 15000);
    }
};

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
