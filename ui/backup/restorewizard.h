#pragma once

#include "pg/connectionoptions.h"
#include "backup/restorejob.h"

#include <QWizard>

class QSettings;

namespace Valvur {

class RestoreInputPage;
class RestoreTargetPage;
class RestoreOptionsPage;
class RestoreSummaryPage;
class CredentialStore;
class ProfileStore;
class ServerChooser;
class RestoreRunPage;
class RestoreResultPage;

// Restore wizard: Backup (format detected, contents selectable) → Target (new or existing; an
// existing database with tables needs its name typed) → Options → Summary → Run → Result.
class RestoreWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { InputPageId, TargetPageId, OptionsPageId, SummaryPageId, RunPageId, ResultPageId };

    RestoreWizard(const ConnectionOptions &server, const QString &password, QSettings *settings, QWidget *parent = nullptr);
    ~RestoreWizard() override;

    // The saved profiles the Target page offers beside the current connection (server).
    void setProfiles(ProfileStore *profiles, CredentialStore *credentials, const QString &currentProfileId = {},
                     const QString &currentTitle = {});
    void setUpChooser(ServerChooser *chooser) const;
    // The server chosen on the Target page (the current connection until then).
    ConnectionOptions server() const;
    QString password() const;
    void updateTitle();
    QSettings *settings() const { return m_settings; }
    QString toolDirectory() const;

    RestoreOptions options() const;
    RestoreJob *createJob();
    RestoreJob *job() const { return m_job; }
    void setResult(const RestoreResult &r) { m_result = r; }
    const RestoreResult &result() const { return m_result; }
    RestoreInputPage *inputPage() const { return m_inputPage; }

public Q_SLOTS:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ConnectionOptions m_server;
    QString m_password;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    QString m_currentProfileId;
    QString m_currentTitle;
    QSettings *m_settings;
    RestoreJob *m_job = nullptr;
    RestoreResult m_result;
    RestoreInputPage *m_inputPage;
    RestoreTargetPage *m_targetPage;
    RestoreOptionsPage *m_optionsPage;
    RestoreSummaryPage *m_summaryPage;
    RestoreRunPage *m_runPage;
    RestoreResultPage *m_resultPage;
};

} // namespace Valvur
