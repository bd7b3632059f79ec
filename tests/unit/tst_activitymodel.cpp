// ActivityModel, ActivityFilterModel and BlockingTreeModel on hand-made pg_stat_activity rows:
// diffs, highlights, filters, the shape of the blocking tree (a lock queue, a deadlock), and the
// same words for every session state in the table and the tree, in English and Estonian.
#include "activity/activityfiltermodel.h"
#include "activity/activitymodel.h"
#include "activity/blockingtreemodel.h"
#include "languagemanager.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Valvur;
using F = ActivityModel::Field;

namespace {
constexpr double Now = 1800000000.0;

QVariantList session(int pid, const QString &state, const QString &app = QStringLiteral("psql"), double since = 5,
                     const QString &blockedBy = {}, const QString &db = QStringLiteral("postgres"))
{
    QVariantList r(F::FieldCount);
    r[F::FPid] = pid;
    r[F::FStartedUs] = qlonglong(Now - 100) * 1000000 + pid;
    r[F::FDatabase] = db;
    r[F::FUser] = QStringLiteral("postgres");
    r[F::FApplication] = app;
    r[F::FClientAddr] = QStringLiteral("127.0.0.1");
    r[F::FClientPort] = 50000 + pid;
    r[F::FBackendType] = QStringLiteral("client backend");
    r[F::FState] = state;
    r[F::FBackendStart] = Now - 100;
    if (state != QLatin1String("idle"))
        r[F::FXactStart] = Now - since;
    r[F::FQueryStart] = Now - since;
    r[F::FStateChange] = Now - since;
    if (!blockedBy.isEmpty()) {
        r[F::FWaitEventType] = QStringLiteral("Lock");
        r[F::FWaitEvent] = QStringLiteral("transactionid");
        r[F::FBlockedBy] = blockedBy;
        r[F::FLockMode] = QStringLiteral("ShareLock");
        r[F::FLockType] = QStringLiteral("transactionid");
        r[F::FLockRelation] = QStringLiteral("accounts");
    }
    r[F::FQuery] = QStringLiteral("SELECT %1\nFROM somewhere").arg(pid);
    r[F::FIsSelf] = false;
    return r;
}

QList<int> childPids(const BlockingTreeModel &m, const QModelIndex &parent)
{
    QList<int> pids;
    for (int r = 0; r < m.rowCount(parent); ++r)
        pids << m.index(r, 0, parent).data(BlockingTreeModel::PidRole).toInt();
    return pids;
}
} // namespace

class TestActivityModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diffsAndFormats()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions(Now, {session(1, QStringLiteral("active"), QStringLiteral("a"), 120), session(2, QStringLiteral("idle")),
                                session(3, QStringLiteral("idle in transaction"), QStringLiteral("c"), 45)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ActivityModel::ColumnCount));
        QCOMPARE(model.index(0, ActivityModel::Client).data().toString(), QStringLiteral("127.0.0.1:50001"));
        QCOMPARE(model.index(0, ActivityModel::Query).data().toString(), QStringLiteral("SELECT 1 …"));
        QCOMPARE(model.index(0, ActivityModel::QueryDuration).data().toString(), QStringLiteral("2 min 0 s"));
        QVERIFY(model.index(1, ActivityModel::QueryDuration).data().toString().isEmpty()); // idle: no running query
        QCOMPARE(model.index(2, ActivityModel::StateDuration).data(Qt::UserRole).toDouble() >= 45, true);
        // highlights against the thresholds
        QVERIFY(model.highlight(0) & ActivityModel::LongQuery);
        QVERIFY(model.highlight(2) & ActivityModel::LongIdleInTransaction);
        QCOMPARE(model.highlight(1), int(ActivityModel::None));
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid());
        model.setIdleInTransactionSeconds(60);
        QVERIFY(!(model.highlight(2) & ActivityModel::LongIdleInTransaction));

        // a change, a removal, an insertion, a reused pid (same pid, new backend_start)
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVariantList reused = session(3, QStringLiteral("active"));
        reused[F::FStartedUs] = reused.at(F::FStartedUs).toLongLong() + 999;
        model.setSessions(Now + 1, {session(1, QStringLiteral("idle"), QStringLiteral("a"), 120), session(4, QStringLiteral("active")),
                                    reused});
        QCOMPARE(reset.count(), 0);
        int removedRows = 0; // 2 gone, and the old session 3 (one contiguous run)
        for (const QList<QVariant> &args : std::as_const(removed))
            removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
        QCOMPARE(removedRows, 2);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ActivityModel::State).data().toString(), QStringLiteral("idle"));

        QVariantList local = session(5, QStringLiteral("idle"));
        local[F::FClientAddr] = QVariant();
        local[F::FClientPort] = -1;
        model.setSessions(Now + 2, {local});
        QCOMPARE(model.index(0, ActivityModel::Client).data().toString(), QStringLiteral("Unix socket"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // A refresh in which a session only changes state (same rows, same order): the filter and
    // the sort follow it. Only the state value changes, so the model must announce a change
    // that the proxy re-filters and re-sorts, whichever column shows the state.
    void stateChangeRefiltersAndResorts()
    {
        ActivityModel model;
        ActivityFilterModel proxy;
        proxy.setActivityModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setHideIdle(true);
        proxy.sort(ActivityModel::State, Qt::AscendingOrder);
        QList<QVariantList> rows = {session(1, QStringLiteral("active")), session(2, QStringLiteral("active")),
                                    session(3, QStringLiteral("idle in transaction"))};
        model.setSessions(Now, rows);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.index(2, ActivityModel::Pid).data(Qt::UserRole).toInt(), 3);

        rows[1][F::FState] = QStringLiteral("idle"); // 2 finishes its query
        rows[0][F::FState] = QStringLiteral("idle in transaction (aborted)"); // sorts after the others
        model.setSessions(Now + 1, rows);
        QCOMPARE(proxy.rowCount(), 2);
        QCOMPARE(proxy.index(0, ActivityModel::Pid).data(Qt::UserRole).toInt(), 3);
        QCOMPARE(proxy.index(1, ActivityModel::Pid).data(Qt::UserRole).toInt(), 1);
        QCOMPARE(model.lastChangedFields(), (QSet<int>{F::FState}));
    }

    void filters()
    {
        ActivityModel model;
        ActivityFilterModel proxy;
        proxy.setActivityModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVariantList own = session(10, QStringLiteral("active"), QStringLiteral("valvur"));
        QVariantList self = session(11, QStringLiteral("active"), QStringLiteral("something"));
        self[F::FIsSelf] = true;
        QVariantList worker = session(12, QString());
        worker[F::FBackendType] = QStringLiteral("checkpointer");
        model.setSessions(Now, {session(1, QStringLiteral("active")), session(2, QStringLiteral("idle")),
                                session(3, QStringLiteral("idle in transaction"), QStringLiteral("lab"), 5, {}, QStringLiteral("lab")),
                                own, self, worker});
        QCOMPARE(proxy.rowCount(), 3); // own sessions and background processes hidden by default
        proxy.setShowOwn(true);
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setShowBackground(true);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setShowOwn(false);
        proxy.setShowBackground(false);
        proxy.setHideIdle(true);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setHideIdle(false);
        proxy.setDatabase(QStringLiteral("lab"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setDatabase({});
        proxy.setApplication(QStringLiteral("lab"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setApplication({});
        proxy.setState(QStringLiteral("idle"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setState({});
        proxy.setSearchText(QStringLiteral("select 2"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("3")); // a pid
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText({});
        // a session that turns idle disappears under "hide idle" on the next refresh
        proxy.setHideIdle(true);
        model.setSessions(Now + 1, {session(1, QStringLiteral("idle")), session(2, QStringLiteral("idle")),
                                    session(3, QStringLiteral("idle in transaction"), QStringLiteral("lab"), 5, {}, QStringLiteral("lab"))});
        QCOMPARE(proxy.rowCount(), 1);
        // sort by pid, descending
        proxy.setHideIdle(false);
        proxy.sort(ActivityModel::Pid, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ActivityModel::Pid).data(Qt::UserRole).toInt(), 3);
        QCOMPARE(proxy.index(2, ActivityModel::Pid).data(Qt::UserRole).toInt(), 1);
    }

    void blockingTreeShapes()
    {
        BlockingTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A lock queue: pg_blocking_pids names the holder and everyone queued ahead.
        const QList<QVariantList> queue = {session(1, QStringLiteral("idle in transaction")),
                                           session(2, QStringLiteral("active"), QStringLiteral("w"), 5, QStringLiteral("1")),
                                           session(3, QStringLiteral("active"), QStringLiteral("w"), 4, QStringLiteral("1,2")),
                                           session(4, QStringLiteral("active"), QStringLiteral("w"), 3, QStringLiteral("2,1,3")),
                                           session(9, QStringLiteral("idle"))};
        tree.setSessions(Now, queue);
        QCOMPARE(childPids(tree, {}), QList<int>{1});
        const QModelIndex root = tree.index(0, 0);
        QCOMPARE(childPids(tree, root), QList<int>{2});
        QCOMPARE(childPids(tree, tree.index(0, 0, root)), QList<int>{3});
        QCOMPARE(childPids(tree, tree.index(0, 0, tree.index(0, 0, root))), QList<int>{4});
        QCOMPARE(tree.index(0, BlockingTreeModel::LockMode, root).data().toString(), QStringLiteral("ShareLock on transactionid"));
        QCOMPARE(tree.index(0, BlockingTreeModel::Relation, root).data().toString(), QStringLiteral("accounts"));
        QCOMPARE(tree.index(0, BlockingTreeModel::Waiting, root).data().toString(), QStringLiteral("5 s"));

        // same shape: no reset, only dataChanged
        QSignalSpy reset(&tree, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
        tree.setSessions(Now + 1, queue);
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 4);
        QCOMPARE(tree.index(0, BlockingTreeModel::Waiting, root).data().toString(), QStringLiteral("6 s"));

        // two independent chains, and a deadlock (7 and 8 wait on each other)
        tree.setSessions(Now, {session(1, QStringLiteral("idle in transaction")),
                               session(2, QStringLiteral("active"), QStringLiteral("w"), 5, QStringLiteral("1")),
                               session(5, QStringLiteral("idle in transaction")),
                               session(6, QStringLiteral("active"), QStringLiteral("w"), 5, QStringLiteral("5")),
                               session(7, QStringLiteral("active"), QStringLiteral("w"), 5, QStringLiteral("8")),
                               session(8, QStringLiteral("active"), QStringLiteral("w"), 5, QStringLiteral("7"))});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(childPids(tree, {}), (QList<int>{1, 5}));
        QCOMPARE(tree.indexOfPid(6).parent().data(BlockingTreeModel::PidRole).toInt(), 5);
        // nothing waits any more
        tree.setSessions(Now, {session(1, QStringLiteral("idle"))});
        QCOMPARE(tree.rowCount(), 0);
        QVERIFY(!tree.indexOfPid(1).isValid());

        // a deadlock alone still shows, rooted at the lower pid
        tree.setSessions(Now, {session(7, QStringLiteral("active"), QStringLiteral("w"), 5, QStringLiteral("8")),
                               session(8, QStringLiteral("active"), QStringLiteral("w"), 5, QStringLiteral("7"))});
        QCOMPARE(childPids(tree, {}), QList<int>{7});
        QCOMPARE(childPids(tree, tree.index(0, 0)), QList<int>{8});
    }

    void stateWordsAreTheSameInTableAndTree_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("et") << QStringLiteral("et");
    }

    // Every state pg_stat_activity can show, worded once: the table and the blocking tree say
    // the same words, in the user's language; a state unknown to Valvur shows as the server gave it.
    void stateWordsAreTheSameInTableAndTree()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        const QList<std::pair<QString, QString>> states = {
            {QStringLiteral("active"), QStringLiteral("active")},
            {QStringLiteral("idle"), QStringLiteral("idle")},
            {QStringLiteral("idle in transaction"), QStringLiteral("idle in transaction")},
            {QStringLiteral("idle in transaction (aborted)"), QStringLiteral("idle in transaction (aborted)")},
            {QStringLiteral("fastpath function call"), QStringLiteral("fastpath function call")},
            {QStringLiteral("disabled"), QStringLiteral("disabled (track_activities is off)")},
            {QStringLiteral("starting"), QStringLiteral("starting")}, // not a state Valvur knows
            {QString(), QString()},                                   // a background process has none
        };
        QSet<QString> words;
        for (const auto &[state, english] : states) {
            // The session in this state holds a lock another waits for, so the tree shows it.
            const QList<QVariantList> rows = {session(1, state), session(2, QStringLiteral("active"), QStringLiteral("w"), 5, QStringLiteral("1"))};
            ActivityModel table;
            table.setSessions(Now, rows);
            BlockingTreeModel tree;
            tree.setSessions(Now, rows);
            QCOMPARE(childPids(tree, {}), QList<int>{1});
            const QString inTree = tree.index(0, BlockingTreeModel::State).data().toString();
            const QString inTable = table.index(0, ActivityModel::State).data().toString();
            QCOMPARE(table.index(0, ActivityModel::Pid).data().toInt(), 1);
            QCOMPARE(inTree, inTable);
            const bool known = state != QLatin1String("starting") && !state.isEmpty();
            if (language == QLatin1String("en") || !known)
                QCOMPARE(inTable, english);
            else // translated: not the English words, and no two states alike
                QVERIFY2(inTable != english, qPrintable(state));
            if (known)
                words.insert(inTable);
        }
        QCOMPARE(words.size(), 6);
    }
};

QTEST_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
