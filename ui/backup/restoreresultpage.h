#pragma once

#include "backup/wizardpage.h"

class QLabel;
class QPlainTextEdit;

namespace Valvur {

// Restore page 6: done, or the first error and the statement it came from.
class RestoreResultPage : public WizardPage
{
    Q_OBJECT
public:
    explicit RestoreResultPage(QWidget *parent = nullptr);
    void initializePage() override;

private:
    void retranslate() override;
    void fill();

    QLabel *m_status;
    QLabel *m_statementLabel;
    QPlainTextEdit *m_statement;
};

} // namespace Valvur
