#include "connectionbanner.h"

#include "dialogs/doctordialog.h"
#include "errortext.h"
#include "pg/serverconnection.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QPushButton>

namespace Valvur {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setWordWrap(true);
    setMargin(8);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionBanner::update);
    m_diagnose = new QPushButton(this);
    m_diagnose->setObjectName(QStringLiteral("diagnoseButton"));
    connect(m_diagnose, &QPushButton::clicked, this, &ConnectionBanner::diagnose);
    m_diagnose->hide();
    hide();
}

void ConnectionBanner::setServer(ServerConnection *server)
{
    if (m_server)
        disconnect(m_server, nullptr, this, nullptr);
    m_server = server;
    m_queryError.clear();
    if (server) {
        connect(server, &ServerConnection::stateChanged, this, &ConnectionBanner::update);
        connect(server, &ServerConnection::answeringChanged, this, &ConnectionBanner::update);
    }
    update();
}

void ConnectionBanner::setQueryError(const QString &text)
{
    if (text == m_queryError)
        return;
    m_queryError = text;
    update();
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QLabel::changeEvent(event);
}

void ConnectionBanner::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    m_diagnose->resize(m_diagnose->sizeHint());
    m_diagnose->move(width() - m_diagnose->width() - 6, 6);
}

void ConnectionBanner::diagnose()
{
    if (m_server)
        DoctorDialog::diagnose(window(), m_server->options(), m_server->session()->password(), m_server->container());
}

void ConnectionBanner::update()
{
    m_diagnose->setText(tr("&Diagnose…"));
    if (!m_server) {
        hide();
        m_countdown.stop();
        return;
    }
    QString text;
    QString colour = QStringLiteral("#fff4ce");
    const PgSession *s = m_server->session();
    switch (s->state()) {
    case PgSession::State::Connected:
        if (!m_server->isAnswering()) {
            const QDateTime since = m_server->silentSince();
            const QDateTime last = m_server->lastAnswer();
            text = tr("The server is not answering: no answer for %n s (since %1).", nullptr,
                      int(qMax<qint64>(0, since.secsTo(QDateTime::currentDateTime()))))
                       .arg(QLocale().toString(since.time(), QLocale::LongFormat));
            text += QLatin1Char('\n')
                + (last.isValid() ? tr("The values below are old: from %1, the last answer.").arg(QLocale().toString(last.time(), QLocale::LongFormat))
                                  : tr("Nothing below comes from this server yet."));
            colour = QStringLiteral("#fde7e9");
            m_countdown.start();
            break;
        }
        m_countdown.stop();
        if (m_queryError.isEmpty()) {
            hide();
            return;
        }
        text = tr("This page's query failed.") + QLatin1Char('\n') + m_queryError;
        colour = QStringLiteral("#fde7e9");
        break;
    case PgSession::State::Resolving:
    case PgSession::State::Connecting:
        text = tr("Connecting to %1…").arg(m_server->title());
        break;
    case PgSession::State::Reconnecting:
        text = tr("Connection lost. Retrying in %n s.", nullptr, s->secondsUntilReconnect()) + QLatin1Char('\n')
            + describeError(s->lastError());
        colour = QStringLiteral("#fde7e9");
        m_countdown.start();
        break;
    case PgSession::State::Disconnected:
        text = s->lastError().isNull() ? tr("Not connected.") : describeError(s->lastError());
        colour = QStringLiteral("#fde7e9");
        m_countdown.stop();
        break;
    }
    setStyleSheet(QStringLiteral("QLabel#connectionBanner { background: %1; color: #1b1b1b; border-radius: 4px; }").arg(colour));
    // Keep the text clear of the button; the button only where there is something to diagnose.
    const bool failed = s->state() == PgSession::State::Connected
        ? !m_server->isAnswering()
        : !s->lastError().isNull() && s->state() != PgSession::State::Resolving && s->state() != PgSession::State::Connecting;
    m_diagnose->setVisible(failed);
    m_diagnose->resize(m_diagnose->sizeHint());
    m_diagnose->move(width() - m_diagnose->width() - 6, 6);
    setContentsMargins(0, 0, failed ? m_diagnose->width() + 12 : 0, 0);
    setMinimumHeight(failed ? m_diagnose->height() + 12 : 0);
    setText(text);
    show();
}

} // namespace Valvur
