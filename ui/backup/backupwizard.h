#pragma once

#include "backup/backupoptions.h"
#include "backup/backupresult.h"
#include "backup/toolwizard.h"

namespace Valvur {

class BackupJob;
class BackupSourcePage;
class BackupKindPage;
class BackupOptionsPage;
class BackupDestinationPage;
class BackupSummaryPage;
class BackupRunPage;
class BackupResultPage;

// Backup wizard: Source → Kind → Options → Destination → Summary → Run → Result. The pages
// collect BackupOptions; the engine (BackupJob) checks, runs and checksums. The Source page's
// chooser picks the server.
class BackupWizard : public ToolWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePageId, KindPageId, OptionsPageId, DestinationPageId, SummaryPageId, RunPageId, ResultPageId };

    BackupWizard(const ConnectionOptions &server, const QString &password, QSettings *settings, QWidget *parent = nullptr);
    ~BackupWizard() override;

    // The key the backup is recorded under in the history: the profile id, else user@host:port.
    QString historyKey() const;
    QString historyFile() const { return m_historyFile; }
    void setHistoryFile(const QString &file) { m_historyFile = file; }

    // The options as the pages stand now.
    BackupOptions options() const;
    // A fresh job with options() (the Summary page makes it, the Run page starts it).
    BackupJob *createJob();
    BackupJob *job() const { return m_job; }
    void setResult(const BackupResult &result);
    const BackupResult &result() const { return m_result; }

    BackupSourcePage *sourcePage() const { return m_sourcePage; }
    BackupKindPage *kindPage() const { return m_kindPage; }

protected:
    QString titleFor(const QString &name) const override;
    QString commitText() const override;
    void cancelJob() override;

private:
    QString m_historyFile;
    BackupJob *m_job = nullptr;
    BackupResult m_result;
    BackupSourcePage *m_sourcePage;
    BackupKindPage *m_kindPage;
    BackupOptionsPage *m_optionsPage;
    BackupDestinationPage *m_destinationPage;
};

} // namespace Valvur
