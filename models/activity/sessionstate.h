#pragma once

#include <QString>

namespace Valvur {

// The words for a session's state (pg_stat_activity.state) in the user's language: active, idle,
// idle in transaction, idle in transaction (aborted), fastpath function call, disabled. A state
// PostgreSQL may add later (or none) is shown as the server gave it. The activity table and the
// blocking tree both word states through this one function.
QString sessionStateText(const QString &state);

} // namespace Valvur
