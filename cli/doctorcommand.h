#pragma once

#include <QStringList>

class QSettings;

namespace Valvur {

// valvur doctor CONNINFO|URI|--profile NAME|--container NAME [--json] [--timeout S] [--no-password]: the connection doctor on the
// command line. Steps are printed as they end, then the verdict and the checklist (in the
// language chosen with --lang); --json prints one object instead. Exit status 0 only for "ok" with no
// container cause (--container NAME, or a profile's container, is checked with the container engine),
// 1 for any problem, 2 for a usage error. The password comes from the pgpass file (PGPASSFILE)
// as libpq finds it (or, for a profile, the keychain); when none is found and a terminal is attached, it is asked for without echo.
// settings: the user's settings (the saved profiles) that main() opened.
int runDoctorCommand(const QStringList &arguments, QSettings *settings);

} // namespace Valvur
