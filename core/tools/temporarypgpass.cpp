#include "tools/temporarypgpass.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Valvur {

TemporaryPgpass::~TemporaryPgpass()
{
    remove();
}

QString TemporaryPgpass::escape(const QString &field)
{
    QString out;
    out.reserve(field.size() + 4);
    for (const QChar c : field) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(':'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

bool TemporaryPgpass::create(const QString &password)
{
    remove();
    const int fd = ::memfd_create("valvur-pgpass", MFD_CLOEXEC);
    if (fd < 0)
        return false;
    // libpq ignores a pgpass that group or others may read: 0600 before the password goes in.
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        ::close(fd);
        return false;
    }
    const QByteArray line = QStringLiteral("*:*:*:*:%1\n").arg(escape(password)).toUtf8();
    qsizetype done = 0;
    while (done < line.size()) {
        const ssize_t n = ::write(fd, line.constData() + done, size_t(line.size() - done));
        if (n < 0) {
            ::close(fd);
            return false;
        }
        done += n;
    }
    m_fd = fd;
    return true;
}

QString TemporaryPgpass::path() const
{
    return m_fd < 0 ? QString() : QStringLiteral("/dev/fd/%1").arg(m_fd);
}

void TemporaryPgpass::remove()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace Valvur
