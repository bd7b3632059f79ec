#include "backup/restorejob.h"

#include "backup/backupsql.h"
#include "containers/containertoolbox.h"
#include "containers/containertoolrunner.h"
#include "pg/pgsession.h"
#include "tools/toollocator.h"
#include "tools/toolrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTimer>

#include <memory>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};
} // namespace

QStringList RestoreOptions::arguments(BackupArchive::Format format, const QString &useListFile) const
{
    ConnectionOptions target = connection;
    target.setValue(QStringLiteral("dbname"), targetDatabase);
    const QString conninfo = BackupOptions::toolConnInfo(target);
    QStringList a;
    if (format == BackupArchive::Format::Plain) {
        // All or nothing: the first error stops psql and the single transaction rolls back.
        a << QStringLiteral("--no-psqlrc") << QStringLiteral("--set=ON_ERROR_STOP=1");
        if (singleTransaction)
            a << QStringLiteral("--single-transaction");
        a << QStringLiteral("--echo-errors") << QStringLiteral("--quiet") << QStringLiteral("--output=/dev/null")
          << QStringLiteral("--dbname=") + conninfo << QStringLiteral("--file=") + input;
        return a;
    }
    a << QStringLiteral("--dbname=") + conninfo << QStringLiteral("--verbose");
    if (exitOnError)
        a << QStringLiteral("--exit-on-error");
    if (jobs > 1)
        a << QStringLiteral("--jobs=%1").arg(jobs);
    else if (singleTransaction)
        a << QStringLiteral("--single-transaction");
    if (clean)
        a << QStringLiteral("--clean") << QStringLiteral("--if-exists");
    if (noOwner)
        a << QStringLiteral("--no-owner");
    if (!useListFile.isEmpty())
        a << QStringLiteral("--use-list=") + useListFile;
    a << input;
    return a;
}

RestoreJob::RestoreJob(const RestoreOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_progressTimer.setInterval(500);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        m_progress.elapsedMs = m_clock.elapsed();
        m_progress.tablesDone = int(m_tablesDone.size());
        m_progress.tablesTotal = m_tablesTotal;
        m_progress.fraction = m_tablesTotal > 0 ? qMin(1.0, double(m_tablesDone.size()) / m_tablesTotal) : 0;
        Q_EMIT progress(m_progress);
    });
}

RestoreJob::~RestoreJob() = default;

QString RestoreJob::displayCommand(BackupArchive::Format format) const
{
    return ToolRunner::displayCommand(m_toolPath.isEmpty() ? m_options.program(format) : m_toolPath,
                                      m_options.arguments(format, m_options.selectedEntries.isEmpty() ? QString() : QStringLiteral("LIST")),
                                      !m_options.password.isEmpty());
}

qint64 RestoreJob::toolProcessId() const
{
    return m_runner && m_runner->isRunning() ? m_runner->processId() : 0;
}

QString RestoreJob::containerName() const
{
    return m_inContainer ? m_toolbox->name() : QString();
}

QStringList RestoreJob::toolErrorLines() const
{
    if (m_containerRunner)
        return m_containerRunner->errorLines();
    return m_runner ? m_runner->errorLines() : QStringList();
}

