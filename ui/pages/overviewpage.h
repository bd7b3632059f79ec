#pragma once

#include "pages/page.h"

class QLabel;
class QTableView;
class QGroupBox;
class QPushButton;
class QFormLayout;

namespace Valvur {

class ConnectionBanner;
class OverviewController;
class ServerConnection;

// What the server is: version, uptime, data directory, connections against max_connections,
// listen_addresses, and the databases with owner, encoding and size (\l+). The data comes from
// an OverviewController; the page only words it and binds it to the widgets.
class OverviewPage : public Page
{
    Q_OBJECT
public:
    explicit OverviewPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override;
    void setServer(ServerConnection *server) override;
    bool hasData() const override;
    void setActive(bool active) override;
    void refreshNow() override;
    OverviewController *controller() const { return m_controller; }

protected:
    void retranslate() override;
    void showRefreshError(const QString &text) override;

private:
    void showEmpty();
    void showFacts();

    OverviewController *m_controller;
    ConnectionBanner *m_banner;
    QLabel *m_empty;
    QGroupBox *m_serverBox;
    QGroupBox *m_databasesBox;
    QFormLayout *m_form;
    QLabel *m_version;
    QLabel *m_uptime;
    QLabel *m_dataDirectory;
    QLabel *m_connections;
    QLabel *m_listen;
    QLabel *m_user;
    QList<QLabel *> m_formLabels;
    QPushButton *m_showSql;
    QTableView *m_table;
};

} // namespace Valvur
