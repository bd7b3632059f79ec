#pragma once

#include "pg/connectionoptions.h"
#include "pages/page.h"

#include <QMainWindow>
#include <QPointer>

class QListView;
class QListWidget;
class QStackedWidget;
class QLabel;
class QSettings;
class QActionGroup;
class QMenu;
class QSplitter;

namespace Valvur {

class ContainerDirectory;
class CredentialStore;
class DockerClient;
class LanguageManager;
class ProfileStore;
class ScheduleAlerts;
class ScheduleController;
class ServerConnection;
class ServerListModel;
class ServerListPanel;
class ZoomLevel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(QSettings *settings, LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    ServerConnection *addServer(const ConnectionOptions &options, const QString &password = {}, const QString &title = {});
    ServerConnection *currentServer() const;
    ServerListModel *servers() const { return m_servers; }
    ProfileStore *profiles() const { return m_profiles; }
    CredentialStore *credentials() const { return m_credentials; }
    ServerListPanel *serverPanel() const { return m_serverPanel; }
    // The local container engine's PostgreSQL containers (one for the window; started once the
    // window shows). The current server's container is ServerConnection::container().
    ContainerDirectory *containers() const { return m_containerDirectory; }
    // Connects to a saved profile (by name, else id), as --profile NAME does. False when none matches.
    bool openProfile(const QString &nameOrId, QString *error = nullptr);

    bool showPage(const QString &pageId);
    Page *currentPage() const;
    // The page with this id, built if it was not yet (pages are built when first shown).
    Page *page(const QString &pageId) const;
    QStringList pageIds() const;

    // The interface zoom (View → Zoom in / Zoom out / Actual size), remembered in the settings.
    ZoomLevel *zoomLevel() const { return m_zoom; }
    ScheduleController *schedules() const { return m_schedules; }
    ScheduleAlerts *scheduleAlerts() const { return m_scheduleAlerts; }

    // Renders the window to a PNG once the current page has its data; emits screenshotDone with
    // the exit status for the command line (0 saved, 2 the data never came, 3 cannot write).
    void screenshotWhenReady(const QString &file, int timeoutMs);

Q_SIGNALS:
    void screenshotDone(int exitCode, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void connectDialog();
    void openBackupWizard();
    void openRestoreWizard();
    void openPreferences();
    void selectServer(ServerConnection *server);
    void updateStatus();
    void zoomChanged(int percent);
    void updateZoomActions();
    void showZoomLevel();
    void updateEnvironmentBand(ServerConnection *server);
    void onPageChanged(int row);
    // The page in navigation row `row`, built on first use; nullptr outside the rows.
    Page *pageAt(int row) const;
    void buildPage(int row);

    void watchServer(ServerConnection *server);
    void showContainerOf(ServerConnection *server);
    void markStale();

    QPointer<ServerConnection> m_watched; // the current server, for its "not answering" state
    QSettings *m_settings;
    LanguageManager *m_language;
    ServerListModel *m_servers;
    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    QSplitter *m_splitter;
    ServerListPanel *m_serverPanel;
    ContainerDirectory *m_containerDirectory;
    QLabel *m_environmentBand;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<Page *> m_pages; // by navigation row; nullptr until built
    bool m_constructing = true;
    QLabel *m_navLabel;
    QLabel *m_status;
    ZoomLevel *m_zoom;
    ScheduleController *m_schedules;
    ScheduleAlerts *m_scheduleAlerts;

    QMenu *m_fileMenu;
    QMenu *m_editMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    QAction *m_backupAction;
    QAction *m_restoreAction;
    QAction *m_backupsAction;
    QAction *m_preferencesAction;
    QAction *m_quitAction;
    QAction *m_refreshAction;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_zoomResetAction;
    QAction *m_aboutAction;
    QActionGroup *m_languageGroup;
    QAction *m_estonianAction;
    QAction *m_englishAction;
};

} // namespace Valvur