void RestoreJob::start()
{
    m_result = RestoreResult();
    m_result.targetDatabase = m_options.targetDatabase;
    if (!QFileInfo::exists(m_options.input)) {
        m_result.problem = QStringLiteral("input-missing");
        finish(BackupResult::Status::Refused, Tr::tr("%1 does not exist.").arg(m_options.input));
        return;
    }
    m_format = BackupArchive::detect(m_options.input);
    m_result.format = m_format;
    if (m_format == BackupArchive::Format::Unknown) {
        finish(BackupResult::Status::Refused, Tr::tr("%1 is not a backup Valvur can restore: not a pg_dump archive (custom, "
                                                     "directory, tar) nor a plain SQL file.")
                                                  .arg(m_options.input));
        return;
    }
    if (m_format == BackupArchive::Format::Physical) {
        finish(BackupResult::Status::Refused, Tr::tr("%1 is a physical backup (pg_basebackup). It is restored by copying it into "
                                                     "an empty data directory and starting a server there, not into a database.")
                                                  .arg(m_options.input));
        return;
    }
    if (m_options.targetDatabase.isEmpty()) {
        finish(BackupResult::Status::Refused, Tr::tr("Name the database to restore into."));
        return;
    }
    Q_EMIT stageText(Tr::tr("Connecting to %1…").arg(m_options.connection.displayName()));
    m_session = new PgSession(this);
    ConnectionOptions o = m_options.connection;
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-restore"));
    if (o.value(QStringLiteral("dbname")) == m_options.targetDatabase || o.effectiveDatabase() == m_options.targetDatabase)
        o.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
    connect(m_session, &PgSession::connectFailed, this, [this](const PgError &e) {
        finish(BackupResult::Status::Refused, Tr::tr("Cannot connect to %1: %2").arg(m_options.connection.displayName(), ConnectionOptions::printable(e.message().trimmed())));
    });
    connect(m_session, &PgSession::connected, this, &RestoreJob::onConnected);
    m_session->open(o, m_options.password);
}

void RestoreJob::onConnected()
{
    m_serverMajor = m_session->serverVersion() / 10000;
    m_session->exec(Sql::databaseExists(), {m_options.targetDatabase}, this, [this](const PgReply &r) {
        if (m_done)
            return;
        if (!r.ok()) {
            finish(BackupResult::Status::Failed, r.error.message());
            return;
        }
        const bool present = r.first().value(0, 0).toBool();
        if (m_options.createDatabase && present) {
            finish(BackupResult::Status::Refused, Tr::tr("The database %1 already exists. Choose another name for a new database, "
                                                         "or restore into the existing one.")
                                                      .arg(m_options.targetDatabase));
            return;
        }
        if (!m_options.createDatabase && !present) {
            finish(BackupResult::Status::Refused, Tr::tr("The database %1 does not exist. Let Valvur create it (--create).")
                                                      .arg(m_options.targetDatabase));
            return;
        }
        locateTool();
    });
}

void RestoreJob::locateTool()
{
    const QString program = m_options.program(m_format);
    if (!m_options.container.isEmpty()) {
        useContainerTool(m_options.container, QString());
        return;
    }
    Q_EMIT stageText(Tr::tr("Looking for %1…").arg(program));
    m_locator = new ToolLocator(this);
    m_locator->setExtraDirectory(m_options.toolDirectory);
    connect(m_locator, &ToolLocator::finished, this, [this, program] {
        if (m_done)
            return;
        PgTool tool = m_locator->best(program, m_serverMajor);
        if (!tool.isValid() && program == QLatin1String("psql"))
            tool = PgTool::choose(m_locator->found(program), 0); // psql of any version runs plain SQL
        if (!tool.isValid()) {
            // This computer's tool is missing or too old: the server's own container has the right one.
            const QString problem = PgTool::tooOldExplanation(program, m_locator->found(program), m_serverMajor,
                                                              Tr::tr("valvur restore --container NAME …"));
            m_toolbox = new ContainerToolbox(this);
            connect(m_toolbox, &ContainerToolbox::resolved, this, [this, problem](bool ok) {
                if (m_done)
                    return;
                if (!ok)
                    finish(BackupResult::Status::Refused, problem);
                else
                    useContainerTool(m_toolbox->name(), problem);
            });
            m_toolbox->resolvePublishing(m_options.connection.effectiveHosts().value(0), m_options.connection.effectivePort().toInt());
            return;
        }
        m_toolPath = tool.path();
        if (BackupArchive::needsPgRestore(m_format)) {
            // Count the tables to load, for the progress bar; the list also proves the archive reads.
            auto *lister = new ToolRunner(this);
            lister->setProgram(m_toolPath);
            lister->setArguments({QStringLiteral("--list"), m_options.input});
            listArchive(lister, nullptr);
            return;
        }
        checkTargetEmpty();
    });
    m_locator->locate({program});
}

