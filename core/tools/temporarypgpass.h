#pragma once

#include <QString>

namespace Valvur {

// A pgpass that exists only in memory while a child tool runs: an anonymous file (memfd_create,
// mode 0600) holding one line "*:*:*:*:password" (escaped as libpq expects). The child inherits
// the descriptor (only that child: it is close-on-exec here, cleared in the child after fork) and
// libpq reads it through PGPASSFILE=/dev/fd/N. Nothing is ever written to a disk, so no crash,
// kill -9 or power cut can leave the password behind. Closed when this object is destroyed.
class TemporaryPgpass
{
public:
    TemporaryPgpass() = default;
    ~TemporaryPgpass();
    TemporaryPgpass(const TemporaryPgpass &) = delete;
    TemporaryPgpass &operator=(const TemporaryPgpass &) = delete;

    bool create(const QString &password);
    // The descriptor the child must inherit (-1 when none).
    int fd() const { return m_fd; }
    // The name the child's libpq opens: /dev/fd/N (empty when none).
    QString path() const;
    void remove();

    // "pass:word\" -> "pass\:word\\": libpq reads ':' and '\' escaped with a backslash.
    static QString escape(const QString &field);

private:
    int m_fd = -1;
};

} // namespace Valvur
