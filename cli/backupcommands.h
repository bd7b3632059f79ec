#pragma once

#include <QStringList>

class QSettings;

namespace Valvur {

// Each takes the user's settings (the saved profiles) that main() opened.

// valvur backup SERVER --format F --output PATH [--jobs N] [--overwrite] [--json]
int runBackupCommand(const QStringList &arguments, QSettings *settings);
// valvur restore SERVER --input PATH --target-db NAME [--create] [--jobs N] [--json]
int runRestoreCommand(const QStringList &arguments, QSettings *settings);
// valvur verify --input PATH [--test-restore SERVER] [--json]
int runVerifyCommand(const QStringList &arguments, QSettings *settings);

} // namespace Valvur
