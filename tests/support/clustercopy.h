#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Valvur::Test {

// A physical backup (pg_basebackup, plain format) started as a second server: the backup is
// copied into a fresh directory owned by postgres (when we are root), given its own port and
// socket directory, and started with pg_ctl. stop() and the destructor stop it and remove it.
class ClusterCopy
{
public:
    explicit ClusterCopy(QString binDir);
    ~ClusterCopy();

    bool start(const QString &backupDir);
    bool stop();
    int port() const { return m_port; }
    QString socketDir() const { return m_dir ? m_dir->path() : QString(); }
    QString socketConninfo(const QString &database = QStringLiteral("postgres")) const;
    const QString &error() const { return m_error; }

    // First column of the first row of the statement, over any conninfo (set-up and checks only).
    static QString query(const QString &conninfo, const QString &sql, bool *ok = nullptr);

private:
    bool run(const QString &program, const QStringList &args, QString *output);

    QString m_binDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace Valvur::Test
