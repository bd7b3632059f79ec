#pragma once

#include <QWizardPage>

namespace Valvur {

// A page of the backup and restore wizards: says its texts again in retranslate() when the
// language changes (the subclass calls it once from its constructor too).
class WizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;

protected:
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;
};

} // namespace Valvur
