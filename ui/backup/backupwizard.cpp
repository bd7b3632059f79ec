#include "backup/backupwizard.h"

#include "backup/backupdestinationpage.h"
#include "backup/backuphistory.h"
#include "backup/backupjob.h"
#include "backup/backupkindpage.h"
#include "backup/backupoptionspage.h"
#include "backup/backupresultpage.h"
#include "backup/backuprunpage.h"
#include "backup/backupsourcepage.h"
#include "backup/backupsummarypage.h"
#include "serverchooser.h"

namespace Valvur {

BackupWizard::BackupWizard(const ConnectionOptions &server, const QString &password, QSettings *settings, QWidget *parent)
    : ToolWizard(QStringLiteral("backupWizard"), QStringLiteral("backup/sourceProfile"), server, password, settings, parent)
    , m_historyFile(BackupHistory::defaultFile())
    , m_sourcePage(new BackupSourcePage(this))
    , m_kindPage(new BackupKindPage(this))
    , m_optionsPage(new BackupOptionsPage(this))
    , m_destinationPage(new BackupDestinationPage(this))
{
    setPage(SourcePageId, m_sourcePage);
    setPage(KindPageId, m_kindPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(DestinationPageId, m_destinationPage);
    setPage(SummaryPageId, new BackupSummaryPage(this));
    setPage(RunPageId, new BackupRunPage(this));
    setPage(ResultPageId, new BackupResultPage(this));
    setChooser(m_sourcePage->chooser());
    connect(m_sourcePage, &BackupSourcePage::serverChanged, m_kindPage, &BackupKindPage::resetCheck);
    retranslate();
}

BackupWizard::~BackupWizard() = default;

QString BackupWizard::historyKey() const
{
    return chooser()->isSetUp() ? chooser()->historyKey() : BackupHistory::serverKey(server(), profileId());
}

BackupOptions BackupWizard::options() const
{
    BackupOptions o;
    o.connection = server();
    o.connection.setValue(QStringLiteral("dbname"), m_sourcePage->database());
    o.password = password();
    o.format = m_kindPage->isPhysical() ? BackupOptions::Format::Physical : BackupOptions::Format::Custom;
    m_optionsPage->apply(&o);
    o.output = m_destinationPage->output();
    o.overwrite = m_destinationPage->overwrite();
    o.toolDirectory = toolDirectory();
    o.container = container();
    o.stallTimeoutS = stallTimeout();
    return o;
}

BackupJob *BackupWizard::createJob()
{
    delete m_job;
    m_job = new BackupJob(options(), this);
    return m_job;
}

void BackupWizard::setResult(const BackupResult &result)
{
    m_result = result;
    if (result.ok() && !m_historyFile.isEmpty()) {
        BackupHistory history(m_historyFile);
        history.load();
        history.record(result, historyKey(), options().connection.toConnInfo(false));
        history.save();
    }
}

void BackupWizard::cancelJob()
{
    // The job removes the partial output.
    if (m_job)
        m_job->cancel();
}

QString BackupWizard::titleFor(const QString &name) const
{
    return tr("Back up %1").arg(name);
}

QString BackupWizard::commitText() const
{
    return tr("Back up");
}

} // namespace Valvur
