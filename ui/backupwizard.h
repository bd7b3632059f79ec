#pragma once

#include "backupoptions.h"
#include "backupresult.h"
#include "connectionoptions.h"

#include <QWizard>

class QSettings;

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
// collect BackupOptions; the engine (BackupJob) checks, runs and checksums.
class BackupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePageId, KindPageId, OptionsPageId, DestinationPageId, SummaryPageId, RunPageId, ResultPageId };

    BackupWizard(const ConnectionOptions &server, const QString &password, QSettings *settings, QWidget *parent = nullptr);
    ~BackupWizard() override;

    const ConnectionOptions &server() const { return m_server; }
    const QString &password() const { return m_password; }
    QSettings *settings() const { return m_settings; }
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
    void changeEvent(QEvent *event) override;

public Q_SLOTS:
    void reject() override;

private:
    void retranslate();

    ConnectionOptions m_server;
    QString m_password;
    QSettings *m_settings;
    QString m_historyFile;
    BackupJob *m_job = nullptr;
    BackupResult m_result;
    BackupSourcePage *m_sourcePage;
    BackupKindPage *m_kindPage;
    BackupOptionsPage *m_optionsPage;
    BackupDestinationPage *m_destinationPage;
    BackupSummaryPage *m_summaryPage;
    BackupRunPage *m_runPage;
    BackupResultPage *m_resultPage;
};

} // namespace Valvur
