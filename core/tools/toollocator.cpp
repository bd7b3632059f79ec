#include "tools/toollocator.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Valvur {

ToolLocator::ToolLocator(QObject *parent)
    : QObject(parent)
{
}

QStringList ToolLocator::searchDirectories() const
{
    QStringList dirs;
    // A folder the user named (settings, --tool-dir) is the only place looked at: they chose it.
    if (!m_extraDir.isEmpty())
        return {m_extraDir};
    const QStringList path = qEnvironmentVariable("PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    dirs << path;
    QDir pg(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = pg.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions)
        dirs << pg.filePath(v + QStringLiteral("/bin"));
    return dirs;
}

void ToolLocator::locate(const QStringList &programs)
{
    m_found.clear();
    m_started = true;
    m_pending = 0;
    QSet<QString> seen;
    QList<QPair<QString, QString>> todo;
    for (const QString &dir : searchDirectories()) {
        for (const QString &program : programs) {
            const QFileInfo fi(QDir(dir).filePath(program));
            if (!fi.exists() || !fi.isExecutable() || fi.isDir())
                continue;
            // /usr/bin/pg_dump is a wrapper (pg_wrapper) that picks a version itself; probe it
            // anyway, by its own path, but never twice the same real file.
            const QString key = program + QLatin1Char('|') + fi.canonicalFilePath();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            todo.append({program, fi.absoluteFilePath()});
        }
    }
    m_pending = int(todo.size());
    if (todo.isEmpty()) {
        QTimer::singleShot(0, this, &ToolLocator::finished);
        return;
    }
    for (const auto &[program, path] : std::as_const(todo))
        probe(program, path);
}

void ToolLocator::probe(const QString &program, const QString &path)
{
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::MergedChannels);
    auto done = [this, p, program, path](bool ok) {
        if (ok) {
            const QString text = QString::fromLocal8Bit(p->readAll()).trimmed();
            int major = 0, minor = 0;
            if (PgTool::parseVersion(text, &major, &minor))
                m_found[program].append(PgTool(program, path, major, minor, text));
        }
        p->deleteLater();
        if (--m_pending == 0)
            Q_EMIT finished();
    };
    connect(p, &QProcess::finished, this, [done, p](int code, QProcess::ExitStatus status) {
        Q_UNUSED(p)
        done(status == QProcess::NormalExit && code == 0);
    });
    connect(p, &QProcess::errorOccurred, this, [done, p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            Q_UNUSED(p)
            done(false);
        }
    });
    // A program that does not answer --version within a few seconds is not a usable tool.
    QTimer::singleShot(5000, p, [p] { p->kill(); });
    p->start(path, {QStringLiteral("--version")});
}

} // namespace Valvur
