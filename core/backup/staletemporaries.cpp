#include "backup/staletemporaries.h"

#include "backup/atomicoutput.h"
#include "backup/backuphistory.h"
#include "ssh/sshtunnel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QThread>
#include <QtConcurrent>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace Valvur {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) == 0 || errno == EPERM)
        return true;
    return false;
}

QString hostName()
{
    QString h = QSysInfo::machineHostName();
    h.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return h.isEmpty() ? QStringLiteral("localhost") : h;
}

// Ours, or we are root (a test-restore copy then belongs to the postgres user that ran its server).
bool ownedByUs(const QFileInfo &fi)
{
    return ::getuid() == 0 || fi.ownerId() == ::getuid();
}

// Every PGPASSFILE a running process of ours names (processes we may not read are skipped).
QSet<QString> pgpassFilesInUse()
{
    QSet<QString> used;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile f(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &var : f.readAll().split('\0')) {
            if (var.startsWith("PGPASSFILE="))
                used.insert(QFileInfo(QString::fromLocal8Bit(var.mid(11))).absolutePath());
        }
    }
    return used;
}

// The postmaster of a data directory, if one runs there: its pid file's first line, checked
// against the process's working directory (a postmaster runs in its data directory).
qint64 runningPostmaster(const QString &dataDir)
{
    QFile f(dataDir + QStringLiteral("/postmaster.pid"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = f.readLine().trimmed().toLongLong();
    if (pid <= 0 || !processAlive(pid))
        return 0;
    const QString cwd = QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget();
    return QFileInfo(cwd).canonicalFilePath() == QFileInfo(dataDir).canonicalFilePath() ? pid : 0;
}

bool stopServer(qint64 pid)
{
    ::kill(pid_t(pid), SIGQUIT); // immediate shutdown: nothing of a throwaway copy is worth keeping
    for (int i = 0; i < 100 && processAlive(pid); ++i)
        QThread::msleep(100);
    if (processAlive(pid)) {
        ::kill(pid_t(pid), SIGKILL);
        for (int i = 0; i < 50 && processAlive(pid); ++i)
            QThread::msleep(100);
    }
    return !processAlive(pid);
}

} // namespace

QString StaleTemporaries::ownerTag()
{
    return QStringLiteral("%1@%2").arg(QCoreApplication::applicationPid()).arg(hostName());
}

QString StaleTemporaries::tagOf(const QString &fileName)
{
    static const QRegularExpression re(QStringLiteral("valvur-(?:partial|test-restore)-(\\d+@[A-Za-z0-9._-]+)-[A-Za-z0-9]{6,}$"));
    const QRegularExpressionMatch m = re.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool StaleTemporaries::isStaleTag(const QString &tag)
{
    const qsizetype at = tag.indexOf(QLatin1Char('@'));
    if (at <= 0 || tag.mid(at + 1) != hostName())
        return false;
    bool ok = false;
    const qint64 pid = tag.left(at).toLongLong(&ok);
    return ok && pid > 0 && !processAlive(pid);
}

StaleTemporaries::Report StaleTemporaries::sweep(const QStringList &outputFolders)
{
    Report report;
    auto remove = [&report](const QString &path) {
        if (AtomicOutput::removePath(path))
            report.removed << path;
        else
            report.failed << path;
    };

    QSet<QString> folders;
    for (const QString &f : outputFolders)
        folders.insert(QDir::cleanPath(f));
    BackupHistory history(BackupHistory::defaultFile());
    if (history.load()) {
        for (const BackupHistory::Entry &e : history.entries())
            folders.insert(QFileInfo(e.path).absolutePath());
    }
    for (const QString &folder : std::as_const(folders)) {
        const QFileInfoList entries = QDir(folder).entryInfoList({QStringLiteral(".*.valvur-partial-*")},
                                                                 QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &fi : entries) {
            const QString tag = tagOf(fi.fileName());
            if (AtomicOutput::isTemporaryName(fi.fileName()) && !tag.isEmpty() && ownedByUs(fi) && isStaleTag(tag))
                remove(fi.absoluteFilePath());
        }
    }

    const QDir tmp(QDir::tempPath());
    for (const QFileInfo &fi : tmp.entryInfoList({QStringLiteral("valvur-test-restore-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString tag = tagOf(fi.fileName());
        if (tag.isEmpty() || !ownedByUs(fi) || !isStaleTag(tag))
            continue;
        const QString dataDir = fi.absoluteFilePath() + QStringLiteral("/data");
        if (const qint64 pid = runningPostmaster(dataDir)) {
            if (!stopServer(pid)) {
                report.failed << fi.absoluteFilePath();
                continue;
            }
            report.stoppedServers << dataDir;
        }
        remove(fi.absoluteFilePath());
    }

    report.removed << SshTunnel::sweepStale();

    const QFileInfoList pgpass = tmp.entryInfoList({QStringLiteral("valvur-pgpass-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    if (!pgpass.isEmpty()) {
        const QSet<QString> inUse = pgpassFilesInUse();
        const QDateTime minuteAgo = QDateTime::currentDateTime().addSecs(-60);
        for (const QFileInfo &fi : pgpass) {
            if (ownedByUs(fi) && fi.lastModified() < minuteAgo && !inUse.contains(fi.absoluteFilePath()))
                remove(fi.absoluteFilePath());
        }
    }
    return report;
}

QFuture<StaleTemporaries::Report> StaleTemporaries::sweepInBackground(const QStringList &outputFolders)
{
    return QtConcurrent::run([outputFolders] { return sweep(outputFolders); });
}

} // namespace Valvur