void RestoreJob::useContainerTool(const QString &container, const QString &hostToolProblem)
{
    const QString program = m_options.program(m_format);
    if (m_format == BackupArchive::Format::Directory || !m_options.selectedEntries.isEmpty()) {
        finish(BackupResult::Status::Refused,
               Tr::tr("A directory-format archive, or a chosen part of an archive, cannot be streamed into the container %1: "
                      "restore a whole custom, tar or plain backup with the container's own %2.")
                       .arg(container, program)
                   + (hostToolProblem.isEmpty() ? QString() : QStringLiteral("\n\n") + hostToolProblem));
        return;
    }
    m_options.jobs = 1; // pg_restore reads stdin: one job (a parallel restore needs to seek in the archive)
    Q_EMIT stageText(Tr::tr("Asking the container %1 for its %2…").arg(container, program));
    if (!m_toolbox) {
        m_toolbox = new ContainerToolbox(this);
        connect(m_toolbox, &ContainerToolbox::resolved, this, [this, program](bool ok, const QString &error) {
            if (m_done)
                return;
            if (!ok)
                finish(BackupResult::Status::Refused, error);
            else
                m_toolbox->probeTool(program);
        });
        m_toolbox->resolve(container);
    } else {
        m_toolbox->probeTool(program);
    }
    connect(m_toolbox, &ContainerToolbox::toolProbed, this,
            [this, program, hostToolProblem](int major, const QString &, const QString &error) {
                if (m_done)
                    return;
                if (!error.isEmpty()) {
                    finish(BackupResult::Status::Refused, error);
                    return;
                }
                if (major < m_serverMajor && program != QLatin1String("psql")) {
                    finish(BackupResult::Status::Refused,
                           Tr::tr("The server is PostgreSQL %1, but the container %2 has %3 %4. Is %2 the container this "
                                  "server runs in?")
                               .arg(m_serverMajor)
                               .arg(m_toolbox->name(), program)
                               .arg(major));
                    return;
                }
                m_inContainer = true;
                m_toolPath = program;
                if (!hostToolProblem.isEmpty())
                    Q_EMIT logLine(Tr::tr("This computer has no %1 for PostgreSQL %2, so the restore runs inside the container %3 "
                                          "with its own %1 %4.")
                                       .arg(program)
                                       .arg(m_serverMajor)
                                       .arg(m_toolbox->name())
                                       .arg(major),
                                   false);
                if (!BackupArchive::needsPgRestore(m_format)) {
                    checkTargetEmpty();
                    return;
                }
                auto *lister = new ContainerToolRunner(m_toolbox->client(), m_toolbox->container().id, m_toolbox->execUser(), this);
                lister->setArguments({QStringLiteral("pg_restore"), QStringLiteral("--list")});
                lister->setInputFile(m_options.input);
                lister->setIdleTimeoutMs(m_options.stallTimeoutS * 1000);
                listArchive(nullptr, lister);
            });
}

void RestoreJob::listArchive(ToolRunner *hostLister, ContainerToolRunner *containerLister)
{
    auto *text = new QString;
    const auto onLine = [text](const QString &line, bool isError) {
        if (!isError)
            *text += line + QLatin1Char('\n');
    };
    const auto onDone = [this, text, hostLister, containerLister](ToolRunner::Outcome o, int) {
        const QList<BackupArchive::Entry> entries = BackupArchive::parseList(*text);
        delete text;
        QObject *lister = hostLister ? static_cast<QObject *>(hostLister) : containerLister;
        lister->deleteLater();
        if (o != ToolRunner::Outcome::Success) {
            const QStringList errors = hostLister ? hostLister->errorLines() : containerLister->errorLines();
            finish(BackupResult::Status::Refused,
                   Tr::tr("pg_restore cannot read %1: %2").arg(m_options.input, errors.join(QLatin1Char('\n'))));
            return;
        }
        m_tablesTotal = 0;
        for (const BackupArchive::Entry &e : entries) {
            if (e.type == QLatin1String("TABLE DATA")
                && (m_options.selectedEntries.isEmpty() || m_options.selectedEntries.contains(e.line)))
                ++m_tablesTotal;
        }
        m_entries = entries;
        checkTargetEmpty();
    };
    if (hostLister) {
        connect(hostLister, &ToolRunner::outputLine, this, onLine);
        connect(hostLister, &ToolRunner::finished, this, onDone);
        hostLister->start();
    } else {
        connect(containerLister, &ContainerToolRunner::outputLine, this, onLine);
        connect(containerLister, &ContainerToolRunner::finished, this, onDone);
        containerLister->start();
    }
}

