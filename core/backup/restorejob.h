#pragma once

#include "backup/backuparchive.h"
#include "backup/backupresult.h"
#include "pg/connectionoptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QTemporaryFile;

namespace Valvur {

class ContainerToolRunner;
class ContainerToolbox;
class PgSession;
class ToolLocator;
class ToolRunner;

struct RestoreOptions
{
    ConnectionOptions connection; // the server; its dbname is where CREATE DATABASE runs
    QString password;
    QString input;
    QString targetDatabase;
    bool createDatabase = false;  // create the target first (it must not exist)
    bool intoExisting = false;    // the user confirmed restoring into an existing database that has tables
    bool clean = false;           // drop objects before recreating them (with IF EXISTS)
    bool noOwner = false;
    bool singleTransaction = true;// all or nothing (not with parallel jobs)
    int jobs = 1;
    bool exitOnError = true;
    QStringList selectedEntries;  // pg_restore --list lines to restore; empty: everything
    QString toolDirectory;
    QString container;            // a local container whose own pg_restore / psql runs the restore; empty: this computer's
    int stallTimeoutS = 60;       // no progress and no answer for this long: the server stopped answering (0: never)

    // The tool's arguments for this format ("" for the use-list file when none is needed).
    QStringList arguments(BackupArchive::Format format, const QString &useListFile) const;
    QString program(BackupArchive::Format format) const
    {
        return format == BackupArchive::Format::Plain ? QStringLiteral("psql") : QStringLiteral("pg_restore");
    }
};

struct RestoreResult
{
    BackupResult::Status status = BackupResult::Status::Failed;
    QString error;          // in the user's language
    QString firstError;     // the first error the tool reported (server's words)
    QString firstStatement; // the statement that failed, when the tool said
    QStringList toolErrors;
    BackupArchive::Format format = BackupArchive::Format::Unknown;
    QString targetDatabase;
    qint64 durationMs = 0;
    QString command;
    QString problem;        // for scripts (--json): "target-not-empty", "input-missing", "" otherwise
    QStringList existingTables; // target-not-empty: the target's tables ("schema.table"), at most 200
    QStringList clashes;        // target-not-empty: the archive's tables that are already there
    bool createdDropped = false; // a database Valvur created for a restore that failed was dropped again
    bool ok() const { return status == BackupResult::Status::Success; }
};

// Restores a logical backup into a new or existing database: detects the format, checks the
// target (a new one must not exist; an existing one must, and if it has tables the user must have
// said so: intoExisting), creates it if asked (and drops it again when the restore fails or is
// cancelled), runs pg_restore
// (custom, directory, tar) or psql -v ON_ERROR_STOP=1 --single-transaction (plain SQL), and
// reports the first error with its statement.
class RestoreJob : public QObject
{
    Q_OBJECT
public:
    explicit RestoreJob(const RestoreOptions &options, QObject *parent = nullptr);
    ~RestoreJob() override;

    void start();
    void cancel();
    const RestoreOptions &options() const { return m_options; }
    QString displayCommand(BackupArchive::Format format) const;
    qint64 toolProcessId() const;
    // The container whose own tool runs the restore; empty when this computer's runs.
    QString containerName() const;

    // Finds the first error and its statement in pg_restore or psql error output.
    static void parseFirstError(const QStringList &errorLines, QString *error, QString *statement);

Q_SIGNALS:
    void stageText(const QString &text);
    void progress(const Valvur::ToolProgress &progress);
    void logLine(const QString &line, bool isError);
    void finished(const Valvur::RestoreResult &result);

private:
    void onConnected();
    void locateTool();
    void useContainerTool(const QString &container, const QString &hostToolProblem);
    void listArchive(ToolRunner *hostLister, ContainerToolRunner *containerLister);
    void runContainerTool();
    QStringList toolErrorLines() const;
    void checkTargetEmpty();
    void createTarget();
    void runTool();
    void onToolLine(const QString &line, bool isError);
    void onToolFinished(int outcome);
    void finish(BackupResult::Status status, const QString &error);
    void emitFinished();

    RestoreOptions m_options;
    BackupArchive::Format m_format = BackupArchive::Format::Unknown;
    PgSession *m_session = nullptr;
    ToolLocator *m_locator = nullptr;
    ToolRunner *m_runner = nullptr;
    ContainerToolbox *m_toolbox = nullptr; // set when the tool runs inside a container
    ContainerToolRunner *m_containerRunner = nullptr;
    bool m_inContainer = false;
    std::unique_ptr<QTemporaryFile> m_useList;
    QString m_toolPath;
    int m_serverMajor = 0;
    bool m_done = false;
    bool m_cancelled = false;
    bool m_creating = false;
    bool m_created = false;
    QList<BackupArchive::Entry> m_entries;
    QElapsedTimer m_clock;
    QTimer m_progressTimer;
    ToolProgress m_progress;
    int m_tablesTotal = 0;
    QSet<QString> m_tablesDone;
    RestoreResult m_result;
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::RestoreResult)
