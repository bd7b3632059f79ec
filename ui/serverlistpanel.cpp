#include "serverlistpanel.h"
#include "zoom/zoom.h"

#include "containers/containerdirectory.h"
#include "containers/containergroup.h"
#include "containers/containerlistmodel.h"
#include "containers/containerprofile.h"
#include "profiles/credentialstore.h"
#include "dialogs/doctordialog.h"
#include "dialogs/hostkeydialog.h"
#include "dialogs/profiledialog.h"
#include "profiles/profileimport.h"
#include "profiles/profilestore.h"
#include "profiletreemodel.h"
#include "pg/serverconnection.h"
#include "serverlistmodel.h"
#include "ssh/sshtext.h"
#include "ssh/sshtunnel.h"
#include "ssh/sshtunnelregistry.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Valvur {

namespace {
ServerConnection::Environment toServerEnvironment(ConnectionProfile::Environment e)
{
    switch (e) {
    case ConnectionProfile::Environment::Development:
        return ServerConnection::Environment::Development;
    case ConnectionProfile::Environment::Staging:
        return ServerConnection::Environment::Staging;
    case ConnectionProfile::Environment::Production:
        return ServerConnection::Environment::Production;
    }
    return ServerConnection::Environment::Unknown;
}
} // namespace

ServerListPanel::ServerListPanel(ProfileStore *profiles, CredentialStore *credentials, ServerListModel *servers, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_tunnels(new SshTunnelRegistry(this))
    , m_servers(servers)
    , m_model(new ProfileTreeModel(profiles, servers, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("serverPanel"));
    // valvur itself answers ssh's passphrase questions from the keychain (cli/sshaskpass.h); a test
    // program cannot.
    if (QFileInfo(QCoreApplication::applicationFilePath()).fileName() == QLatin1String("valvur"))
        m_tunnels->setAskpassHelper(QCoreApplication::applicationFilePath());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = new QLabel(this);
    layout->addWidget(m_title);
    // The profile buttons sit under the list, so the title and the search box keep the full width.
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    auto tool = [this, buttons](const char *name, const QString &symbol) {
        auto *b = new QToolButton(this);
        b->setObjectName(QString::fromLatin1(name));
        b->setText(symbol);
        b->setAutoRaise(true);
        buttons->addWidget(b);
        return b;
    };
    m_add = tool("addProfileButton", QStringLiteral("+"));
    m_edit = tool("editProfileButton", QStringLiteral("✎"));
    m_duplicate = tool("duplicateProfileButton", QStringLiteral("❐"));
    m_delete = tool("deleteProfileButton", QStringLiteral("−"));
    m_up = tool("moveUpButton", QStringLiteral("↑"));
    m_down = tool("moveDownButton", QStringLiteral("↓"));
    buttons->addStretch(1);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("serverSearch"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ProfileTreeModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // searching for a group shows its servers
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_view->expandAll();
    });

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("serverList"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setIconSize(Zoom::scaled(QSize(22, 16)));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    m_view->expandAll();

    auto action = [this](const char *name, const QKeySequence &key, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
        addAction(a);
        return a;
    };
    m_connectAction = action("connectProfileAction", QKeySequence(), [this] { connectProfile(currentProfileId()); });
    m_addAction = action("addProfileAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { addProfile(); });
    m_editAction = action("editProfileAction", QKeySequence(Qt::Key_F2), [this] { editProfile(); });
    m_duplicateAction = action("duplicateProfileAction", QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateProfile(); });
    m_deleteAction = action("deleteProfileAction", QKeySequence::Delete, [this] { deleteProfile(); });
    m_upAction = action("moveUpAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] { moveProfile(-1); });
    m_downAction = action("moveDownAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] { moveProfile(1); });
    m_addAction->setShortcutContext(Qt::WindowShortcut); // also in the File menu
    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importProfilesAction"));
    connect(m_importAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import connection profiles"), QDir::homePath(),
                                                          tr("pgAdmin servers.json, pgpass, pg_service.conf (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(QStringLiteral("exportProfilesAction"));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export connection profiles"), QDir::homePath() + QStringLiteral("/servers.json"),
                                                          tr("pgAdmin servers.json (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(m_add, &QToolButton::clicked, this, &ServerListPanel::addProfile);
    connect(m_edit, &QToolButton::clicked, this, &ServerListPanel::editProfile);
    connect(m_duplicate, &QToolButton::clicked, this, &ServerListPanel::duplicateProfile);
    connect(m_delete, &QToolButton::clicked, this, &ServerListPanel::deleteProfile);
    connect(m_up, &QToolButton::clicked, this, [this] { moveProfile(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveProfile(1); });

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ProfileTreeModel::ProfileIdRole).toString();
        if (!id.isEmpty())
            connectProfile(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        Q_EMIT currentServerChanged(currentServer());
    });
    // A reset (a profile saved, a server opened or closed) keeps the selection on the same item.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_rememberedProfile = currentProfileId();
        m_rememberedServer = currentServer();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        const QModelIndex source = m_rememberedProfile.isEmpty() ? m_model->indexOfServer(m_rememberedServer)
                                                                 : m_model->indexOfProfile(m_rememberedProfile);
        if (source.isValid())
            m_view->setCurrentIndex(m_proxy->mapFromSource(source));
        updateActions();
        Q_EMIT currentServerChanged(currentServer());
    });

    retranslate();
    updateActions();
}

ServerConnection *ServerListPanel::currentServer() const
{
    const QModelIndex i = m_view->currentIndex();
    return qobject_cast<ServerConnection *>(i.data(ProfileTreeModel::ServerRole).value<QObject *>());
}

QString ServerListPanel::currentProfileId() const
{
    return m_view->currentIndex().data(ProfileTreeModel::ProfileIdRole).toString();
}

void ServerListPanel::selectServer(ServerConnection *server)
{
    const QModelIndex source = m_model->indexOfServer(server);
    if (source.isValid())
        m_view->setCurrentIndex(m_proxy->mapFromSource(source));
}

void ServerListPanel::selectProfile(const QString &profileId)
{
    const QModelIndex source = m_model->indexOfProfile(profileId);
    if (source.isValid())
        m_view->setCurrentIndex(m_proxy->mapFromSource(source));
}

void ServerListPanel::updateActions()
{
    const bool profile = !currentProfileId().isEmpty();
    for (QAction *a : {m_connectAction, m_editAction, m_duplicateAction, m_deleteAction, m_upAction, m_downAction})
        a->setEnabled(profile);
    for (QToolButton *b : {m_edit, m_duplicate, m_delete, m_up, m_down})
        b->setEnabled(profile);
}

void ServerListPanel::connectProfile(const QString &profileId)
{
    const std::optional<ConnectionProfile> p = m_profiles->findById(profileId);
    if (!p)
        return;
    if (ServerConnection *open = m_model->serverForProfile(profileId)) {
        selectServer(open);
        if (open->state() == PgSession::State::Disconnected && open->session()->lastError().kind() != PgError::Kind::None) {
            // A failed connection: try again (perhaps with another password).
            m_servers->removeServer(m_servers->rowOf(open));
        } else {
            return;
        }
    }
    switch (p->passwordLocation()) {
    case ConnectionProfile::PasswordLocation::Keychain: {
        const ConnectionProfile profile = *p;
        ++m_pendingReads;
        m_credentials->readPassword(profile.id, this, [this, profile](CredentialStore::Outcome outcome, const QString &password, const QString &) {
            --m_pendingReads;
            if (outcome == CredentialStore::Outcome::Ok)
                openServer(profile, password);
            else
                askPassword(profile, outcome == CredentialStore::Outcome::Unavailable);
        });
        break;
    }
    case ConnectionProfile::PasswordLocation::Pgpass:
    case ConnectionProfile::PasswordLocation::ServiceFile:
        openServer(*p, QString());
        break;
    case ConnectionProfile::PasswordLocation::Ask:
        askPassword(*p, false);
        break;
    }
}

void ServerListPanel::askPassword(const ConnectionProfile &profile, bool keychainMissing)
{
    auto *prompt = new QInputDialog(this);
    prompt->setObjectName(QStringLiteral("passwordPrompt"));
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setInputMode(QInputDialog::TextInput);
    prompt->setTextEchoMode(QLineEdit::Password);
    prompt->setWindowTitle(tr("Password for %1").arg(profile.name));
    QString label = tr("Password for %1 (%2):").arg(profile.name, profile.displayAddress());
    if (keychainMissing)
        label = tr("No system keychain answered, so this password is used for this connection only and is not saved.")
            + QStringLiteral("\n\n") + label;
    else
        label += QLatin1Char('\n') + tr("Leave it empty if the server needs none.");
    prompt->setLabelText(label);
    prompt->setOkButtonText(tr("C&onnect"));
    prompt->setCancelButtonText(tr("Cancel"));
    connect(prompt, &QInputDialog::textValueSelected, this, [this, profile](const QString &password) { openServer(profile, password); });
    prompt->open();
}

void ServerListPanel::openServer(const ConnectionProfile &profile, const QString &password)
{
    // A profile of a container connects where the container is now (its port may have changed).
    if (!profile.container.isEmpty() && m_containerDirectory) {
        whenDirectoryAnswers(m_containerDirectory, this, 5000, [this, profile, password] {
            openServerNow(followContainer(profile, m_containerDirectory), password);
        });
        return;
    }
    openServerNow(profile, password);
}

void ServerListPanel::openServerNow(const ConnectionProfile &profile, const QString &password)
{
    if (ServerConnection *open = m_model->serverForProfile(profile.id)) {
        selectServer(open);
        return;
    }
    auto *server = new ServerConnection(profile.toOptions());
    server->setTitle(profile.name);
    server->setProfileId(profile.id);
    server->setContainer(profile.container);
    server->setEnvironment(toServerEnvironment(profile.environment));
    if (profile.ssh.isEnabled()) {
        // Through the profile's SSH tunnel: the session opens when it is ready.
        server->setSshTunnel(m_tunnels, profile.ssh);
        connect(server, &ServerConnection::sshStateChanged, this, [this, server] {
            SshTunnel *tunnel = server->sshTunnel();
            if (!tunnel || tunnel->state() != SshTunnel::State::Failed)
                return;
            const SshHostKey key = tunnel->hostKey();
            if (!key.fingerprint.isEmpty() && tunnel->cause() == QLatin1String("ssh-host-unknown")) {
                // The user compares the fingerprint; on yes known_hosts gets the key and the tunnel starts again.
                HostKeyDialog::askToTrust(
                    this, key,
                    [this, again = QPointer<SshTunnel>(tunnel)](bool trusted, const QString &error) {
                        if (!error.isEmpty())
                            notify(tr("SSH tunnel"), error);
                        else if (trusted && again)
                            again->start();
                    },
                    tunnel->knownHostsFile());
                return;
            }
            if (!key.fingerprint.isEmpty() && tunnel->cause() == QLatin1String("ssh-host-key-changed")) {
                HostKeyDialog::showChanged(this, key, tunnel->knownHostsFile());
                return;
            }
            notify(tr("SSH tunnel"), SshText::explain(*tunnel).join(QLatin1Char('\n')));
        });
    }
    m_servers->addServer(server);
    server->open(password);
    selectServer(server);
}

void ServerListPanel::setContainers(ContainerDirectory *directory, QSettings *settings)
{
    if (m_containerGroup || !directory)
        return;
    m_containerDirectory = directory;
    m_containerGroup = new ContainerGroup(new ContainerListModel(directory, this), settings, this);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_containerGroup, 1); // folded, its size policy keeps it to the header
    connect(m_search, &QLineEdit::textChanged, m_containerGroup, &ContainerGroup::setFilterText);
    connect(m_containerGroup, &ContainerGroup::connectRequested, this, &ServerListPanel::openContainer);
    connect(m_containerGroup, &ContainerGroup::saveAsProfileRequested, this, &ServerListPanel::saveContainerAsProfile);
}

void ServerListPanel::readContainerLogin(const QString &name,
                                         std::function<void(const ContainerInfo &, const ContainerLogin &)> then)
{
    const ContainerInfo *found = m_containerDirectory ? m_containerDirectory->find(name) : nullptr;
    if (!found) {
        notify(tr("Container"), tr("The container \"%1\" is gone. The list shows the containers there are now.").arg(name));
        return;
    }
    const ContainerInfo container = *found;
    auto *reader = new ContainerLoginReader(m_containerDirectory->client(), this);
    connect(reader, &ContainerLoginReader::finished, this, [reader, container, then = std::move(then)](const ContainerLogin &login) {
        reader->deleteLater();
        then(container, login);
    });
    reader->start(container);
}

void ServerListPanel::openContainer(const QString &name)
{
    for (ServerConnection *s : m_servers->servers()) {
        if (s->container() != name || !s->profileId().isEmpty())
            continue;
        if (s->state() == PgSession::State::Disconnected && s->session()->lastError().kind() != PgError::Kind::None) {
            m_servers->removeServer(m_servers->rowOf(s)); // a failed try: try again
            break;
        }
        selectServer(s);
        return;
    }
    readContainerLogin(name, [this](const ContainerInfo &container, const ContainerLogin &login) {
        if (!login.ok()) {
            notify(tr("Cannot connect to the container"), login.message);
            return;
        }
        auto *server = new ServerConnection(login.options);
        server->setTitle(container.name);
        server->setContainer(container.name);
        server->setEnvironment(ServerConnection::Environment::Development);
        m_servers->addServer(server);
        server->open(login.password);
        selectServer(server);
    });
}

void ServerListPanel::saveContainerAsProfile(const QString &name)
{
    readContainerLogin(name, [this](const ContainerInfo &container, const ContainerLogin &login) {
        // A stopped container can still be saved: it will publish its configured port again.
        if (login.options.value(QStringLiteral("port")).isEmpty()) {
            notify(tr("Save as connection profile"), login.message);
            return;
        }
        showProfileDialog(profileForContainer(container, login));
        if (m_dialog)
            m_dialog->setPassword(login.password);
    });
}

void ServerListPanel::addProfile()
{
    showProfileDialog(ConnectionProfile());
}

void ServerListPanel::editProfile()
{
    if (const auto p = m_profiles->findById(currentProfileId()))
        showProfileDialog(*p);
}

void ServerListPanel::showProfileDialog(const ConnectionProfile &profile)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new ProfileDialog(m_profiles, m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!profile.id.isEmpty() || !profile.container.isEmpty()) // an existing profile, or one made from a container
        dialog->setProfile(profile);
    connect(dialog, &ProfileDialog::testConnectionRequested, this, &ServerListPanel::testConnectionRequested);
    connect(dialog, &ProfileDialog::testConnectionRequested, dialog, [this, dialog](const ConnectionOptions &options, const QString &password) {
        // Connection doctor; an untouched saved password is in the keychain: test with it, as connecting would.
        const std::optional<ConnectionProfile> saved = m_profiles->findById(dialog->profile().id);
        const QString container = saved ? saved->container : QString();
        const SshEndpoint ssh = dialog->profile().ssh; // the SSH part as the form has it now
        const QString sshProfile = saved ? saved->id : QString();
        if (!password.isEmpty() || !saved || !saved->passwordInKeychain) {
            DoctorDialog::diagnose(dialog, options, password, container, ssh, sshProfile);
            return;
        }
        m_credentials->readPassword(saved->id, dialog, [dialog, options, container, ssh, sshProfile](CredentialStore::Outcome, const QString &stored, const QString &) {
            DoctorDialog::diagnose(dialog, options, stored, container, ssh, sshProfile);
        });
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveFromDialog(dialog); });
    m_dialog = dialog;
    dialog->open();
}

