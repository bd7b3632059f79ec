#include "backup/verifyjob.h"

#include "backup/backupsql.h"
#include "backup/backupmanifest.h"
#include "backup/checksum.h"
#include "containers/containertoolbox.h"
#include "containers/containertoolrunner.h"
#include "backup/physicaltestrestore.h"
#include "backup/rowcounts.h"
#include "pg/pgsession.h"
#include "tools/toollocator.h"
#include "tools/toolrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QRandomGenerator>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};
} // namespace

VerifyJob::VerifyJob(const VerifyOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

QString VerifyJob::scratchName(const QDateTime &when)
{
    return QStringLiteral("valvur_verify_%1_%2")
        .arg(when.toString(QStringLiteral("yyyyMMdd_HHmmss")))
        .arg(QRandomGenerator::global()->bounded(1000, 9999));
}

void VerifyJob::start()
{
    m_result = VerifyResult();
    if (!QFileInfo::exists(m_options.input)) {
        finish(false, Tr::tr("%1 does not exist.").arg(m_options.input));
        return;
    }
    m_result.format = BackupArchive::detect(m_options.input);
    if (m_result.format == BackupArchive::Format::Unknown) {
        finish(false, Tr::tr("%1 is not a backup: not a pg_dump archive, a plain SQL dump nor a base backup.").arg(m_options.input));
        return;
    }
    if (!m_options.restoreContainer.isEmpty()) {
        if (m_result.format == BackupArchive::Format::Physical || m_result.format == BackupArchive::Format::Directory) {
            finish(false, Tr::tr("A test restore into the container %1 streams the archive into it: that works for custom, tar and "
                                 "plain backups, not for a %2 one. Use --test-restore with a server instead.")
                              .arg(m_options.restoreContainer, BackupArchive::formatName(m_result.format)));
            return;
        }
        Q_EMIT stageText(Tr::tr("Asking the container %1 for its pg_restore…").arg(m_options.restoreContainer));
        m_toolbox = new ContainerToolbox(this);
        connect(m_toolbox, &ContainerToolbox::resolved, this, [this](bool ok, const QString &error) {
            if (!ok)
                finish(false, error);
            else
                quickCheck();
        });
        m_toolbox->resolve(m_options.restoreContainer);
        return;
    }
    Q_EMIT stageText(Tr::tr("Reading the whole backup…"));
    m_locator = new ToolLocator(this);
    m_locator->setExtraDirectory(m_options.toolDirectory);
    connect(m_locator, &ToolLocator::finished, this, &VerifyJob::quickCheck);
    m_locator->locate({QStringLiteral("pg_restore"), QStringLiteral("pg_verifybackup")});
}

void VerifyJob::quickCheck()
{
    const BackupArchive::Format f = m_result.format;
    if (f == BackupArchive::Format::Plain) {
        QString problem;
        bool handWritten = false;
        const bool ok = BackupArchive::plainDumpComplete(m_options.input, &problem, &handWritten);
        onQuickDone(ok, !ok ? problem
                            : handWritten ? Tr::tr("A plain SQL file not written by pg_dump: it is text to its end; only a test "
                                                   "restore proves that it runs.")
                                          : Tr::tr("pg_dump's header and closing line are there."));
        return;
    }
    QString program;
    QStringList args;
    if (f == BackupArchive::Format::Physical) {
        const bool plain = QFileInfo::exists(m_options.input + QStringLiteral("/PG_VERSION"));
        const bool manifest = QFileInfo::exists(m_options.input + QStringLiteral("/backup_manifest"));
        const PgTool verifier = PgTool::choose(m_locator->found(QStringLiteral("pg_verifybackup")), 0);
        // pg_verifybackup reads tar base backups from PostgreSQL 18 on; before, Valvur reads them itself.
        if (!plain && !(manifest && verifier.isValid() && verifier.major() >= 18)) {
            Q_EMIT stageText(Tr::tr("Reading the tar files against the backup manifest…"));
            auto *watcher = new QFutureWatcher<BackupManifest::Report>(this);
            connect(watcher, &QFutureWatcher<BackupManifest::Report>::finished, this, [this, watcher] {
                const BackupManifest::Report report = watcher->result();
                watcher->deleteLater();
                m_result.checksRun = report.checksRun;
                m_result.notChecked = report.notChecked;
                m_result.badFile = report.badFile;
                for (const QString &line : report.checksRun)
                    Q_EMIT logLine(line, false);
                for (const QString &line : report.notChecked)
                    Q_EMIT logLine(line, false);
                if (!report.ok) {
                    onQuickDone(false, report.problem);
                    return;
                }
                onQuickDone(true, report.checksRun.join(QLatin1Char('\n')));
            });
            watcher->setFuture(QtConcurrent::run(&BackupManifest::checkTar, m_options.input, m_cancelFlag));
            return;
        }
        if (!manifest) {
            onQuickDone(false, Tr::tr("The base backup has no backup_manifest (made without one, or incomplete): there is "
                                      "nothing to check its files against. A test restore can still prove it."));
            return;
        }
        program = QStringLiteral("pg_verifybackup");
        args << m_options.input;
    } else {
        program = QStringLiteral("pg_restore");
        args << QStringLiteral("--list") << m_options.input;
    }
    const PgTool tool = m_toolbox ? PgTool(program, program, 1, 0, QString()) : PgTool::choose(m_locator->found(program), 0);
    if (!tool.isValid()) {
        onQuickDone(false, PgTool::tooOldExplanation(program, {}, 15, QString()));
        return;
    }
    auto *out = new QString;
    const auto onLine = [out](const QString &line, bool isError) {
        if (!isError)
            *out += line + QLatin1Char('\n');
    };
    const auto onDone = [this, out, program, path = tool.path()](ToolRunner::Outcome o, const QStringList &errors) {
        const QString text = *out;
        delete out;
        if (o != ToolRunner::Outcome::Success) {
            if (program == QLatin1String("pg_verifybackup")) {
                m_result.badFile = BackupManifest::firstBadFile(errors);
                if (!m_result.badFile.isEmpty()) {
                    onQuickDone(false, Tr::tr("pg_verifybackup found the backup damaged, first at %1:\n%2")
                                           .arg(m_result.badFile, errors.join(QLatin1Char('\n'))));
                    return;
                }
            }
            onQuickDone(false, Tr::tr("%1 cannot read the backup: %2").arg(program, errors.join(QLatin1Char('\n'))));
            return;
        }
        if (program == QLatin1String("pg_restore")) {
            const QList<BackupArchive::Entry> entries = BackupArchive::parseList(text, &m_archiveDatabase);
            m_result.entries = int(entries.size());
            if (m_result.format == BackupArchive::Format::Tar) {
                // pg_restore loops for ever on a tar archive cut short: read its structure first.
                QString member;
                const QString problem = BackupArchive::tarProblem(m_options.input, &member);
                if (!problem.isEmpty()) {
                    m_result.problem = QStringLiteral("damaged-entry");
                    const int id = member.section(QLatin1Char('.'), 0, 0).toInt(); // pg_dump names data members <id>.dat
                    for (const BackupArchive::Entry &e : entries) {
                        if (id > 0 && e.id == id)
                            m_result.badEntry = e.type + QLatin1Char(' ') + e.schema + QLatin1Char('.') + e.name;
                    }
                    onQuickDone(false, m_result.badEntry.isEmpty()
                                           ? problem
                                           : Tr::tr("The backup is damaged, first at the entry %1: %2").arg(m_result.badEntry, problem));
                    return;
                }
            }
            readAllData(path);
        } else {
            m_result.checksRun << Tr::tr("pg_verifybackup checked every file's size and checksum against the backup manifest, and "
                                         "that the WAL needed to make it consistent is there and readable.");
            onQuickDone(true, m_result.checksRun.constLast());
        }
    };
    if (program == QLatin1String("pg_restore")) {
        runPgRestore(tool.path(), {QStringLiteral("--list")}, onLine, onDone);
        return;
    }
    auto *runner = new ToolRunner(this);
    runner->setProgram(tool.path());
    runner->setArguments(args);
    connect(runner, &ToolRunner::outputLine, this, onLine);
    connect(runner, &ToolRunner::finished, this, [runner, onDone](ToolRunner::Outcome o, int) {
        runner->deleteLater();
        onDone(o, runner->errorLines());
    });
    runner->start();
}

void VerifyJob::runPgRestore(const QString &hostPath, const QStringList &args, std::function<void(const QString &, bool)> onLine,
                             std::function<void(ToolRunner::Outcome, const QStringList &)> onDone)
{
    if (m_toolbox) {
        auto *runner = new ContainerToolRunner(m_toolbox->client(), m_toolbox->container().id, m_toolbox->execUser(), this);
        m_containerReader = runner;
        runner->setArguments(QStringList{QStringLiteral("pg_restore")} + args);
        runner->setInputFile(m_options.input);
        runner->setIdleTimeoutMs(m_options.stallTimeoutS * 1000);
        connect(runner, &ContainerToolRunner::outputLine, this, onLine);
        connect(runner, &ContainerToolRunner::finished, this, [this, runner, onDone](ToolRunner::Outcome o, int) {
            runner->deleteLater();
            m_containerReader = nullptr;
            onDone(o, runner->errorLines());
        });
        runner->start();
        return;
    }
    auto *runner = new ToolRunner(this);
    m_reader = runner;
    runner->setProgram(hostPath);
    runner->setArguments(args + QStringList{m_options.input});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C")); // the entry is read from the English lines
    runner->setEnvironment(env);
    connect(runner, &ToolRunner::outputLine, this, onLine);
    connect(runner, &ToolRunner::finished, this, [this, runner, onDone](ToolRunner::Outcome o, int) {
        runner->deleteLater();
        m_reader = nullptr;
        onDone(o, runner->errorLines());
    });
    runner->start();
}

void VerifyJob::readAllData(const QString &pgRestore)
{
    // The table of contents read; now every data block it names: pg_restore writes the whole
    // restore script to nowhere, which decompresses and reads each block to its end. Its
    // --verbose lines say which entry it was at when a block turned out damaged.
    Q_EMIT stageText(Tr::tr("Reading every data block of the backup…"));
    runPgRestore(pgRestore, {QStringLiteral("--verbose"), QStringLiteral("--file=/dev/null")}, [](const QString &, bool) {},
                 [this](ToolRunner::Outcome o, const QStringList &errors) {
        if (o == ToolRunner::Outcome::Success) {
            onQuickDone(true, Tr::tr("pg_restore read the whole archive: the table of contents and every data block (entries: %n).",
                                     nullptr, m_result.entries));
            return;
        }
        if (o == ToolRunner::Outcome::Cancelled) {
            onQuickDone(false, Tr::tr("The verification was cancelled."));
            return;
        }
        QString cause;
        m_result.badEntry = BackupArchive::damagedEntry(errors, &cause);
        m_result.problem = QStringLiteral("damaged-entry");
        if (m_result.badEntry.isEmpty())
            onQuickDone(false, Tr::tr("pg_restore cannot read the whole backup: %1").arg(cause));
        else
            onQuickDone(false, Tr::tr("The backup is damaged, first at the entry %1: %2").arg(m_result.badEntry, cause));
    });
}

void VerifyJob::onQuickDone(bool ok, const QString &message)
{
    if (!ok && !m_result.badFile.isEmpty())
        m_result.problem = QStringLiteral("damaged-file");
    m_result.quickOk = ok;
    m_result.quickMessage = message;
    Q_EMIT logLine(message, !ok);
    if (!ok) {
        finish(false, message);
        return;
    }
    checksum();
}

void VerifyJob::checksum()
{
    Q_EMIT stageText(Tr::tr("Computing the SHA-256 checksum…"));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        m_result.sha256 = watcher->result();
        watcher->deleteLater();
        if (!m_options.expectedSha256.isEmpty()) {
            m_result.checksumMatches = m_result.sha256 == m_options.expectedSha256 ? 1 : 0;
            if (!m_result.checksumMatches) {
                finish(false, Tr::tr("The SHA-256 checksum differs from the one recorded when the backup was made: the backup "
                                     "was changed or damaged since."));
                return;
            }
        }
        if (m_options.testRestore)
            startTestRestore();
        else
            finish(true, QString());
    });
    watcher->setFuture(Checksum::sha256Async(m_options.input));
}

