#pragma once

#include <QStringList>

namespace Valvur {

// valvur backup SERVER --format F --output PATH [--jobs N] [--overwrite] [--json]
int runBackupCommand(const QStringList &arguments);
// valvur restore SERVER --input PATH --target-db NAME [--create] [--jobs N] [--json]
int runRestoreCommand(const QStringList &arguments);
// valvur verify --input PATH [--test-restore SERVER] [--json]
int runVerifyCommand(const QStringList &arguments);

} // namespace Valvur
