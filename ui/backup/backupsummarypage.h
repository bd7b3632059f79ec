#pragma once

#include "backup/wizardpage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Valvur {

// Page 5: the exact command that will run (the password as ***), copyable, and the engine's
// preflight: nothing starts unless every check passed.
class BackupSummaryPage : public WizardPage
{
    Q_OBJECT
public:
    explicit BackupSummaryPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool preflightDone() const { return m_done; }
    QString commandText() const;

Q_SIGNALS:
    void checked(bool ok);

private:
    void retranslate() override;

    QLabel *m_intro;
    QPlainTextEdit *m_command;
    QPushButton *m_copy;
    QLabel *m_status;
    bool m_done = false;
    bool m_ok = false;
};

} // namespace Valvur