void VerifyJob::startTestRestore()
{
    if (m_cancelled) {
        finish(false, Tr::tr("The verification was cancelled."));
        return;
    }
    if (m_result.format == BackupArchive::Format::Physical) {
        startPhysicalTestRestore();
        return;
    }
    m_result.scratchDatabase = scratchName(QDateTime::currentDateTime());
    Q_EMIT stageText(Tr::tr("Restoring into the scratch database %1…").arg(m_result.scratchDatabase));
    RestoreOptions r;
    r.connection = m_options.restoreServer;
    r.password = m_options.restorePassword;
    r.input = m_options.input;
    r.targetDatabase = m_result.scratchDatabase;
    r.createDatabase = true;
    r.noOwner = true;
    r.singleTransaction = true;
    r.toolDirectory = m_options.toolDirectory;
    r.stallTimeoutS = m_options.stallTimeoutS;
    r.container = m_options.restoreContainer;
    m_restore = new RestoreJob(r, this);
    connect(m_restore, &RestoreJob::logLine, this, &VerifyJob::logLine);
    connect(m_restore, &RestoreJob::finished, this, [this](const RestoreResult &rr) {
        m_result.restoreMs = rr.durationMs;
        if (!rr.ok()) {
            m_pendingOk = false;
            m_pendingError = Tr::tr("The test restore failed: %1").arg(rr.error);
            dropScratch();
            return;
        }
        m_result.restored = true;
        Q_EMIT stageText(Tr::tr("Counting rows…"));
        countRows(this, m_options.restoreServer, m_options.restorePassword, m_result.scratchDatabase,
                  [this](bool ok, QMap<QString, qint64> counts, QString error) {
                      if (!ok) {
                          m_pendingOk = false;
                          m_pendingError = error;
                          dropScratch();
                          return;
                      }
                      compareWithSource(counts);
                  });
    });
    m_restore->start();
}

