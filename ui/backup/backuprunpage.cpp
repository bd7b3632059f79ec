#include "backup/backuprunpage.h"

#include "backup/backupjob.h"
#include "backup/backupwizard.h"

namespace Valvur {

BackupRunPage::BackupRunPage(QWidget *parent)
    : ToolRunPage(QStringLiteral("runPage"), parent)
{
    retranslate();
}

void BackupRunPage::initializePage()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    runJob<BackupJob, BackupResult>(w->job(), [w](const BackupResult &r) { w->setResult(r); });
}

void BackupRunPage::retranslate()
{
    setTitle(tr("Backing up"));
    setSubTitle(tr("Progress is measured against the tables counted in the catalog before the start."));
    cancelButton()->setText(tr("Cancel backup"));
}

} // namespace Valvur
