#pragma once

#include "backup/wizardpage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Valvur {

// Restore page 4: the exact command (password as ***), copyable.
class RestoreSummaryPage : public WizardPage
{
    Q_OBJECT
public:
    explicit RestoreSummaryPage(QWidget *parent = nullptr);
    void initializePage() override;
    QString commandText() const;

private:
    void retranslate() override;

    QLabel *m_target;
    QPlainTextEdit *m_command;
    QPushButton *m_copy;
};

} // namespace Valvur
