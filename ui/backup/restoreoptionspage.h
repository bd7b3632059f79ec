#pragma once

#include "backup/restorejob.h"

#include "backup/wizardpage.h"

class QCheckBox;
class QLabel;
class QSpinBox;

namespace Valvur {

// Restore page 3: clean with if-exists, no-owner, single transaction, parallel jobs, stop on the
// first error (on by default).
class RestoreOptionsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit RestoreOptionsPage(QWidget *parent = nullptr);
    void initializePage() override;
    void apply(RestoreOptions *o) const;

private:
    void retranslate() override;
    void updateEnabled();

    QCheckBox *m_clean;
    QCheckBox *m_noOwner;
    QCheckBox *m_singleTransaction;
    QSpinBox *m_jobs;
    QLabel *m_jobsLabel;
    QCheckBox *m_stopOnError;
    QLabel *m_note;
    bool m_plain = false;
};

} // namespace Valvur
