#include "schedule/schedulecommand.h"

#include "commandline.h"
#include "profiles/profilestore.h"
#include "schedule/backupschedule.h"
#include "schedule/scheduleinstaller.h"
#include "schedule/schedulehistory.h"
#include "schedule/schedulerun.h"
#include "schedule/schedulestatus.h"
#include "schedule/schedulestore.h"
#include "schedule/scheduletext.h"
#include "schedule/scheduleunits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

namespace Valvur {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ScheduleCommand)
};

void printJson(const QJsonDocument &doc)
{
    QTextStream(stdout) << doc.toJson(QJsonDocument::Indented);
}

QString profileName(QSettings *settings, const QString &id)
{
    const std::optional<ConnectionProfile> p = ProfileStore(settings).findById(id);
    return p ? p->name : id;
}

// Installs or removes the schedule's units or crontab line and waits for it (the command line may).
ScheduleInstaller::Result waitFor(const std::function<void(ScheduleInstaller &)> &start)
{
    ScheduleInstaller installer;
    ScheduleInstaller::Result result;
    QEventLoop loop;
    QObject::connect(&installer, &ScheduleInstaller::finished, &loop, [&](const ScheduleInstaller::Result &r) {
        result = r;
        loop.quit();
    });
    start(installer);
    loop.exec();
    return result;
}

bool positiveInt(const QCommandLineParser &parser, const QString &option, int max, int *out, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 1 || n > max) {
        *error = Tr::tr("--%1 wants a whole number from 1 to %2.").arg(option).arg(max);
        return false;
    }
    *out = n;
    return true;
}

// add: the schedule from the options; false with a translated *error when they are wrong.
bool scheduleFromOptions(const QCommandLineParser &parser, QSettings *settings, BackupSchedule *s, QString *error)
{
    const ProfileStore profiles(settings);
    const std::optional<ConnectionProfile> profile = profiles.findByName(parser.value(QStringLiteral("profile")));
    const std::optional<ConnectionProfile> byId = profile ? profile : profiles.findById(parser.value(QStringLiteral("profile")));
    if (!parser.isSet(QStringLiteral("profile")) || !byId) {
        QStringList names;
        for (const ConnectionProfile &p : profiles.profiles())
            names << p.name;
        *error = parser.isSet(QStringLiteral("profile"))
            ? Tr::tr("There is no saved profile \"%1\". Saved profiles: %2.")
                  .arg(parser.value(QStringLiteral("profile")), names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", ")))
            : Tr::tr("Say whose backups these are: --profile NAME (a saved profile; valvur profiles list shows them).");
        return false;
    }
    s->profileId = byId->id;
    if (!parser.isSet(QStringLiteral("output-dir"))) {
        *error = Tr::tr("Say where the backups go: --output-dir DIR.");
        return false;
    }
    s->outputDir = QFileInfo(parser.value(QStringLiteral("output-dir"))).absoluteFilePath();
    const QString format = parser.value(QStringLiteral("format"));
    if (!BackupOptions::parseFormat(format, &s->format) || s->format == BackupOptions::Format::Tar) {
        *error = Tr::tr("Unknown format \"%1\": use custom, directory, plain or physical.").arg(format);
        return false;
    }
    const int whens = int(parser.isSet(QStringLiteral("hourly"))) + int(parser.isSet(QStringLiteral("daily")))
        + int(parser.isSet(QStringLiteral("weekly")));
    if (whens != 1) {
        *error = Tr::tr("Say when it runs, once: --hourly, --daily HH:MM or --weekly DAY HH:MM.");
        return false;
    }
    if (parser.isSet(QStringLiteral("hourly"))) {
        s->every = BackupSchedule::Every::Hourly;
        s->time = QTime(0, 0);
    } else if (parser.isSet(QStringLiteral("daily"))) {
        s->every = BackupSchedule::Every::Daily;
        if (!BackupSchedule::parseTime(parser.value(QStringLiteral("daily")), &s->time)) {
            *error = Tr::tr("--daily wants a time as HH:MM (24 hours), e.g. --daily 02:00.");
            return false;
        }
    } else {
        s->every = BackupSchedule::Every::Weekly;
        // "--weekly mon 02:00" (two words) or "--weekly 'mon 02:00'".
        QStringList words = parser.value(QStringLiteral("weekly")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() == 1 && parser.positionalArguments().size() == 2) // add DAY's HH:MM
            words << parser.positionalArguments().at(1);
        if (words.size() != 2 || !BackupSchedule::parseWeekday(words.at(0), &s->weekday) || !BackupSchedule::parseTime(words.at(1), &s->time)) {
            *error = Tr::tr("--weekly wants a day and a time, e.g. --weekly sun 03:30 (mon, tue, wed, thu, fri, sat, sun; HH:MM).");
            return false;
        }
    }
    if (!positiveInt(parser, QStringLiteral("keep"), 10000, &s->keepLast, error)
        || !positiveInt(parser, QStringLiteral("keep-days"), 36500, &s->keepDays, error)
        || !positiveInt(parser, QStringLiteral("drill-every"), 10000, &s->drillEvery, error))
        return false;
    if (parser.isSet(QStringLiteral("rpo")) && !BackupSchedule::parseDuration(parser.value(QStringLiteral("rpo")), &s->rpoSeconds)) {
        *error = Tr::tr("--rpo wants a duration such as 26h, 90m or 2d (s, m, h, d, w).");
        return false;
    }
    if (parser.isSet(QStringLiteral("drill-every")) != parser.isSet(QStringLiteral("drill-profile"))) {
        *error = Tr::tr("A restore drill needs both --drill-every N and --drill-profile P (the server the test restore runs on).");
        return false;
    }
    if (parser.isSet(QStringLiteral("drill-profile"))) {
        const QString name = parser.value(QStringLiteral("drill-profile"));
        const std::optional<ConnectionProfile> drill = profiles.findByName(name) ? profiles.findByName(name) : profiles.findById(name);
        if (!drill) {
            *error = Tr::tr("There is no saved profile \"%1\" for the restore drill.").arg(name);
            return false;
        }
        s->drillProfileId = drill->id;
    }
    if (!QDir().mkpath(s->outputDir) || !QFileInfo(s->outputDir).isWritable()) {
        *error = Tr::tr("The folder %1 cannot be created or written to: choose another --output-dir.").arg(s->outputDir);
        return false;
    }
    return true;
}

