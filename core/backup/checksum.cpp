#include "backup/checksum.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace Valvur::Checksum {

namespace {

// SHA-256 through OpenSSL's libcrypto (already loaded with libpq): it uses the CPU's SHA
// instructions where there are some, several times faster than a portable implementation, and a
// backup's checksum is on the clock of every backup (tests/bench/backup-bench.sh).
class Sha256
{
public:
    Sha256()
        : m_ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
    {
        m_ok = m_ctx && EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) == 1;
    }
    void add(QByteArrayView data)
    {
        m_ok = m_ok && EVP_DigestUpdate(m_ctx.get(), data.data(), size_t(data.size())) == 1;
    }
    bool addFile(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = f.read(buffer.data(), buffer.size());
            if (n < 0)
                return false;
            if (n == 0)
                return true;
            add(QByteArrayView(buffer.constData(), n));
        }
    }
    // Lower-case hex, or empty when libcrypto failed.
    QString hex()
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (!m_ok || EVP_DigestFinal_ex(m_ctx.get(), digest, &length) != 1)
            return {};
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_ctx;
    bool m_ok = false;
};

QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    const QDir base(dir);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    return files;
}

} // namespace

QString sha256(const QString &path)
{
    const QFileInfo fi(path);
    Sha256 hash;
    if (fi.isDir()) {
        const QDir base(path);
        for (const QString &rel : filesBelow(path)) {
            const QString full = base.filePath(rel);
            hash.add(rel.toUtf8());
            hash.add(QByteArrayView("\0", 1));
            hash.add(QByteArray::number(QFileInfo(full).size()));
            hash.add(QByteArrayView("\0", 1));
            if (!hash.addFile(full))
                return {};
        }
    } else if (fi.isFile()) {
        if (!hash.addFile(path))
            return {};
    } else {
        return {};
    }
    return hash.hex();
}

QFuture<QString> sha256Async(const QString &path)
{
    return QtConcurrent::run([path] { return sha256(path); });
}

qint64 totalSize(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.isDir())
        return fi.exists() ? fi.size() : 0;
    qint64 sum = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        sum += it.fileInfo().size();
    }
    return sum;
}

} // namespace Valvur::Checksum
