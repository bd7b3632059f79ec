#pragma once

#include <QtGlobal>

namespace Valvur {

// The chapter's rule of thumb for a container's memory (Connection management): each connection
// takes about 10 MB, on top of shared_buffers. So a server needs about
//     max_connections × 10 MB + shared_buffers
// and a memory limit (docker run --memory) below that lets the kernel kill PostgreSQL under load.
struct MemoryCheck
{
    enum class Verdict {
        CannotCheck, // the server's settings are unknown (not connected, or the query failed)
        NoLimit,     // the container may use all of the host's memory
        Fits,
        TooSmall,
    };
    static constexpr qint64 kPerConnection = 10 * 1024 * 1024;

    Verdict verdict = Verdict::CannotCheck;
    qint64 limit = 0;         // bytes; 0 = none
    int maxConnections = 0;   // 0 = unknown
    qint64 sharedBuffers = 0; // bytes
    qint64 needed = 0;        // bytes; 0 when unknown
};

// limit: the container's memory limit in bytes (0: none). maxConnections <= 0: the server's
// settings are unknown.
MemoryCheck checkMemory(qint64 limit, int maxConnections, qint64 sharedBuffers);

} // namespace Valvur
