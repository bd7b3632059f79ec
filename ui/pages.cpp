#include "pages.h"

#include "activitypage.h"
#include "backupspage.h"
#include "containers/containerpage.h"
#include "dashboardpage.h"
#include "lockspage.h"
#include "overviewpage.h"
#include "replicationpage.h"
#include "rolespage.h"
#include "settingspage.h"
#include "sizespage.h"
#include "topqueriespage.h"

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
