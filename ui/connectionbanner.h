#pragma once

#include <QLabel>
#include <QPointer>
#include <QTimer>

class QPushButton;

namespace Valvur {

class ServerConnection;

// A strip at the top of a page that says how the connection stands: connecting, lost and
// retrying in N s, failed and why, with "Diagnose…" to run the connection doctor; connected but
// not answering since when (the values below are old); connected but the page's query failed.
// Hidden while all is well.
class ConnectionBanner : public QLabel
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);
    void setServer(ServerConnection *server);
    // The page's last query failed (text in the user's words); empty: it succeeded.
    void setQueryError(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void update();
    void diagnose();

    QPointer<ServerConnection> m_server;
    QTimer m_countdown;
    QString m_queryError;
    QPushButton *m_diagnose;
};

} // namespace Valvur
