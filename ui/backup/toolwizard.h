#pragma once

#include "pg/connectionoptions.h"
#include "ssh/sshtunnelregistry.h"

#include <QPointer>
#include <QWizard>

class QSettings;

namespace Valvur {

class CredentialStore;
class ProfileStore;
class ServerChooser;

// What the backup and restore wizards share: the server they work on (the main window's
// connection until a page's ServerChooser picks another: a saved profile, with its password
// found the way connecting does), the window title naming it, the app-wide tool settings, and a
// close while the tool runs that stops it.
class ToolWizard : public QWizard
{
    Q_OBJECT
public:
    // The saved profiles the chooser offers beside the current connection (server), and what the
    // current connection is (its profile id, if it came from one, and its title).
    // tunnels: where a profile behind an SSH host gets its tunnel (the window's, shared).
    void setProfiles(ProfileStore *profiles, CredentialStore *credentials, const QString &currentProfileId = {},
                     const QString &currentTitle = {}, SshTunnelRegistry *tunnels = nullptr);
    void setUpChooser(ServerChooser *chooser) const;

    // The server the chooser picked (the current connection until then).
    ConnectionOptions server() const;
    QString password() const;
    QString profileId() const;
    // The local container the chosen profile's server runs in (empty: none).
    QString container() const;
    void updateTitle();
    QSettings *settings() const { return m_settings; }
    QString toolDirectory() const;
    int stallTimeout() const;

public Q_SLOTS:
    // Closing the wizard while the tool runs stops it; the job cleans up after itself.
    void reject() override;

protected:
    // chooserKey: where the chooser remembers the profile picked last.
    ToolWizard(const QString &objectName, const QString &chooserKey, const ConnectionOptions &server, const QString &password,
               QSettings *settings, QWidget *parent);
    // The chooser of the page that picks the server.
    void setChooser(const ServerChooser *chooser) { m_chooser = chooser; }
    const ServerChooser *chooser() const { return m_chooser; }
    void changeEvent(QEvent *event) override;
    void retranslate();

    // The window title for the server named name, and the commit button's text.
    virtual QString titleFor(const QString &name) const = 0;
    virtual QString commitText() const = 0;
    virtual void cancelJob() = 0;

    ProfileStore *profiles() const { return m_profiles; }

private:
    bool chosen() const;

    QString m_chooserKey;
    ConnectionOptions m_server;
    QString m_password;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    QString m_currentProfileId;
    QString m_currentTitle;
    QPointer<SshTunnelRegistry> m_tunnels;
    QSettings *m_settings;
    const ServerChooser *m_chooser = nullptr;
};

} // namespace Valvur
