#pragma once

#include "backup/backuparchive.h"
#include "backup/backupresult.h"
#include "pg/connectionoptions.h"
#include "backup/restorejob.h"
#include "backup/verifyresult.h"
#include "tools/toolrunner.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Valvur {

class ContainerToolRunner;
class ContainerToolbox;
class PgSession;
class PhysicalTestRestore;
class ToolLocator;
class ToolRunner;

struct VerifyOptions
{
    QString input;
    QString expectedSha256;         // from the history; empty: nothing to compare with
    QString toolDirectory;
    bool testRestore = false;
    ConnectionOptions restoreServer; // where the scratch database is created
    QString restorePassword;
    QString restoreContainer;        // the local container restoreServer runs in: its own pg_restore reads and restores (stdin)
    ConnectionOptions source;        // the database the backup came from (row counts); empty: the archive's own dbname on restoreServer
    QString sourcePassword;
    int stallTimeoutS = 60;          // test restore: no progress and no answer for this long ends it (0: never)
};

// Proves a backup: quick (pg_restore reads the table of contents, then every data block it names,
// writing the script to /dev/null; a plain file has pg_dump's
// header and closing line; pg_verifybackup for a plain physical backup; the SHA-256 equals the
// recorded one) and, if asked, a test restore into a new scratch database whose per-table row
// counts are compared with the source. The scratch database is dropped afterwards, also on failure.
class VerifyJob : public QObject
{
    Q_OBJECT
public:
    explicit VerifyJob(const VerifyOptions &options, QObject *parent = nullptr);
    void start();
    void cancel();

    static QString scratchName(const QDateTime &when);

Q_SIGNALS:
    void stageText(const QString &text);
    void logLine(const QString &line, bool isError);
    void finished(const Valvur::VerifyResult &result);

private:
    void quickCheck();
    void readAllData(const QString &pgRestore);
    // pg_restore ARGS on the archive: this computer's (hostPath), or the test-restore container's
    // with the archive on its stdin.
    void runPgRestore(const QString &hostPath, const QStringList &args, std::function<void(const QString &, bool)> onLine,
                      std::function<void(ToolRunner::Outcome, const QStringList &)> onDone);
    void onQuickDone(bool ok, const QString &message);
    void checksum();
    void startTestRestore();
    void startPhysicalTestRestore();
    void compareWithSource(const QMap<QString, qint64> &restored);
    void dropScratch();
    void finish(bool ok, const QString &error);

    VerifyOptions m_options;
    VerifyResult m_result;
    ToolLocator *m_locator = nullptr;
    ToolRunner *m_reader = nullptr; // pg_restore reading every data block
    ContainerToolbox *m_toolbox = nullptr;
    ContainerToolRunner *m_containerReader = nullptr;
    RestoreJob *m_restore = nullptr;
    PhysicalTestRestore *m_physical = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    QString m_archiveDatabase;
    QString m_pendingError;
    bool m_pendingOk = false;
    bool m_done = false;
    bool m_cancelled = false;
};

} // namespace Valvur
