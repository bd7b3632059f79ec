#include "pages.h"

#include "activitypage.h"
#include "overviewpage.h"

namespace Valvur {

QList<Page *> createPages(const PageContext &context, QWidget *parent)
{
    QList<Page *> pages;
    pages << new OverviewPage(context, parent);
    pages << new ActivityPage(context, parent);
    return pages;
}

} // namespace Valvur
