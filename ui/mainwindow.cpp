#include "mainwindow.h"
#include "containers/containerdirectory.h"

#include "pages/activitypage.h"
#include "backup/backupwizard.h"
#include "dialogs/connectdialog.h"
#include "containers/containerpage.h"
#include "containers/dockerclient.h"
#include "lab/labpage.h"
#include "pages/lockspage.h"
#include "profiles/credentialstore.h"
#include "errortext.h"
#include "grabafterpaint.h"
#include "languagemanager.h"
#include "pages/pages.h"
#include "profiles/profilestore.h"
#include "profiles/resolveserver.h"
#include "backup/restorewizard.h"
#include "pg/serverconnection.h"
#include "ssh/sshtext.h"
#include "ssh/sshtunnel.h"
#include "serverlistmodel.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/profiledialog.h"
#include "serverlistpanel.h"
#include "schedule/schedulealerts.h"
#include "schedule/schedulecontroller.h"
#include "monitoring/startuptrace.h"
#include "zoom/zoom.h"
#include "zoom/zoomlevel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Valvur {

MainWindow::MainWindow(QSettings *settings, LanguageManager *language, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_language(language)
    , m_servers(new ServerListModel(this))
    , m_profiles(new ProfileStore(settings, this))
    , m_credentials(new CredentialStore(this))
    , m_zoom(new ZoomLevel(settings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/valvur.svg")));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_serverPanel = new ServerListPanel(m_profiles, m_credentials, m_servers, left);
    leftLayout->addWidget(m_serverPanel, 3);
    m_containerDirectory = new ContainerDirectory(this);
    m_serverPanel->setContainers(m_containerDirectory, settings);
    m_navLabel = new QLabel(left);
    leftLayout->addWidget(m_navLabel);
    m_navigation = new QListWidget(left);
    m_navigation->setObjectName(QStringLiteral("pageList"));
    leftLayout->addWidget(m_navigation, 2);

    m_stack = new QStackedWidget(this);
    StartupTrace::mark("server list panel");
    // The pages are built when first shown or asked for (pageAt): start-up builds one.
    m_pages = QList<Page *>(pageKinds().size(), nullptr);
    for (const PageKind &kind : pageKinds()) {
        auto *item = new QListWidgetItem(kind.translatedTitle(), m_navigation);
        item->setData(Qt::UserRole, kind.pageId());
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    // The environment of the current server, above every page (production in red).
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 0);
    rightLayout->setSpacing(4);
    m_environmentBand = new QLabel(right);
    m_environmentBand->setObjectName(QStringLiteral("environmentBand"));
    m_environmentBand->setMargin(3);
    m_environmentBand->hide();
    rightLayout->addWidget(m_environmentBand);
    rightLayout->addWidget(m_stack, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300 * m_zoom->percent() / 100, 980 * m_zoom->percent() / 100}); // at the remembered zoom
    setCentralWidget(m_splitter);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    statusBar()->addPermanentWidget(m_status);

    connect(m_serverPanel, &ServerListPanel::currentServerChanged, this, &MainWindow::selectServer);
    connect(m_servers, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    connect(m_profiles, &ProfileStore::changed, this, &MainWindow::updateStatus);
    m_schedules = new ScheduleController(settings, m_profiles, this);
    m_scheduleAlerts = new ScheduleAlerts(m_schedules, m_serverPanel->model(), this);

    createMenus();
    retranslate();
    StartupTrace::mark("menus");

    // The remembered zoom, applied to what is built so far; pages built later are built in it.
    Zoom::apply(m_zoom->percent());
    connect(m_zoom, &ZoomLevel::changed, this, &MainWindow::zoomChanged);
    updateZoomActions();
    // Grown with the zoom, as far as the screen has room.
    QSize size = Zoom::scaled(QSize(1280, 800));
    if (Zoom::percent() > 100 && screen())
        size = size.boundedTo(screen()->availableSize()).expandedTo(QSize(1280, 800));
    resize(size);
    QString firstPage;
    if (m_settings) {
        restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
        m_splitter->restoreState(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
        firstPage = m_settings->value(QStringLiteral("window/page")).toString();
    }
    // The page the window opens on: the one shown last, else the first. It is built when it is
    // first needed (shown, asked for), so a --page given after this builds only that page.
    m_navigation->setCurrentRow(std::max(int(pageIds().indexOf(firstPage)), 0));
    m_constructing = false;
}

MainWindow::~MainWindow() = default;

Page *MainWindow::pageAt(int row) const
{
    if (row < 0 || row >= m_pages.size())
        return nullptr;
    if (!m_pages.at(row))
        const_cast<MainWindow *>(this)->buildPage(row);
    return m_pages.at(row);
}

void MainWindow::buildPage(int row)
{
    PageContext context;
    context.settings = m_settings;
    context.schedules = m_schedules;
    Page *p = pageKinds().at(row).create(context, m_stack);
    m_pages[row] = p;
    m_stack->addWidget(p);
    connect(p, &Page::refreshErrorChanged, this, [this, p] {
        if (p == currentPage())
            updateStatus();
    });
    connect(p, &Page::titleChanged, this, [this, p] {
        const int i = int(m_pages.indexOf(p));
        if (i >= 0 && m_navigation->item(i))
            m_navigation->item(i)->setText(p->title());
    });
    // The Locks page's "Show in Activity" opens the session on the Activity page.
    if (auto *locks = qobject_cast<LocksPage *>(p)) {
        connect(locks, &LocksPage::showSessionRequested, this, [this](int pid) {
            if (auto *activity = qobject_cast<ActivityPage *>(page(QStringLiteral("activity")))) {
                showPage(activity->pageId());
                activity->showSession(pid);
            }
        });
    }
    // A lab hint's "Open page" link.
    if (auto *lab = qobject_cast<LabPage *>(p))
        connect(lab, &LabPage::openPageRequested, this, [this](const QString &id) { showPage(id); });
    // A page built late starts where the others are: the current server, its staleness.
    p->setServer(currentServer());
    if (qobject_cast<ContainerPage *>(p))
        showContainerOf(currentServer());
    p->setStale(m_watched && !m_watched->isAnswering());
    // Told either way, as every page was when all were built at start (a controller may start active).
    const bool current = row == m_navigation->currentRow();
    if (current)
        m_stack->setCurrentWidget(p);
    p->setActive(current);
    StartupTrace::mark("page built");
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    currentPage(); // built now if nothing asked for it yet
    // Lazily: the first paint does not wait for the container engine (it is asynchronous anyway).
    QMetaObject::invokeMethod(m_containerDirectory, &ContainerDirectory::start, Qt::QueuedConnection);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_connectAction = m_fileMenu->addAction(QString(), this, &MainWindow::connectDialog);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setShortcut(QKeySequence::New);
    m_fileMenu->addAction(m_serverPanel->newProfileAction());
    m_fileMenu->addAction(m_serverPanel->importAction());
    m_fileMenu->addAction(m_serverPanel->exportAction());
    m_disconnectAction = m_fileMenu->addAction(QString(), this, [this] {
        if (ServerConnection *s = currentServer())
            m_servers->removeServer(m_servers->rowOf(s));
    });
    m_disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_fileMenu->addSeparator();
    m_backupAction = m_fileMenu->addAction(QString(), this, &MainWindow::openBackupWizard);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_restoreAction = m_fileMenu->addAction(QString(), this, &MainWindow::openRestoreWizard);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_backupsAction = m_fileMenu->addAction(QString(), this, [this] { showPage(QStringLiteral("backups")); });
    m_backupsAction->setObjectName(QStringLiteral("backupsAction"));
    m_backupsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_preferencesAction = m_editMenu->addAction(QString(), this, &MainWindow::openPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(QString(), this, [this] {
        if (Page *p = currentPage())
            p->refreshNow();
    });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_viewMenu->addSeparator();
    // Ctrl++ is typed differently on different layouts: Ctrl+= and Ctrl+Shift+= reach it too.
    m_zoomInAction = m_viewMenu->addAction(QString(), this, [this] {
        m_zoom->zoomIn();
        showZoomLevel();
    });
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomInAction->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Equal)});
    m_zoomOutAction = m_viewMenu->addAction(QString(), this, [this] {
        m_zoom->zoomOut();
        showZoomLevel();
    });
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    m_zoomResetAction = m_viewMenu->addAction(QString(), this, [this] {
        m_zoom->reset();
        showZoomLevel();
    });
    m_zoomResetAction->setObjectName(QStringLiteral("zoomResetAction"));
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language, so they are not translated.
    m_estonianAction = m_languageMenu->addAction(QStringLiteral("Eesti"));
    m_estonianAction->setData(QStringLiteral("et"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    m_englishAction->setData(QStringLiteral("en"));
    for (QAction *a : {m_estonianAction, m_englishAction}) {
        a->setCheckable(true);
        a->setActionGroup(m_languageGroup);
        a->setChecked(m_language && m_language->language() == a->data().toString());
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        if (!m_language)
            return;
        m_language->setLanguage(a->data().toString());
        if (m_settings)
            m_settings->setValue(QStringLiteral("language"), a->data().toString());
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Valvur"),
                           tr("<h3>Valvur %1</h3><p>A fast desktop operations console for PostgreSQL.</p>"
                              "<p>Passwords stay in the system keychain; backups are verified by restoring them.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Valvur — PostgreSQL console"));
    m_navLabel->setText(tr("Pages"));
    m_fileMenu->setTitle(tr("&File"));
    m_connectAction->setText(tr("&Connect…"));
    m_disconnectAction->setText(tr("&Disconnect"));
    m_backupAction->setText(tr("&Back up…"));
    m_restoreAction->setText(tr("R&estore…"));
    m_backupsAction->setText(tr("Bac&kups"));
    m_editMenu->setTitle(tr("&Edit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_zoomResetAction->setText(tr("&Actual size"));
    m_languageMenu->setTitle(tr("&Language"));
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages.at(i) && m_navigation->item(i)) // a built page names itself (titleChanged)
            m_navigation->item(i)->setText(pageKinds().at(i).translatedTitle());
    }
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Valvur"));
    if (m_language) {
        for (QAction *a : m_languageGroup->actions())
            a->setChecked(a->data().toString() == m_language->language());
    }
    updateStatus();
}

void MainWindow::zoomChanged(int percent)
{
    const int before = Zoom::percent();
    Zoom::apply(percent);
    updateZoomActions();
    // The server list and page list keep their share of the larger text.
    QList<int> sizes = m_splitter->sizes();
    if (!isVisible() && !(m_settings && m_settings->contains(QStringLiteral("window/splitter")))) {
        m_splitter->setSizes({300 * percent / 100, 980 * percent / 100}); // not laid out yet: the default, zoomed
    } else if (sizes.size() == 2 && sizes.at(0) > 0 && before > 0) {
        const int total = sizes.at(0) + sizes.at(1);
        sizes[0] = std::min(sizes.at(0) * percent / before, total / 2);
        sizes[1] = total - sizes.at(0);
        m_splitter->setSizes(sizes);
    }
}

// Briefly, after Zoom in / Zoom out / Actual size (not for the command line's --zoom).
void MainWindow::showZoomLevel()
{
    statusBar()->showMessage(tr("Zoom %1 %").arg(m_zoom->percent()), 3000);
}

void MainWindow::updateZoomActions()
{
    m_zoomInAction->setEnabled(m_zoom->canZoomIn());
    m_zoomOutAction->setEnabled(m_zoom->canZoomOut());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings) {
        m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
        m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
        if (Page *p = currentPage())
            m_settings->setValue(QStringLiteral("window/page"), p->pageId());
    }
    for (ServerConnection *s : m_servers->servers())
        s->close();
    event->accept();
}

ServerConnection *MainWindow::addServer(const ConnectionOptions &options, const QString &password, const QString &title)
{
    auto *server = new ServerConnection(options);
    server->setTitle(title);
    m_servers->addServer(server);
    server->open(password);
    m_serverPanel->selectServer(server);
    return server;
}

ServerConnection *MainWindow::currentServer() const
{
    return m_serverPanel->currentServer();
}

bool MainWindow::openProfile(const QString &nameOrId, QString *error)
{
    QString id;
    if (!resolveServer(QString(), nameOrId, m_settings, nullptr, &id, error))
        return false;
    m_profiles->reload();
    m_serverPanel->selectProfile(id);
    m_serverPanel->connectProfile(id);
    return true;
}

void MainWindow::connectDialog()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addServer(dialog->options(), dialog->password()); });
    dialog->open();
}

