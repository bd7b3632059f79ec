#include "page.h"

#include <QEvent>

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
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace Valvur
