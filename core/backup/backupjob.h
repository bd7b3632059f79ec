#pragma once

#include "backup/atomicoutput.h"
#include "backup/backupoptions.h"
#include "backup/backupresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Valvur {

class ContainerToolRunner;
class ContainerToolbox;
class PgSession;
class ToolLocator;
class ToolRunner;

// One backup, from preflight to a checksummed file. Preflight (asynchronous): the destination may
// be written, the server answers, the catalog is counted (tables and sizes for progress), the
// physical preconditions hold, a tool new enough for the server exists, there is free space.
// Anything that fails there refuses the backup before a tool starts. Then the tool writes under
// a temporary name; on success the output is renamed into place and its SHA-256 computed off the
// GUI thread; on failure or cancel the temporary output is removed.
class BackupJob : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, Preflight, Ready, Running, Checksum, Done };
    Q_ENUM(Stage)

    explicit BackupJob(const BackupOptions &options, QObject *parent = nullptr);
    ~BackupJob() override;

    const BackupOptions &options() const { return m_options; }
    Stage stage() const { return m_stage; }

    // Runs the preflight only; preflightDone() tells the outcome (the wizard's Summary uses it):
    // when not ok, why; when ok, a warning or nothing.
    void preflight();
    // Preflight (unless it already passed) and run; finished() follows in every case.
    void start();
    // Stops at once: during preflight nothing starts, a running tool is terminated, the
    // temporary output is removed. finished() follows with status Cancelled.
    void cancel();

    // Known after a successful preflight.
    QString toolPath() const { return m_toolPath; }
    QString toolVersion() const { return m_toolVersion; }
    int serverMajor() const { return m_serverVersionNum / 10000; }
    qint64 databaseBytes() const { return m_databaseBytes; }
    int tableCount() const { return int(m_tableBytes.size()); }
    // The command shown to the user (password as ***); the real output name is the temporary one.
    QString displayCommand() const;
    // The pid of the running tool (tests read its /proc entries), 0 when none runs.
    qint64 toolProcessId() const;
    QString pgpassPath() const;

    // The container whose own tool runs the backup (options.container, or the local container that
    // publishes the server's port when this computer's tool is too old); empty when the host's runs.
    QString containerName() const;

Q_SIGNALS:
    void preflightDone(bool ok, const QString &error);
    void stageText(const QString &text);
    void progress(const Valvur::ToolProgress &progress);
    void logLine(const QString &line, bool isError);
    void finished(const Valvur::BackupResult &result);

private:
    void runPreflight(bool thenRun);
    void onCatalog(bool thenRun);
    void checkReplicationConnection(bool thenRun);
    void locateTool(bool thenRun);
    void useContainerTool(const QString &container, bool thenRun, const QString &hostToolProblem);
    void checkSpace(bool thenRun);
    void runContainerTool(const QString &temp);
    QStringList containerArgv() const;
    QStringList toolErrorLines() const;
    void preflightFailed(const QString &error, BackupResult::Status status = BackupResult::Status::Refused);
    void preflightPassed(bool thenRun);
    void runTool();
    void onToolLine(const QString &line, bool isError);
    void onToolFinished(int outcome, int exitCode);
    void updateProgress();
    void checkServerLeftovers(int outcome, int exitCode);
    void finish(BackupResult::Status status, const QString &error);
    QString explainToolFailure() const;

    BackupOptions m_options;
    Stage m_stage = Stage::Idle;
    bool m_preflightOk = false;
    bool m_cancelRequested = false;
    bool m_leftoversChecked = false;
    PgSession *m_session = nullptr;
    PgSession *m_replication = nullptr;
    ToolLocator *m_locator = nullptr;
    ToolRunner *m_runner = nullptr;
    ContainerToolbox *m_toolbox = nullptr; // set when the tool runs inside a container
    ContainerToolRunner *m_containerRunner = nullptr;
    bool m_inContainer = false;
    AtomicOutput m_output;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;

    int m_serverVersionNum = 0;
    qint64 m_databaseBytes = 0;
    QString m_database;
    QHash<QString, qint64> m_tableBytes; // "schema.table" -> bytes
    QHash<QString, qint64> m_tableBytesByName;
    qint64 m_totalTableBytes = 0;
    bool m_tableBytesKnown = true; // false: a table was never vacuumed or analyzed (relpages 0)
    QSet<QString> m_done;
    QString m_current;
    qint64 m_doneBytes = 0;
    double m_physicalFraction = -1;
    ToolProgress m_progress;
    QString m_toolPath;
    QString m_toolVersion;
    bool m_replacing = false; // an old backup is at the destination, replaced only on success
    BackupResult m_result;
};

} // namespace Valvur
