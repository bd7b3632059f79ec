#pragma once

#include "connectionoptions.h"
#include "page.h"

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

class LanguageManager;
class ServerConnection;
class ServerListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(QSettings *settings, LanguageManager *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    ServerConnection *addServer(const ConnectionOptions &options, const QString &password = {}, const QString &title = {});
    ServerConnection *currentServer() const;
    ServerListModel *servers() const { return m_servers; }

    bool showPage(const QString &pageId);
    Page *currentPage() const;
    Page *page(const QString &pageId) const;
    QStringList pageIds() const;

    // Renders the window to a PNG once the current page has its data; emits screenshotDone with
    // the exit status for the command line (0 saved, 2 the data never came, 3 cannot write).
    void screenshotWhenReady(const QString &file, int timeoutMs);

Q_SIGNALS:
    void screenshotDone(int exitCode, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void connectDialog();
    void openBackupWizard();
    void openRestoreWizard();
    void selectServer(int row);
    void updateStatus();
    void onPageChanged(int row);

    QSettings *m_settings;
    LanguageManager *m_language;
    ServerListModel *m_servers;
    QSplitter *m_splitter;
    QListView *m_serverView;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QList<Page *> m_pages;
    QLabel *m_serverLabel;
    QLabel *m_navLabel;
    QLabel *m_status;

    QMenu *m_fileMenu;
    QMenu *m_viewMenu;
    QMenu *m_languageMenu;
    QMenu *m_helpMenu;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    QAction *m_backupAction;
    QAction *m_restoreAction;
    QAction *m_quitAction;
    QAction *m_refreshAction;
    QAction *m_aboutAction;
    QActionGroup *m_languageGroup;
    QAction *m_estonianAction;
    QAction *m_englishAction;
};

} // namespace Valvur
