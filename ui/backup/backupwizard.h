#pragma once

#include "backup/backupoptions.h"
#include "backup/backupresult.h"
#include "pg/connectionoptions.h"

#include <QWizard>

class QSettings;

namespace Valvur {

class BackupJob;
class CredentialStore;
class ProfileStore;
class ServerChooser;
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

    // The saved profiles the Source page offers beside the current connection (server), and what
    // the current connection is (its profile id, if it came from one, and its title).
    void setProfiles(ProfileStore *profiles, CredentialStore *credentials, const QString &currentProfileId = {},
                     const QString &currentTitle = {});
    void setUpChooser(ServerChooser *chooser) const;

    // The server chosen on the Source page (the current connection until then).
    ConnectionOptions server() const;
    QString password() const;
    // The key the backup is recorded under in the history: the profile id, else user@host:port.
    QString historyKey() const;
    void updateTitle();
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
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    QString m_currentProfileId;
    QString m_currentTitle;
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
