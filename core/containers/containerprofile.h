#pragma once

#include "profiles/connectionprofile.h"
#include "containers/containerlogin.h"

#include <QObject>

#include <functional>

namespace Valvur {

class ContainerDirectory;

// A saved profile that names a container follows it: the host and port come from the engine's
// current facts (the container was recreated with another port, or restarted). When the engine
// does not know the container, or it publishes no port, the saved host and port stay.
ConnectionProfile followContainer(const ConnectionProfile &profile, const ContainerDirectory *directory);

// Runs then() once the directory has answered (its list, or why there is none), or after
// timeoutMs, whichever comes first; at once when it already has. Never blocks.
void whenDirectoryAnswers(ContainerDirectory *directory, QObject *context, int timeoutMs, std::function<void()> then);

// A new profile for a container: its name, the login's host, port, user and database, the
// container remembered. No password (that goes to the keychain, if anywhere).
ConnectionProfile profileForContainer(const ContainerInfo &container, const ContainerLogin &login);

} // namespace Valvur
