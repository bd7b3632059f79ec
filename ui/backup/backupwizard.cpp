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
#include "dialogs/preferencesdialog.h"
#include "serverchooser.h"

#include <QEvent>
#include <QSettings>

namespace Valvur {

BackupWizard::BackupWizard(const ConnectionOptions &server, const QString &password, QSettings *settings, QWidget *parent)
    : QWizard(parent)
    , m_server(server)
    , m_password(password)
    , m_settings(settings)
    , m_historyFile(BackupHistory::defaultFile())
    , m_sourcePage(new BackupSourcePage(this))
    , m_kindPage(new BackupKindPage(this))
    , m_optionsPage(new BackupOptionsPage(this))
    , m_destinationPage(new BackupDestinationPage(this))
    , m_summaryPage(new BackupSummaryPage(this))
    , m_runPage(new BackupRunPage(this))
    , m_resultPage(new BackupResultPage(this))
{
    setObjectName(QStringLiteral("backupWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(SourcePageId, m_sourcePage);
    setPage(KindPageId, m_kindPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(DestinationPageId, m_destinationPage);
    setPage(SummaryPageId, m_summaryPage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);
    setMinimumSize(760, 560);
    connect(m_sourcePage, &BackupSourcePage::serverChanged, m_kindPage, &BackupKindPage::resetCheck);
    retranslate();
}

BackupWizard::~BackupWizard() = default;

void BackupWizard::setProfiles(ProfileStore *profiles, CredentialStore *credentials, const QString &currentProfileId,
                               const QString &currentTitle)
{
    m_profiles = profiles;
    m_credentials = credentials;
    m_currentProfileId = currentProfileId;
    m_currentTitle = currentTitle;
}

void BackupWizard::setUpChooser(ServerChooser *chooser) const
{
    ServerChooser::Source current;
    current.options = m_server;
    current.password = m_password;
    current.profileId = m_currentProfileId;
    current.title = m_currentTitle;
    chooser->setup(current, m_profiles, m_credentials, m_settings, QStringLiteral("backup/sourceProfile"));
}

ConnectionOptions BackupWizard::server() const
{
    const ServerChooser *c = m_sourcePage->chooser();
    return c->isSetUp() ? c->source().options : m_server;
}

QString BackupWizard::password() const
{
    const ServerChooser *c = m_sourcePage->chooser();
    return c->isSetUp() ? c->source().password : m_password;
}

QString BackupWizard::historyKey() const
{
    const ServerChooser *c = m_sourcePage->chooser();
    return c->isSetUp() ? c->historyKey() : BackupHistory::serverKey(m_server, m_currentProfileId);
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
    o.toolDirectory = PreferencesDialog::savedToolDirectory(m_settings);
    const ServerChooser *c = m_sourcePage->chooser();
    o.container = containerOfProfile(m_profiles, c->isSetUp() ? c->source().profileId : m_currentProfileId);
    o.stallTimeoutS = PreferencesDialog::savedStallTimeout(m_settings);
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

void BackupWizard::reject()
{
    // Closing the wizard while the tool runs stops it; the job removes the partial output.
    if (m_job)
        m_job->cancel();
    QWizard::reject();
}

void BackupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void BackupWizard::updateTitle()
{
    const ServerChooser *c = m_sourcePage->chooser();
    const QString name = c->isSetUp() && !c->source().title.isEmpty() ? c->source().title : server().displayName();
    setWindowTitle(tr("Back up %1").arg(name));
}

void BackupWizard::retranslate()
{
    updateTitle();
    setButtonText(QWizard::CommitButton, tr("Back up"));
}

} // namespace Valvur
