#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace Valvur {

// Restore page 6: done, or the first error and the statement it came from.
class RestoreResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RestoreResultPage(QWidget *parent = nullptr);
    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    QLabel *m_status;
    QLabel *m_statementLabel;
    QPlainTextEdit *m_statement;
};

} // namespace Valvur
