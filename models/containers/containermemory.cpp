#include "containers/containermemory.h"

namespace Valvur {

MemoryCheck checkMemory(qint64 limit, int maxConnections, qint64 sharedBuffers)
{
    MemoryCheck c;
    c.limit = limit;
    c.maxConnections = maxConnections;
    c.sharedBuffers = sharedBuffers;
    if (maxConnections > 0)
        c.needed = qint64(maxConnections) * MemoryCheck::kPerConnection + sharedBuffers;
    if (limit <= 0)
        c.verdict = MemoryCheck::Verdict::NoLimit;
    else if (maxConnections <= 0)
        c.verdict = MemoryCheck::Verdict::CannotCheck;
    else
        c.verdict = c.needed > limit ? MemoryCheck::Verdict::TooSmall : MemoryCheck::Verdict::Fits;
    return c;
}

} // namespace Valvur
