#pragma once

#include <QStringList>

class QSettings;
class QTextStream;

namespace Valvur {

// valvur profiles list [--json] | import FILE|--env [--json] | export FILE
// Exit status: 0 success, 1 something was rejected (and nothing was added) or a file could not be
// written, 2 wrong usage.
// settings: the user's settings that main() opened; the profiles are kept there.
int runProfilesCommand(const QStringList &arguments, QSettings *settings);
// The same with the streams given.
int runProfilesCommand(const QStringList &arguments, QSettings *settings, QTextStream &out, QTextStream &err);

} // namespace Valvur
