#include "backup/backupjob.h"

#include "backup/backupsql.h"
#include "backup/basebackupleftovers.h"
#include "backup/checksum.h"
#include "containers/containertoolbox.h"
#include "containers/containertoolrunner.h"
#include "pg/pgsession.h"
#include "tools/toollocator.h"
#include "tools/toolrunner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStorageInfo>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};

const QRegularExpression &dumpingTable()
{
    // pg_dump: dumping contents of table "public.pgbench_accounts"
    static const QRegularExpression re(QStringLiteral("dumping contents of table \"([^\"]+)\""));
    return re;
}

const QRegularExpression &finishedItem()
{
    // parallel: pg_dump: finished item 3456 TABLE DATA pgbench_accounts
    static const QRegularExpression re(QStringLiteral("finished item \\d+ TABLE DATA (.+)$"));
    return re;
}

const QRegularExpression &basebackupProgress()
{
    // "  1234/56789 kB (2%), 0/1 tablespace"
    static const QRegularExpression re(QStringLiteral("(\\d+)/(\\d+) kB \\((\\d+)%\\)"));
    return re;
}
} // namespace

BackupJob::BackupJob(const BackupOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_output(options.output)
{
    m_progressTimer.setInterval(500);
    connect(&m_progressTimer, &QTimer::timeout, this, &BackupJob::updateProgress);
}

BackupJob::~BackupJob()
{
    // A job destroyed while its tool runs (window closed): stop the tool, remove the partial output.
    if (m_runner && m_runner->isRunning()) {
        delete m_runner;
        m_runner = nullptr;
    }
    delete m_containerRunner; // ends the tool inside the container
    m_containerRunner = nullptr;
    if (m_stage == Stage::Running)
        m_output.discard();
}

QString BackupJob::containerName() const
{
    return m_toolbox && m_toolbox->isResolved() ? m_toolbox->name() : QString();
}

QString BackupJob::displayCommand() const
{
    if (m_inContainer)
        return m_toolbox->displayCommand(containerArgv(), !m_options.password.isEmpty()) + QStringLiteral(" > ")
            + ToolRunner::shellQuote(m_options.output);
    const QString program = m_toolPath.isEmpty() ? m_options.program() : m_toolPath;
    return ToolRunner::displayCommand(program, m_options.arguments(m_options.output), !m_options.password.isEmpty());
}

qint64 BackupJob::toolProcessId() const
{
    return m_runner && m_runner->isRunning() ? m_runner->processId() : 0;
}

QStringList BackupJob::toolErrorLines() const
{
    if (m_containerRunner)
        return m_containerRunner->errorLines();
    return m_runner ? m_runner->errorLines() : QStringList();
}

QString BackupJob::pgpassPath() const
{
    return m_runner ? m_runner->pgpassPath() : QString();
}

void BackupJob::preflight()
{
    runPreflight(false);
}

void BackupJob::start()
{
    if (m_preflightOk) {
        runTool();
        return;
    }
    runPreflight(true);
}

void BackupJob::cancel()
{
    m_cancelRequested = true;
    if (m_runner && m_runner->isRunning()) {
        Q_EMIT stageText(Tr::tr("Stopping %1…").arg(m_options.program()));
        m_runner->cancel();
        return;
    }
    if (m_containerRunner && m_containerRunner->isRunning()) {
        Q_EMIT stageText(Tr::tr("Stopping %1 inside the container %2…").arg(m_options.program(), containerName()));
        m_containerRunner->cancel();
        return;
    }
    if (m_stage == Stage::Preflight || m_stage == Stage::Ready || m_stage == Stage::Idle)
        finish(BackupResult::Status::Cancelled, Tr::tr("The backup was cancelled before it started. Nothing was written."));
}

void BackupJob::runPreflight(bool thenRun)
{
    m_stage = Stage::Preflight;
    m_inContainer = false;
    m_result = BackupResult();
    m_result.format = m_options.format;
    m_result.path = m_options.output;
    m_result.server = m_options.connection.displayName();
    m_result.command = displayCommand();
    Q_EMIT stageText(Tr::tr("Checking the destination…"));

    switch (AtomicOutput::check(m_options.output)) {
    case AtomicOutput::Check::Exists:
        if (!m_options.overwrite) {
            preflightFailed(Tr::tr("%1 already exists. It was not overwritten: choose another name, or confirm that it "
                                   "may be replaced (--overwrite).")
                                .arg(m_options.output));
            return;
        }
        break;
    case AtomicOutput::Check::NoFolder:
        preflightFailed(Tr::tr("The folder %1 does not exist.").arg(QFileInfo(m_options.output).absolutePath()));
        return;
    case AtomicOutput::Check::NotWritable:
        preflightFailed(Tr::tr("The folder %1 is not writable: %2. Choose another folder.")
                            .arg(QFileInfo(m_options.output).absolutePath(), AtomicOutput::notWritableReason(m_options.output)));
        return;
    case AtomicOutput::Check::Ok:
        break;
    }

    Q_EMIT stageText(Tr::tr("Connecting to %1…").arg(m_options.connection.displayName()));
    delete m_session;
    m_session = new PgSession(this);
    ConnectionOptions o = m_options.connection;
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-backup"));
    connect(m_session, &PgSession::connectFailed, this, [this](const PgError &e) {
        preflightFailed(Tr::tr("Cannot connect to %1: %2").arg(m_options.connection.displayName(), ConnectionOptions::printable(e.message().trimmed())));
    });
    connect(m_session, &PgSession::connected, this, [this, thenRun] { onCatalog(thenRun); });
    m_session->open(o, m_options.password);
}

void BackupJob::onCatalog(bool thenRun)
{
    if (m_cancelRequested)
        return;
    Q_EMIT stageText(Tr::tr("Reading the catalog…"));
    const QString sql = m_options.isPhysical() ? Sql::physicalPreconditions() : Sql::backupCatalog();
    m_session->exec(sql, this, [this, thenRun](const PgReply &r) {
        if (m_cancelRequested)
            return;
        if (!r.ok()) {
            preflightFailed(Tr::tr("The server did not answer the catalog query: %1").arg(r.error.message().trimmed()));
            return;
        }
        const PgResult first = r.first();
        m_serverVersionNum = first.value(0, QStringLiteral("version_num")).toInt();
        if (m_options.isPhysical()) {
            m_databaseBytes = first.value(0, QStringLiteral("cluster_size")).toLongLong();
            QStringList missing;
            const QString role = first.value(0, QStringLiteral("role")).toString();
            if (!first.value(0, QStringLiteral("may_replicate")).toBool())
                missing << Tr::tr("The role %1 may not take a base backup: it needs the REPLICATION attribute "
                                  "(ALTER ROLE %1 REPLICATION;) or superuser.")
                               .arg(role);
            if (first.value(0, QStringLiteral("max_wal_senders")).toInt() < 2)
                missing << Tr::tr("max_wal_senders is %1: a base backup with streamed WAL needs at least 2. Set it in "
                                  "postgresql.conf and restart the server.")
                               .arg(first.value(0, QStringLiteral("max_wal_senders")).toInt());
            if (first.value(0, QStringLiteral("wal_level")).toString() == QLatin1String("minimal"))
                missing << Tr::tr("wal_level is minimal: set it to replica and restart the server.");
            if (!missing.isEmpty()) {
                preflightFailed(Tr::tr("A physical backup of this server cannot start yet:") + QStringLiteral("\n• ")
                                + missing.join(QStringLiteral("\n• ")));
                return;
            }
            QMetaObject::invokeMethod(m_session, &PgSession::close, Qt::QueuedConnection);
            checkReplicationConnection(thenRun);
            return;
        }
        m_databaseBytes = first.value(0, QStringLiteral("database_size")).toLongLong();
        m_database = first.value(0, QStringLiteral("database")).toString();
        const PgResult tables = r.at(1);
        m_tableBytes.clear();
        m_tableBytesByName.clear();
        m_totalTableBytes = 0;
        m_tableBytesKnown = true;
        for (int i = 0; i < tables.rowCount(); ++i) {
            const QString schema = tables.value(i, 0).toString();
            const QString name = tables.value(i, 1).toString();
            if (!m_options.schemas.isEmpty() && !m_options.schemas.contains(schema))
                continue;
            if (!m_options.tables.isEmpty() && !m_options.tables.contains(schema + QLatin1Char('.') + name))
                continue;
            const qint64 bytes = qMax<qint64>(tables.value(i, 2).toLongLong(), 1);
            if (tables.value(i, 3).toBool())
                m_tableBytesKnown = false;
            m_tableBytes.insert(schema + QLatin1Char('.') + name, bytes);
            m_tableBytesByName.insert(name, bytes);
            m_totalTableBytes += bytes;
        }
        QMetaObject::invokeMethod(m_session, &PgSession::close, Qt::QueuedConnection);
        locateTool(thenRun);
    });
}

void BackupJob::checkReplicationConnection(bool thenRun)
{
    Q_EMIT stageText(Tr::tr("Trying a replication connection…"));
    delete m_replication;
    m_replication = new PgSession(this);
    ConnectionOptions o = m_options.connection;
    o.setValue(QStringLiteral("replication"), QStringLiteral("true"));
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-backup"));
    connect(m_replication, &PgSession::connectFailed, this, [this](const PgError &e) {
        if (m_cancelRequested)
            return;
        const QString msg = e.message().trimmed();
        QString why;
        if (msg.contains(QLatin1String("pg_hba.conf")))
            why = Tr::tr("pg_hba.conf has no replication entry for this host and role. Add a line such as\n"
                         "    host  replication  %1  <client address>/32  scram-sha-256\n"
                         "and reload the server (SELECT pg_reload_conf();).")
                      .arg(m_options.connection.effectiveUser());
        else if (msg.contains(QLatin1String("number of requested standby connections")) || msg.contains(QLatin1String("wal sender")))
            why = Tr::tr("All WAL sender slots are in use (max_wal_senders). Free one or raise the limit and restart.");
        else
            why = Tr::tr("The replication connection failed.");
        preflightFailed(Tr::tr("A physical backup of this server cannot start yet:") + QStringLiteral("\n• ") + why
                        + QStringLiteral("\n\n") + msg);
    });
    connect(m_replication, &PgSession::connected, this, [this, thenRun] {
        QMetaObject::invokeMethod(m_replication, &PgSession::close, Qt::QueuedConnection);
        locateTool(thenRun);
    });
    m_replication->open(o, m_options.password);
}

void BackupJob::locateTool(bool thenRun)
{
    if (m_cancelRequested)
        return;
    if (!m_options.container.isEmpty()) {
        useContainerTool(m_options.container, thenRun, QString());
        return;
    }
    Q_EMIT stageText(Tr::tr("Looking for %1…").arg(m_options.program()));
    delete m_locator;
    m_locator = new ToolLocator(this);
    m_locator->setExtraDirectory(m_options.toolDirectory);
    connect(m_locator, &ToolLocator::finished, this, [this, thenRun] {
        if (m_cancelRequested)
            return;
        const QString program = m_options.program();
        const int major = serverMajor();
        const PgTool tool = m_locator->best(program, major);
        if (!tool.isValid()) {
            // This computer's tool is missing or too old: the server's own container has the right one.
            const QString problem = PgTool::tooOldExplanation(program, m_locator->found(program), major,
                                                              Tr::tr("valvur backup --container NAME …"));
            delete m_toolbox;
            m_toolbox = new ContainerToolbox(this);
            connect(m_toolbox, &ContainerToolbox::resolved, this, [this, thenRun, problem](bool ok) {
                if (m_cancelRequested)
                    return;
                if (!ok) {
                    preflightFailed(problem);
                    return;
                }
                useContainerTool(m_toolbox->name(), thenRun, problem);
            });
            m_toolbox->resolvePublishing(m_options.connection.effectiveHosts().value(0),
                                         m_options.connection.effectivePort().toInt());
            return;
        }
        m_toolPath = tool.path();
        m_toolVersion = tool.versionText();
        checkSpace(thenRun);
    });
    m_locator->locate({m_options.program()});
}

void BackupJob::checkSpace(bool thenRun)
{
    // Free space: a physical backup copies every file, so too little room is sure to fail; a
    // logical dump's size is a guess (compression), so too little room is only a warning. A
    // disk that fills up anyway stops the tool, and the partial output is removed.
    const QString folder = QFileInfo(m_options.output).absolutePath();
    const QStorageInfo storage(folder);
    // A table never vacuumed or analyzed has no size in the statistics: the database's size
    // (which also holds the indexes) stands in for the data then.
    const BackupOptions::SpaceNeed need =
        m_options.spaceNeeded(m_databaseBytes, m_tableBytesKnown ? m_totalTableBytes : m_databaseBytes);
    if (!m_options.skipSpaceCheck && storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < need.bytes) {
        const QLocale l;
        const QString free = l.formattedDataSize(storage.bytesAvailable(), 1, QLocale::DataSizeTraditionalFormat);
        const QString needed = l.formattedDataSize(need.bytes, 1, QLocale::DataSizeTraditionalFormat);
        if (need.sure) {
            preflightFailed(Tr::tr("Not enough free space in %1: %2 free, the server's files take %3. Choose another "
                                   "folder or free some space (or, if you know it fits, --skip-space-check).")
                                .arg(folder, free, needed));
            return;
        }
        m_result.warnings << Tr::tr("The backup may not fit in %1: %2 free, and it is estimated at about %3 (the size "
                                    "depends on the data and the compression). It runs anyway; should the disk fill up, "
                                    "the partial output is removed.")
                                 .arg(folder, free, needed);
        Q_EMIT logLine(m_result.warnings.constLast(), false);
    }
    preflightPassed(thenRun);
}

void BackupJob::preflightFailed(const QString &error, BackupResult::Status status)
{
    if (m_stage == Stage::Done)
        return;
    m_preflightOk = false;
    if (m_session)
        QMetaObject::invokeMethod(m_session, &PgSession::close, Qt::QueuedConnection);
    Q_EMIT preflightDone(false, error);
    finish(status, error);
}

void BackupJob::preflightPassed(bool thenRun)
{
    m_preflightOk = true;
    m_stage = Stage::Ready;
    m_result.command = displayCommand();
    Q_EMIT preflightDone(true, m_result.warnings.join(QLatin1Char('\n')));
    if (thenRun)
        runTool();
}

void BackupJob::runTool()
{
    if (m_cancelRequested) {
        finish(BackupResult::Status::Cancelled, Tr::tr("The backup was cancelled before it started. Nothing was written."));
        return;
    }
    // The destination may have appeared since the preflight (the wizard's pages take time).
    if (!m_options.overwrite && AtomicOutput::check(m_options.output) == AtomicOutput::Check::Exists) {
        finish(BackupResult::Status::Refused,
               Tr::tr("%1 already exists. It was not overwritten: choose another name, or confirm that it may be replaced "
                      "(--overwrite).")
                   .arg(m_options.output));
        return;
    }
    m_stage = Stage::Running;
    m_replacing = AtomicOutput::check(m_options.output) == AtomicOutput::Check::Exists; // --overwrite: kept until the new one is whole
    m_done.clear();
    m_current.clear();
    m_doneBytes = 0;
    m_physicalFraction = -1;
    m_leftoversChecked = false;
    m_progress = ToolProgress();
    m_progress.tablesTotal = m_options.isPhysical() ? 0 : int(m_tableBytes.size());
    const QString temp = m_output.reserve();
    // A name of its own, so that what pg_basebackup leaves on the server can be found afterwards.
    if (m_options.isPhysical() && !m_options.connection.contains(QStringLiteral("application_name")))
        m_options.connection.setValue(QStringLiteral("application_name"),
                                      QStringLiteral("valvur-basebackup-%1").arg(QCoreApplication::applicationPid()));

    if (m_inContainer) {
        runContainerTool(temp);
        return;
    }
    delete m_runner;
    m_runner = new ToolRunner(this);
    m_runner->setProgram(m_toolPath);
    m_runner->setArguments(m_options.arguments(temp));
    m_runner->setPassword(m_options.password);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C")); // progress parsing reads the English lines
    m_runner->setEnvironment(env);
    m_runner->stallWatch().setServer(m_options.connection, m_options.password);
    m_runner->stallWatch().setTimeout(m_options.stallTimeoutS);
    m_runner->stallWatch().setProgressSource([this] { return m_progress.bytesWritten; });
    connect(m_runner, &ToolRunner::outputLine, this, &BackupJob::onToolLine);
    connect(m_runner, &ToolRunner::finished, this,
            [this](ToolRunner::Outcome outcome, int code) { onToolFinished(int(outcome), code); });
    Q_EMIT stageText(Tr::tr("Running %1…").arg(m_options.program()));
    Q_EMIT logLine(ToolRunner::displayCommand(m_toolPath, m_runner->arguments(), !m_options.password.isEmpty()), false);
    m_clock.start();
    m_progressTimer.start();
    m_runner->start();
}

void BackupJob::onToolLine(const QString &line, bool isError)
{
    const bool progressLine = m_options.isPhysical() && basebackupProgress().match(line).hasMatch();
    if (!progressLine)
        Q_EMIT logLine(line, isError);
    if (m_options.isPhysical()) {
        const QRegularExpressionMatch m = basebackupProgress().match(line);
        if (m.hasMatch()) {
            const double total = m.captured(2).toDouble();
            if (total > 0)
                m_physicalFraction = qBound(0.0, m.captured(1).toDouble() / total, 1.0);
        }
        return;
    }
    QRegularExpressionMatch m = dumpingTable().match(line);
    if (m.hasMatch()) {
        if (!m_current.isEmpty() && !m_done.contains(m_current)) {
            m_done.insert(m_current);
            m_doneBytes += m_tableBytes.value(m_current);
        }
        m_current = m.captured(1);
        return;
    }
    m = finishedItem().match(line);
    if (m.hasMatch()) {
        const QString name = m.captured(1).trimmed();
        const QString key = QStringLiteral("name:") + name;
        if (!m_done.contains(key)) {
            m_done.insert(key);
            m_doneBytes += m_tableBytesByName.value(name);
        }
        m_current = name;
    }
}

void BackupJob::updateProgress()
{
    if (m_stage != Stage::Running)
        return;
    m_progress.elapsedMs = m_clock.elapsed();
    m_progress.bytesWritten = Checksum::totalSize(m_output.temporaryPath());
    m_progress.currentItem = m_current;
    if (m_options.isPhysical()) {
        m_progress.fraction = qMax(0.0, m_physicalFraction);
    } else {
        m_progress.tablesDone = qMin(int(m_done.size()), m_progress.tablesTotal);
        m_progress.fraction = m_totalTableBytes > 0 ? qBound(0.0, double(m_doneBytes) / double(m_totalTableBytes), 1.0) : 0;
    }
    if (m_progress.fraction > 0.02 && m_progress.fraction < 1)
        m_progress.remainingMs = qint64(m_progress.elapsedMs * (1 - m_progress.fraction) / m_progress.fraction);
    else
        m_progress.remainingMs = -1;
    Q_EMIT progress(m_progress);
}

QString BackupJob::explainToolFailure() const
{
    const QStringList errors = toolErrorLines();
    QStringList relevant;
    for (const QString &l : errors) {
        if (l.contains(QLatin1String("error:")) || l.contains(QLatin1String("FATAL")) || l.contains(QLatin1String("ERROR"))
            || l.contains(QLatin1String("could not")) || l.contains(QLatin1String("server closed")))
            relevant << l.trimmed();
    }
    if (relevant.isEmpty() && !errors.isEmpty())
        relevant << errors.last().trimmed();
    const QString joined = relevant.join(QLatin1Char('\n'));
    QString why;
    if (joined.contains(QLatin1String("server closed the connection")) || joined.contains(QLatin1String("terminating connection"))
        || (joined.contains(QLatin1String("connection to server")) && joined.contains(QLatin1String("lost"))))
        why = Tr::tr("The server went away while the backup ran (it was stopped or restarted, or the network broke).");
    else if (joined.contains(QLatin1String("No space left")))
        why = Tr::tr("The disk filled up while the backup ran.");
    else if (joined.contains(QLatin1String("permission denied")))
        why = Tr::tr("The role lacks a privilege the backup needs (see the tool's words below); a superuser or the owner of "
                     "every object can back it up.");
    else if (joined.contains(QLatin1String("password authentication failed")))
        why = Tr::tr("The password was not accepted.");
    QString text = m_replacing ? Tr::tr("%1 stopped with an error; the partial output was removed and the old backup at %2 "
                                        "is untouched.")
                                     .arg(m_options.program(), m_options.output)
                               : Tr::tr("%1 stopped with an error; the partial output was removed and nothing is at %2.")
                                     .arg(m_options.program(), m_options.output);
    if (!why.isEmpty())
        text += QLatin1Char(' ') + why;
    if (!joined.isEmpty())
        text += QStringLiteral("\n\n") + joined;
    return text;
}

void BackupJob::onToolFinished(int outcome, int exitCode)
{
    m_progressTimer.stop();
    const auto o = ToolRunner::Outcome(outcome);
    m_result.durationMs = m_clock.elapsed();
    m_result.toolErrors = toolErrorLines();
    if (o != ToolRunner::Outcome::Success) {
        m_output.discard();
        if (m_options.isPhysical() && o == ToolRunner::Outcome::Cancelled && !m_leftoversChecked) {
            checkServerLeftovers(outcome, exitCode);
            return;
        }
        if (o == ToolRunner::Outcome::Stalled)
            finish(BackupResult::Status::Failed,
                   StallWatch::stalledMessage(m_options.program(), m_options.connection.displayName(), m_options.stallTimeoutS)
                       + QLatin1Char(' ')
                       + (m_replacing ? Tr::tr("The partial output was removed and the old backup at %1 is untouched.")
                                      : Tr::tr("The partial output was removed and nothing is at %1."))
                             .arg(m_options.output));
        else if (o == ToolRunner::Outcome::Cancelled)
            finish(BackupResult::Status::Cancelled,
                   m_replacing ? Tr::tr("The backup was cancelled; the partial output was removed and the old backup at %1 is "
                                        "untouched.")
                                     .arg(m_options.output)
                               : Tr::tr("The backup was cancelled; the partial output was removed and nothing is at %1.")
                                     .arg(m_options.output));
        else if (o == ToolRunner::Outcome::FailedToStart)
            finish(BackupResult::Status::Failed, toolErrorLines().join(QLatin1Char('\n')));
        else
            finish(BackupResult::Status::Failed, explainToolFailure());
        Q_UNUSED(exitCode)
        return;
    }
    QString error;
    if (!m_output.commit(m_options.overwrite, &error)) {
        finish(BackupResult::Status::Failed, error);
        return;
    }
    m_progress.fraction = 1;
    m_progress.tablesDone = m_progress.tablesTotal;
    m_progress.remainingMs = 0;
    m_progress.elapsedMs = m_result.durationMs;
    m_progress.bytesWritten = Checksum::totalSize(m_options.output);
    Q_EMIT progress(m_progress);
    m_stage = Stage::Checksum;
    Q_EMIT stageText(Tr::tr("Computing the SHA-256 checksum…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        m_result.sha256 = watcher->result();
        watcher->deleteLater();
        m_result.sizeBytes = Checksum::totalSize(m_options.output);
        finish(BackupResult::Status::Success, QString());
    });
    watcher->setFuture(Checksum::sha256Async(m_options.output));
}

void BackupJob::checkServerLeftovers(int outcome, int exitCode)
{
    // The whole process group is gone; the server ends its walsenders (and their temporary slots)
    // when it notices. Make sure it did, and say so when something is left.
    m_leftoversChecked = true;
    Q_EMIT stageText(Tr::tr("Checking that pg_basebackup's connections to the server have ended…"));
    auto *check = new BasebackupLeftovers(m_options.connection, m_options.password,
                                          m_options.connection.value(QStringLiteral("application_name")), this);
    connect(check, &BasebackupLeftovers::done, this, [this, check, outcome, exitCode](const QStringList &remaining) {
        check->deleteLater();
        m_result.serverLeftovers = remaining;
        onToolFinished(outcome, exitCode);
    });
    check->start();
}

void BackupJob::finish(BackupResult::Status status, const QString &error)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    m_progressTimer.stop();
    m_result.status = status;
    m_result.error = error;
    if (!m_result.serverLeftovers.isEmpty())
        m_result.error += QStringLiteral("\n\n") + m_result.serverLeftovers.join(QLatin1Char('\n'));
    m_result.database = m_database.isEmpty() ? m_options.connection.effectiveDatabase() : m_database;
    m_result.databaseBytes = m_databaseBytes;
    m_result.toolVersion = m_toolVersion;
    m_result.command = displayCommand();
    m_result.finishedAt = QDateTime::currentDateTime();
    // Restoring takes about twice the dump: the data is loaded, then every index is rebuilt. A
    // physical copy is about as fast to put back as to take. A test restore measures it.
    m_result.rtoEstimateMs = m_options.isPhysical() ? m_result.durationMs : 2 * m_result.durationMs;
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}

} // namespace Valvur
