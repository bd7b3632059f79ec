#include "schedule/schedulerun.h"

#include "backup/backuphistory.h"
#include "backupcommands.h"
#include "backup/backupjob.h"
#include "backup/checksum.h"
#include "backup/staletemporaries.h"
#include "backup/verifyjob.h"
#include "commandline.h"
#include "profiles/profilestore.h"
#include "profiles/resolveserver.h"
#include "schedule/backupschedule.h"
#include "schedule/retention.h"
#include "schedule/schedulehistory.h"
#include "schedule/scheduletext.h"
#include "ssh/sshtunnelregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

namespace Valvur {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ScheduleCommand)
};

// A saved profile's connection and, when it keeps its password in the keychain, the password;
// behind an SSH host, through its tunnel (open until the registry goes). False with *error and
// *problem when the profile is gone, the keychain does not give it or the tunnel fails (ssh-*).
bool profileServer(QSettings *settings, CommandLine::KeychainPasswords &keychain, SshTunnelRegistry &tunnels, const QString &profileId,
                   ConnectionOptions *options, QString *password, QString *error, QString *problem)
{
    QString resolvedId;
    if (!resolveServer(QString(), profileId, settings, options, &resolvedId, error)) {
        *problem = QStringLiteral("profile-missing");
        return false;
    }
    const std::optional<ConnectionProfile> profile = ProfileStore(settings).findById(resolvedId);
    if (profile && profile->passwordInKeychain && !keychain.password(*profile, password, error, problem))
        return false;
    return !profile || CommandLine::openTunnel(tunnels, *profile, options, error, problem);
}

// <database>-<YYYYmmdd-HHMMSS><ext> in the folder, with -2, -3… when a run in the same second took it.
QString freeOutputName(const QString &folder, const QString &database, BackupOptions::Format format)
{
    const QString name = BackupOptions::defaultFileName(database, format, QDateTime::currentDateTime());
    const QString ext = BackupOptions::extension(format);
    const QString stem = name.left(name.size() - ext.size());
    QString path = QDir(folder).absoluteFilePath(name);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).absoluteFilePath(stem + QStringLiteral("-%1").arg(n) + ext);
    return path;
}

// After every Nth good backup: a test restore on the drill profile's server, row counts compared
// with the source. Recorded in the schedule's history whatever the outcome.
ScheduleHistory::Entry drill(const BackupSchedule &schedule, QSettings *settings, CommandLine::KeychainPasswords &keychain,
                             SshTunnelRegistry &tunnels, const BackupResult &backup, const ConnectionOptions &source, const QString &sourcePassword)
{
    ScheduleHistory::Entry e;
    e.kind = ScheduleHistory::Entry::Kind::Drill;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.path = backup.path;
    VerifyOptions o;
    o.input = backup.path;
    o.expectedSha256 = backup.sha256;
    o.testRestore = true;
    o.source = source;
    o.sourcePassword = sourcePassword;
    if (!profileServer(settings, keychain, tunnels, schedule.drillProfileId, &o.restoreServer, &o.restorePassword, &e.error, &e.problem)) {
        e.finishedAt = QDateTime::currentDateTimeUtc();
        return e;
    }
    const VerifyResult result = runVerifyJob(o);
    e.finishedAt = QDateTime::currentDateTimeUtc();
    e.rtoMs = result.restored ? result.restoreMs : -1;
    e.countsMatch = result.countsCompared && result.countsMatch;
    e.tables = int(result.rowCounts.size());
    e.ok = result.ok && result.restored && e.countsMatch;
    if (!e.ok) {
        e.error = !result.ok ? result.error : Tr::tr("The test restore's row counts differ from the source's.");
        e.problem = QStringLiteral("drill-failed");
    }
    return e;
}

} // namespace

