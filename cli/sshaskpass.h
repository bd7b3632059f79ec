#pragma once

namespace Valvur {

// Valvur as ssh's SSH_ASKPASS helper. An SSH tunnel of a profile runs ssh with SSH_ASKPASS = the
// valvur program, SSH_ASKPASS_REQUIRE=force and VALVUR_ASKPASS_PROFILE = the profile's id (never a
// secret). ssh then runs "valvur PROMPT" when it needs a key passphrase or a password; the helper
// reads the profile's SSH secret from the keychain itself (key "<profileId>/ssh") and prints it
// to ssh on stdout: it is never on a command line, in an environment or in a file. A yes/no
// question (an unknown host key) is never answered: the user decides that, not a stored secret.
namespace SshAskpass {

// Whether this process was started by ssh as the askpass helper.
bool isRequest(int argc, char **argv);
// Answers it; the exit status ssh reads (0: the secret is on stdout).
int run(int argc, char **argv);
} // namespace SshAskpass
} // namespace Valvur
