#include "pages/insighttable.h"
#include "zoom/zoom.h"

#include "keyedtablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace Valvur {

InsightTable::InsightTable(const QString &objectName, QSettings *settings, const QString &settingsKey, KeyedTableModel *model,
                           QWidget *parent)
    : QTableView(parent)
    , m_settings(settings)
    , m_settingsKey(settingsKey)
    , m_model(model)
{
    setObjectName(objectName);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_proxy);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &InsightTable::saveState);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &InsightTable::saveState);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &InsightTable::saveState);
}

void InsightTable::setDefaultSort(int column, Qt::SortOrder order)
{
    m_defaultSortColumn = column;
    m_defaultSortOrder = order;
}

void InsightTable::setHeaders(const QStringList &headers)
{
    m_model->setHeaders(headers);
    if (m_restored || headers.isEmpty())
        return;
    for (int c : std::as_const(m_hiddenColumns))
        hideColumn(c);
    m_restored = true;
    const QByteArray state = m_settings ? m_settings->value(m_settingsKey + QStringLiteral("/header")).toByteArray() : QByteArray();
    if (!state.isEmpty() && horizontalHeader()->restoreState(state)) {
        m_hadSavedState = true;
        sortByColumn(horizontalHeader()->sortIndicatorSection(), horizontalHeader()->sortIndicatorOrder());
    } else {
        sortByColumn(m_defaultSortColumn, m_defaultSortOrder);
    }
    for (int c : std::as_const(m_hiddenColumns))
        hideColumn(c);
}

void InsightTable::saveState()
{
    // only what the user (or the first fit to real data) chose is worth remembering
    if (m_settings && m_restored && m_fitted)
        m_settings->setValue(m_settingsKey + QStringLiteral("/header"), horizontalHeader()->saveState());
}

void InsightTable::fitColumnsOnce()
{
    if (m_fitted)
        return;
    m_fitted = true;
    if (m_hadSavedState)
        return;
    resizeColumnsToContents();
    // a long query text must not push everything else off screen
    int widest = -1;
    int total = 0;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (isColumnHidden(c))
            continue;
        if (columnWidth(c) > Zoom::scaled(420))
            setColumnWidth(c, Zoom::scaled(420));
        total += columnWidth(c);
        if (widest < 0 || columnWidth(c) > columnWidth(widest))
            widest = c;
    }
    // A little too wide pushes the right-aligned last column out of sight: narrow the widest one.
    const int overflow = total - viewport()->width();
    if (overflow > 0 && widest >= 0 && columnWidth(widest) - overflow >= Zoom::scaled(160))
        setColumnWidth(widest, columnWidth(widest) - overflow);
    saveState();
}

void InsightTable::setFilterText(const QString &text)
{
    m_proxy->setFilterFixedString(text);
}

int InsightTable::sourceRow(const QModelIndex &viewIndex) const
{
    if (!viewIndex.isValid())
        return -1;
    return m_proxy->mapToSource(viewIndex).row();
}

int InsightTable::currentSourceRow() const
{
    return sourceRow(currentIndex());
}

QList<int> InsightTable::visibleColumnsInOrder() const
{
    QList<int> columns;
    const QHeaderView *h = horizontalHeader();
    for (int visual = 0; visual < h->count(); ++visual) {
        const int logical = h->logicalIndex(visual);
        if (!h->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QStringList InsightTable::rowTexts(int proxyRow, const QList<int> &columns) const
{
    QStringList cells;
    for (int c : columns)
        cells << m_proxy->index(proxyRow, c).data(Qt::DisplayRole).toString();
    return cells;
}

QString InsightTable::selectionAsText() const
{
    const QList<int> columns = visibleColumnsInOrder();
    QList<int> rows;
    if (selectionModel()) {
        for (const QModelIndex &i : selectionModel()->selectedRows())
            rows << i.row();
    }
    if (rows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << r;
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << m_proxy->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r : rows) {
        QStringList cells = rowTexts(r, columns);
        for (QString &cell : cells)
            cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void InsightTable::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+C copies whole rows, not just the current cell
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void InsightTable::copySelection() const
{
    QApplication::clipboard()->setText(selectionAsText());
}

namespace {
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QString InsightTable::toCsv() const
{
    // CSV carries the raw values (numbers without locale formatting) so a spreadsheet can add them up.
    const QList<int> columns = visibleColumnsInOrder();
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << csvField(m_proxy->headerData(c, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int c : columns) {
            const QVariant v = m_proxy->index(r, c).data(Qt::UserRole);
            QString text;
            if (v.typeId() == QMetaType::QDateTime)
                text = v.toDateTime().toString(Qt::ISODateWithMs);
            else if (v.isValid())
                text = v.toString();
            cells << csvField(text);
        }
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

bool InsightTable::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(toCsv().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Valvur