void RestoreJob::checkTargetEmpty()
{
    // An existing database with tables is restored into only when the user said so (the wizard
    // asks for its name to be typed, the command line for --into-existing): --clean drops the
    // archive's tables there, and even without it the data lands among the tables that are there.
    if (m_options.createDatabase || m_options.intoExisting) {
        createTarget();
        return;
    }
    auto *check = new PgSession(this);
    ConnectionOptions o = m_options.connection;
    o.setValue(QStringLiteral("dbname"), m_options.targetDatabase);
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-restore"));
    connect(check, &PgSession::connectFailed, this, [this, check](const PgError &e) {
        check->deleteLater();
        finish(BackupResult::Status::Refused,
               Tr::tr("Cannot connect to the database %1: %2").arg(m_options.targetDatabase, e.message().trimmed()));
    });
    connect(check, &PgSession::connected, this, [this, check] {
        check->exec(Sql::userTables(), this, [this, check](const PgReply &reply) {
            const PgReply r = reply;
            QMetaObject::invokeMethod(check, &PgSession::close, Qt::QueuedConnection);
            check->deleteLater();
            if (m_done)
                return;
            if (!r.ok()) {
                finish(BackupResult::Status::Failed, r.error.message());
                return;
            }
            const PgResult rows = r.first();
            if (rows.rowCount() == 0) {
                createTarget();
                return;
            }
            QSet<QString> archiveTables;
            for (const BackupArchive::Entry &e : std::as_const(m_entries)) {
                if (e.type == QLatin1String("TABLE") || e.type == QLatin1String("FOREIGN TABLE"))
                    archiveTables.insert(e.schema + QLatin1Char('.') + e.name);
            }
            for (int i = 0; i < rows.rowCount(); ++i) {
                const QString name = rows.value(i, 0).toString() + QLatin1Char('.') + rows.value(i, 1).toString();
                if (m_result.existingTables.size() < 200)
                    m_result.existingTables << name;
                if (archiveTables.contains(name))
                    m_result.clashes << name;
            }
            m_result.problem = QStringLiteral("target-not-empty");
            QString text = Tr::tr("The database %1 already has tables (%n), and restoring into it was not confirmed.", nullptr,
                                  rows.rowCount())
                               .arg(m_options.targetDatabase);
            if (!m_result.clashes.isEmpty())
                text += QLatin1Char(' ') + Tr::tr("The backup also has these: %1.").arg(m_result.clashes.mid(0, 20).join(QStringLiteral(", ")));
            text += QLatin1Char(' ') + Tr::tr("Restore into a new database (--create), or confirm with --into-existing that the "
                                              "backup may be restored among them (with --clean its tables there are dropped and "
                                              "replaced).");
            finish(BackupResult::Status::Refused, text);
        });
    });
    check->open(o, m_options.password);
}

void RestoreJob::createTarget()
{
    if (m_done)
        return;
    if (!m_options.createDatabase) {
        runTool();
        return;
    }
    Q_EMIT stageText(Tr::tr("Creating the database %1…").arg(m_options.targetDatabase));
    m_creating = true;
    m_session->exec(Sql::createDatabaseStatement(), {m_options.targetDatabase}, this, [this](const PgReply &r) {
        if (m_done)
            return;
        if (!r.ok()) {
            m_creating = false;
            finish(BackupResult::Status::Failed, r.error.message());
            return;
        }
        m_session->exec(r.first().value(0, 0).toString(), this, [this](const PgReply &created) {
            m_creating = false;
            if (m_done)
                return;
            if (!created.ok()) {
                finish(BackupResult::Status::Failed, Tr::tr("Cannot create the database %1: %2")
                                                         .arg(m_options.targetDatabase, created.error.message().trimmed()));
                return;
            }
            m_created = true;
            runTool();
        });
    });
}

