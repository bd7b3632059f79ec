#pragma once

#include "pg/pgerror.h"

#include <QString>

namespace Valvur {

// A failure in the user's language: what happened, then the server's own words.
QString describeError(const PgError &error);

} // namespace Valvur
