#include "pages/pages.h"

#include "pages/activitypage.h"
#include "backup/backupspage.h"
#include "containers/containerpage.h"
#include "pages/dashboardpage.h"
#include "pages/lockspage.h"
#include "pages/overviewpage.h"
#include "pages/replicationpage.h"
#include "pages/rolespage.h"
#include "pages/settingspage.h"
#include "pages/sizespage.h"
#include "pages/topqueriespage.h"

namespace Valvur {

QList<Page *> createPages(const PageContext &context, QWidget *parent)
{
    QList<Page *> pages;
    pages << new OverviewPage(context, parent);
    pages << new ActivityPage(context, parent);
    pages << new DashboardPage(context, parent);
    pages << new TopQueriesPage(context, parent) << new SizesPage(context, parent) << new RolesPage(context, parent)
          << new LocksPage(context, parent) << new SettingsPage(context, parent) << new ReplicationPage(context, parent);
    pages << new BackupsPage(context, parent);
    pages << new ContainerPage(context, parent);
    return pages;
}

} // namespace Valvur
