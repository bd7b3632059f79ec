#include "pages/page.h"

#include "errortext.h"

#include <QEvent>
#include <QPalette>

namespace Valvur {

Page::Page(const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_refreshErrorValue.isNull()) { // the error in the new language
            m_refreshError = describeError(m_refreshErrorValue);
            showRefreshError(m_refreshError);
        }
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

void Page::setRefreshError(const PgError &error)
{
    if (error.kind() == PgError::Kind::NotConnected || error.kind() == PgError::Kind::ConnectionLost)
        return; // not the query's fault: the connection banner says what happened to the connection
    m_refreshErrorValue = error;
    const QString text = error.isNull() ? QString() : describeError(error);
    if (text == m_refreshError)
        return;
    m_refreshError = text;
    showRefreshError(text);
    Q_EMIT refreshErrorChanged(text);
}

void Page::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    if (!stale) {
        setPalette(QPalette()); // inherit again
        return;
    }
    // The page's text in the style's "disabled" grey: its children inherit it (the connection
    // banner keeps its own colours and says since when the values are old). Still selectable and
    // copyable, unlike a disabled widget: during an incident the old values may be all there is.
    QPalette grey = palette();
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            grey.setColor(group, role, grey.color(QPalette::Disabled, role));
    }
    setPalette(grey);
}

} // namespace Valvur
