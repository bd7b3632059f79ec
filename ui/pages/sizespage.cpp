#include "pages/sizespage.h"

#include "errortext.h"
#include "format.h"
#include "monitoring/insightsql.h"
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
{
    setObjectName(QStringLiteral("sizesPage"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_databases = new InsightTable(QStringLiteral("databaseSizesTable"), context.settings, QStringLiteral("insight/sizes/databases"), splitter);
    m_databases->setDefaultSort(DbSize, Qt::DescendingOrder);
    m_databases->source()->setKeyColumns({DbName});
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
    m_tables = new InsightTable(QStringLiteral("tableSizesTable"), context.settings, QStringLiteral("insight/sizes/tables"), right);
    m_tables->setDefaultSort(Total, Qt::DescendingOrder);
    m_tables->source()->setKeyColumns({Schema, Name});
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

SizesPage::~SizesPage()
{
    closeSideSession();
}

QString SizesPage::title() const
{
    return tr("Sizes");
}

QString SizesPage::statement() const
{
    if (usesSideSession())
        return Sql::databaseSizes() + QStringLiteral(";\n\n-- in database %1:\n").arg(m_database) + Sql::tableSizes();
    return Sql::databaseSizes() + QStringLiteral(";\n") + Sql::tableSizes();
}

QString SizesPage::psqlCommand() const
{
    return QStringLiteral("\\l+   \\c %1   \\dt+").arg(m_database.isEmpty() ? QStringLiteral("postgres") : m_database);
}

QString SizesPage::sqlExplanation() const
{
    if (usesSideSession())
        return tr("The databases come from the monitoring session; the tables of %1 from a second session to that database, "
                  "opened while this page shows it. Both refresh every %n second(s) while the page is visible.",
                  nullptr, refreshEveryTicks())
            .arg(m_database);
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
    m_tablesTitle->setText(m_database.isEmpty() ? QString()
                                                : tr("Tables in %1, largest first (growth since this page opened)").arg(m_database));
    QStringList notes;
    if (m_hiddenDatabases > 0)
        notes << tr("The size of %n database(s) is hidden: it needs the CONNECT privilege on the database or membership in "
                    "pg_read_all_stats.",
                    nullptr, m_hiddenDatabases);
    if (!m_sideError.isEmpty())
        notes << tr("The tables of %1 cannot be shown: %2").arg(m_database, m_sideError);
    setHiddenNote(notes.join(QLatin1Char('\n')));
}

QString SizesPage::monitoringDatabase() const
{
    return server() ? server()->options().effectiveDatabase() : QString();
}

bool SizesPage::usesSideSession() const
{
    return server() && !m_database.isEmpty() && m_database != monitoringDatabase();
}

void SizesPage::closeSideSession()
{
    if (m_side) {
        m_side->close();
        m_side->deleteLater();
        m_side = nullptr;
    }
}

void SizesPage::resetData()
{
    closeSideSession();
    m_pending = 0;
    m_database = monitoringDatabase();
    m_baseline.clear();
    m_hiddenDatabases = 0;
    m_sideError.clear();
    m_databases->source()->clear();
    m_tables->source()->clear();
    updateTexts();
}

void SizesPage::setActive(bool active)
{
    if (!active)
        closeSideSession(); // never keep a second connection open for a page nobody looks at
    InsightPage::setActive(active);
}

void SizesPage::selectDatabase(const QString &name)
{
    if (name == m_database || !server())
        return;
    closeSideSession();
    m_database = name;
    ++m_refreshSerial; // whatever is on its way belongs to the old choice
    m_sideError.clear();
    m_tables->source()->clear();
    updateTexts();
    refreshDone();
    refreshNow();
}

void SizesPage::sendRefresh()
{
    // A refresh that comes back after the user chose another database is dropped.
    const quint64 serial = ++m_refreshSerial;
    if (!usesSideSession()) {
        m_pending = 1;
        send(server()->session(), Sql::databaseSizes() + QStringLiteral(";\n") + Sql::tableSizes(), {},
             [this, serial](const PgReply &reply) {
                 if (serial != m_refreshSerial)
                     return;
                 refreshDone();
                 handleReply(reply);
             });
        return;
    }
    m_pending = 2;
    auto finishOne = [this, serial] {
        if (serial != m_refreshSerial)
            return;
        if (--m_pending <= 0) {
            refreshDone();
            updateTexts();
            markDataReady();
        }
    };
    send(server()->session(), Sql::databaseSizes(), {}, [this, finishOne, serial](const PgReply &reply) {
        if (serial != m_refreshSerial)
            return;
        if (reply.ok())
            showDatabases(reply.first());
        setRefreshError(reply.error);
        finishOne();
    });
    if (m_side && m_side->state() == PgSession::State::Disconnected)
        closeSideSession(); // it failed last time: try again (the reason stays on screen meanwhile)
    if (!m_side) {
        m_side = new PgSession(this);
        m_side->setObjectName(QStringLiteral("sizesSideSession"));
        connect(m_side, &PgSession::connectFailed, this, [this](const PgError &error) {
            m_sideError = describeError(error);
            updateTexts();
        });
        server()->openSideSession(m_side, m_database);
    }
    // queued until the side session is connected; a failed connect fails the request too
    send(m_side, Sql::tableSizes(), {}, [this, finishOne, serial](const PgReply &reply) {
        if (serial == m_refreshSerial) {
            if (reply.ok()) {
                m_sideError.clear();
                showTables(reply.first());
            } else if (reply.error.kind() != PgError::Kind::NotConnected || m_sideError.isEmpty()) {
                m_sideError = describeError(reply.error); // keep the connect failure's own words
            }
        }
        finishOne();
    });
}

void SizesPage::handleReply(const PgReply &reply)
{
    setRefreshError(reply.error);
    if (!reply.ok() && reply.results.isEmpty())
        return;
    showDatabases(reply.at(0));
    if (reply.results.size() > 1)
        showTables(reply.at(1));
    updateTexts();
    markDataReady();
}

void SizesPage::showDatabases(const PgResult &result)
{
    QList<QVariantList> rows;
    rows.reserve(result.rowCount());
    m_hiddenDatabases = 0;
    for (QVariantList row : result.rows()) {
        const QString key = QStringLiteral("db/") + row.value(DbName).toString();
        const QVariant size = row.value(DbSize);
        if (!size.isValid())
            ++m_hiddenDatabases;
        QVariant growth;
        if (size.isValid()) {
            const qint64 first = m_baseline.value(key, -1);
            if (first < 0)
                m_baseline.insert(key, size.toLongLong());
            growth = size.toLongLong() - (first < 0 ? size.toLongLong() : first);
        }
        row.resize(DbColumnCount);
        row[DbGrowth] = growth;
        rows << row;
    }
    m_databases->source()->update(rows);
    const int selected = m_databases->source()->rowForKey(m_database);
    if (selected >= 0 && !m_databases->currentIndex().isValid()) {
        const QSignalBlocker block(m_databases->selectionModel());
        const QModelIndex index = m_databases->proxy()->mapFromSource(m_databases->source()->index(selected, DbName));
        m_databases->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void SizesPage::showTables(const PgResult &result)
{
    QList<QVariantList> rows;
    rows.reserve(result.rowCount());
    const QString prefix = QStringLiteral("t/%1/").arg(m_database);
    for (QVariantList row : result.rows()) {
        const QString key = prefix + row.value(Schema).toString() + QLatin1Char('.') + row.value(Name).toString();
        row.resize(TableColumnCount);
        if (!row.value(Total).isValid()) {
            rows << row; // locked: no size now, no growth
            continue;
        }
        const qint64 total = row.value(Total).toLongLong();
        const qint64 first = m_baseline.value(key, -1);
        if (first < 0)
            m_baseline.insert(key, total);
        row[Growth] = total - (first < 0 ? total : first);
        rows << row;
    }
    m_tables->source()->update(rows);
}

} // namespace Valvur
