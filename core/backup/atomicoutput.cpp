#include "backup/atomicoutput.h"

#include "backup/staletemporaries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};

QString randomSuffix()
{
    static const char chars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    for (int i = 0; i < 8; ++i)
        s += QLatin1Char(chars[QRandomGenerator::global()->bounded(int(sizeof(chars) - 1))]);
    return s;
}
} // namespace

AtomicOutput::AtomicOutput(QString destination)
    : m_destination(std::move(destination))
{
}

AtomicOutput::Check AtomicOutput::check(const QString &destination)
{
    const QFileInfo fi(destination);
    if (fi.exists() || fi.isSymLink()) {
        if (!fi.isDir())
            return Check::Exists;
        if (!QDir(destination).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return Check::Exists;
    }
    const QFileInfo parent(fi.absolutePath());
    if (!parent.isDir())
        return Check::NoFolder;
    if (probeWrite(destination) != 0)
        return Check::NotWritable;
    return Check::Ok;
}

int AtomicOutput::probeWrite(const QString &destination)
{
    // Permission bits do not tell (root passes them, a read-only mount or an immutable folder
    // refuses everyone): create a file under a partial-output name and remove it at once.
    const QFileInfo fi(destination);
    const QByteArray probe = QFile::encodeName(QDir(fi.absolutePath()).filePath(QLatin1Char('.') + fi.fileName()
                                                                                  + QStringLiteral(".valvur-partial-") + randomSuffix()));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    ::close(fd);
    ::unlink(probe.constData());
    return 0;
}

QString AtomicOutput::notWritableReason(const QString &destination)
{
    const int e = probeWrite(destination);
    switch (e) {
    case 0: return Tr::tr("it was writable when checked again");
    case EROFS: return Tr::tr("the file system is mounted read-only");
    case EACCES:
    case EPERM: return Tr::tr("permission denied");
    case ENOSPC:
    case EDQUOT: return Tr::tr("no space left (or the quota is used up)");
    default: return QString::fromLocal8Bit(std::strerror(e));
    }
}

bool AtomicOutput::isTemporaryName(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char('.')) && fileName.contains(QLatin1String(".valvur-partial-"));
}

QString AtomicOutput::reserve()
{
    const QFileInfo fi(m_destination);
    const QDir dir(fi.absolutePath());
    do {
        // The owner's pid and host in the name: a later run removes it when this process died.
        m_temp = dir.filePath(QLatin1Char('.') + fi.fileName() + QStringLiteral(".valvur-partial-") + StaleTemporaries::ownerTag()
                              + QLatin1Char('-') + randomSuffix());
    } while (QFileInfo::exists(m_temp));
    return m_temp;
}

bool AtomicOutput::removePath(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isDir() && !fi.isSymLink())
        return QDir(path).removeRecursively();
    if (fi.exists() || fi.isSymLink())
        return QFile::remove(path);
    return true;
}

bool AtomicOutput::commit(bool overwrite, QString *error)
{
    const QFileInfo dest(m_destination);
    QString aside;
    if (dest.exists() || dest.isSymLink()) {
        const bool emptyDir = dest.isDir() && QDir(m_destination).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        if (!overwrite && !emptyDir) {
            *error = Tr::tr("%1 appeared while the backup ran; it was not overwritten. The new backup was removed.")
                         .arg(m_destination);
            discard();
            return false;
        }
        aside = QFileInfo(m_temp).absolutePath() + QStringLiteral("/.") + dest.fileName() + QStringLiteral(".valvur-old-")
            + randomSuffix();
        if (emptyDir ? !QDir().rmdir(m_destination) : !QFile::rename(m_destination, aside)) {
            *error = Tr::tr("Cannot replace %1 (is it in use or read-only?). The new backup was removed.").arg(m_destination);
            discard();
            return false;
        }
        if (emptyDir)
            aside.clear();
    }
    if (!QFile::rename(m_temp, m_destination)) {
        *error = Tr::tr("Cannot rename the finished backup to %1.").arg(m_destination);
        if (!aside.isEmpty())
            QFile::rename(aside, m_destination);
        discard();
        return false;
    }
    if (!aside.isEmpty())
        removePath(aside);
    m_temp.clear();
    return true;
}

void AtomicOutput::discard()
{
    if (!m_temp.isEmpty())
        removePath(m_temp);
    m_temp.clear();
}

} // namespace Valvur
