#include "backup/restorewizard.h"

#include "backup/restoreinputpage.h"
#include "backup/restoreoptionspage.h"
#include "backup/restoreresultpage.h"
#include "backup/restorerunpage.h"
#include "backup/restoresummarypage.h"
#include "backup/restoretargetpage.h"

namespace Valvur {

RestoreWizard::RestoreWizard(const ConnectionOptions &server, const QString &password, QSettings *settings, QWidget *parent)
    : ToolWizard(QStringLiteral("restoreWizard"), QStringLiteral("restore/targetProfile"), server, password, settings, parent)
    , m_inputPage(new RestoreInputPage(this))
    , m_targetPage(new RestoreTargetPage(this))
    , m_optionsPage(new RestoreOptionsPage(this))
{
    setPage(InputPageId, m_inputPage);
    setPage(TargetPageId, m_targetPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(SummaryPageId, new RestoreSummaryPage(this));
    setPage(RunPageId, new RestoreRunPage(this));
    setPage(ResultPageId, new RestoreResultPage(this));
    setChooser(m_targetPage->chooser());
    retranslate();
}

RestoreWizard::~RestoreWizard() = default;

RestoreOptions RestoreWizard::options() const
{
    RestoreOptions o;
    o.connection = server();
    o.password = password();
    o.input = m_inputPage->input();
    o.selectedEntries = m_inputPage->selectedEntries();
    o.toolDirectory = toolDirectory();
    o.container = container();
    o.stallTimeoutS = stallTimeout();
    m_targetPage->apply(&o);
    m_optionsPage->apply(&o);
    return o;
}

RestoreJob *RestoreWizard::createJob()
{
    delete m_job;
    m_job = new RestoreJob(options(), this);
    return m_job;
}

void RestoreWizard::cancelJob()
{
    if (m_job)
        m_job->cancel();
}

QString RestoreWizard::titleFor(const QString &name) const
{
    return tr("Restore into %1").arg(name);
}

QString RestoreWizard::commitText() const
{
    return tr("Restore");
}

} // namespace Valvur
