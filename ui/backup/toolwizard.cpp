#include "backup/toolwizard.h"
#include "zoom/zoom.h"

#include "dialogs/preferencesdialog.h"
#include "serverchooser.h"
#include "ssh/sshtunnelregistry.h"

#include <QEvent>

namespace Valvur {

ToolWizard::ToolWizard(const QString &objectName, const QString &chooserKey, const ConnectionOptions &server,
                       const QString &password, QSettings *settings, QWidget *parent)
    : QWizard(parent)
    , m_chooserKey(chooserKey)
    , m_server(server)
    , m_password(password)
    , m_settings(settings)
{
    setObjectName(objectName);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(Zoom::scaled(QSize(760, 560)));
}

void ToolWizard::setProfiles(ProfileStore *profiles, CredentialStore *credentials, const QString &currentProfileId,
                             const QString &currentTitle, SshTunnelRegistry *tunnels)
{
    m_tunnels = tunnels;
    m_profiles = profiles;
    m_credentials = credentials;
    m_currentProfileId = currentProfileId;
    m_currentTitle = currentTitle;
}

void ToolWizard::setUpChooser(ServerChooser *chooser) const
{
    ServerChooser::Source current;
    current.options = m_server;
    current.password = m_password;
    current.profileId = m_currentProfileId;
    current.title = m_currentTitle;
    chooser->setTunnels(m_tunnels);
    chooser->setup(current, m_profiles, m_credentials, m_settings, m_chooserKey);
}

bool ToolWizard::chosen() const
{
    return m_chooser && m_chooser->isSetUp();
}

ConnectionOptions ToolWizard::server() const
{
    return chosen() ? m_chooser->source().options : m_server;
}

QString ToolWizard::password() const
{
    return chosen() ? m_chooser->source().password : m_password;
}

QString ToolWizard::profileId() const
{
    return chosen() ? m_chooser->source().profileId : m_currentProfileId;
}

QString ToolWizard::container() const
{
    return containerOfProfile(m_profiles, profileId());
}

QString ToolWizard::toolDirectory() const
{
    return PreferencesDialog::savedToolDirectory(m_settings);
}

int ToolWizard::stallTimeout() const
{
    return PreferencesDialog::savedStallTimeout(m_settings);
}

void ToolWizard::updateTitle()
{
    const QString name = chosen() && !m_chooser->source().title.isEmpty() ? m_chooser->source().title : server().displayName();
    setWindowTitle(titleFor(name));
}

void ToolWizard::reject()
{
    cancelJob();
    QWizard::reject();
}

void ToolWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ToolWizard::retranslate()
{
    updateTitle();
    setButtonText(QWizard::CommitButton, commitText());
}

} // namespace Valvur