void RestoreJob::runTool()
{
    if (m_cancelled) {
        finish(BackupResult::Status::Cancelled, Tr::tr("The restore was cancelled before it started."));
        return;
    }
    if (m_inContainer) {
        runContainerTool();
        return;
    }
    QString useList;
    if (!m_options.selectedEntries.isEmpty() && BackupArchive::needsPgRestore(m_format)) {
        m_useList = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/valvur-uselist-XXXXXX"));
        if (!m_useList->open()) {
            finish(BackupResult::Status::Failed, Tr::tr("Cannot write a temporary file in %1.").arg(QDir::tempPath()));
            return;
        }
        m_useList->write(m_options.selectedEntries.join(QLatin1Char('\n')).toUtf8() + '\n');
        m_useList->flush();
        useList = m_useList->fileName();
    }
    m_runner = new ToolRunner(this);
    m_runner->setProgram(m_toolPath);
    m_runner->setArguments(m_options.arguments(m_format, useList));
    m_runner->setPassword(m_options.password);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    m_runner->setEnvironment(env);
    m_runner->stallWatch().setServer(m_options.connection, m_options.password);
    m_runner->stallWatch().setTimeout(m_options.stallTimeoutS);
    connect(m_runner, &ToolRunner::outputLine, this, &RestoreJob::onToolLine);
    connect(m_runner, &ToolRunner::finished, this, [this](ToolRunner::Outcome o, int) { onToolFinished(int(o)); });
    m_result.command = ToolRunner::displayCommand(m_toolPath, m_runner->arguments(), !m_options.password.isEmpty());
    Q_EMIT logLine(m_result.command, false);
    Q_EMIT stageText(Tr::tr("Running %1…").arg(QFileInfo(m_toolPath).fileName()));
    m_clock.start();
    m_progressTimer.start();
    m_runner->start();
}

void RestoreJob::runContainerTool()
{
    // The same arguments, but over the container's local socket, the archive streamed on stdin.
    RestoreOptions inside = m_options;
    inside.connection = m_toolbox->insideConnection(m_options.targetDatabase);
    if (m_options.connection.contains(QStringLiteral("user")))
        inside.connection.setValue(QStringLiteral("user"), m_options.connection.value(QStringLiteral("user")));
    inside.input = QStringLiteral("-");
    QStringList argv = inside.arguments(m_format, QString());
    if (m_format != BackupArchive::Format::Plain)
        argv.removeLast(); // pg_restore without a file reads stdin
    argv.prepend(m_options.program(m_format));
    m_containerRunner = new ContainerToolRunner(m_toolbox->client(), m_toolbox->container().id, m_toolbox->execUser(), this);
    m_containerRunner->setArguments(argv);
    m_containerRunner->setPassword(m_options.password);
    m_containerRunner->setInputFile(m_options.input);
    m_containerRunner->stallWatch().setServer(m_options.connection, m_options.password);
    m_containerRunner->stallWatch().setTimeout(m_options.stallTimeoutS);
    connect(m_containerRunner, &ContainerToolRunner::outputLine, this, &RestoreJob::onToolLine);
    connect(m_containerRunner, &ContainerToolRunner::finished, this, [this](ToolRunner::Outcome o, int) { onToolFinished(int(o)); });
    m_result.command = m_toolbox->displayCommand(argv, !m_options.password.isEmpty()) + QStringLiteral(" < ")
        + ToolRunner::shellQuote(m_options.input);
    Q_EMIT logLine(m_result.command, false);
    Q_EMIT stageText(Tr::tr("Running %1 inside the container %2…").arg(argv.first(), m_toolbox->name()));
    m_clock.start();
    m_progressTimer.start();
    m_containerRunner->start();
}

void RestoreJob::onToolLine(const QString &line, bool isError)
{
    Q_EMIT logLine(line, isError);
    // pg_restore: processing data for table "public.t"   |   finished item 3345 TABLE DATA t
    static const QRegularExpression data(QStringLiteral("processing data for table \"([^\"]+)\"|finished item \\d+ TABLE DATA (.+)$"));
    const QRegularExpressionMatch m = data.match(line);
    if (m.hasMatch()) {
        const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1).section(QLatin1Char('.'), 1);
        m_tablesDone.insert(name);
        m_progress.currentItem = name;
    }
}

