#pragma once

#include <QString>
#include <QtGlobal>

namespace Valvur {

// The course's max_connections arithmetic: max_connections = (available RAM - shared_buffers)
// / about 10 MB per connection. Pure values, no server: the Settings page feeds it what the
// server reports and what the user says the machine has.
struct ConnectionBudget
{
    static constexpr qint64 DefaultPerConnection = 10LL * 1024 * 1024;

    qint64 ramBytes = 0;
    qint64 sharedBuffersBytes = 0;
    qint64 perConnectionBytes = DefaultPerConnection;

    qint64 availableBytes() const;   // RAM minus shared_buffers, never below 0
    int maxConnections() const;      // floor(available / per connection)
    // How much memory the configured max_connections may use on top of shared_buffers.
    qint64 memoryFor(int connections) const { return qint64(connections) * perConnectionBytes; }
    // True when the configured max_connections fits in the memory by this arithmetic.
    bool fits(int configuredMaxConnections) const { return configuredMaxConnections <= maxConnections(); }

    // Who may still connect, by PostgreSQL's own rule (InitPostgres): with inUse client
    // connections already open, a new one from a non-superuser is refused once only the
    // superuser_reserved_connections slots are left, and everyone is refused when no slot is.
    enum class SlotState { Open, OnlySuperusers, Full };
    static SlotState slotState(int inUse, int maxConnections, int reserved);

    // bytes of a pg_settings value in its unit ("8kB", "kB", "MB", "B"…); -1 if not a size.
    static qint64 settingBytes(const QString &setting, const QString &unit);
};

} // namespace Valvur
