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
};

QTEST_GUILESS_MAIN(TestKeyedTableModel)
#include "tst_keyedtablemodel.moc"
