#pragma once

#include "pg/pgerror.h"
#include "pg/pgresult.h"

#include <QList>

namespace Valvur {

// What one request produced: the row sets of every statement that ran (a simple-protocol request
// may hold several statements, which is how a monitoring tick stays one round trip) and, when a
// statement failed, the error. Results before the failing statement are kept.
struct PgReply
{
    QList<PgResult> results;
    PgError error;
    qint64 elapsedUs = 0; // client-side round-trip time

    bool ok() const { return error.isNull(); }
    // References into the reply (an empty result when there is none), so that
    // `for (const auto &row : reply.first().rows())` never iterates a destroyed temporary.
    const PgResult &first() const { return at(0); }
    const PgResult &at(int i) const
    {
        static const PgResult empty;
        return i >= 0 && i < results.size() ? results.at(i) : empty;
    }
};

} // namespace Valvur
