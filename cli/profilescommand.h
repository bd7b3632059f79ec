#pragma once

#include <QStringList>

class QSettings;
class QTextStream;

namespace Valvur {

// valvur profiles list [--json] | import FILE|--env [--json] | export FILE
// Exit status: 0 success, 1 something was rejected (and nothing was added) or a file could not be
// written, 2 wrong usage.
int runProfilesCommand(const QStringList &arguments);
// The same with the settings and streams given (the command line opens the user's settings).
int runProfilesCommand(const QStringList &arguments, QSettings *settings, QTextStream &out, QTextStream &err);

} // namespace Valvur
