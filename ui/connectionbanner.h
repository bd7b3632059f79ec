#pragma once

#include <QLabel>
#include <QPointer>
#include <QTimer>

class QPushButton;

namespace Valvur {

class ServerConnection;

// A strip at the top of a page that says how the connection stands: connecting, lost and
// retrying in N s, failed and why, with "Diagnose…" to run the connection doctor. Hidden while connected.
class ConnectionBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);
    void setServer(ServerConnection *server);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void update();
    void diagnose();

    QPointer<ServerConnection> m_server;
    QTimer m_countdown;
    QPushButton *m_diagnose;
};

} // namespace Valvur
