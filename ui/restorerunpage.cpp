#include "restorerunpage.h"

#include "restorewizard.h"
#include "toolprogressview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Valvur {

RestoreRunPage::RestoreRunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_view(new ToolProgressView(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("restoreRunPage"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_cancel);
    layout->addLayout(row);
    retranslate();
}

void RestoreRunPage::initializePage()
{
    auto *w = qobject_cast<RestoreWizard *>(wizard());
    RestoreJob *job = w->job();
    m_view->reset();
    m_done = false;
    m_cancel->setEnabled(true);
    connect(job, &RestoreJob::stageText, m_view, &ToolProgressView::setStage);
    connect(job, &RestoreJob::progress, m_view, &ToolProgressView::setProgress);
    connect(job, &RestoreJob::logLine, m_view, &ToolProgressView::appendLog);
    connect(m_cancel, &QPushButton::clicked, job, &RestoreJob::cancel, Qt::UniqueConnection);
    connect(job, &RestoreJob::finished, this, [this, w](const RestoreResult &r) {
        m_done = true;
        m_cancel->setEnabled(false);
        m_view->setFinished(r.ok());
        w->setResult(r);
        Q_EMIT completeChanged();
        w->next();
    });
    job->start();
}

void RestoreRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void RestoreRunPage::retranslate()
{
    setTitle(tr("Restoring"));
    setSubTitle(tr("Tables loaded, of those in the backup."));
    m_cancel->setText(tr("Cancel restore"));
}

} // namespace Valvur