void VerifyJob::startPhysicalTestRestore()
{
    PhysicalTestRestore::Options p;
    p.input = m_options.input;
    p.toolDirectory = m_options.toolDirectory;
    // The server named for the test restore is the one the copy is compared with: the source.
    p.source = m_options.restoreServer.values().isEmpty() ? m_options.source : m_options.restoreServer;
    p.sourcePassword = m_options.restoreServer.values().isEmpty() ? m_options.sourcePassword : m_options.restorePassword;
    m_physical = new PhysicalTestRestore(p, this);
    connect(m_physical, &PhysicalTestRestore::stageText, this, &VerifyJob::stageText);
    connect(m_physical, &PhysicalTestRestore::logLine, this, &VerifyJob::logLine);
    connect(m_physical, &PhysicalTestRestore::finished, this, [this](bool ok, const QString &error, const VerifyResult &r) {
        m_result.physical = true;
        m_result.restored = r.restored;
        m_result.restoreMs = r.restoreMs;
        m_result.copyMs = r.copyMs;
        m_result.startMs = r.startMs;
        m_result.temporaryPort = r.temporaryPort;
        m_result.scratchDatabase = r.scratchDatabase;
        m_result.scratchDropped = r.scratchDropped;
        m_result.rowCounts = r.rowCounts;
        m_result.databases = r.databases;
        m_result.problem = r.problem;
        m_result.countsCompared = r.countsCompared;
        m_result.countsMatch = r.countsMatch;
        m_result.sourceDatabase = m_options.restoreServer.values().isEmpty() ? m_options.source.displayName()
                                                                               : m_options.restoreServer.displayName();
        finish(ok, ok ? QString() : Tr::tr("The test restore failed: %1").arg(error));
    });
    m_physical->start();
}

