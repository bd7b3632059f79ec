#include "backup/restorerunpage.h"

#include "backup/restorejob.h"
#include "backup/restorewizard.h"

namespace Valvur {

RestoreRunPage::RestoreRunPage(QWidget *parent)
    : ToolRunPage(QStringLiteral("restoreRunPage"), parent)
{
    retranslate();
}

void RestoreRunPage::initializePage()
{
    auto *w = qobject_cast<RestoreWizard *>(wizard());
    runJob<RestoreJob, RestoreResult>(w->job(), [w](const RestoreResult &r) { w->setResult(r); });
}

void RestoreRunPage::retranslate()
{
    setTitle(tr("Restoring"));
    setSubTitle(tr("Tables loaded, of those in the backup."));
    cancelButton()->setText(tr("Cancel restore"));
}

} // namespace Valvur
