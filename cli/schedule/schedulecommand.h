#pragma once

#include <QStringList>

class QSettings;

namespace Valvur {

// valvur schedule add --profile NAME --output-dir DIR [--format F] (--hourly | --daily HH:MM | --weekly DAY HH:MM)
//                     [--keep N] [--keep-days N] [--rpo DURATION] [--drill-every N --drill-profile P]
// valvur schedule list [--json]
// valvur schedule remove ID
// valvur schedule run-now ID [--json]   (exactly what the timer or cron line runs)
// valvur schedule status [--json]       (exit 1 when any schedule is failing or past its RPO)
int runScheduleCommand(const QStringList &arguments, QSettings *settings);

} // namespace Valvur
