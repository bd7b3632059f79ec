#pragma once

#include <QPointer>
#include "backup/wizardpage.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace Valvur {

class VerifyJob;

// Page 7: size, duration, SHA-256 and the RTO estimate; "Verify now" reads the whole backup
// and, if asked, restores it into a scratch database and compares row counts.
class BackupResultPage : public WizardPage
{
    Q_OBJECT
public:
    explicit BackupResultPage(QWidget *parent = nullptr);

    void initializePage() override;

Q_SIGNALS:
    void verified(bool ok);

private:
    void retranslate() override;
    void fill();
    void verify();

    QLabel *m_status;
    QFormLayout *m_form;
    QLabel *m_size;
    QLabel *m_duration;
    QLabel *m_sha;
    QLabel *m_rto;
    QLabel *m_path;
    QPushButton *m_verify;
    QCheckBox *m_testRestore;
    QLabel *m_verifyResult;
    QPointer<VerifyJob> m_verifyJob;
};

} // namespace Valvur