void ServerListPanel::saveFromDialog(ProfileDialog *dialog)
{
    ConnectionProfile p = dialog->profile();
    const std::optional<ConnectionProfile> before = m_profiles->findById(p.id);
    const QString password = dialog->password();
    const bool save = dialog->savePassword();
    // The flag follows the keychain's answer below; until then it keeps what was true before.
    p.passwordInKeychain = before && before->passwordInKeychain && save;
    QString error;
    if (before) {
        if (!m_profiles->update(p, &error)) {
            notify(tr("Connection profile"), error);
            return;
        }
    } else if (!m_profiles->add(p, &error, &p)) {
        notify(tr("Connection profile"), error);
        return;
    }
    const QString id = p.id;
    if (save && !password.isEmpty()) {
        m_credentials->writePassword(id, password, this, [this, id](CredentialStore::Outcome outcome, const QString &, const QString &message) {
            std::optional<ConnectionProfile> stored = m_profiles->findById(id);
            if (!stored)
                return;
            if (outcome == CredentialStore::Outcome::Ok) {
                stored->passwordInKeychain = true;
                m_profiles->update(*stored);
            } else {
                notify(tr("Password not saved"),
                       tr("No system keychain answered (%1), so the password was not saved anywhere. "
                          "Valvur will ask for it each time it connects to \"%2\".")
                           .arg(message, stored->name));
            }
        });
    } else if (!save && before && before->passwordInKeychain) {
        m_credentials->deletePassword(id);
    }
    saveSshSecret(p, before, dialog->sshSecret());
    // An open connection follows the new settings; a change to or from production reconnects too,
    // because the read-only monitoring session is set when connecting.
    const bool productionChanged = before
        && (before->environment == ConnectionProfile::Environment::Production) != (p.environment == ConnectionProfile::Environment::Production);
    if (ServerConnection *open = m_model->serverForProfile(id);
        open && before && (productionChanged || before->toOptions().values() != p.toOptions().values())) {
        m_servers->removeServer(m_servers->rowOf(open));
        connectProfile(id);
    } else if (open && before) {
        open->setTitle(p.name);
        open->setEnvironment(toServerEnvironment(p.environment));
    }
    selectProfile(id);
}

