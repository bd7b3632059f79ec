#include "lab/labscenariomodel.h"

#include <QtMath>

namespace Valvur {

LabScenarioModel::LabScenarioModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LabScenarioModel::setScenarios(const QList<Lab::Scenario> &scenarios)
{
    beginResetModel();
    m_scenarios = scenarios;
    endResetModel();
}

int LabScenarioModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_scenarios.size(); ++i) {
        if (m_scenarios.at(i).id == id)
            return i;
    }
    return -1;
}

void LabScenarioModel::setStatus(const QString &id, const Status &status)
{
    const Status old = m_status.value(id);
    if (old.live == status.live && old.solvedS == status.solvedS && old.trapIds == status.trapIds && old.solvedNow == status.solvedNow)
        return;
    m_status.insert(id, status);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void LabScenarioModel::clearStatus()
{
    m_status.clear();
    if (!m_scenarios.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_scenarios.size()) - 1));
}

void LabScenarioModel::retranslate()
{
    if (!m_scenarios.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_scenarios.size()) - 1));
}

QString LabScenarioModel::stateId(const Status &s)
{
    switch (s.live) {
    case Live::Starting: return QStringLiteral("starting");
    case Live::Running: return s.solvedNow ? QStringLiteral("solved") : QStringLiteral("running");
    case Live::Elsewhere: return s.solvedNow ? QStringLiteral("solved") : QStringLiteral("running-elsewhere");
    case Live::None: break;
    }
    return s.solvedS >= 0 ? QStringLiteral("solved") : QStringLiteral("not-started");
}

QString LabScenarioModel::stateText(const Status &s)
{
    QString solved;
    if (s.solvedS >= 0) {
        solved = s.solvedS < 60 ? tr("solved in %n s", nullptr, qMax(1, qRound(s.solvedS))) : tr("solved in %n min", nullptr, qRound(s.solvedS / 60));
        if (!s.trapIds.isEmpty())
            solved += QStringLiteral(" · ") + tr("%n trap(s) hit", nullptr, int(s.trapIds.size()));
    }
    switch (s.live) {
    case Live::Starting: return tr("starting…");
    case Live::Running: return s.solvedNow ? solved + QStringLiteral(" · ") + tr("running") : tr("running");
    case Live::Elsewhere: return s.solvedNow ? solved + QStringLiteral(" · ") + tr("running in another program") : tr("running in another program");
    case Live::None: break;
    }
    return solved.isEmpty() ? tr("not started") : solved;
}

int LabScenarioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scenarios.size());
}

QVariant LabScenarioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_scenarios.size())
        return {};
    const Lab::Scenario &s = m_scenarios.at(index.row());
    const Status status = m_status.value(s.id);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2 · %3").arg(s.title.text(), s.section, stateText(status));
    case Qt::ToolTipRole:
        return s.goal.text();
    case IdRole:
        return s.id;
    case StateRole:
        return stateId(status);
    case StateTextRole:
        return stateText(status);
    case TrapsRole:
        return status.trapIds;
    default:
        return {};
    }
}

} // namespace Valvur
