#pragma once

#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace Valvur {

class ServerConnection;

// A strip at the top of a page that says how the connection stands: connecting, lost and
// retrying in N s, failed and why. Hidden while connected.
class ConnectionBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);
    void setServer(ServerConnection *server);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    QPointer<ServerConnection> m_server;
    QTimer m_countdown;
};

} // namespace Valvur