int runScheduledBackup(const BackupSchedule &schedule, QSettings *settings, bool json)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine::KeychainPasswords keychain;
    SshTunnelRegistry tunnels; // a profile's SSH tunnel for this run; ended with it
    ScheduleHistory history(ScheduleHistory::defaultFile(schedule.id));
    history.load();

    ScheduleHistory::Entry run;
    run.kind = ScheduleHistory::Entry::Kind::Backup;
    run.startedAt = QDateTime::currentDateTimeUtc();
    BackupOptions o;
    o.format = schedule.format;
    const bool haveServer = profileServer(settings, keychain, tunnels, schedule.profileId, &o.connection, &o.password, &run.error, &run.problem);
    BackupResult result;
    if (haveServer) {
        const QString database = o.connection.value(QStringLiteral("dbname"));
        QDir().mkpath(schedule.outputDir);
        o.output = freeOutputName(schedule.outputDir, database, o.format);
        o.toolDirectory = settings->value(QStringLiteral("backup/toolDirectory")).toString();
        // What a killed earlier run left in the folder goes while this one runs.
        QFuture<StaleTemporaries::Report> sweep = StaleTemporaries::sweepInBackground({schedule.outputDir});
        result = runBackupJob(o);
        sweep.waitForFinished();
        run.ok = result.ok();
        run.path = result.path;
        run.sha256 = result.sha256;
        run.sizeBytes = result.sizeBytes;
        if (!result.ok()) {
            run.error = result.error;
            run.problem = QStringLiteral("backup-failed");
        } else {
            BackupHistory backups(BackupHistory::defaultFile());
            backups.load();
            backups.record(result, BackupHistory::serverKey(o.connection, schedule.profileId), o.connection.toConnInfo(false));
            backups.save();
        }
    }
    run.finishedAt = QDateTime::currentDateTimeUtc();
    if (!history.append(run))
        err << Tr::tr("Could not write the schedule's history %1.").arg(history.file()) << Qt::endl;

    // Retention, also after a failed run: it never takes the newest good backup.
    const QList<Retention::Decision> decisions = Retention::plan(schedule, history, QDateTime::currentDateTimeUtc(), &Checksum::sha256);
    QStringList failedRemovals;
    const QStringList removed = Retention::apply(decisions, &failedRemovals);
    for (const QString &path : removed) {
        ScheduleHistory::Entry e;
        e.kind = ScheduleHistory::Entry::Kind::Removed;
        e.startedAt = e.finishedAt = QDateTime::currentDateTimeUtc();
        e.ok = true;
        e.path = path;
        history.append(e);
    }

    std::optional<ScheduleHistory::Entry> drillEntry;
    if (run.ok && schedule.drillEvery > 0 && !schedule.drillProfileId.isEmpty() && history.goodBackupCount() % schedule.drillEvery == 0) {
        drillEntry = drill(schedule, settings, keychain, tunnels, result, o.connection, o.password);
        history.append(*drillEntry);
    }

    const bool ok = run.ok && (!drillEntry || drillEntry->ok);
    if (json) {
        QJsonObject j;
        j.insert(QStringLiteral("ok"), ok);
        j.insert(QStringLiteral("schedule"), schedule.id);
        j.insert(QStringLiteral("start"), run.startedAt.toString(Qt::ISODateWithMs));
        j.insert(QStringLiteral("end"), run.finishedAt.toString(Qt::ISODateWithMs));
        j.insert(QStringLiteral("backupOk"), run.ok);
        j.insert(QStringLiteral("path"), run.path);
        j.insert(QStringLiteral("sha256"), run.sha256);
        if (!run.ok) {
            j.insert(QStringLiteral("problem"), run.problem);
            j.insert(QStringLiteral("error"), run.error);
        }
        j.insert(QStringLiteral("removed"), QJsonArray::fromStringList(removed));
        if (!failedRemovals.isEmpty())
            j.insert(QStringLiteral("notRemoved"), QJsonArray::fromStringList(failedRemovals));
        if (drillEntry) {
            QJsonObject d;
            d.insert(QStringLiteral("ok"), drillEntry->ok);
            d.insert(QStringLiteral("rtoMs"), double(drillEntry->rtoMs));
            d.insert(QStringLiteral("countsMatch"), drillEntry->countsMatch);
            d.insert(QStringLiteral("tables"), drillEntry->tables);
            if (!drillEntry->ok)
                d.insert(QStringLiteral("error"), drillEntry->error);
            j.insert(QStringLiteral("drill"), d);
        }
        out << QJsonDocument(j).toJson(QJsonDocument::Indented);
    } else {
        if (run.ok)
            out << Tr::tr("Backup written: %1").arg(run.path) << '\n' << Tr::tr("SHA-256: %1").arg(run.sha256) << '\n';
        for (const QString &path : removed)
            out << Tr::tr("Removed by retention: %1").arg(path) << '\n';
        if (drillEntry && drillEntry->ok)
            out << Tr::tr("Restore drill: restored in %1 (the measured RTO); row counts equal in %n table(s).", nullptr, drillEntry->tables)
                       .arg(ScheduleText::rto(drillEntry->rtoMs))
                << '\n';
    }
    out.flush();
    if (!run.ok)
        err << Tr::tr("The scheduled backup failed: %1").arg(run.error) << Qt::endl;
    for (const QString &path : std::as_const(failedRemovals))
        err << Tr::tr("Retention could not remove %1.").arg(path) << Qt::endl;
    if (drillEntry && !drillEntry->ok)
        err << Tr::tr("The restore drill failed: %1").arg(drillEntry->error) << Qt::endl;
    return ok ? CommandLine::Success : CommandLine::Failed;
}

} // namespace Valvur
