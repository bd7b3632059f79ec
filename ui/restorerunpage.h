#pragma once

#include <QWizardPage>

class QPushButton;

namespace Valvur {

class ToolProgressView;

// Restore page 5: progress (tables loaded of those in the archive), the log, Cancel.
class RestoreRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreRunPage(QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override { return m_done; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ToolProgressView *m_view;
    QPushButton *m_cancel;
    bool m_done = false;
};

} // namespace Valvur
