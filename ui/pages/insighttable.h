#pragma once

#include <QTableView>

class QSettings;
class QSortFilterProxyModel;

namespace Valvur {

class KeyedTableModel;

// The table every insight page shows: a KeyedTableModel behind a sort/filter proxy (sorting by
// the raw value in Qt::UserRole), row selection, copy of the selection as tab-separated text,
// export as CSV, and column widths, order and sort remembered in the settings.
class InsightTable : public QTableView
{
    Q_OBJECT
public:
    // settingsKey: where the header state lives, e.g. "insight/sizes/tables". model: the
    // controller's rows the table shows.
    InsightTable(const QString &objectName, QSettings *settings, const QString &settingsKey, KeyedTableModel *model,
                 QWidget *parent = nullptr);

    KeyedTableModel *source() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // Sets the column titles (called again on a language change: no reset then). The first call
    // restores the saved header state, or applies the default sort.
    void setHeaders(const QStringList &headers);
    void setDefaultSort(int column, Qt::SortOrder order);
    // Columns the model carries but the user never needs to see (keys, raw flags).
    void setHiddenColumns(const QList<int> &columns) { m_hiddenColumns = columns; }
    void setFilterText(const QString &text);
    // The row of the source model behind a view row / the current row (-1 if none).
    int sourceRow(const QModelIndex &viewIndex) const;
    int currentSourceRow() const;

    // Visible columns (in view order) of the selected rows, or of every row when none is selected.
    QString selectionAsText() const;
    void copySelection() const;
    QString toCsv() const;
    // Writes the CSV atomically (QSaveFile). On failure returns false with a message in *error.
    bool exportCsv(const QString &path, QString *error) const;

    // Called once the first data arrived: sizes columns to their contents unless the user's
    // saved widths were restored.
    void fitColumnsOnce();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void saveState();
    QStringList rowTexts(int proxyRow, const QList<int> &columns) const;
    QList<int> visibleColumnsInOrder() const;

    QSettings *m_settings;
    QString m_settingsKey;
    KeyedTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QList<int> m_hiddenColumns;
    bool m_restored = false;
    bool m_hadSavedState = false;
    bool m_fitted = false;
    int m_defaultSortColumn = 0;
    Qt::SortOrder m_defaultSortOrder = Qt::AscendingOrder;
};

} // namespace Valvur
