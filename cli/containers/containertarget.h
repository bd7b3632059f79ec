#pragma once

#include "pg/connectionoptions.h"

#include <QString>

namespace Valvur {

// `--container NAME` alone on a command line (valvur doctor, valvur lab): the server as the
// container publishes it (127.0.0.1 and the published port, POSTGRES_USER / POSTGRES_DB), and
// POSTGRES_PASSWORD in *password, kept in memory for libpq. Without an engine or without that
// container, localhost:5432 (the course's default) is returned; *found says whether it was found.
// Waits for the container engine (bounded): for command-line runs only, never the window.
ConnectionOptions containerOptions(const QString &name, QString *password, bool *found = nullptr);

} // namespace Valvur
