// The command-line face of the backup engine: for cron and scripts. Same jobs as the wizards.
#include "backupcommands.h"

#include "backupjob.h"
#include "backuphistory.h"
#include "resolveserver.h"
#include "restorejob.h"
#include "verifyjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
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

// Ctrl+C, or SIGTERM from cron or systemd, cancels the job like the wizard's Cancel: the tool is
// stopped and its partial output removed before the command exits. A signal handler can only
// reach static storage, hence the one file-local pipe.
int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(s_signalPipe[1], &c, 1);
}

void cancelOnSignals(QObject *context, std::function<void()> cancel)
{
    if (s_signalPipe[0] < 0 && ::pipe2(s_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [cancel = std::move(cancel)] {
        char buffer[16];
        while (::read(s_signalPipe[0], buffer, sizeof buffer) > 0) {
        }
        cancel();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

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
        parser.addOption(QCommandLineOption(QStringLiteral("profile"), Tr::tr("A saved connection profile instead of a connection string."),
                                            Tr::tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("tool-dir"), Tr::tr("Folder with the PostgreSQL client programs to use (only this folder is searched)."),
                                        Tr::tr("DIR")));
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("valvur ") + command} + arguments)) {
        err << parser.errorText() << Qt::endl;
        *code = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *code = 0;
        return false;
    }
    return true;
}

bool serverFromArguments(const QCommandLineParser &parser, ConnectionOptions *out, int *code)
{
    QTextStream err(stderr);
    const QStringList pos = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("profile"))) {
        // A saved profile; its password is found by libpq in ~/.pgpass (or PGPASSFILE), as for a conninfo.
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
        QString profileId, error;
        if (pos.size() > 1 || !resolveServer(pos.value(0), parser.value(QStringLiteral("profile")), &settings, out, &profileId, &error)) {
            err << (error.isEmpty() ? Tr::tr("Give either a connection string or --profile NAME, not both.") : error) << Qt::endl;
            *code = 2;
            return false;
        }
        return true;
    }
    if (pos.size() != 1) {
        err << Tr::tr("Give the server as one connection string or URI, e.g. \"host=localhost port=5432 user=postgres "
                      "dbname=app\" or postgresql://postgres@localhost/app. The password comes from ~/.pgpass "
                      "(or PGPASSFILE), never from the command line.")
            << Qt::endl;
        *code = 2;
        return false;
    }
    QString error;
    if (!ConnectionOptions::parse(pos.first(), out, &error)) {
        err << Tr::tr("This is not a valid connection string or URI: %1").arg(error) << Qt::endl;
        *code = 2;
        return false;
    }
    if (out->contains(QStringLiteral("password"))) {
        err << Tr::tr("Do not put the password on the command line (other users can read it in the process list): "
                      "put it in ~/.pgpass or a file named by PGPASSFILE.")
            << Qt::endl;
        *code = 2;
        return false;
    }
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

int runBackupCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Back up a database (pg_dump) or a whole server (pg_basebackup)."));
    parser.addPositionalArgument(QStringLiteral("server"), Tr::tr("Connection string or URI of the database to back up."));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), Tr::tr("custom, directory, tar, plain or physical (default custom)."),
                                        Tr::tr("FORMAT"), QStringLiteral("custom")));
    parser.addOption(QCommandLineOption(QStringLiteral("output"), Tr::tr("The backup file or directory to create."), Tr::tr("PATH")));
    parser.addOption(QCommandLineOption(QStringLiteral("jobs"), Tr::tr("Parallel jobs (directory format)."), Tr::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("compress"), Tr::tr("Compression level 0-9."), Tr::tr("LEVEL")));
    parser.addOption(QCommandLineOption(QStringLiteral("overwrite"), Tr::tr("Replace an existing output.")));
    int code = 0;
    if (!parse(parser, arguments, QStringLiteral("backup"), &code))
        return code;
    BackupOptions o;
    if (!serverFromArguments(parser, &o.connection, &code))
        return code;
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
    o.toolDirectory = parser.value(QStringLiteral("tool-dir"));
    const bool json = parser.isSet(QStringLiteral("json"));

    BackupJob job(o);
    BackupResult result;
    QEventLoop loop;
    cancelOnSignals(&job, [&job] { job.cancel(); });
    QObject::connect(&job, &BackupJob::finished, &loop, [&](const BackupResult &r) {
        result = r;
        loop.quit();
    });
    job.start();
    loop.exec();

    if (result.ok()) {
        BackupHistory history(BackupHistory::defaultFile());
        history.load();
        history.record(result, o.connection.displayName(), o.connection.toConnInfo(false));
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
        if (!result.ok())
            j.insert(QStringLiteral("error"), result.error);
        printJson(j);
    } else if (result.ok()) {
        QTextStream(stdout) << Tr::tr("Backup written: %1").arg(result.path) << '\n'
                            << Tr::tr("Size: %1, took %2").arg(size(result.sizeBytes), seconds(result.durationMs)) << '\n'
                            << Tr::tr("SHA-256: %1").arg(result.sha256) << '\n';
    }
    if (!result.ok())
        err << result.error << Qt::endl;
    return result.ok() ? 0 : 1;
}

int runRestoreCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Restore a logical backup into a database."));
    parser.addPositionalArgument(QStringLiteral("server"), Tr::tr("Connection string or URI of the server to restore into."));
    parser.addOption(QCommandLineOption(QStringLiteral("input"), Tr::tr("The backup file or directory."), Tr::tr("PATH")));
    parser.addOption(QCommandLineOption(QStringLiteral("target-db"), Tr::tr("The database to restore into."), Tr::tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("create"), Tr::tr("Create the target database (it must not exist).")));
    parser.addOption(QCommandLineOption(QStringLiteral("jobs"), Tr::tr("Parallel jobs (custom and directory formats)."), Tr::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("clean"), Tr::tr("Drop objects before recreating them (IF EXISTS).")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-owner"), Tr::tr("Do not restore object owners.")));
    int code = 0;
    if (!parse(parser, arguments, QStringLiteral("restore"), &code))
        return code;
    RestoreOptions o;
    if (!serverFromArguments(parser, &o.connection, &code))
        return code;
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
    o.jobs = jobsValue(parser, &code);
    if (o.jobs < 0)
        return code;
    o.toolDirectory = parser.value(QStringLiteral("tool-dir"));
    const bool json = parser.isSet(QStringLiteral("json"));

    RestoreJob job(o);
    RestoreResult result;
    QEventLoop loop;
    cancelOnSignals(&job, [&job] { job.cancel(); });
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
        if (!result.ok()) {
            j.insert(QStringLiteral("error"), result.error);
            j.insert(QStringLiteral("firstError"), result.firstError);
            j.insert(QStringLiteral("statement"), result.firstStatement);
        }
        printJson(j);
    } else if (result.ok()) {
        QTextStream(stdout) << Tr::tr("Restored %1 into %2 in %3.").arg(o.input, o.targetDatabase, seconds(result.durationMs)) << '\n';
    }
    if (!result.ok())
        err << result.error << Qt::endl;
    return result.ok() ? 0 : 1;
}

int runVerifyCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Prove that a backup is whole and, with --test-restore, that it restores."));
    parser.addOption(QCommandLineOption(QStringLiteral("input"), Tr::tr("The backup file or directory."), Tr::tr("PATH")));
    parser.addOption(QCommandLineOption(QStringLiteral("test-restore"),
                                        Tr::tr("Restore into a scratch database on this server (connection string or URI), "
                                               "compare row counts with the source, drop it."),
                                        Tr::tr("SERVER")));
    int code = 0;
    if (!parse(parser, arguments, QStringLiteral("verify"), &code))
        return code;
    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("input"))) {
        err << Tr::tr("Say which backup to verify: --input PATH.") << Qt::endl;
        return 2;
    }
    VerifyOptions o;
    o.input = QFileInfo(parser.value(QStringLiteral("input"))).absoluteFilePath();
    o.toolDirectory = parser.value(QStringLiteral("tool-dir"));
    BackupHistory history(BackupHistory::defaultFile());
    history.load();
    const BackupHistory::Entry *recorded = history.find(o.input);
    if (recorded)
        o.expectedSha256 = recorded->sha256;
    if (parser.isSet(QStringLiteral("test-restore"))) {
        QString error;
        if (!ConnectionOptions::parse(parser.value(QStringLiteral("test-restore")), &o.restoreServer, &error)) {
            err << Tr::tr("This is not a valid connection string or URI: %1").arg(error) << Qt::endl;
            return 2;
        }
        if (o.restoreServer.contains(QStringLiteral("password"))) {
            err << Tr::tr("Do not put the password on the command line (other users can read it in the process list): "
                          "put it in ~/.pgpass or a file named by PGPASSFILE.")
                << Qt::endl;
            return 2;
        }
        o.testRestore = true;
        if (recorded && !recorded->conninfo.isEmpty())
            ConnectionOptions::parse(recorded->conninfo, &o.source, &error);
    }
    const bool json = parser.isSet(QStringLiteral("json"));

    VerifyJob job(o);
    VerifyResult result;
    QEventLoop loop;
    cancelOnSignals(&job, [&job] { job.cancel(); });
    QObject::connect(&job, &VerifyJob::finished, &loop, [&](const VerifyResult &r) {
        result = r;
        loop.quit();
    });
    job.start();
    loop.exec();

    if (recorded) {
        history.recordVerification(o.input, result.ok, result.error, o.testRestore && result.restored ? result.restoreMs : -1);
        history.save();
    }
    if (json) {
        QJsonObject j;
        j.insert(QStringLiteral("ok"), result.ok);
        j.insert(QStringLiteral("input"), o.input);
        j.insert(QStringLiteral("format"), BackupArchive::formatName(result.format));
        j.insert(QStringLiteral("quickCheck"), result.quickOk);
        j.insert(QStringLiteral("entries"), result.entries);
        j.insert(QStringLiteral("sha256"), result.sha256);
        j.insert(QStringLiteral("checksumMatches"), result.checksumMatches < 0 ? QJsonValue() : QJsonValue(result.checksumMatches == 1));
        if (o.testRestore) {
            QJsonObject t;
            t.insert(QStringLiteral("restored"), result.restored);
            t.insert(QStringLiteral("restoreMs"), double(result.restoreMs));
            t.insert(QStringLiteral("scratchDatabase"), result.scratchDatabase);
            t.insert(QStringLiteral("scratchDropped"), result.scratchDropped);
            t.insert(QStringLiteral("sourceDatabase"), result.sourceDatabase);
            t.insert(QStringLiteral("countsCompared"), result.countsCompared);
            t.insert(QStringLiteral("countsMatch"), result.countsMatch);
            QJsonArray rows;
            for (const VerifyResult::RowCount &rc : std::as_const(result.rowCounts)) {
                QJsonObject r;
                r.insert(QStringLiteral("table"), rc.table);
                r.insert(QStringLiteral("source"), rc.source < 0 ? QJsonValue() : QJsonValue(double(rc.source)));
                r.insert(QStringLiteral("restored"), rc.restored < 0 ? QJsonValue() : QJsonValue(double(rc.restored)));
                r.insert(QStringLiteral("equal"), rc.source == rc.restored);
                rows.append(r);
            }
            t.insert(QStringLiteral("rowCounts"), rows);
            j.insert(QStringLiteral("testRestore"), t);
        }
        if (!result.ok)
            j.insert(QStringLiteral("error"), result.error);
        printJson(j);
    } else if (result.ok) {
        QTextStream out(stdout);
        out << result.quickMessage << '\n' << Tr::tr("SHA-256: %1").arg(result.sha256);
        if (result.checksumMatches == 1)
            out << ' ' << Tr::tr("(equal to the recorded one)");
        out << '\n';
        if (result.restored) {
            out << Tr::tr("Test restore into %1 took %2 (the measured RTO); the scratch database was dropped.")
                       .arg(result.scratchDatabase, seconds(result.restoreMs))
                << '\n';
            if (result.countsCompared)
                out << Tr::tr("Row counts equal those of %1 (tables: %n).", nullptr, int(result.rowCounts.size())).arg(result.sourceDatabase)
                    << '\n';
        }
    }
    if (!result.ok)
        err << result.error << Qt::endl;
    return result.ok ? 0 : 1;
}

} // namespace Valvur
