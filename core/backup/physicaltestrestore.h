#pragma once

#include "pg/connectionoptions.h"
#include "backup/verifyresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>

#include <atomic>
#include <memory>

class QTemporaryDir;

namespace Valvur {

class ToolLocator;

// The test restore of a physical (pg_basebackup) backup: the copy is unpacked into a private
// temporary folder and started as a temporary server of its own (the PostgreSQL server programs
// postgres and pg_ctl of the backup's major version; Unix socket in that folder only, no TCP, no
// archiving, no replication, local trust), the time until it accepts connections is the measured
// RTO, the per-table row counts of every database are compared with the source server, then the
// server is stopped and the folder removed: also on failure and cancel. Running as root, the
// server runs as the postgres user (PostgreSQL refuses root).
class PhysicalTestRestore : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString input;                // the base backup directory (plain or tar)
        QString toolDirectory;
        ConnectionOptions source;     // the server the backup came from (its databases are compared); empty: no comparison
        QString sourcePassword;
    };

    explicit PhysicalTestRestore(const Options &options, QObject *parent = nullptr);
    ~PhysicalTestRestore() override;

    void start();
    void cancel();

    // The major version in the backup's PG_VERSION (plain, or base.tar uncompressed); 0: unknown.
    static int backupMajor(const QString &input);
    // What to say when the server programs are missing (names the Debian package).
    static QString serverProgramsMissing(int major);

Q_SIGNALS:
    void stageText(const QString &text);
    void logLine(const QString &line, bool isError);
    // result carries restored, restoreMs (time to ready), copyMs, startMs, rowCounts, counts*, temporaryPort.
    void finished(bool ok, const QString &error, const Valvur::VerifyResult &result);

private:
    void onLocated();
    void unpack();
    void unpackNext(QStringList steps);
    void prepare();
    void startServer();
    void connectToCopy();
    void countNextDatabase();
    void fail(const QString &error);
    void stopAndClean();
    void stopServer();
    void removeFolder();
    QStringList asServerOwner(const QString &program, const QStringList &args, QString *runProgram) const;
    QString logTail() const;

    Options m_options;
    VerifyResult m_result;
    ToolLocator *m_locator = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_socketDir;
    QString m_postgres;
    QString m_pgCtl;
    int m_major = 0;
    QString m_user;
    QPointer<QProcess> m_process;
    QPointer<QProcess> m_startProcess;
    QElapsedTimer m_clock;
    QElapsedTimer m_startClock;
    QStringList m_databases;
    bool m_serverStarted = false;
    bool m_copying = false;
    bool m_finishing = false;
    bool m_ok = false;
    QString m_error;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace Valvur
