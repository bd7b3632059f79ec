#include "backup/restoreoptionspage.h"

#include "backup/backuparchive.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QThread>

namespace Valvur {

RestoreOptionsPage::RestoreOptionsPage(QWidget *parent)
    : WizardPage(parent)
    , m_clean(new QCheckBox(this))
    , m_noOwner(new QCheckBox(this))
    , m_singleTransaction(new QCheckBox(this))
    , m_jobs(new QSpinBox(this))
    , m_jobsLabel(new QLabel(this))
    , m_stopOnError(new QCheckBox(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreOptionsPage"));
    m_clean->setObjectName(QStringLiteral("cleanCheck"));
    m_noOwner->setObjectName(QStringLiteral("noOwnerCheck"));
    m_singleTransaction->setObjectName(QStringLiteral("singleTransactionCheck"));
    m_jobs->setObjectName(QStringLiteral("jobsSpin"));
    m_stopOnError->setObjectName(QStringLiteral("stopOnErrorCheck"));
    m_singleTransaction->setChecked(true);
    m_stopOnError->setChecked(true);
    m_jobs->setRange(1, qMax(1, QThread::idealThreadCount()) * 2);
    m_note->setWordWrap(true);
    m_jobsLabel->setBuddy(m_jobs);
    auto *form = new QFormLayout(this);
    form->addRow(m_stopOnError);
    form->addRow(m_singleTransaction);
    form->addRow(m_jobsLabel, m_jobs);
    form->addRow(m_clean);
    form->addRow(m_noOwner);
    form->addRow(m_note);
    connect(m_jobs, &QSpinBox::valueChanged, this, &RestoreOptionsPage::updateEnabled);
    connect(m_singleTransaction, &QCheckBox::toggled, this, &RestoreOptionsPage::updateEnabled);
    retranslate();
}

void RestoreOptionsPage::initializePage()
{
    m_plain = BackupArchive::Format(field(QStringLiteral("archiveFormat")).toInt()) == BackupArchive::Format::Plain;
    updateEnabled();
}

void RestoreOptionsPage::updateEnabled()
{
    // psql runs a plain file with ON_ERROR_STOP always; parallel jobs and one transaction exclude each other.
    m_stopOnError->setEnabled(!m_plain);
    m_jobs->setEnabled(!m_plain);
    m_clean->setEnabled(!m_plain);
    m_noOwner->setEnabled(!m_plain);
    m_singleTransaction->setEnabled(m_plain || m_jobs->value() <= 1);
    retranslate();
}

void RestoreOptionsPage::apply(RestoreOptions *o) const
{
    o->exitOnError = m_plain || m_stopOnError->isChecked();
    o->jobs = m_plain ? 1 : m_jobs->value();
    o->singleTransaction = m_singleTransaction->isChecked() && o->jobs <= 1;
    o->clean = !m_plain && m_clean->isChecked();
    o->noOwner = !m_plain && m_noOwner->isChecked();
}

void RestoreOptionsPage::retranslate()
{
    setTitle(tr("Options"));
    setSubTitle(tr("The defaults are the safe ones: stop at the first error, all in one transaction."));
    m_stopOnError->setText(tr("Stop at the first error (--exit-on-error)"));
    m_singleTransaction->setText(tr("All in one transaction: a failure leaves the target unchanged (--single-transaction)"));
    m_jobsLabel->setText(tr("Parallel jobs:"));
    m_clean->setText(tr("Drop existing objects first (--clean --if-exists)"));
    m_noOwner->setText(tr("Do not restore owners (--no-owner)"));
    m_note->setText(m_plain ? tr("A plain SQL file runs with psql -v ON_ERROR_STOP=1; the other options are for archives.")
                    : m_jobs->value() > 1 ? tr("Parallel jobs cannot share one transaction: a failure may leave part of the backup restored.")
                                          : QString());
}

} // namespace Valvur