void MainWindow::openBackupWizard()
{
    // The current connection is the default source; the Source page offers the saved profiles too.
    ServerConnection *s = currentServer();
    if (!s && m_profiles->count() == 0)
        return;
    auto *wizard = new BackupWizard(s ? s->options() : ConnectionOptions(), s ? s->password() : QString(), m_settings, this);
    wizard->setProfiles(m_profiles, m_credentials, s ? s->profileId() : QString(), s ? s->title() : QString(), m_serverPanel->tunnels());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // A backup made or verified shows on the Backups page.
    connect(wizard, &QObject::destroyed, this, [this] {
        if (Page *p = page(QStringLiteral("backups")); p && p->isActive())
            p->refreshNow();
    });
    wizard->open();
}

void MainWindow::openRestoreWizard()
{
    ServerConnection *s = currentServer();
    if (!s && m_profiles->count() == 0)
        return;
    auto *wizard = new RestoreWizard(s ? s->options() : ConnectionOptions(), s ? s->password() : QString(), m_settings, this);
    wizard->setProfiles(m_profiles, m_credentials, s ? s->profileId() : QString(), s ? s->title() : QString(), m_serverPanel->tunnels());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::openPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::selectServer(ServerConnection *server)
{
    for (Page *p : std::as_const(m_pages)) {
        if (p)
            p->setServer(server);
    }
    showContainerOf(server);
    watchServer(server);
    updateStatus();
}

// The Container page follows the container the current server's profile names.
void MainWindow::showContainerOf(ServerConnection *server)
{
    const int row = int(pageIds().indexOf(QStringLiteral("container")));
    auto *containerPage = qobject_cast<ContainerPage *>(row >= 0 ? m_pages.at(row) : nullptr); // built when shown
    if (!containerPage)
        return;
    // Without an open server, the selected profile's (an exited container cannot be connected to).
    // A container opened from the Containers group has no profile: the server itself names it.
    const auto profile = m_profiles->findById(server ? server->profileId() : m_serverPanel->currentProfileId());
    QString container = server ? server->container() : QString();
    if (container.isEmpty() && profile)
        container = profile->container;
    containerPage->setContainer(container, container.isEmpty() ? nullptr : m_containerDirectory->client());
}

void MainWindow::watchServer(ServerConnection *server)
{
    if (m_watched)
        disconnect(m_watched, &ServerConnection::answeringChanged, this, nullptr);
    m_watched = server;
    if (server) {
        connect(server, &ServerConnection::answeringChanged, this, [this] {
            markStale();
            updateStatus();
        });
    }
    markStale();
}

void MainWindow::markStale()
{
    const bool stale = m_watched && !m_watched->isAnswering();
    for (Page *p : std::as_const(m_pages)) {
        if (p)
            p->setStale(stale);
    }
}

void MainWindow::updateStatus()
{
    ServerConnection *s = currentServer();
    m_backupAction->setEnabled(s != nullptr || m_profiles->count() > 0);
    m_restoreAction->setEnabled(s != nullptr || m_profiles->count() > 0);
    updateEnvironmentBand(s);
    if (!s) {
        m_status->setText(tr("No server"));
        return;
    }
    QString state;
    switch (s->state()) {
    case PgSession::State::Connected:
        if (!s->isAnswering())
            state = tr("Not answering since %1").arg(QLocale().toString(s->silentSince().time(), QLocale::LongFormat));
        else if (currentPage() && !currentPage()->refreshError().isEmpty())
            state = tr("Connected, but the page's query failed");
        else
            state = tr("Connected");
        break;
    case PgSession::State::Resolving:
    case PgSession::State::Connecting:
        state = tr("Connecting…");
        break;
    case PgSession::State::Reconnecting:
        state = tr("Connection lost, retrying");
        break;
    case PgSession::State::Disconnected:
        state = tr("Not connected");
        break;
    }
    // Behind an SSH host: the tunnel's state while it is not ready.
    if (const SshTunnel *tunnel = s->sshTunnel(); tunnel && tunnel->state() != SshTunnel::State::Ready) {
        const QString to = tunnel->endpoint().destination;
        if (tunnel->state() == SshTunnel::State::Reconnecting)
            state = tr("SSH tunnel to %1: reconnecting in %n s", nullptr, tunnel->reconnectDelaySeconds()).arg(to);
        else if (tunnel->state() == SshTunnel::State::Failed)
            state = tr("SSH tunnel to %1 failed: %2").arg(to, SshText::describe(*tunnel));
        else
            state = tr("SSH tunnel to %1: connecting…").arg(to);
    }
    m_status->setText(QStringLiteral("%1 — %2").arg(s->title(), state));
    m_status->setStyleSheet(s->environment() == ServerConnection::Environment::Production
                                ? QStringLiteral("QLabel { color: white; background: %1; padding: 0 6px; }")
                                      .arg(ConnectionProfile::environmentColor(ConnectionProfile::Environment::Production))
                                : QString());
}

void MainWindow::updateEnvironmentBand(ServerConnection *s)
{
    if (!s || s->environment() == ServerConnection::Environment::Unknown) {
        m_environmentBand->hide();
        return;
    }
    ConnectionProfile::Environment env = ConnectionProfile::Environment::Development;
    QString text;
    switch (s->environment()) {
    case ServerConnection::Environment::Production:
        env = ConnectionProfile::Environment::Production;
        text = tr("Production: %1 — the monitoring session is read-only").arg(s->title());
        break;
    case ServerConnection::Environment::Staging:
        env = ConnectionProfile::Environment::Staging;
        text = tr("Staging: %1").arg(s->title());
        break;
    default:
        text = tr("Development: %1").arg(s->title());
        break;
    }
    m_environmentBand->setText(text);
    m_environmentBand->setStyleSheet(QStringLiteral("QLabel#environmentBand { background: %1; color: white; font-weight: bold; "
                                                    "border-radius: 3px; padding-left: 6px; }")
                                         .arg(ConnectionProfile::environmentColor(env)));
    m_environmentBand->show();
}

bool MainWindow::showPage(const QString &pageId)
{
    const int row = int(pageIds().indexOf(pageId));
    if (row < 0)
        return false;
    m_navigation->setCurrentRow(row);
    return true;
}

void MainWindow::onPageChanged(int row)
{
    if (m_constructing)
        return; // the page is built when first needed
    Page *shown = pageAt(row);
    for (Page *p : std::as_const(m_pages)) {
        if (p && p->isActive() != (p == shown)) // once: a page activated twice would refresh twice
            p->setActive(p == shown);
    }
    if (shown)
        m_stack->setCurrentWidget(shown);
    updateStatus();
}

Page *MainWindow::currentPage() const
{
    return pageAt(m_navigation->currentRow());
}

Page *MainWindow::page(const QString &pageId) const
{
    return pageAt(int(pageIds().indexOf(pageId)));
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const PageKind &kind : pageKinds())
        ids << kind.pageId();
    return ids;
}

