#include "checksum.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Valvur::Checksum {

namespace {

bool addFile(QCryptographicHash &hash, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return hash.addData(&f);
}

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
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (fi.isDir()) {
        const QDir base(path);
        for (const QString &rel : filesBelow(path)) {
            const QString full = base.filePath(rel);
            hash.addData(rel.toUtf8());
            hash.addData(QByteArrayView("\0", 1));
            hash.addData(QByteArray::number(QFileInfo(full).size()));
            hash.addData(QByteArrayView("\0", 1));
            if (!addFile(hash, full))
                return {};
        }
    } else if (fi.isFile()) {
        if (!addFile(hash, path))
            return {};
    } else {
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
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
