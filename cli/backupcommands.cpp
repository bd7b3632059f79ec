// The command-line face of the backup engine: for cron and scripts. Same jobs as the wizards.
#include "backupcommands.h"

#include "backup/backupjob.h"
#include "backup/backuphistory.h"
#include "commandline.h"
#include "containers/containerserver.h"
#include "profiles/profilestore.h"
#include "profiles/resolveserver.h"
#include "backup/restorejob.h"
#include "pg/stallwatch.h"
#include "backup/staletemporaries.h"
#include "backup/verifyjob.h"
#include "ssh/sshtunnelregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>

#include <memory>
#include <QTextStream>

#include <QSocketNotifier>

#include <csignal>
#include <functional>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace Valvur {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::BackupCommand)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString seconds(qint64 ms)
{
    return Tr::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

void printJson(const QJsonObject &o)
{
    QTextStream out(stdout);
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// Common options; returns false (with the exit status in *code) when the command line is wrong.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command, int *code)
{
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), Tr::tr("Interface language: et or en."), Tr::tr("LANG")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print the result as JSON on standard output.")));
    if (command != QLatin1String("verify"))
        parser.addOption(QCommandLineOption(QStringLiteral("profile"),
                                            Tr::tr("A saved connection profile instead of a connection string (its password "
                                                   "comes from the keychain or ~/.pgpass)."),
                                            Tr::tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("tool-dir"), Tr::tr("Folder with the PostgreSQL client programs to use (only this folder is searched)."),
                                        Tr::tr("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("stall-timeout"),
                                        Tr::tr("End the tool when it makes no progress and the server answers no test connection for "
                                               "this many seconds (default 60, 0: never)."),
                                        Tr::tr("SECONDS")));
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("valvur ") + command} + arguments)) {
        err << parser.errorText() << Qt::endl;
        *code = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << CommandLine::helpText(parser, command);
        *code = 0;
        return false;
    }
    return true;
}

// A command-line error: to stderr in the user's language and, with --json, as a JSON object on
// stdout too, with a problem code a script can test (the message is the translated one).
void reportError(bool json, const QString &problem, const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    if (json)
        printJson(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("problem"), problem}, {QStringLiteral("error"), message}});
}

// The sweep of stale temporaries runs beside the command; the command waits for it before it
// exits (it is bounded: an orphaned server gets seconds to stop).
struct SweepAtExit
{
    explicit SweepAtExit(QFuture<StaleTemporaries::Report> f)
        : future(std::move(f))
    {
    }
    ~SweepAtExit() { future.waitForFinished(); }
    QFuture<StaleTemporaries::Report> future;
};

// --stall-timeout S; false (exit status 2) when it is not a number of seconds.
bool stallTimeout(const QCommandLineParser &parser, int *seconds, int *code)
{
    if (!parser.isSet(QStringLiteral("stall-timeout")))
        return true;
    QString error;
    if (!StallWatch::parseSeconds(parser.value(QStringLiteral("stall-timeout")), seconds, &error)) {
        reportError(parser.isSet(QStringLiteral("json")), QStringLiteral("bad-stall-timeout"), error);
        *code = 2;
        return false;
    }
    return true;
}

// What one run of a command shares: the settings main() opened (the saved profiles) and the
// keychain's answers, so that a profile's password is read from the keychain once per run.
struct Run
{
    QSettings *settings = nullptr;
    CommandLine::KeychainPasswords keychain;
    // The SSH tunnels of the run's profiles, one per profile; they end with the run.
    std::unique_ptr<SshTunnelRegistry> tunnels;
};

// A profile with an SSH part: the tools and the checks reach the server through its tunnel.
bool throughTunnel(Run &run, const ConnectionProfile &profile, ConnectionOptions *options, QString *error, QString *problem)
{
    if (!run.tunnels)
        run.tunnels = std::make_unique<SshTunnelRegistry>();
    return CommandLine::openTunnel(*run.tunnels, profile, options, error, problem);
}

