// The diffing table model that keeps selection and scroll position across refreshes.
#include "keyedtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Valvur;

class TestKeyedTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void updatesByKey()
    {
        KeyedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeaders({QStringLiteral("id"), QStringLiteral("v")});
        model.update({{1, QStringLiteral("a")}, {2, QStringLiteral("b")}, {3, QStringLiteral("c")}, {4, QStringLiteral("d")}});
        QCOMPARE(model.rowCount(), 4);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // 2 and 3 vanish, 4 changes, 5 arrives, 1 stays as it was
        model.update({{1, QStringLiteral("a")}, {4, QStringLiteral("D")}, {5, QStringLiteral("e")}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1); // one contiguous run
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowForKey(QStringLiteral("4")), 1);
        QCOMPARE(model.data(model.index(1, 1), Qt::DisplayRole).toString(), QStringLiteral("D"));
        QCOMPARE(model.data(model.index(2, 0), Qt::DisplayRole).toInt(), 5);

        model.update({});
        QCOMPARE(model.rowCount(), 0);
    }

    void compositeKeysAndRawValues()
    {
        KeyedTableModel model;
        model.setHeaders({QStringLiteral("pid"), QStringLiteral("start"), QStringLiteral("n")});
        model.setKeyColumns({0, 1});
        model.setFormatter([](const QVariantList &row, int column, int role) -> QVariant {
            if (role == Qt::DisplayRole && column == 2)
                return QStringLiteral("n=%1").arg(row.at(2).toInt());
            return {};
        });
        model.update({{10, QStringLiteral("t1"), 5}});
        model.update({{10, QStringLiteral("t2"), 7}}); // same pid, new backend: a different row
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowValues(0).at(1).toString(), QStringLiteral("t2"));
        QCOMPARE(model.data(model.index(0, 2), Qt::DisplayRole).toString(), QStringLiteral("n=7"));
        QCOMPARE(model.data(model.index(0, 2), Qt::UserRole).toInt(), 7);
    }

    // The refresh of a live table: the same rows in the same order, one value changed. Only that
    // row raises dataChanged; a row handed back as the very list the model holds (shared, as
    // PgRowCache does) is skipped; lastChangedFields() names the value that moved; and when the
    // columns are derived from more values than there are columns, the whole row is announced
    // (a proxy must re-filter and re-sort it whichever value changed).
    void refreshInPlaceAnnouncesChangedRowsOnly()
    {
        KeyedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeaders({QStringLiteral("id"), QStringLiteral("shown")});
        QList<QVariantList> rows = {{1, QStringLiteral("a"), QStringLiteral("x")},
                                    {2, QStringLiteral("b"), QStringLiteral("y")},
                                    {3, QStringLiteral("c"), QStringLiteral("z")}};
        model.update(rows);
        QCOMPARE(model.rowValues(0).constData(), rows.at(0).constData()); // held, shared

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<QVariantList> next = rows; // rows 1 and 2 shared with what the model holds
        next[2] = QVariantList{3, QStringLiteral("c"), QStringLiteral("Z")};
        model.update(next);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(2, 0)); // the whole row: 3 values, 2 columns
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, 1));
        QCOMPARE(model.lastChangedFields(), QSet<int>{2});
        QCOMPARE(model.rowValues(2).at(2).toString(), QStringLiteral("Z"));

        // equal values in a new list (not shared) are no change either
        changed.clear();
        model.update({{1, QStringLiteral("a"), QStringLiteral("x")}, rows.at(1), next.at(2)});
        QCOMPARE(changed.count(), 0);
        QVERIFY(model.lastChangedFields().isEmpty());
        QCOMPARE(model.rowForKey(QStringLiteral("3")), 2);
    }
};

QTEST_GUILESS_MAIN(TestKeyedTableModel)
#include "tst_keyedtablemodel.moc"