QJsonObject scheduleJson(const BackupSchedule &s, QSettings *settings)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("profile"), profileName(settings, s.profileId));
    o.insert(QStringLiteral("profileId"), s.profileId);
    o.insert(QStringLiteral("kind"), s.isPhysical() ? QStringLiteral("physical") : QStringLiteral("logical"));
    o.insert(QStringLiteral("format"), BackupOptions::formatName(s.format));
    o.insert(QStringLiteral("outputDir"), s.outputDir);
    o.insert(QStringLiteral("when"), s.whenSpec());
    o.insert(QStringLiteral("onCalendar"), s.onCalendar());
    o.insert(QStringLiteral("cron"), s.cronFields());
    o.insert(QStringLiteral("keep"), s.keepLast);
    o.insert(QStringLiteral("keepDays"), s.keepDays);
    o.insert(QStringLiteral("rpo"), BackupSchedule::durationSpec(s.rpoTarget()));
    o.insert(QStringLiteral("drillEvery"), s.drillEvery);
    if (!s.drillProfileId.isEmpty())
        o.insert(QStringLiteral("drillProfile"), profileName(settings, s.drillProfileId));
    return o;
}

int add(const QCommandLineParser &parser, QSettings *settings)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    QTextStream err(stderr);
    BackupSchedule s;
    QString error;
    if (!scheduleFromOptions(parser, settings, &s, &error)) {
        err << error << Qt::endl;
        return CommandLine::Usage;
    }
    ScheduleStore store(settings);
    BackupSchedule added;
    store.add(s, &added);
    const QString program = QCoreApplication::applicationFilePath();
    const ScheduleInstaller::Result result = waitFor([&](ScheduleInstaller &i) { i.install(added, program); });
    if (!result.ok) {
        store.remove(added.id); // a schedule that would never run is worse than none
        err << ScheduleText::installFailure(result) << Qt::endl;
        return CommandLine::Failed;
    }
    if (json) {
        QJsonObject o = scheduleJson(added, settings);
        o.insert(QStringLiteral("scheduler"), ScheduleInstaller::methodName(result.method));
        if (result.method == ScheduleInstaller::Method::Cron)
            o.insert(QStringLiteral("crontabLine"), ScheduleUnits::cronLine(added, program));
        else
            o.insert(QStringLiteral("units"), QJsonArray::fromStringList(result.written));
        printJson(QJsonDocument(o));
    } else {
        QTextStream(stdout) << added.id << '\n';
        err << Tr::tr("Backs up %1 %2, run by %3.").arg(profileName(settings, added.profileId), ScheduleText::when(added),
                                                          ScheduleText::installedWith(result.method, added.id))
            << Qt::endl;
    }
    return CommandLine::Success;
}

