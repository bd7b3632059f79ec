#pragma once

#include <QPointer>
#include "backup/wizardpage.h"

class QLabel;
class QRadioButton;

namespace Valvur {

class BackupJob;

// Page 2: logical (pg_dump) or physical (pg_basebackup), each explained as the course does.
// Choosing physical checks its preconditions at once and says what is missing.
class BackupKindPage : public WizardPage
{
    Q_OBJECT
public:
    explicit BackupKindPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    bool isPhysical() const;
    bool physicalCheckDone() const { return m_checkDone; }
    // Another server was chosen: the physical check is done again for it.
    void resetCheck();

Q_SIGNALS:
    void physicalChecked(bool ok);

private:
    void retranslate() override;
    void checkPhysical();

    QRadioButton *m_logical;
    QLabel *m_logicalText;
    QRadioButton *m_physical;
    QLabel *m_physicalText;
    QLabel *m_check;
    QLabel *m_rule;
    QPointer<BackupJob> m_checkJob;
    bool m_checkDone = false;
    bool m_physicalOk = false;
};

} // namespace Valvur