void RestoreJob::parseFirstError(const QStringList &lines, QString *error, QString *statement)
{
    error->clear();
    statement->clear();
    for (int i = 0; i < lines.size(); ++i) {
        const QString l = lines.at(i);
        // pg_restore: error: could not execute query: ERROR:  relation "x" does not exist
        // psql:/path/file.sql:12: ERROR:  division by zero
        const qsizetype at = l.indexOf(QLatin1String("ERROR:"));
        if (at < 0 && !l.contains(QLatin1String("error:")))
            continue;
        if (at >= 0) {
            *error = l.mid(at).trimmed();
            // psql names the line: keep it, it helps to find the statement in the file.
            static const QRegularExpression psqlLoc(QStringLiteral("^psql:(.*):(\\d+): ERROR:"));
            const QRegularExpressionMatch m = psqlLoc.match(l);
            if (m.hasMatch())
                *error = Tr::tr("line %1: %2").arg(m.captured(2), l.mid(at).trimmed());
        } else {
            *error = l.mid(l.indexOf(QLatin1String("error:")) + 6).trimmed();
        }
        // The statement follows: pg_restore writes "Command was: …", psql --echo-errors
        // writes "psql:…: STATEMENT:  …"; both may continue on the next lines.
        for (int j = i + 1; j < lines.size(); ++j) {
            const QString s = lines.at(j);
            qsizetype k = s.indexOf(QLatin1String("Command was: "));
            if (k >= 0) {
                *statement = s.mid(k + 13).trimmed();
                for (int n = j + 1; n < lines.size() && !lines.at(n).startsWith(QLatin1String("pg_restore:")); ++n)
                    *statement += QLatin1Char('\n') + lines.at(n);
                break;
            }
            k = s.indexOf(QLatin1String("STATEMENT:"));
            if (k >= 0) {
                *statement = s.mid(k + 10).trimmed();
                for (int n = j + 1; n < lines.size() && !lines.at(n).startsWith(QLatin1String("psql:")); ++n)
                    *statement += QLatin1Char('\n') + lines.at(n);
                break;
            }
            if (s.contains(QLatin1String("ERROR:")) || s.contains(QLatin1String("error:")))
                break;
        }
        statement->truncate(4000);
        return;
    }
}

void RestoreJob::onToolFinished(int outcome)
{
    m_progressTimer.stop();
    m_result.durationMs = m_clock.elapsed();
    m_result.toolErrors = toolErrorLines();
    parseFirstError(m_result.toolErrors, &m_result.firstError, &m_result.firstStatement);
    const auto o = ToolRunner::Outcome(outcome);
    if (o == ToolRunner::Outcome::Success) {
        finish(BackupResult::Status::Success, QString());
        return;
    }
    if (o == ToolRunner::Outcome::Cancelled) {
        const bool atomic = m_options.singleTransaction && (m_format == BackupArchive::Format::Plain || m_options.jobs <= 1);
        // A database created for this restore is dropped again in finish(), which says so.
        finish(BackupResult::Status::Cancelled,
               m_created ? Tr::tr("The restore was cancelled.")
               : atomic  ? Tr::tr("The restore was cancelled; it ran in a single transaction, so the database %1 is as it was before.")
                              .arg(m_options.targetDatabase)
                         : Tr::tr("The restore was cancelled; the database %1 may hold part of the backup.").arg(m_options.targetDatabase));
        return;
    }
    QString text;
    const bool atomic = m_format == BackupArchive::Format::Plain ? m_options.singleTransaction
                                                                  : (m_options.singleTransaction && m_options.jobs <= 1);
    if (o == ToolRunner::Outcome::Stalled) {
        text = StallWatch::stalledMessage(QFileInfo(m_toolPath).fileName(), m_options.connection.displayName(), m_options.stallTimeoutS)
            + QLatin1Char(' ')
            + (m_created ? QString()
               : atomic  ? Tr::tr("The restore ran in a single transaction, which the server rolls back: the database %1 is as it "
                                  "was before.")
                               .arg(m_options.targetDatabase)
                         : Tr::tr("The database %1 may hold part of the backup.").arg(m_options.targetDatabase));
        finish(BackupResult::Status::Failed, text.trimmed());
        return;
    }
    if (m_created)
        text = Tr::tr("The restore stopped with an error.");
    else if (atomic)
        text = Tr::tr("The restore stopped at the first error and was rolled back: the database %1 is as it was before.")
                   .arg(m_options.targetDatabase);
    else
        text = Tr::tr("The restore stopped with an error; the database %1 may hold part of the backup.").arg(m_options.targetDatabase);
    if (!m_result.firstError.isEmpty())
        text += QStringLiteral("\n\n") + m_result.firstError;
    else if (!m_result.toolErrors.isEmpty())
        text += QStringLiteral("\n\n") + m_result.toolErrors.join(QLatin1Char('\n'));
    if (!m_result.firstStatement.isEmpty())
        text += QStringLiteral("\n") + Tr::tr("Statement: %1").arg(m_result.firstStatement.left(500));
    finish(BackupResult::Status::Failed, text);
}

