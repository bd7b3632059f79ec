#pragma once

#include <QStringList>

class QSettings;

namespace Valvur {

struct BackupOptions;
struct BackupResult;
struct VerifyOptions;
struct VerifyResult;

// One backup or verification from start to end, waiting for it (a command line may): Ctrl+C or
// SIGTERM cancels it. *containerName: the container whose tool ran the backup, if any.
BackupResult runBackupJob(const BackupOptions &options, QString *containerName = nullptr);
VerifyResult runVerifyJob(const VerifyOptions &options);

// Each takes the user's settings (the saved profiles) that main() opened.

// valvur backup SERVER --format F --output PATH [--jobs N] [--overwrite] [--json]
int runBackupCommand(const QStringList &arguments, QSettings *settings);
// valvur restore SERVER --input PATH --target-db NAME [--create] [--jobs N] [--json]
int runRestoreCommand(const QStringList &arguments, QSettings *settings);
// valvur verify --input PATH [--test-restore SERVER] [--json]
int runVerifyCommand(const QStringList &arguments, QSettings *settings);

} // namespace Valvur
