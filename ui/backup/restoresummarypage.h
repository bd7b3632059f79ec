#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Valvur {

// Restore page 4: the exact command (password as ***), copyable.
class RestoreSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreSummaryPage(QWidget *parent = nullptr);
    void initializePage() override;
    QString commandText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_target;
    QPlainTextEdit *m_command;
    QPushButton *m_copy;
};

} // namespace Valvur