// A server from the command line: a connection string or URI, or a saved profile. For a profile
// whose password is in the keychain, *password gets it (it reaches the tools only through a
// temporary 0600 pgpass file); otherwise libpq finds it in ~/.pgpass (or PGPASSFILE) as usual.
// *serverId is the profile id, or empty for a connection string.
bool resolveCommandLineServer(Run &run, const QString &positional, const QString &profileName, ConnectionOptions *out,
                              QString *password, QString *serverId, int *code, bool json)
{
    QString profileId, error;
    *code = 2;
    if (profileName.isEmpty() && positional.isEmpty()) {
        reportError(json, QStringLiteral("no-server"),
                    Tr::tr("Give the server as one connection string or URI, e.g. \"host=localhost port=5432 user=postgres "
                           "dbname=app\" or postgresql://postgres@localhost/app, or as --profile NAME. The password comes from "
                           "the keychain or ~/.pgpass (or PGPASSFILE), never from the command line."));
        return false;
    }
    if (!resolveServer(positional, profileName, run.settings, out, &profileId, &error)) {
        reportError(json, profileName.isEmpty() || !positional.isEmpty() ? QStringLiteral("bad-server") : QStringLiteral("profile-missing"),
                    error);
        return false;
    }
    if (const QString refusal = passwordOnCommandLineError(*out); !refusal.isEmpty()) {
        reportError(json, QStringLiteral("password-on-command-line"), refusal);
        return false;
    }
    password->clear();
    *serverId = profileId;
    QString problem;
    const std::optional<ConnectionProfile> profile =
        profileId.isEmpty() ? std::nullopt : ProfileStore(run.settings).findById(profileId);
    if (profile && profile->passwordInKeychain && !run.keychain.password(*profile, password, &error, &problem)) {
        *code = CommandLine::Failed; // the command line was right; the keychain did not give the password
        reportError(json, problem, error);
        return false;
    }
    if (profile && !throughTunnel(run, *profile, out, &error, &problem)) {
            *code = CommandLine::Failed;
        reportError(json, problem, error);
        return false;
    }
    *code = 0;
    return true;
}

bool serverFromArguments(Run &run, const QCommandLineParser &parser, ConnectionOptions *out, QString *password, QString *serverId, int *code)
{
    const QStringList pos = parser.positionalArguments();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (pos.size() > 1) {
        *code = 2;
        reportError(json, QStringLiteral("bad-server"), Tr::tr("Give one server: put a connection string with spaces in quotes."));
        return false;
    }
    return resolveCommandLineServer(run, pos.value(0), parser.value(QStringLiteral("profile")), out, password, serverId, code, json);
}

// --container NAME: the tool runs inside that container; without a connection string or profile, the
// server is the one the container publishes (with its POSTGRES_PASSWORD).
void addContainerOption(QCommandLineParser &parser, const QString &what)
{
    parser.addOption(QCommandLineOption(QStringLiteral("container"), what, Tr::tr("NAME")));
}

bool serverOrContainer(Run &run, const QCommandLineParser &parser, ConnectionOptions *out, QString *password, QString *serverId, int *code)
{
    const QString container = parser.value(QStringLiteral("container"));
    if (container.isEmpty() || !parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("profile")))
        return serverFromArguments(run, parser, out, password, serverId, code);
    QString error;
    if (!serverFromContainer(container, out, password, &error)) {
        reportError(parser.isSet(QStringLiteral("json")), QStringLiteral("container"), error);
        *code = CommandLine::Failed;
        return false;
    }
    serverId->clear();
    return true;
}

int jobsValue(const QCommandLineParser &parser, int *code)
{
    if (!parser.isSet(QStringLiteral("jobs")))
        return 1;
    bool ok = false;
    const int n = parser.value(QStringLiteral("jobs")).toInt(&ok);
    if (!ok || n < 1 || n > 64) {
        QTextStream(stderr) << Tr::tr("--jobs wants a number from 1 to 64.") << Qt::endl;
        *code = 2;
        return -1;
    }
    return n;
}

} // namespace

BackupResult runBackupJob(const BackupOptions &o, QString *containerName)
{
    BackupJob job(o);
    BackupResult result;
    QEventLoop loop;
    CommandLine::cancelOnSignals(&job, [&job] { job.cancel(); });
    QObject::connect(&job, &BackupJob::finished, &loop, [&](const BackupResult &r) {
        result = r;
        loop.quit();
    });
    job.start();
    loop.exec();
    if (containerName)
        *containerName = job.containerName();
    return result;
}

VerifyResult runVerifyJob(const VerifyOptions &o)
{
    VerifyJob job(o);
    VerifyResult result;
    QEventLoop loop;
    CommandLine::cancelOnSignals(&job, [&job] { job.cancel(); });
    QObject::connect(&job, &VerifyJob::finished, &loop, [&](const VerifyResult &r) {
        result = r;
        loop.quit();
    });
    job.start();
    loop.exec();
    return result;
}

