#include "pages/pages.h"

#include "pages/activitypage.h"
#include "backup/backupspage.h"
#include "containers/containerpage.h"
#include "lab/labpage.h"
#include "pages/dashboardpage.h"
#include "pages/lockspage.h"
#include "pages/overviewpage.h"
#include "pages/replicationpage.h"
#include "pages/rolespage.h"
#include "pages/settingspage.h"
#include "pages/sizespage.h"
#include "pages/topqueriespage.h"

#include <QCoreApplication>

namespace Valvur {

namespace {

template<typename P>
Page *make(const PageContext &context, QWidget *parent)
{
    return new P(context, parent);
}

} // namespace

QString PageKind::translatedTitle() const
{
    return QCoreApplication::translate(titleContext, title);
}

const QList<PageKind> &pageKinds()
{
    // The titles are the pages' own (the same context and text as their title()).
    static const QList<PageKind> kinds = {
        {"overview", "Valvur::OverviewPage", QT_TRANSLATE_NOOP("Valvur::OverviewPage", "Overview"), &make<OverviewPage>},
        {"activity", "Valvur::ActivityPage", QT_TRANSLATE_NOOP("Valvur::ActivityPage", "Activity"), &make<ActivityPage>},
        {"dashboard", "Valvur::DashboardPage", QT_TRANSLATE_NOOP("Valvur::DashboardPage", "Dashboard"), &make<DashboardPage>},
        {"queries", "Valvur::TopQueriesPage", QT_TRANSLATE_NOOP("Valvur::TopQueriesPage", "Top queries"), &make<TopQueriesPage>},
        {"sizes", "Valvur::SizesPage", QT_TRANSLATE_NOOP("Valvur::SizesPage", "Sizes"), &make<SizesPage>},
        {"roles", "Valvur::RolesPage", QT_TRANSLATE_NOOP("Valvur::RolesPage", "Databases and roles"), &make<RolesPage>},
        {"locks", "Valvur::LocksPage", QT_TRANSLATE_NOOP("Valvur::LocksPage", "Locks"), &make<LocksPage>},
        {"settings", "Valvur::SettingsPage", QT_TRANSLATE_NOOP("Valvur::SettingsPage", "Settings"), &make<SettingsPage>},
        {"replication", "Valvur::ReplicationPage", QT_TRANSLATE_NOOP("Valvur::ReplicationPage", "Replication"), &make<ReplicationPage>},
        {"backups", "Valvur::BackupsPage", QT_TRANSLATE_NOOP("Valvur::BackupsPage", "Backups"), &make<BackupsPage>},
        {"container", "Valvur::ContainerPage", QT_TRANSLATE_NOOP("Valvur::ContainerPage", "Container"), &make<ContainerPage>},
        {"lab", "Valvur::LabPage", QT_TRANSLATE_NOOP("Valvur::LabPage", "Lab"), &make<LabPage>},
    };
    return kinds;
}

} // namespace Valvur
