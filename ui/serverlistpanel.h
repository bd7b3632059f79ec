#pragma once

#include "profiles/connectionprofile.h"
#include "containers/containerlogin.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace Valvur {

class ContainerDirectory;
class ContainerGroup;
class ContainerListModel;
class CredentialStore;
class ProfileDialog;
class ProfileStore;
class ProfileTreeModel;
class ServerConnection;
class ServerListModel;
class SshTunnelRegistry;

// The left-hand server list: saved profiles (grouped, searchable, in the user's order) and the
// servers opened without one. Adds, edits, duplicates, deletes (after confirmation) and reorders
// profiles; activating one connects with the password from the keychain, or asks for it.
class ServerListPanel : public QWidget
{
    Q_OBJECT
public:
    ServerListPanel(ProfileStore *profiles, CredentialStore *credentials, ServerListModel *servers, QWidget *parent = nullptr);

    ServerConnection *currentServer() const;
    QString currentProfileId() const;
    void selectServer(ServerConnection *server);
    void selectProfile(const QString &profileId);
    QTreeView *view() const { return m_view; }
    ProfileTreeModel *model() const { return m_model; }
    // The SSH tunnels of the open profiles, one per profile (ServerConnection::setSshTunnel).
    SshTunnelRegistry *tunnels() const { return m_tunnels; }

    // Opens (or selects, when already open) the profile's server; the password comes from the
    // keychain, from libpq's pgpass/service file, or from a prompt.
    void connectProfile(const QString &profileId);
    // True while a profile's password is being read from the keychain (the server opens after).
    bool connectPending() const { return m_pendingReads > 0; }

    // Shows the Containers group (under the saved servers) for this directory; its expanded state
    // is kept in settings. Profiles that name a container then follow it when they connect.
    void setContainers(ContainerDirectory *directory, QSettings *settings);
    ContainerGroup *containerGroup() const { return m_containerGroup; }
    // Connects to a container with the login its environment gives (password from
    // POSTGRES_PASSWORD or POSTGRES_PASSWORD_FILE, in memory only); says why when it cannot.
    void openContainer(const QString &name);
    // Opens the profile dialog filled from the container, its password offered for the keychain.
    void saveContainerAsProfile(const QString &name);

    // For the main window's File menu.
    QAction *newProfileAction() const { return m_addAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    // Imports a pgAdmin servers.json, pgpass file or pg_service.conf and shows what happened.
    void importFile(const QString &path);
    // Writes every profile to a pgAdmin servers.json; says so, or why not.
    void exportFile(const QString &path);

    // Dialogs the panel opened and has not closed yet (for tests: never exec()).
    ProfileDialog *openDialog() const { return m_dialog; }

public Q_SLOTS:
    void addProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void moveProfile(int delta);

Q_SIGNALS:
    void currentServerChanged(Valvur::ServerConnection *server);
    // The profile dialog's "Test connection": the connection doctor's hook.
    void testConnectionRequested(const Valvur::ConnectionOptions &options, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void showProfileDialog(const ConnectionProfile &profile);
    void saveFromDialog(ProfileDialog *dialog);
    void saveSshSecret(const ConnectionProfile &p, const std::optional<ConnectionProfile> &before, const QString &secret);
    void openServer(const ConnectionProfile &profile, const QString &password);
    void openServerNow(const ConnectionProfile &profile, const QString &password);
    void readContainerLogin(const QString &name, std::function<void(const ContainerInfo &, const ContainerLogin &)> then);
    void askPassword(const ConnectionProfile &profile, bool keychainMissing);
    void notify(const QString &title, const QString &text);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    SshTunnelRegistry *m_tunnels;
    int m_pendingReads = 0;
    ServerListModel *m_servers;
    ProfileTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_search;
    QTreeView *m_view;
    QToolButton *m_add;
    QToolButton *m_edit;
    QToolButton *m_duplicate;
    QToolButton *m_delete;
    QToolButton *m_up;
    QToolButton *m_down;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_duplicateAction;
    QAction *m_deleteAction;
    QAction *m_upAction;
    QAction *m_downAction;
    QAction *m_connectAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QPointer<ProfileDialog> m_dialog;
    QPointer<ContainerDirectory> m_containerDirectory;
    ContainerGroup *m_containerGroup = nullptr;
    QString m_rememberedProfile;
    QPointer<ServerConnection> m_rememberedServer;
};

} // namespace Valvur
