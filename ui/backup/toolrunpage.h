#pragma once

#include "backup/toolprogressview.h"

#include <QPushButton>
#include <QWizard>
#include "backup/wizardpage.h"

namespace Valvur {

// The "run" page of the backup and restore wizards: the job's progress and log, Cancel that stops
// the tool at once, and on to the result page by itself when the job ends.
class ToolRunPage : public WizardPage
{
    Q_OBJECT
public:
    bool isComplete() const override { return m_done; }
    bool isRunning() const { return m_started && !m_done; }

protected:
    explicit ToolRunPage(const QString &objectName, QWidget *parent = nullptr);
    QPushButton *cancelButton() const { return m_cancel; }

    // Shows the job's progress, starts it, and when it finishes hands its result to deliver()
    // (the wizard keeps it for the result page) and moves on.
    template <typename Job, typename Result, typename Deliver>
    void runJob(Job *job, Deliver deliver)
    {
        m_view->reset();
        m_done = false;
        m_started = true;
        m_cancel->setEnabled(true);
        connect(job, &Job::stageText, m_view, &ToolProgressView::setStage);
        connect(job, &Job::progress, m_view, &ToolProgressView::setProgress);
        connect(job, &Job::logLine, m_view, &ToolProgressView::appendLog);
        connect(m_cancel, &QPushButton::clicked, job, &Job::cancel, Qt::UniqueConnection);
        connect(job, &Job::finished, this, [this, deliver](const Result &r) {
            m_done = true;
            m_cancel->setEnabled(false);
            m_view->setFinished(r.ok());
            deliver(r);
            Q_EMIT completeChanged();
            wizard()->next();
        });
        job->start();
    }

private:
    ToolProgressView *m_view;
    QPushButton *m_cancel;
    bool m_started = false;
    bool m_done = false;
};

} // namespace Valvur
