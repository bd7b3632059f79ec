#include "backup/wizardpage.h"

#include <QEvent>

namespace Valvur {

void WizardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace Valvur
