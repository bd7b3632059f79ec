#pragma once

#include "pg/connectionoptions.h"

#include <QString>

namespace Valvur {

// For the command line (valvur backup|restore --container NAME, verify --test-restore-container
// NAME): the server a running local container publishes, as Valvur on this host reaches it
// (127.0.0.1 and the published port, POSTGRES_USER, POSTGRES_DB) with POSTGRES_PASSWORD (in memory
// only). Waits in a local event loop, bounded: for command-line use only, never on the GUI thread.
// False with *error (translated) when the engine, the container or its published port is missing.
bool serverFromContainer(const QString &name, ConnectionOptions *out, QString *password, QString *error);

} // namespace Valvur
