#pragma once

#include "backup/backuparchive.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QTimer;

namespace Valvur {

// What a backup to restore holds, without widgets: its format (BackupArchive::detect) and, for
// an archive pg_restore reads, its entries (pg_restore --list, parsed) and the database it was
// made from. A new inspect() drops the one in flight (its tool is stopped). A listing that takes
// longer than TimeoutMs is stopped and reported as failed.
class ArchiveContentsController : public QObject
{
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 60000;

    explicit ArchiveContentsController(QObject *parent = nullptr);

    // toolDirectory: the tool folder from Preferences (empty: PATH and the usual places).
    void inspect(const QString &path, const QString &toolDirectory);

    const QString &path() const { return m_path; }
    BackupArchive::Format format() const { return m_format; }
    bool isListed() const { return m_listed; }
    const QList<BackupArchive::Entry> &entries() const { return m_entries; }
    const QString &archiveDatabase() const { return m_database; }
    // No usable pg_restore: the explanation (already in the user's words). Empty otherwise.
    const QString &toolProblem() const { return m_toolProblem; }
    // pg_restore could not read it: its error output (may be empty). Empty otherwise.
    const QStringList &readErrors() const { return m_readErrors; }
    // pg_restore did not finish within TimeoutMs and was stopped.
    bool timedOut() const { return m_timedOut; }
    bool hasFailed() const { return m_failed; }

Q_SIGNALS:
    void listed();
    void failed();

private:
    void list(const QString &pgRestore);

    // Parent of this inspection's locator and tool: deleted by the next inspect(), which stops
    // the tool and drops its answers.
    QObject *m_run = nullptr;
    QTimer *m_timeout;
    QString m_path;
    BackupArchive::Format m_format = BackupArchive::Format::Unknown;
    bool m_listed = false;
    QList<BackupArchive::Entry> m_entries;
    QString m_database;
    QString m_toolProblem;
    QStringList m_readErrors;
    bool m_timedOut = false;
    bool m_failed = false;
};

} // namespace Valvur