void RestoreJob::cancel()
{
    m_cancelled = true;
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    if (m_containerRunner && m_containerRunner->isRunning()) {
        m_containerRunner->cancel();
        return;
    }
    if (!m_runner && !m_containerRunner && !m_creating) // while CREATE DATABASE runs, runTool() sees the cancel and drops it again
        finish(BackupResult::Status::Cancelled, Tr::tr("The restore was cancelled before it started."));
}

void RestoreJob::finish(BackupResult::Status status, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_progressTimer.stop();
    m_result.status = status;
    m_result.error = error;
    if (!m_created || status == BackupResult::Status::Success || !m_session) {
        emitFinished();
        return;
    }
    // The database was created for this restore: drop it again, so that nothing is left behind
    // and the same command can run again. FORCE ends the tool's session should it linger.
    Q_EMIT stageText(Tr::tr("Dropping the database %1 that this restore created…").arg(m_options.targetDatabase));
    // Bounded: after a stall the server may never answer, and the run must still end.
    auto answered = std::make_shared<bool>(false);
    const auto dropped = [this, answered](bool ok, const QString &why) {
        if (*answered)
            return;
        *answered = true;
        // What is left belongs in the first paragraph, before the tool's error and statement.
        const qsizetype cut = m_result.error.indexOf(QStringLiteral("\n\n"));
        const QString rest = cut < 0 ? QString() : m_result.error.mid(cut);
        m_result.error.truncate(cut < 0 ? m_result.error.size() : cut);
        if (ok) {
            m_result.createdDropped = true;
            m_result.error += QLatin1Char(' ')
                + Tr::tr("The database %1, which Valvur created for this restore, was dropped again: nothing is left on the server, "
                         "and the same command can run again.")
                      .arg(m_options.targetDatabase);
        } else {
            m_result.error += QLatin1Char(' ')
                + Tr::tr("The database %1, which Valvur created for this restore, could not be dropped (%2): it is still there, "
                         "empty or partly restored. Drop it (DROP DATABASE) before you run the restore again.")
                      .arg(m_options.targetDatabase, why);
        }
        m_result.error += rest;
        emitFinished();
    };
    constexpr int dropBoundS = 15;
    QTimer::singleShot(dropBoundS * 1000, this, [dropped] {
        dropped(false, Tr::tr("the server did not answer for %n s", nullptr, dropBoundS));
    });
    m_session->exec(Sql::dropDatabaseStatement(), {m_options.targetDatabase}, this, [this, dropped](const PgReply &r) {
        if (!r.ok()) {
            dropped(false, r.error.message().trimmed());
            return;
        }
        m_session->exec(r.first().value(0, 0).toString(), this,
                        [dropped](const PgReply &d) { dropped(d.ok(), d.error.message().trimmed()); });
    });
}

void RestoreJob::emitFinished()
{
    if (m_session)
        QMetaObject::invokeMethod(m_session, &PgSession::close, Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}

} // namespace Valvur