void ServerListPanel::duplicateProfile()
{
    if (const auto copy = m_profiles->duplicate(currentProfileId()))
        selectProfile(copy->id);
}

void ServerListPanel::deleteProfile()
{
    const std::optional<ConnectionProfile> p = m_profiles->findById(currentProfileId());
    if (!p)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete connection profile"),
                                tr("Delete the connection profile \"%1\" (%2)?").arg(p->name, p->displayAddress()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(p->passwordInKeychain ? tr("Its password is removed from the system keychain too. This cannot be undone.")
                                                  : tr("This cannot be undone."));
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = p->id;
    const bool inKeychain = p->passwordInKeychain;
    connect(box, &QMessageBox::finished, this, [this, box, id, inKeychain](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        if (ServerConnection *open = m_model->serverForProfile(id))
            m_servers->removeServer(m_servers->rowOf(open));
        m_profiles->remove(id);
        if (inKeychain)
            m_credentials->deletePassword(id);
        m_credentials->deletePassword(SshEndpoint::keychainKey(id)); // NotFound when it had none
    });
    box->open();
}

void ServerListPanel::saveSshSecret(const ConnectionProfile &p, const std::optional<ConnectionProfile> &before, const QString &secret)
{
    // The key passphrase or SSH password lives only in the keychain, where ssh's askpass helper
    // reads it; a profile whose SSH part is turned off forgets it.
    const QString key = SshEndpoint::keychainKey(p.id);
    if (p.ssh.isEnabled() && !secret.isEmpty()) {
        m_credentials->writePassword(key, secret, this, [this, name = p.name](CredentialStore::Outcome outcome, const QString &, const QString &message) {
            if (outcome != CredentialStore::Outcome::Ok)
                notify(tr("SSH passphrase not saved"),
                       tr("No system keychain answered (%1), so the key passphrase or SSH password of \"%2\" was not saved "
                          "anywhere. ssh can still use your agent or a key without a passphrase.")
                           .arg(message, name));
        });
    } else if (!p.ssh.isEnabled() && before && before->ssh.isEnabled()) {
        m_credentials->deletePassword(key);
    }
}

void ServerListPanel::moveProfile(int delta)
{
    const std::optional<ConnectionProfile> p = m_profiles->findById(currentProfileId());
    if (!p)
        return;
    // Move past the neighbour in the same group (the list shows each group together).
    const QList<ConnectionProfile> &all = m_profiles->profiles();
    int i = m_profiles->indexOf(p->id) + delta;
    while (i >= 0 && i < all.size() && all.at(i).group != p->group)
        i += delta;
    if (i < 0 || i >= all.size())
        return;
    m_profiles->move(p->id, i);
    selectProfile(p->id);
}

void ServerListPanel::importFile(const QString &path)
{
    ProfileImport result = ProfileImport::fromFile(path);
    const bool applied = result.apply(m_profiles);
    using Status = ProfileImport::Item::Status;
    QStringList lines;
    for (const ProfileImport::Item &i : result.items()) {
        switch (i.status) {
        case Status::Added:
            lines << tr("Added: %1").arg(i.profile.name);
            break;
        case Status::Duplicate:
            lines << tr("Already there: %1 (the same as \"%2\")").arg(i.profile.name, i.duplicateOf);
            break;
        case Status::Skipped:
        case Status::Rejected:
        case Status::Pending:
            lines << i.message;
            break;
        }
    }
    QString summary = tr("%n added", nullptr, result.count(Status::Added)) + QStringLiteral(", ")
        + tr("%n already there", nullptr, result.count(Status::Duplicate)) + QStringLiteral(", ")
        + tr("%n rejected", nullptr, result.count(Status::Rejected)) + QLatin1Char('.');
    if (!applied)
        summary += QLatin1Char(' ') + tr("Nothing was added: fix the file and import it again.");
    auto *box = new QMessageBox(applied ? QMessageBox::Information : QMessageBox::Warning, tr("Import connection profiles"),
                                tr("%1 (%2): %3").arg(QDir::toNativeSeparators(path), ProfileImport::kindName(result.kind()), summary),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("importResult"));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ServerListPanel::exportFile(const QString &path)
{
    QString error;
    if (ProfileImport::exportServersJson(m_profiles->profiles(), path, &error))
        notify(tr("Export connection profiles"),
               tr("Wrote %n profile(s) to %1, without passwords.", nullptr, m_profiles->count()).arg(QDir::toNativeSeparators(path)));
    else
        notify(tr("Export connection profiles"), error);
}

void ServerListPanel::notify(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("profileNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ServerListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServerListPanel::retranslate()
{
    m_title->setText(tr("Servers"));
    m_search->setPlaceholderText(tr("Search servers"));
    m_connectAction->setText(tr("&Connect"));
    m_addAction->setText(tr("&New connection profile…"));
    m_editAction->setText(tr("&Edit…"));
    m_duplicateAction->setText(tr("D&uplicate"));
    m_deleteAction->setText(tr("&Delete…"));
    m_upAction->setText(tr("Move &up"));
    m_downAction->setText(tr("Move do&wn"));
    m_importAction->setText(tr("&Import connection profiles…"));
    m_exportAction->setText(tr("E&xport connection profiles…"));
    m_add->setToolTip(tr("New connection profile (%1)").arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
    m_edit->setToolTip(tr("Edit the profile (%1)").arg(m_editAction->shortcut().toString(QKeySequence::NativeText)));
    m_duplicate->setToolTip(tr("Duplicate the profile (%1)").arg(m_duplicateAction->shortcut().toString(QKeySequence::NativeText)));
    m_delete->setToolTip(tr("Delete the profile (%1)").arg(m_deleteAction->shortcut().toString(QKeySequence::NativeText)));
    m_up->setToolTip(tr("Move up (%1)").arg(m_upAction->shortcut().toString(QKeySequence::NativeText)));
    m_down->setToolTip(tr("Move down (%1)").arg(m_downAction->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace Valvur
