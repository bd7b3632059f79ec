#pragma once

#include <QStringList>

class QTextStream;

namespace Valvur {

// valvur containers [--json] [--timeout SECONDS]: the PostgreSQL containers of the local engine
// with their state, image and version, published port and volumes (never a secret).
// Exit status: 0 listed (also when there are none), 1 the engine cannot be used (not found, not
// running, permission denied, too old, no answer in time), 2 wrong usage.
int runContainersCommand(const QStringList &arguments);
int runContainersCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Valvur