int runBackupCommand(const QStringList &arguments, QSettings *settings)
{
    Run run{settings, {}, {}};
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Back up a database (pg_dump) or a whole server (pg_basebackup)."));
    parser.addPositionalArgument(QStringLiteral("server"), Tr::tr("Connection string or URI of the database to back up (or --profile NAME instead)."));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), Tr::tr("custom, directory, tar, plain or physical (default custom)."),
                                        Tr::tr("FORMAT"), QStringLiteral("custom")));
    parser.addOption(QCommandLineOption(QStringLiteral("output"), Tr::tr("The backup file or directory to create."), Tr::tr("PATH")));
    parser.addOption(QCommandLineOption(QStringLiteral("jobs"), Tr::tr("Parallel jobs (directory format)."), Tr::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("compress"), Tr::tr("Compression level 0-9."), Tr::tr("LEVEL")));
    parser.addOption(QCommandLineOption(QStringLiteral("overwrite"), Tr::tr("Replace an existing output.")));
    parser.addOption(QCommandLineOption(QStringLiteral("skip-space-check"),
                                        Tr::tr("Do not compare the free space with the backup's estimated size (a physical "
                                               "backup that looks too big is refused without it).")));
    parser.addOption(QCommandLineOption(QStringLiteral("tar"), Tr::tr("Physical: write tar files (base.tar, pg_wal.tar) instead of a plain copy of the data directory.")));
    addContainerOption(parser, Tr::tr("Run the container's own pg_dump inside this local container (custom, tar or plain "
                                      "format). Without a server, the server is the one the container publishes."));
    int code = 0;
    if (!parse(parser, arguments, QStringLiteral("backup"), &code))
        return code;
    BackupOptions o;
    QString serverId;
    if (!serverOrContainer(run, parser, &o.connection, &o.password, &serverId, &code))
        return code;
    o.container = parser.value(QStringLiteral("container"));
    QTextStream err(stderr);
    if (!BackupOptions::parseFormat(parser.value(QStringLiteral("format")), &o.format)) {
        err << Tr::tr("Unknown format \"%1\": use custom, directory, tar, plain or physical.").arg(parser.value(QStringLiteral("format")))
            << Qt::endl;
        return 2;
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        err << Tr::tr("Say where to write the backup: --output PATH.") << Qt::endl;
        return 2;
    }
    o.output = QFileInfo(parser.value(QStringLiteral("output"))).absoluteFilePath();
    o.jobs = jobsValue(parser, &code);
    if (o.jobs < 0)
        return code;
    if (o.jobs > 1 && o.format != BackupOptions::Format::Directory) {
        err << Tr::tr("Parallel jobs work with the directory format only.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("compress"))) {
        bool ok = false;
        o.compression = parser.value(QStringLiteral("compress")).toInt(&ok);
        if (!ok || o.compression < 0 || o.compression > 9) {
            err << Tr::tr("--compress wants a level from 0 to 9.") << Qt::endl;
            return 2;
        }
    }
    o.overwrite = parser.isSet(QStringLiteral("overwrite"));
    o.skipSpaceCheck = parser.isSet(QStringLiteral("skip-space-check"));
    o.physicalTar = parser.isSet(QStringLiteral("tar"));
    if (o.physicalTar && !o.isPhysical()) {
        err << Tr::tr("--tar is for physical backups (--format physical); for a logical tar archive use --format tar.") << Qt::endl;
        return 2;
    }
    o.toolDirectory = parser.value(QStringLiteral("tool-dir"));
    if (!stallTimeout(parser, &o.stallTimeoutS, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    // What a killed earlier run left (also in this output's folder) goes while this one runs.
    const SweepAtExit sweep(StaleTemporaries::sweepInBackground({QFileInfo(o.output).absolutePath()}));

    QString containerName;
    const BackupResult result = runBackupJob(o, &containerName);

    for (const QString &warning : std::as_const(result.warnings))
        err << warning << Qt::endl;
    if (result.ok()) {
        BackupHistory history(BackupHistory::defaultFile());
        history.load();
        // The same key as the wizard's (the profile's id, else user@host:port), so the Backups page
        // shows command-line backups under the same server.
        history.record(result, BackupHistory::serverKey(o.connection, serverId), o.connection.toConnInfo(false));
        history.save();
    }
    if (json) {
        QJsonObject j;
        j.insert(QStringLiteral("ok"), result.ok());
        j.insert(QStringLiteral("path"), result.path);
        j.insert(QStringLiteral("format"), BackupOptions::formatName(result.format));
        j.insert(QStringLiteral("database"), result.database);
        j.insert(QStringLiteral("size"), double(result.sizeBytes));
        j.insert(QStringLiteral("durationMs"), double(result.durationMs));
        j.insert(QStringLiteral("sha256"), result.sha256);
        j.insert(QStringLiteral("rtoEstimateMs"), double(result.rtoEstimateMs));
        j.insert(QStringLiteral("tool"), result.toolVersion);
        if (!containerName.isEmpty())
            j.insert(QStringLiteral("container"), containerName);
        if (!result.warnings.isEmpty())
            j.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
        if (!result.serverLeftovers.isEmpty()) // what of pg_basebackup's is still on the server
            j.insert(QStringLiteral("serverLeftovers"), QJsonArray::fromStringList(result.serverLeftovers));
        if (!result.ok())
            j.insert(QStringLiteral("error"), result.error);
        printJson(j);
    } else if (result.ok()) {
        if (!containerName.isEmpty())
            QTextStream(stdout) << Tr::tr("Ran inside the container %1: %2").arg(containerName, result.toolVersion) << '\n';
        QTextStream(stdout) << Tr::tr("Backup written: %1").arg(result.path) << '\n'
                            << Tr::tr("Size: %1, took %2").arg(size(result.sizeBytes), seconds(result.durationMs)) << '\n'
                            << Tr::tr("SHA-256: %1").arg(result.sha256) << '\n';
    }
    if (!result.ok())
        err << result.error << Qt::endl;
    return result.ok() ? 0 : 1;
}

int runRestoreCommand(const QStringList &arguments, QSettings *settings)
{
    Run run{settings, {}, {}};
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Restore a logical backup into a database."));
    parser.addPositionalArgument(QStringLiteral("server"), Tr::tr("Connection string or URI of the server to restore into (or --profile NAME instead)."));
    parser.addOption(QCommandLineOption(QStringLiteral("input"), Tr::tr("The backup file or directory."), Tr::tr("PATH")));
    parser.addOption(QCommandLineOption(QStringLiteral("target-db"), Tr::tr("The database to restore into."), Tr::tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("create"), Tr::tr("Create the target database (it must not exist).")));
    parser.addOption(QCommandLineOption(QStringLiteral("jobs"), Tr::tr("Parallel jobs (custom and directory formats)."), Tr::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("clean"), Tr::tr("Drop objects before recreating them (IF EXISTS).")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-owner"), Tr::tr("Do not restore object owners.")));
    parser.addOption(QCommandLineOption(QStringLiteral("into-existing"),
                                        Tr::tr("Restore into an existing database that already has tables (without it, such a "
                                               "database is refused; --json then names the tables that would clash).")));
    addContainerOption(parser, Tr::tr("Run the container's own pg_restore or psql inside this local container, the archive "
                                      "streamed in (custom, tar or plain format). Without a server, the server is the one the "
                                      "container publishes."));
    int code = 0;
    if (!parse(parser, arguments, QStringLiteral("restore"), &code))
        return code;
    RestoreOptions o;
    QString serverId;
    if (!serverOrContainer(run, parser, &o.connection, &o.password, &serverId, &code))
        return code;
    o.container = parser.value(QStringLiteral("container"));
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("input")) || !parser.isSet(QStringLiteral("target-db"))) {
        err << Tr::tr("Say what to restore and where: --input PATH --target-db NAME.") << Qt::endl;
        return 2;
    }
    o.input = QFileInfo(parser.value(QStringLiteral("input"))).absoluteFilePath();
    o.targetDatabase = parser.value(QStringLiteral("target-db"));
    o.createDatabase = parser.isSet(QStringLiteral("create"));
    o.clean = parser.isSet(QStringLiteral("clean"));
    o.noOwner = parser.isSet(QStringLiteral("no-owner"));
    o.intoExisting = parser.isSet(QStringLiteral("into-existing"));
    o.jobs = jobsValue(parser, &code);
    if (o.jobs < 0)
        return code;
    o.toolDirectory = parser.value(QStringLiteral("tool-dir"));
    if (!stallTimeout(parser, &o.stallTimeoutS, &code))
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    const SweepAtExit sweep(StaleTemporaries::sweepInBackground());

    RestoreJob job(o);
    RestoreResult result;
    QEventLoop loop;
    CommandLine::cancelOnSignals(&job, [&job] { job.cancel(); });
    QObject::connect(&job, &RestoreJob::finished, &loop, [&](const RestoreResult &r) {
        result = r;
        loop.quit();
    });
    job.start();
    loop.exec();

    if (json) {
        QJsonObject j;
        j.insert(QStringLiteral("ok"), result.ok());
        j.insert(QStringLiteral("input"), o.input);
        j.insert(QStringLiteral("format"), BackupArchive::formatName(result.format));
        j.insert(QStringLiteral("targetDatabase"), result.targetDatabase);
        j.insert(QStringLiteral("durationMs"), double(result.durationMs));
        if (!job.containerName().isEmpty())
            j.insert(QStringLiteral("container"), job.containerName());
        if (!result.ok()) {
            j.insert(QStringLiteral("error"), result.error);
            j.insert(QStringLiteral("firstError"), result.firstError);
            j.insert(QStringLiteral("statement"), result.firstStatement);
            if (!result.problem.isEmpty())
                j.insert(QStringLiteral("problem"), result.problem);
            if (result.problem == QLatin1String("target-not-empty")) {
                j.insert(QStringLiteral("clashes"), QJsonArray::fromStringList(result.clashes));
                j.insert(QStringLiteral("existingTables"), QJsonArray::fromStringList(result.existingTables));
            }
            if (o.createDatabase)
                j.insert(QStringLiteral("createdDatabaseDropped"), result.createdDropped);
        }
        printJson(j);
    } else if (result.ok()) {
        QTextStream(stdout) << Tr::tr("Restored %1 into %2 in %3.").arg(o.input, o.targetDatabase, seconds(result.durationMs)) << '\n';
    }
    if (!result.ok())
        err << result.error << Qt::endl;
    return result.ok() ? 0 : 1;
}

namespace {

// verify, step 1: the command line. False with the exit status in *code when it is wrong (or
// --help was asked).
bool parseVerify(QCommandLineParser &parser, const QStringList &arguments, VerifyOptions *o, int *code)
{
    parser.setApplicationDescription(Tr::tr("Prove that a backup is whole and, with --test-restore, that it restores."));
    parser.addOption(QCommandLineOption(QStringLiteral("input"), Tr::tr("The backup file or directory."), Tr::tr("PATH")));
    parser.addOption(QCommandLineOption(QStringLiteral("test-restore"),
                                        Tr::tr("Test restore. A logical backup is restored into a scratch database on this server "
                                               "(connection string or URI), its row counts compared with the source, and dropped. A "
                                               "physical backup is started as a temporary local server (needs the PostgreSQL server "
                                               "programs) and its row counts compared with this server, the one it came from."),
                                        Tr::tr("SERVER")));
    parser.addOption(QCommandLineOption(QStringLiteral("test-restore-profile"),
                                        Tr::tr("Like --test-restore, with a saved connection profile as the server (its password "
                                               "comes from the keychain or ~/.pgpass)."),
                                        Tr::tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("test-restore-container"),
                                        Tr::tr("Test restore with the own pg_restore or psql of this local container, into a scratch "
                                               "database there (custom, tar or plain backups). Without --test-restore, the server is "
                                               "the one the container publishes."),
                                        Tr::tr("NAME")));
    if (!parse(parser, arguments, QStringLiteral("verify"), code))
        return false;
    QTextStream err(stderr);
    *code = 2;
    if (!parser.isSet(QStringLiteral("input"))) {
        err << Tr::tr("Say which backup to verify: --input PATH.") << Qt::endl;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Tr::tr("verify takes no server of its own: give the test-restore server with --test-restore SERVER or "
                      "--test-restore-profile NAME.")
            << Qt::endl;
        return false;
    }
    o->input = QFileInfo(parser.value(QStringLiteral("input"))).absoluteFilePath();
    o->toolDirectory = parser.value(QStringLiteral("tool-dir"));
    return stallTimeout(parser, &o->stallTimeoutS, code);
}

// The source of the row counts: the server the backup was made from, as recorded. A backup made
// with a profile is compared through that profile (and its keychain password, read once per run).
void sourceFromHistory(Run &run, const BackupHistory::Entry &recorded, VerifyOptions *o)
{
    const std::optional<ConnectionProfile> sourceProfile = ProfileStore(run.settings).findById(recorded.server);
    if (!sourceProfile) {
        QString error;
        if (!recorded.conninfo.isEmpty())
            ConnectionOptions::parse(recorded.conninfo, &o->source, &error);
        return;
    }
    o->source = sourceProfile->toOptions();
    if (!recorded.database.isEmpty())
        o->source.setValue(QStringLiteral("dbname"), recorded.database);
    QString error;
    if (sourceProfile->passwordInKeychain && !run.keychain.password(*sourceProfile, &o->sourcePassword, &error))
        QTextStream(stderr) << error << Qt::endl; // the counts of the source stay unknown; the restore still runs
    else if (QString problem; !throughTunnel(run, *sourceProfile, &o->source, &error, &problem))
        QTextStream(stderr) << error << Qt::endl;
}

// verify, step 2: the test-restore server (a connection string, a profile or a container) and the
// source to compare with. False with the exit status in *code when it cannot be had.
bool resolveTestRestore(Run &run, const QCommandLineParser &parser, const BackupHistory::Entry *recorded, VerifyOptions *o, int *code)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool byServer = parser.isSet(QStringLiteral("test-restore"));
    const bool byProfile = parser.isSet(QStringLiteral("test-restore-profile"));
    if (byServer && byProfile) {
        QTextStream(stderr) << Tr::tr("Give either --test-restore SERVER or --test-restore-profile NAME, not both.") << Qt::endl;
        *code = 2;
        return false;
    }
    o->restoreContainer = parser.value(QStringLiteral("test-restore-container"));
    if (!byServer && !byProfile && o->restoreContainer.isEmpty())
        return true;
    if (!byServer && !byProfile) {
        QString containerError;
        if (!serverFromContainer(o->restoreContainer, &o->restoreServer, &o->restorePassword, &containerError)) {
            reportError(json, QStringLiteral("container"), containerError);
            *code = CommandLine::Failed;
            return false;
        }
    } else {
        QString serverId;
        if (!resolveCommandLineServer(run, parser.value(QStringLiteral("test-restore")), parser.value(QStringLiteral("test-restore-profile")),
                                      &o->restoreServer, &o->restorePassword, &serverId, code, json))
            return false;
    }
    o->testRestore = true;
    if (recorded)
        sourceFromHistory(run, *recorded, o);
    return true;
}

QJsonObject testRestoreJson(const VerifyResult &result)
{
    QJsonObject t;
    t.insert(QStringLiteral("restored"), result.restored);
    t.insert(QStringLiteral("restoreMs"), double(result.restoreMs));
    if (result.physical) {
        // The copy ran as a temporary server in a temporary folder, removed afterwards.
        t.insert(QStringLiteral("kind"), QStringLiteral("physical"));
        t.insert(QStringLiteral("temporaryFolder"), result.scratchDatabase);
        t.insert(QStringLiteral("temporaryFolderRemoved"), result.scratchDropped);
        t.insert(QStringLiteral("temporaryPort"), result.temporaryPort);
        t.insert(QStringLiteral("copyMs"), double(result.copyMs));
        t.insert(QStringLiteral("startMs"), double(result.startMs));
    } else {
        t.insert(QStringLiteral("kind"), QStringLiteral("logical"));
        t.insert(QStringLiteral("scratchDatabase"), result.scratchDatabase);
        t.insert(QStringLiteral("scratchDropped"), result.scratchDropped);
    }
    t.insert(result.physical ? QStringLiteral("sourceServer") : QStringLiteral("sourceDatabase"), result.sourceDatabase);
    if (result.physical)
        t.insert(QStringLiteral("databases"), QJsonArray::fromStringList(result.databases));
    t.insert(QStringLiteral("countsCompared"), result.countsCompared);
    t.insert(QStringLiteral("countsMatch"), result.countsMatch);
    QJsonArray rows;
    for (const VerifyResult::RowCount &rc : std::as_const(result.rowCounts)) {
        QJsonObject r;
        r.insert(QStringLiteral("table"), rc.table);
        if (!rc.database.isEmpty())
            r.insert(QStringLiteral("database"), rc.database);
        r.insert(QStringLiteral("source"), rc.source < 0 ? QJsonValue() : QJsonValue(double(rc.source)));
        r.insert(QStringLiteral("restored"), rc.restored < 0 ? QJsonValue() : QJsonValue(double(rc.restored)));
        r.insert(QStringLiteral("equal"), rc.source == rc.restored);
        rows.append(r);
    }
    t.insert(QStringLiteral("rowCounts"), rows);
    return t;
}

QJsonObject verifyJson(const VerifyOptions &o, const VerifyResult &result)
{
    QJsonObject j;
    j.insert(QStringLiteral("ok"), result.ok);
    j.insert(QStringLiteral("input"), o.input);
    j.insert(QStringLiteral("format"), BackupArchive::formatName(result.format));
    j.insert(QStringLiteral("quickCheck"), result.quickOk);
    j.insert(QStringLiteral("entries"), result.entries);
    j.insert(QStringLiteral("sha256"), result.sha256);
    j.insert(QStringLiteral("checksumMatches"), result.checksumMatches < 0 ? QJsonValue() : QJsonValue(result.checksumMatches == 1));
    if (!result.checksRun.isEmpty() || !result.notChecked.isEmpty()) {
        j.insert(QStringLiteral("checksRun"), QJsonArray::fromStringList(result.checksRun));
        j.insert(QStringLiteral("notChecked"), QJsonArray::fromStringList(result.notChecked));
    }
    if (!result.badFile.isEmpty())
        j.insert(QStringLiteral("badFile"), result.badFile);
    if (!result.badEntry.isEmpty())
        j.insert(QStringLiteral("badEntry"), result.badEntry);
    if (!result.problem.isEmpty())
        j.insert(QStringLiteral("problem"), result.problem);
    if (o.testRestore)
        j.insert(QStringLiteral("testRestore"), testRestoreJson(result));
    if (!result.ok)
        j.insert(QStringLiteral("error"), result.error);
    return j;
}

// A verification that passed, in words.
void printVerified(const VerifyResult &result)
{
    QTextStream out(stdout);
    out << result.quickMessage << '\n' << Tr::tr("SHA-256: %1").arg(result.sha256);
    if (result.checksumMatches == 1)
        out << ' ' << Tr::tr("(equal to the recorded one)");
    out << '\n';
    for (const QString &line : std::as_const(result.notChecked))
        out << Tr::tr("Not checked: %1").arg(line) << '\n';
    if (result.restored && result.physical) {
        out << Tr::tr("The copy started as a temporary server and accepted connections after %1 (the measured RTO: copying %2, "
                      "starting %3); it was stopped and its folder removed.")
                   .arg(seconds(result.restoreMs), seconds(result.copyMs), seconds(result.startMs))
            << '\n';
        const QStringList &databases = result.databases;
        if (result.countsCompared)
            out << Tr::tr("Row counts equal those of %1 in every database (%2; tables: %n).", nullptr, int(result.rowCounts.size()))
                       .arg(result.sourceDatabase, databases.join(QStringLiteral(", ")))
                << '\n';
    } else if (result.restored) {
        out << Tr::tr("Test restore into %1 took %2 (the measured RTO); the scratch database was dropped.")
                   .arg(result.scratchDatabase, seconds(result.restoreMs))
            << '\n';
        if (result.countsCompared)
            out << Tr::tr("Row counts equal those of %1 (tables: %n).", nullptr, int(result.rowCounts.size())).arg(result.sourceDatabase)
                << '\n';
    }
}

} // namespace

int runVerifyCommand(const QStringList &arguments, QSettings *settings)
{
    Run run{settings, {}, {}};
    QCommandLineParser parser;
    VerifyOptions o;
    int code = 0;
    if (!parseVerify(parser, arguments, &o, &code))
        return code;
    const SweepAtExit sweep(StaleTemporaries::sweepInBackground());
    BackupHistory history(BackupHistory::defaultFile());
    history.load();
    const BackupHistory::Entry *recorded = history.find(o.input);
    if (recorded)
        o.expectedSha256 = recorded->sha256;
    if (!resolveTestRestore(run, parser, recorded, &o, &code))
        return code;

    const VerifyResult result = runVerifyJob(o);

    if (recorded) {
        history.recordVerification(o.input, result.ok, result.error, o.testRestore && result.restored ? result.restoreMs : -1);
        history.save();
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(verifyJson(o, result));
    else if (result.ok)
        printVerified(result);
    if (!result.ok)
        QTextStream(stderr) << result.error << Qt::endl;
    return result.ok ? 0 : 1;
}

} // namespace Valvur
