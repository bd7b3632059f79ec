#pragma once

#include "connectionoptions.h"

#include <QString>

class QSettings;

namespace Valvur {

// The one way a subcommand turns its command line into a server: either a positional CONNINFO or
// postgresql:// URI, or --profile NAME (a saved profile, looked up by name, then by id, in
// settings). Exactly one of them must be given. On success fills *out (never with a password) and
// *profileId (empty for a conninfo); on failure returns false with a translated *error.
// The password of a profile is not part of *out: read it with CredentialStore (key = *profileId)
// or let libpq find it in the pgpass file.
bool resolveServer(const QString &positional, const QString &profileName, QSettings *settings, ConnectionOptions *out,
                   QString *profileId, QString *error);

} // namespace Valvur