void VerifyJob::compareWithSource(const QMap<QString, qint64> &restored)
{
    ConnectionOptions source = m_options.source;
    QString password = m_options.sourcePassword;
    QString database = source.value(QStringLiteral("dbname"));
    if (source.values().isEmpty()) {
        source = m_options.restoreServer;
        password = m_options.restorePassword;
        database = m_archiveDatabase;
    }
    if (database.isEmpty()) {
        for (auto it = restored.cbegin(); it != restored.cend(); ++it)
            m_result.rowCounts << VerifyResult::RowCount{it.key(), -1, it.value(), QString()};
        m_pendingOk = true;
        dropScratch();
        return;
    }
    m_result.sourceDatabase = database;
    countRows(this, source, password, database, [this, restored](bool ok, QMap<QString, qint64> counts, QString error) {
        QStringList names = restored.keys() + counts.keys();
        names.removeDuplicates();
        names.sort();
        m_result.rowCounts.clear();
        bool equal = ok;
        for (const QString &n : std::as_const(names)) {
            VerifyResult::RowCount rc{n, ok ? counts.value(n, -1) : -1, restored.value(n, -1), QString()};
            if (rc.source != rc.restored)
                equal = false;
            m_result.rowCounts << rc;
        }
        m_result.countsCompared = ok;
        m_result.countsMatch = equal;
        if (!ok) {
            Q_EMIT logLine(Tr::tr("Row counts of the source could not be read: %1").arg(error), true);
            m_pendingOk = true;
        } else if (!equal) {
            m_pendingOk = false;
            m_pendingError = Tr::tr("The restored row counts differ from the source database %1 (it may have changed since the "
                                    "backup).")
                                 .arg(m_result.sourceDatabase);
        } else {
            m_pendingOk = true;
        }
        dropScratch();
    });
}

