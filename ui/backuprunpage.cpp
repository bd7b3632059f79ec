#include "backuprunpage.h"

#include "backupjob.h"
#include "backupwizard.h"
#include "toolprogressview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Valvur {

BackupRunPage::BackupRunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_view(new ToolProgressView(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("runPage"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_cancel);
    layout->addLayout(row);
    retranslate();
}

void BackupRunPage::initializePage()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    BackupJob *job = w->job();
    m_view->reset();
    m_done = false;
    m_started = true;
    m_cancel->setEnabled(true);
    connect(job, &BackupJob::stageText, m_view, &ToolProgressView::setStage);
    connect(job, &BackupJob::progress, m_view, &ToolProgressView::setProgress);
    connect(job, &BackupJob::logLine, m_view, &ToolProgressView::appendLog);
    connect(m_cancel, &QPushButton::clicked, job, &BackupJob::cancel, Qt::UniqueConnection);
    connect(job, &BackupJob::finished, this, [this, w](const BackupResult &r) {
        m_done = true;
        m_cancel->setEnabled(false);
        m_view->setFinished(r.ok());
        w->setResult(r);
        Q_EMIT completeChanged();
        w->next();
    });
    job->start();
}

void BackupRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void BackupRunPage::retranslate()
{
    setTitle(tr("Backing up"));
    setSubTitle(tr("Progress is measured against the tables counted in the catalog before the start."));
    m_cancel->setText(tr("Cancel backup"));
}

} // namespace Valvur
