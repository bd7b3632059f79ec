#include "processes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace Valvur::Test {

namespace {
// The fields after "pid (comm) ": state, ppid, pgrp, …
QList<QByteArray> statFields(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = f.readAll();
    return line.mid(line.lastIndexOf(')') + 2).split(' ');
}
} // namespace

bool processRunning(qint64 pid)
{
    const QList<QByteArray> f = statFields(pid);
    return !f.isEmpty() && f.first() != "Z" && f.first() != "X";
}

QList<qint64> childProcesses(qint64 pid)
{
    QList<qint64> children;
    for (const QString &p : QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs)) {
        const QList<QByteArray> f = statFields(p.toLongLong());
        if (f.size() > 1 && f.at(1).toLongLong() == pid)
            children << p.toLongLong();
    }
    return children;
}

QList<qint64> processTree(qint64 pid)
{
    QList<qint64> all{pid};
    for (qsizetype i = 0; i < all.size(); ++i)
        all << childProcesses(all.at(i));
    return all;
}

QByteArray processEnvironment(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/environ").arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString processName(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/comm").arg(pid));
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll()).trimmed() : QString();
}

QStringList filesHolding(const QString &root, const QByteArray &needle, int depth, qint64 maxBytes)
{
    QStringList found;
    const QFileInfoList entries = QDir(root).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &fi : entries) {
        if (fi.isSymLink())
            continue;
        if (fi.isDir()) {
            if (depth > 0)
                found << filesHolding(fi.absoluteFilePath(), needle, depth - 1, maxBytes);
            continue;
        }
        struct stat st;
        if (::lstat(QFile::encodeName(fi.absoluteFilePath()).constData(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > maxBytes)
            continue; // never open a FIFO or a device: that could block
        QFile f(fi.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found << fi.absoluteFilePath();
    }
    return found;
}

} // namespace Valvur::Test
