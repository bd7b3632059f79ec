#pragma once

#include <QStringList>

class QSettings;

namespace Valvur {

// valvur lab list [--json]
// valvur lab start ID SERVER|--profile P|--container C   (stays in the foreground holding the scenario)
// valvur lab check ID SERVER|--profile P|--container C [--json]   (exit 0 only when solved)
// valvur lab hint ID [N]
// valvur lab reset [ID] SERVER|--profile P|--container C
int runLabCommand(const QStringList &arguments, QSettings *settings);

} // namespace Valvur
