#pragma once

#include "pg/connectionoptions.h"

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

// A password in a connection string or URI given on a command line (password=…, or
// postgresql://user:password@…) is readable by every user of the machine in the process list for
// as long as the process runs. Returns the translated refusal, which says how to give a password
// instead, or an empty string when the options hold no password. The window, doctor, backup and
// restore all refuse with these words.
QString passwordOnCommandLineError(const ConnectionOptions &options);

} // namespace Valvur
