#include "backup/restorewizard.h"

#include "dialogs/preferencesdialog.h"
#include "backup/restoreinputpage.h"
#include "backup/restoreoptionspage.h"
#include "backup/restoreresultpage.h"
#include "backup/restorerunpage.h"
#include "backup/restoresummarypage.h"
#include "backup/restoretargetpage.h"
#include "serverchooser.h"

#include <QEvent>
#include <QSettings>

namespace Valvur {

RestoreWizard::RestoreWizard(const ConnectionOptions &server, const QString &password, QSettings *settings, QWidget *parent)
    : QWizard(parent)
    , m_server(server)
    , m_password(password)
    , m_settings(settings)
    , m_inputPage(new RestoreInputPage(this))
    , m_targetPage(new RestoreTargetPage(this))
    , m_optionsPage(new RestoreOptionsPage(this))
    , m_summaryPage(new RestoreSummaryPage(this))
    , m_runPage(new RestoreRunPage(this))
    , m_resultPage(new RestoreResultPage(this))
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(InputPageId, m_inputPage);
    setPage(TargetPageId, m_targetPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(SummaryPageId, m_summaryPage);
    setPage(RunPageId, m_runPage);
    setPage(ResultPageId, m_resultPage);
    setMinimumSize(760, 560);
    retranslate();
}

RestoreWizard::~RestoreWizard() = default;

void RestoreWizard::setProfiles(ProfileStore *profiles, CredentialStore *credentials, const QString &currentProfileId,
                                const QString &currentTitle)
{
    m_profiles = profiles;
    m_credentials = credentials;
    m_currentProfileId = currentProfileId;
    m_currentTitle = currentTitle;
}

void RestoreWizard::setUpChooser(ServerChooser *chooser) const
{
    ServerChooser::Source current;
    current.options = m_server;
    current.password = m_password;
    current.profileId = m_currentProfileId;
    current.title = m_currentTitle;
    chooser->setup(current, m_profiles, m_credentials, m_settings, QStringLiteral("restore/targetProfile"));
}

ConnectionOptions RestoreWizard::server() const
{
    const ServerChooser *c = m_targetPage->chooser();
    return c->isSetUp() ? c->source().options : m_server;
}

QString RestoreWizard::password() const
{
    const ServerChooser *c = m_targetPage->chooser();
    return c->isSetUp() ? c->source().password : m_password;
}

void RestoreWizard::updateTitle()
{
    const ServerChooser *c = m_targetPage->chooser();
    const QString name = c->isSetUp() && !c->source().title.isEmpty() ? c->source().title : server().displayName();
    setWindowTitle(tr("Restore into %1").arg(name));
}

QString RestoreWizard::toolDirectory() const
{
    return PreferencesDialog::savedToolDirectory(m_settings);
}

RestoreOptions RestoreWizard::options() const
{
    RestoreOptions o;
    o.connection = server();
    o.password = password();
    o.input = m_inputPage->input();
    o.selectedEntries = m_inputPage->selectedEntries();
    o.toolDirectory = toolDirectory();
    const ServerChooser *c = m_targetPage->chooser();
    o.container = containerOfProfile(m_profiles, c->isSetUp() ? c->source().profileId : m_currentProfileId);
    o.stallTimeoutS = PreferencesDialog::savedStallTimeout(m_settings);
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

void RestoreWizard::reject()
{
    if (m_job)
        m_job->cancel();
    QWizard::reject();
}

void RestoreWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void RestoreWizard::retranslate()
{
    updateTitle();
    setButtonText(QWizard::CommitButton, tr("Restore"));
}

} // namespace Valvur
