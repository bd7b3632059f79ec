#include "activity/activityfiltermodel.h"

#include "activity/activitymodel.h"

namespace Valvur {

ActivityFilterModel::ActivityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    // The filter does not read a role: a dataChanged that carries only the ticking roles
    // (display, background) must not re-filter every row.
    setFilterRole(Qt::UserRole + 100);
    setDynamicSortFilter(true);
}

void ActivityFilterModel::setActivityModel(ActivityModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void ActivityFilterModel::changed()
{
    invalidateRowsFilter();
}

void ActivityFilterModel::setHideIdle(bool on)
{
    if (m_hideIdle != on) {
        m_hideIdle = on;
        changed();
    }
}

void ActivityFilterModel::setState(const QString &state)
{
    if (m_state != state) {
        m_state = state;
        changed();
    }
}

void ActivityFilterModel::setDatabase(const QString &database)
{
    if (m_database != database) {
        m_database = database;
        changed();
    }
}

void ActivityFilterModel::setUser(const QString &user)
{
    if (m_user != user) {
        m_user = user;
        changed();
    }
}

void ActivityFilterModel::setApplication(const QString &application)
{
    if (m_application != application) {
        m_application = application;
        changed();
    }
}

void ActivityFilterModel::setSearchText(const QString &text)
{
    const QString t = text.trimmed();
    if (m_search != t) {
        m_search = t;
        changed();
    }
}

void ActivityFilterModel::setShowBackground(bool on)
{
    if (m_showBackground != on) {
        m_showBackground = on;
        changed();
    }
}

void ActivityFilterModel::setShowOwn(bool on)
{
    if (m_showOwn != on) {
        m_showOwn = on;
        changed();
    }
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || sourceParent.isValid())
        return true;
    const QVariantList &r = m_model->rowValues(sourceRow);
    if (!m_showOwn && m_model->isOwn(sourceRow))
        return false;
    if (!m_showBackground && r.at(ActivityModel::FBackendType).toString() != QLatin1String("client backend"))
        return false;
    const QString state = r.at(ActivityModel::FState).toString();
    if (m_hideIdle && state == QLatin1String("idle"))
        return false;
    if (!m_state.isEmpty() && state != m_state)
        return false;
    if (!m_database.isEmpty() && r.at(ActivityModel::FDatabase).toString() != m_database)
        return false;
    if (!m_user.isEmpty() && r.at(ActivityModel::FUser).toString() != m_user)
        return false;
    if (!m_application.isEmpty() && r.at(ActivityModel::FApplication).toString() != m_application)
        return false;
    if (!m_search.isEmpty()) {
        const QString pid = r.at(ActivityModel::FPid).toString();
        if (pid != m_search && !r.at(ActivityModel::FQuery).toString().contains(m_search, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Valvur
