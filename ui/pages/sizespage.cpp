#include "pages/sizespage.h"

#include "errortext.h"
#include "format.h"
#include "pages/insighttable.h"
#include "keyedtablemodel.h"
#include "pg/serverconnection.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

namespace Valvur {

SizesPage::SizesPage(const PageContext &context, QWidget *parent)
    : InsightPage(context, parent)
    , m_controller(new SizesController(this))
{
    setObjectName(QStringLiteral("sizesPage"));
    setController(m_controller);
    connect(m_controller, &SizesController::stateChanged, this, &SizesPage::updateTexts);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_databases = new InsightTable(QStringLiteral("databaseSizesTable"), context.settings, QStringLiteral("insight/sizes/databases"),
                                   m_controller->databases(), splitter);
    m_databases->setDefaultSort(DbSize, Qt::DescendingOrder);
    m_databases->setSelectionMode(QAbstractItemView::SingleSelection);
    auto sizeFormatter = [this](int sizeFrom, int sizeTo, int growth, int rowsColumn, int lockedColumn) {
        return [this, sizeFrom, sizeTo, growth, rowsColumn, lockedColumn](const QVariantList &row, int column, int role) -> QVariant {
            const QVariant v = row.value(column);
            const bool numeric = (column >= sizeFrom && column <= sizeTo) || column == growth || column == rowsColumn;
            const QVariant lockedBy = lockedColumn >= 0 ? row.value(lockedColumn) : QVariant();
            if (lockedBy.isValid() && column >= sizeFrom && column <= sizeTo) {
                if (role == Qt::DisplayRole) // once, in the last size column; a dash in the others
                    return column == sizeTo ? tr("locked by PID %1").arg(lockedBy.toLongLong()) : QStringLiteral("—");
                if (role == Qt::ToolTipRole)
                    return tr("Session %1 holds or waits for an ACCESS EXCLUSIVE lock on this table (ALTER TABLE, VACUUM FULL, "
                              "TRUNCATE, REINDEX…). Reading the size would wait for that lock, so it is read again once "
                              "the lock is gone. The Locks page shows the session.")
                        .arg(lockedBy.toLongLong());
            }
            if (role == Qt::TextAlignmentRole && numeric)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            if (role == Qt::ToolTipRole && column == sizeFrom && !v.isValid())
                return tr("You may not connect to this database, so its size is not shown.");
            if (role != Qt::DisplayRole)
                return {};
            if (column >= sizeFrom && column <= sizeTo)
                return v.isValid() ? Format::bytes(v.toLongLong()) : tr("no access");
            if (column == growth) {
                const qint64 g = v.toLongLong();
                if (!v.isValid())
                    return QString();
                return g == 0 ? QStringLiteral("0") : (g > 0 ? QStringLiteral("+") : QStringLiteral("−")) + Format::bytes(qAbs(g));
            }
            if (column == rowsColumn)
                return v.toLongLong() < 0 ? tr("not analysed") : Format::number(v.toDouble());
            return v;
        };
    };
    m_databases->source()->setFormatter(sizeFormatter(DbSize, DbSize, DbGrowth, -1, -1));
    m_databases->setHiddenColumns({DbAllowConnections});
    addTable(m_databases);
    connect(m_databases->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const int row = m_databases->sourceRow(current);
        if (row >= 0)
            selectDatabase(m_databases->source()->rawValue(row, DbName).toString());
    });

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_tablesTitle = new QLabel(right);
    m_tablesTitle->setObjectName(QStringLiteral("tablesTitle"));
    rightLayout->addWidget(m_tablesTitle);
    m_tables = new InsightTable(QStringLiteral("tableSizesTable"), context.settings, QStringLiteral("insight/sizes/tables"),
                                m_controller->tables(), right);
    m_tables->setDefaultSort(Total, Qt::DescendingOrder);
    m_tables->source()->setFormatter(sizeFormatter(Heap, Total, Growth, RowEstimate, LockedBy));
    m_tables->setHiddenColumns({LockedBy});
    rightLayout->addWidget(m_tables);
    addTable(m_tables);
    // the last columns are right-aligned numbers: stretching them pushes the numbers out of sight
    m_databases->horizontalHeader()->setStretchLastSection(false);
    m_tables->horizontalHeader()->setStretchLastSection(false);
    splitter->addWidget(m_databases);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({330, 900});
    setContent(splitter);
    retranslate();
}

QString SizesPage::title() const
{
    return tr("Sizes");
}

QString SizesPage::sqlExplanation() const
{
    if (m_controller->usesSideSession())
        return tr("The databases come from the monitoring session; the tables of %1 from a second session to that database, "
                  "opened while this page shows it. Both refresh every %n second(s) while the page is visible.",
                  nullptr, m_controller->refreshEveryTicks())
            .arg(m_controller->selectedDatabase());
    return InsightPage::sqlExplanation();
}

void SizesPage::retranslatePage()
{
    m_databases->setHeaders({tr("Database"), tr("Size"), tr("Allows connections"), tr("Growth")});
    m_tables->setHeaders({tr("Schema"), tr("Table"), tr("Heap"), tr("Indexes"), tr("TOAST"), tr("Total"), tr("Rows (estimate)"),
                          tr("Locked by"), tr("Growth")});
    updateTexts();
}

void SizesPage::updateTexts()
{
    const QString database = m_controller->selectedDatabase();
    m_tablesTitle->setText(database.isEmpty() ? QString()
                                              : tr("Tables in %1, largest first (growth since this page opened)").arg(database));
    QStringList notes;
    if (m_controller->hiddenDatabases() > 0)
        notes << tr("The size of %n database(s) is hidden: it needs the CONNECT privilege on the database or membership in "
                    "pg_read_all_stats.",
                    nullptr, m_controller->hiddenDatabases());
    if (!m_controller->tablesError().isNull())
        notes << tr("The tables of %1 cannot be shown: %2").arg(database, describeError(m_controller->tablesError()));
    setHiddenNote(notes.join(QLatin1Char('\n')));
}

void SizesPage::resetData()
{
    updateTexts();
}

void SizesPage::showData()
{
    selectCurrentDatabase();
    updateTexts();
    markDataReady();
}

// The selected database's row is the current one (without asking for it again).
void SizesPage::selectCurrentDatabase()
{
    const int selected = m_controller->databases()->rowForKey(m_controller->selectedDatabase());
    if (selected >= 0 && !m_databases->currentIndex().isValid()) {
        const QSignalBlocker block(m_databases->selectionModel());
        const QModelIndex index = m_databases->proxy()->mapFromSource(m_databases->source()->index(selected, DbName));
        m_databases->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

} // namespace Valvur
