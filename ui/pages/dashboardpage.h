#pragma once

#include "dashboard/dashboardalerts.h"
#include "pages/page.h"

#include <QPointer>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSystemTrayIcon;

namespace Valvur {

class ConnectionBanner;
class DashboardPanel;
class DashboardSampler;
class ServerConnection;

// The live Dashboard: connections by state against max_connections, the cache hit ratio per
// interval, transactions per second and the database size, for one database or the whole server.
// Sampling (DashboardSampler) goes on while another page is shown, so history and alerts are
// kept; pause stops it. Choices are remembered in the settings.
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    void setServer(ServerConnection *server) override;
    bool hasData() const override { return m_hasData; }
    void refreshNow() override;

    DashboardSampler *sampler() const { return m_sampler; }
    int alerts() const { return m_alerts.active(); }
    const DashboardAlerts::Thresholds &thresholds() const { return m_alerts.thresholds(); }
    void setThresholds(const DashboardAlerts::Thresholds &thresholds);
    // Export what the charts show now; false and a message in the user's language on failure.
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    // An alert started while the window is not active: the page asks for a desktop notification
    // (shown through QSystemTrayIcon where a system tray exists).
    void notificationRequested(const QString &title, const QString &message);

protected:
    void retranslate() override;
    void showRefreshError(const QString &text) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSampled();
    void redraw();
    void updateNumbers();
    void updateAlertBanner();
    QString connectionsAlertText() const;
    void notify(int started);
    void fillDatabases(const QStringList &databases);
    void showSql(int which);
    void editThresholds();
    void chooseExport(bool png);
    qint64 windowMs() const;
    void showEmpty();
    // The charts are seen: the page is shown and its window not minimised.
    bool chartsSeen() const;

    QPointer<ServerConnection> m_server;
    DashboardSampler *m_sampler;
    DashboardAlerts m_alerts;
    ConnectionBanner *m_banner;
    QLabel *m_alertBanner;
    QLabel *m_empty;
    QWidget *m_controls;
    QWidget *m_charts;
    QLabel *m_databaseLabel;
    QComboBox *m_database;
    QLabel *m_windowLabel;
    QComboBox *m_window;
    QLabel *m_intervalLabel;
    QDoubleSpinBox *m_interval;
    QPushButton *m_pause;
    QPushButton *m_exportPng;
    QPushButton *m_exportCsv;
    QPushButton *m_thresholds;
    DashboardPanel *m_connections;
    DashboardPanel *m_cache;
    DashboardPanel *m_tps;
    DashboardPanel *m_size;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_hasData = false;
    bool m_stale = false; // samples arrived while the charts were not seen
};

} // namespace Valvur