int list(const QCommandLineParser &parser, QSettings *settings)
{
    const ScheduleStore store(settings);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray a;
        for (const BackupSchedule &s : store.schedules())
            a.append(scheduleJson(s, settings));
        printJson(QJsonDocument(a));
        return CommandLine::Success;
    }
    QTextStream out(stdout);
    if (store.schedules().isEmpty())
        out << Tr::tr("No backup schedules. Add one with valvur schedule add --profile NAME --output-dir DIR --daily 02:00.") << '\n';
    for (const BackupSchedule &s : store.schedules()) {
        out << s.id << "  " << profileName(settings, s.profileId) << "  " << BackupOptions::formatName(s.format) << "  "
            << ScheduleText::when(s) << "  " << s.outputDir << '\n';
        QStringList details;
        if (s.keepLast > 0)
            details << Tr::tr("keeps the last %n", nullptr, s.keepLast);
        if (s.keepDays > 0)
            details << Tr::tr("keeps %n day(s)", nullptr, s.keepDays);
        details << Tr::tr("RPO %1").arg(ScheduleText::age(s.rpoTarget()));
        if (s.drillEvery > 0)
            details << Tr::tr("restore drill after every %n backup(s) on %1", nullptr, s.drillEvery).arg(profileName(settings, s.drillProfileId));
        out << "    " << details.join(QStringLiteral(", ")) << '\n';
    }
    return CommandLine::Success;
}

int remove(const QString &id, QSettings *settings)
{
    QTextStream err(stderr);
    ScheduleStore store(settings);
    if (!store.findById(id)) {
        err << Tr::tr("There is no schedule %1 (valvur schedule list shows them).").arg(id) << Qt::endl;
        return CommandLine::Usage;
    }
    const ScheduleInstaller::Result result = waitFor([&](ScheduleInstaller &i) { i.remove(id); });
    if (!result.ok) {
        err << ScheduleText::installFailure(result) << Qt::endl;
        return CommandLine::Failed;
    }
    store.remove(id);
    err << Tr::tr("Schedule %1 removed; its backups and history stay where they are.").arg(id) << Qt::endl;
    return CommandLine::Success;
}

QJsonObject statusJson(const BackupSchedule &s, const ScheduleStatus &st)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), s.id);
    o.insert(QStringLiteral("failing"), st.failing());
    o.insert(QStringLiteral("lastRun"), ScheduleStatus::lastRunName(st.lastRun));
    o.insert(QStringLiteral("lastRunAt"), st.lastRunAt.isValid() ? QJsonValue(st.lastRunAt.toUTC().toString(Qt::ISODate)) : QJsonValue());
    if (!st.lastProblem.isEmpty())
        o.insert(QStringLiteral("problem"), st.lastProblem);
    if (!st.lastError.isEmpty())
        o.insert(QStringLiteral("error"), st.lastError);
    o.insert(QStringLiteral("newestGood"), st.newestGoodPath.isEmpty() ? QJsonValue() : QJsonValue(st.newestGoodPath));
    o.insert(QStringLiteral("newestGoodAgeS"), st.newestGoodAgeS < 0 ? QJsonValue() : QJsonValue(double(st.newestGoodAgeS)));
    o.insert(QStringLiteral("rpoS"), double(st.rpoS));
    o.insert(QStringLiteral("overdue"), st.overdue);
    o.insert(QStringLiteral("drillOk"), st.drillDone ? QJsonValue(st.drillOk) : QJsonValue());
    o.insert(QStringLiteral("drillRtoMs"), st.drillRtoMs < 0 ? QJsonValue() : QJsonValue(double(st.drillRtoMs)));
    o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(ScheduleText::problems(st)));
    return o;
}

int status(const QCommandLineParser &parser, QSettings *settings)
{
    const ScheduleStore store(settings);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool anyFailing = false;
    QJsonArray a;
    QTextStream out(stdout);
    const QLocale locale;
    for (const BackupSchedule &s : store.schedules()) {
        ScheduleHistory history(ScheduleHistory::defaultFile(s.id));
        history.load();
        const ScheduleStatus st = ScheduleStatus::of(s, history, now);
        anyFailing = anyFailing || st.failing();
        a.append(statusJson(s, st));
        if (parser.isSet(QStringLiteral("json")))
            continue;
        out << s.id << "  " << profileName(settings, s.profileId) << "  " << (st.failing() ? Tr::tr("FAILING") : Tr::tr("OK")) << '\n';
        out << "    " << Tr::tr("Last run: %1").arg(ScheduleText::lastRun(st.lastRun));
        if (st.lastRunAt.isValid())
            out << " (" << locale.toString(st.lastRunAt.toLocalTime(), QLocale::ShortFormat) << ')';
        out << '\n' << "    "
            << (st.newestGoodAgeS < 0 ? Tr::tr("Newest good backup: none (RPO %1)").arg(ScheduleText::age(st.rpoS))
                                      : Tr::tr("Newest good backup: %1 old (RPO %2)").arg(ScheduleText::age(st.newestGoodAgeS), ScheduleText::age(st.rpoS)))
            << '\n';
        if (st.drillDone)
            out << "    " << Tr::tr("Last restore drill: %1, RTO %2").arg(st.drillOk ? Tr::tr("passed") : Tr::tr("failed"), ScheduleText::rto(st.drillRtoMs))
                << '\n';
        for (const QString &p : ScheduleText::problems(st))
            out << "    " << p << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(QJsonDocument(a));
    else if (store.schedules().isEmpty())
        out << Tr::tr("No backup schedules.") << '\n';
    return anyFailing ? CommandLine::Failed : CommandLine::Success;
}

} // namespace

