#include "containers/containerlogmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace Valvur {

ContainerLogModel::ContainerLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContainerLogModel::setCapacity(int lines)
{
    m_capacity = std::max(1, lines);
    trim();
}

void ContainerLogModel::append(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    // Only the newest capacity() lines of a large batch can stay.
    const qsizetype skip = std::max<qsizetype>(0, lines.size() - m_capacity);
    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + int(lines.size() - skip) - 1);
    m_lines.append(lines.mid(skip));
    endInsertRows();
    trim();
}

void ContainerLogModel::trim()
{
    const int excess = int(m_lines.size()) - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_lines.remove(0, excess);
    endRemoveRows();
}

void ContainerLogModel::clear()
{
    if (m_lines.isEmpty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

int ContainerLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ContainerLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LogLine &l = m_lines.at(index.row());
    switch (role) {
    case StderrRole:
        return l.isStderr;
    case TimeRole:
        return l.time;
    case Qt::ForegroundRole:
        // PostgreSQL logs everything to stderr: the stream's name marks it, red is for errors.
        if ((index.column() == Stream && l.isStderr) || (index.column() == Text && isErrorLine(l.text)))
            return QColor(0xb3, 0x26, 0x1e);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return l.time.isValid() ? l.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : QString();
        case Stream:
            return l.isStderr ? QStringLiteral("stderr") : QStringLiteral("stdout");
        case Text:
            return l.text;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ContainerLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return QCoreApplication::translate("Valvur::ContainerLogModel", "Time");
    case Stream:
        return QCoreApplication::translate("Valvur::ContainerLogModel", "Stream");
    case Text:
        return QCoreApplication::translate("Valvur::ContainerLogModel", "Line");
    default:
        return {};
    }
}

ContainerLogFilter::ContainerLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ContainerLogFilter::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

void ContainerLogFilter::setShowStdout(bool on)
{
    if (on == m_stdout)
        return;
    m_stdout = on;
    invalidateFilter();
}

void ContainerLogFilter::setShowStderr(bool on)
{
    if (on == m_stderr)
        return;
    m_stderr = on;
    invalidateFilter();
}

bool ContainerLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex text = sourceModel()->index(sourceRow, ContainerLogModel::Text, sourceParent);
    const bool isStderr = text.data(ContainerLogModel::StderrRole).toBool();
    if (isStderr ? !m_stderr : !m_stdout)
        return false;
    return m_search.isEmpty() || text.data().toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace Valvur
