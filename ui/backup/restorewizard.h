#pragma once

#include "backup/restorejob.h"
#include "backup/toolwizard.h"

namespace Valvur {

class RestoreInputPage;
class RestoreTargetPage;
class RestoreOptionsPage;

// Restore wizard: Backup (format detected, contents selectable) → Target (new or existing; an
// existing database with tables needs its name typed) → Options → Summary → Run → Result. The
// Target page's chooser picks the server.
class RestoreWizard : public ToolWizard
{
    Q_OBJECT
public:
    enum PageId { InputPageId, TargetPageId, OptionsPageId, SummaryPageId, RunPageId, ResultPageId };

    RestoreWizard(const ConnectionOptions &server, const QString &password, QSettings *settings, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    RestoreOptions options() const;
    RestoreJob *createJob();
    RestoreJob *job() const { return m_job; }
    void setResult(const RestoreResult &r) { m_result = r; }
    const RestoreResult &result() const { return m_result; }
    RestoreInputPage *inputPage() const { return m_inputPage; }

protected:
    QString titleFor(const QString &name) const override;
    QString commitText() const override;
    void cancelJob() override;

private:
    RestoreJob *m_job = nullptr;
    RestoreResult m_result;
    RestoreInputPage *m_inputPage;
    RestoreTargetPage *m_targetPage;
    RestoreOptionsPage *m_optionsPage;
};

} // namespace Valvur
