#pragma once

#include "backup/restorejob.h"

namespace Valvur::Test {

class TestServer;

// Valvur's own RestoreJob into a TestServer, as the wizard runs it (as postgres, with the server's
// own client tools); an empty result when it did not finish within 180 s.
RestoreResult runRestore(const TestServer &server, const QString &input, const QString &target, bool create,
                         bool intoExisting = false);

} // namespace Valvur::Test