void VerifyJob::dropScratch()
{
    if (m_result.scratchDatabase.isEmpty()) {
        finish(m_pendingOk, m_pendingError);
        return;
    }
    Q_EMIT stageText(Tr::tr("Dropping the scratch database %1…").arg(m_result.scratchDatabase));
    auto *session = new PgSession(this);
    ConnectionOptions o = m_options.restoreServer;
    if (o.effectiveDatabase() == m_result.scratchDatabase || o.value(QStringLiteral("dbname")).isEmpty())
        o.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
    connect(session, &PgSession::connectFailed, this, [this, session](const PgError &e) {
        session->deleteLater();
        finish(false, m_pendingError + QLatin1Char('\n')
                          + Tr::tr("The scratch database %1 could not be dropped: %2").arg(m_result.scratchDatabase, e.message()));
    });
    connect(session, &PgSession::connected, this, [this, session] {
        session->exec(Sql::dropDatabaseStatement(), {m_result.scratchDatabase}, this, [this, session](const PgReply &r) {
            if (!r.ok()) {
                session->deleteLater();
                finish(false, r.error.message());
                return;
            }
            session->exec(r.first().value(0, 0).toString(), this, [this, session](const PgReply &reply) {
                const PgReply dropped = reply;
                QMetaObject::invokeMethod(session, &PgSession::close, Qt::QueuedConnection);
                session->deleteLater();
                m_result.scratchDropped = dropped.ok();
                if (!dropped.ok())
                    m_pendingError += QLatin1Char('\n') + Tr::tr("The scratch database %1 could not be dropped: %2")
                                                               .arg(m_result.scratchDatabase, dropped.error.message());
                finish(m_pendingOk && dropped.ok(), m_pendingError.trimmed());
            });
        });
    });
    session->open(o, m_options.restorePassword);
}

void VerifyJob::cancel()
{
    m_cancelled = true;
    m_cancelFlag->store(true);
    if (m_reader)
        m_reader->cancel();
    if (m_containerReader)
        m_containerReader->cancel();
    if (m_restore)
        m_restore->cancel();
    if (m_physical)
        m_physical->cancel();
}

void VerifyJob::finish(bool ok, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_result.ok = ok;
    m_result.error = error;
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}

} // namespace Valvur