int runScheduleCommand(const QStringList &arguments, QSettings *settings)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Scheduled backups run by systemd or cron, with retention, an RPO target and restore drills."));
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("add, list, remove ID, run-now ID or status."));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), Tr::tr("Interface language: et or en."), Tr::tr("LANG")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print the result as JSON on standard output.")));
    parser.addOption(QCommandLineOption(QStringLiteral("profile"), Tr::tr("add: the saved profile to back up."), Tr::tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("output-dir"), Tr::tr("add: the folder the backups go to."), Tr::tr("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), Tr::tr("add: custom, directory, plain or physical (default custom)."),
                                        Tr::tr("FORMAT"), QStringLiteral("custom")));
    parser.addOption(QCommandLineOption(QStringLiteral("hourly"), Tr::tr("add: run every hour.")));
    parser.addOption(QCommandLineOption(QStringLiteral("daily"), Tr::tr("add: run every day at this time."), Tr::tr("HH:MM")));
    parser.addOption(QCommandLineOption(QStringLiteral("weekly"), Tr::tr("add: run every week on this day at a time: --weekly sun 03:30."),
                                        Tr::tr("DAY")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep"), Tr::tr("add: keep the last N backups."), Tr::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep-days"), Tr::tr("add: keep backups for N days."), Tr::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("rpo"), Tr::tr("add: the RPO target, e.g. 26h (default: one period plus 2 hours)."),
                                        Tr::tr("DURATION")));
    parser.addOption(QCommandLineOption(QStringLiteral("drill-every"), Tr::tr("add: a restore drill after every Nth backup."), Tr::tr("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("drill-profile"), Tr::tr("add: the saved profile whose server the drills restore on."),
                                        Tr::tr("NAME")));
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("valvur schedule")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return CommandLine::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << CommandLine::helpText(parser, QStringLiteral("schedule"));
        return CommandLine::Success;
    }
    QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QStringList actions{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"), QStringLiteral("run-now"),
                              QStringLiteral("status")};
    if (!actions.contains(action)) {
        err << Tr::tr("Say what to do: valvur schedule add, list, remove ID, run-now ID or status.") << Qt::endl;
        return CommandLine::Usage;
    }
    if (action == QLatin1String("add")) {
        // The only other word add takes is the time of --weekly DAY HH:MM.
        if (pos.size() > 2 || (pos.size() == 2 && !parser.isSet(QStringLiteral("weekly")))) {
            err << Tr::tr("add takes no other words: %1").arg(pos.mid(1).join(QLatin1Char(' '))) << Qt::endl;
            return CommandLine::Usage;
        }
        return add(parser, settings);
    }
    if (action == QLatin1String("list") || action == QLatin1String("status")) {
        if (pos.size() != 1) {
            err << Tr::tr("%1 takes no other words.").arg(action) << Qt::endl;
            return CommandLine::Usage;
        }
        return action == QLatin1String("list") ? list(parser, settings) : status(parser, settings);
    }
    if (pos.size() != 2) {
        err << Tr::tr("Say which schedule: valvur schedule %1 ID (valvur schedule list shows them).").arg(action) << Qt::endl;
        return CommandLine::Usage;
    }
    const QString id = pos.at(1);
    if (action == QLatin1String("remove"))
        return remove(id, settings);
    const std::optional<BackupSchedule> schedule = ScheduleStore(settings).findById(id);
    if (!schedule) {
        err << Tr::tr("There is no schedule %1 (valvur schedule list shows them).").arg(id) << Qt::endl;
        return CommandLine::Usage;
    }
    return runScheduledBackup(*schedule, settings, parser.isSet(QStringLiteral("json")));
}

} // namespace Valvur