void MainWindow::screenshotWhenReady(const QString &file, int timeoutMs)
{
    Page *p = currentPage();
    auto save = [this, p, file] {
        StartupTrace::mark("page has its data");
        // Grabbed once the page has painted its data (no fixed delay).
        auto *grab = new GrabAfterPaint(this, p, file);
        connect(grab, &GrabAfterPaint::done, this, [this, file](bool written) {
            if (!written)
                Q_EMIT screenshotDone(3, tr("Cannot write the screenshot to %1.").arg(file));
            else
                Q_EMIT screenshotDone(0, QString());
        });
        grab->start();
    };
    if (!p) {
        Q_EMIT screenshotDone(2, tr("There is no page to show."));
        return;
    }
    if (!currentServer() && m_serverPanel->connectPending()) {
        // --profile with a keychain password: the server opens once the keychain has answered.
        auto *waiting = new QTimer(this);
        waiting->setSingleShot(true);
        connect(m_serverPanel, &ServerListPanel::currentServerChanged, waiting, [this, waiting, file, timeoutMs](ServerConnection *server) {
            if (!server)
                return;
            waiting->stop();
            waiting->deleteLater();
            screenshotWhenReady(file, timeoutMs);
        });
        connect(waiting, &QTimer::timeout, this, [this, waiting] {
            waiting->deleteLater();
            Q_EMIT screenshotDone(2, tr("The keychain did not give the password within the time limit."));
        });
        waiting->start(timeoutMs);
        return;
    }
    if (p->hasData() || (!currentServer() && !p->isLoading())) { // with no server, the empty state is what there is to show
        save();
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(p, &Page::dataReady, timer, [timer, save] {
        timer->stop();
        timer->deleteLater();
        save();
    });
    // A server that refuses or cannot be found will not give data soon: say so at once.
    if (ServerConnection *s = currentServer()) {
        connect(s->session(), &PgSession::connectFailed, timer, [this, timer, p](const PgError &error) {
            timer->stop();
            timer->deleteLater();
            Q_EMIT screenshotDone(2, tr("The page \"%1\" got no data: %2").arg(p->title(), describeError(error)));
        });
    }
    // A page whose query fails has its error to say, not data: say it at once.
    auto failed = [this, timer, p](const QString &text) {
        if (text.isEmpty() || p->hasData())
            return;
        timer->stop();
        timer->deleteLater();
        Q_EMIT screenshotDone(2, tr("The page \"%1\" got no data: %2").arg(p->title(), text));
    };
    connect(p, &Page::refreshErrorChanged, timer, failed);
    connect(timer, &QTimer::timeout, this, [this, timer, p] {
        timer->deleteLater();
        ServerConnection *s = currentServer();
        QString why = tr("The page \"%1\" got no data within the time limit.").arg(p->title());
        if (s && !s->isAnswering())
            why += QLatin1Char(' ')
                + tr("The server has not answered since %1.").arg(QLocale().toString(s->silentSince().time(), QLocale::LongFormat));
        else if (!p->refreshError().isEmpty())
            why += QLatin1Char(' ') + p->refreshError();
        else if (s && !s->session()->lastError().isNull())
            why += QLatin1Char(' ') + s->session()->lastError().message();
        Q_EMIT screenshotDone(2, why);
    });
    if (!p->refreshError().isEmpty()) {
        QMetaObject::invokeMethod(timer, [failed, p] { failed(p->refreshError()); }, Qt::QueuedConnection);
    }
    timer->start(timeoutMs);
}

} // namespace Valvur
