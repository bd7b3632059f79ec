#pragma once

#include <QString>

class QSettings;

namespace Valvur {

struct BackupSchedule;

// valvur schedule run-now ID: one scheduled run, as the timer runs it. A backup through BackupJob
// (the profile's password from the keychain; when the keychain cannot give it the run fails with
// that reason in the history), recorded in the schedule's history and the backup history, then
// retention, then a restore drill when this is the Nth good backup. Returns the exit status.
int runScheduledBackup(const BackupSchedule &schedule, QSettings *settings, bool json);

} // namespace Valvur
