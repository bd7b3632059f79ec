#pragma once

#include "containers/containerlogline.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Valvur {

// The lines of a container's log, oldest first, in a ring: past capacity() the oldest go, so a
// log followed for hours holds bounded memory. Columns: time, stream, text. Raw values in
// Qt::DisplayRole except the time (local, with milliseconds); StreamRole tells stderr apart.
class ContainerLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Stream, Text, ColumnCount };
    enum Role { StderrRole = Qt::UserRole + 1, TimeRole };
    static constexpr int kDefaultCapacity = 5000;

    explicit ContainerLogModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int lines);
    const QList<LogLine> &lines() const { return m_lines; }

    void append(const QList<LogLine> &lines);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void trim();

    QList<LogLine> m_lines;
    int m_capacity = kDefaultCapacity;
};

// What the log view shows: the lines that contain the search text (any case), from the streams
// the user keeps on.
class ContainerLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContainerLogFilter(QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return m_search; }
    void setShowStdout(bool on);
    void setShowStderr(bool on);
    bool showsStdout() const { return m_stdout; }
    bool showsStderr() const { return m_stderr; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_stdout = true;
    bool m_stderr = true;
};

} // namespace Valvur
