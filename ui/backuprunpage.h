#pragma once

#include <QWizardPage>

class QPushButton;

namespace Valvur {

class ToolProgressView;

// Page 6: the tool runs: progress measured against the catalog, the log behind an expander,
// Cancel stops the tool at once. Moves on to the result by itself.
class BackupRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BackupRunPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override { return m_done; }
    bool isRunning() const { return m_started && !m_done; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ToolProgressView *m_view;
    QPushButton *m_cancel;
    bool m_started = false;
    bool m_done = false;
};

} // namespace Valvur
