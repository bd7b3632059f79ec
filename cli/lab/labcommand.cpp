#include "lab/labcommand.h"

#include "commandline.h"
#include "containers/containertarget.h"
#include "lab/labcheck.h"
#include "lab/labreset.h"
#include "lab/labresults.h"
#include "lab/labrun.h"
#include "lab/labscenario.h"
#include "profiles/profilestore.h"
#include "profiles/resolveserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace Valvur {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::LabCommand)
};

constexpr int CheckEveryMs = 3000; // the holder's own check while it waits for the fix

// Where the lab runs: a connection string, --profile or --container, and its password.
struct Target
{
    ConnectionOptions options;
    QString password;
    bool production = false;
    QString container; // the server runs in this local container (--container, or the profile's)
};

bool resolveTarget(const QCommandLineParser &parser, const QString &positional, QSettings *settings, Target *target, QString *error)
{
    const QString container = parser.value(QStringLiteral("container")).trimmed();
    const QString profileName = parser.value(QStringLiteral("profile"));
    if (!container.isEmpty() && positional.isEmpty() && profileName.isEmpty()) {
        bool found = false;
        target->options = containerOptions(container, &target->password, &found);
        if (!found) {
            *error = Tr::tr("No container named %1 was found (is it running? docker ps -a lists them).").arg(container);
            return false;
        }
        target->container = container;
        return true;
    }
    QString profileId;
    if (!resolveServer(positional, profileName, settings, &target->options, &profileId, error))
        return false;
    if (const QString refusal = passwordOnCommandLineError(target->options); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    if (profileId.isEmpty())
        return true;
    const std::optional<ConnectionProfile> profile = ProfileStore(settings).findById(profileId);
    if (!profile)
        return true;
    target->production = profile->environment == ConnectionProfile::Environment::Production;
    target->container = profile->container;
    if (profile->passwordInKeychain && !CommandLine::keychainPassword(*profile, &target->password, error))
        return false;
    return true;
}

QString duration(double seconds)
{
    const int s = qMax(0, qRound(seconds));
    if (s < 60)
        return Tr::tr("%1 s").arg(s);
    return Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

void printVerdict(QTextStream &out, const Lab::Scenario &scenario, const Lab::Verdict &v)
{
    out << v.message << Qt::endl;
    for (const QString &trap : v.traps)
        out << Tr::tr("Trap: %1").arg(trap) << Qt::endl;
    if (v.solved()) {
        if (v.elapsedS >= 0)
            out << Tr::tr("Time from start to solved: %1.").arg(duration(v.elapsedS)) << Qt::endl;
        if (!scenario.advice.isEmpty())
            out << Qt::endl << scenario.advice.text() << Qt::endl;
    }
}

QJsonObject verdictJson(const Lab::Scenario &scenario, const Lab::Verdict &v)
{
    QJsonArray traps;
    for (int i = 0; i < v.trapIds.size(); ++i)
        traps << QJsonObject{{QStringLiteral("id"), v.trapIds.at(i)}, {QStringLiteral("message"), v.traps.value(i)}};
    QJsonObject o{{QStringLiteral("scenario"), scenario.id},
                  {QStringLiteral("state"), Lab::Verdict::stateId(v.state)},
                  {QStringLiteral("solved"), v.solved()},
                  {QStringLiteral("message"), v.message},
                  {QStringLiteral("traps"), traps}};
    if (v.elapsedS >= 0)
        o.insert(QStringLiteral("elapsedSeconds"), qRound(v.elapsedS));
    if (!v.runningScenario.isEmpty())
        o.insert(QStringLiteral("running"), v.runningScenario);
    return o;
}

Lab::Verdict checkOnce(const Lab::Scenario &scenario, const Target &target)
{
    Lab::Check check(scenario);
    Lab::Verdict verdict;
    QEventLoop loop;
    QObject::connect(&check, &Lab::Check::finished, &loop, [&](const Lab::Verdict &v) {
        verdict = v;
        loop.quit();
    });
    check.start(target.options, target.password);
    loop.exec();
    return verdict;
}

int list(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    QStringList problems;
    const QList<Lab::Scenario> all = Lab::scenarios(&problems);
    for (const QString &p : std::as_const(problems))
        err << Tr::tr("A scenario file was left out: %1").arg(p) << Qt::endl;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const Lab::Scenario &s : all)
            items << QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("section"), s.section},
                                 {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), s.title.en}, {QStringLiteral("et"), s.title.et}}},
                                 {QStringLiteral("goal"), QJsonObject{{QStringLiteral("en"), s.goal.en}, {QStringLiteral("et"), s.goal.et}}},
                                 {QStringLiteral("hints"), int(s.hints.size())},
                                 {QStringLiteral("file"), s.file}};
        out << QJsonDocument(items).toJson(QJsonDocument::Indented);
        return CommandLine::Success;
    }
    for (const Lab::Scenario &s : all)
        out << s.id.leftJustified(22) << QLatin1Char(' ') << s.section.leftJustified(5) << QLatin1Char(' ') << s.title.text() << Qt::endl;
    return CommandLine::Success;
}

int hint(const Lab::Scenario &scenario, const QString &number, QTextStream &out, QTextStream &err)
{
    bool ok = true;
    const int n = number.isEmpty() ? 1 : number.toInt(&ok);
    if (!ok || n < 1 || n > scenario.hints.size()) {
        err << Tr::tr("The scenario %1 has hints 1 to %2.").arg(scenario.id).arg(scenario.hints.size()) << Qt::endl;
        return CommandLine::Usage;
    }
    const Lab::Hint &h = scenario.hints.at(n - 1);
    out << Tr::tr("Hint %1 of %2: %3").arg(n).arg(scenario.hints.size()).arg(h.text.text()) << Qt::endl;
    if (!h.page.isEmpty())
        out << Tr::tr("In Valvur: the page %1 (valvur --page %1).").arg(h.page) << Qt::endl;
    if (!h.command.isEmpty())
        out << Tr::tr("The same from a terminal: %1").arg(h.command) << Qt::endl;
    return CommandLine::Success;
}

int reset(const Target &target, QTextStream &out, QTextStream &err)
{
    Lab::Reset r;
    QString error;
    QEventLoop loop;
    QObject::connect(&r, &Lab::Reset::finished, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    r.start(target.options, target.password);
    loop.exec();
    if (!error.isEmpty()) {
        err << error << Qt::endl;
        return CommandLine::Failed;
    }
    if (r.removed().isEmpty())
        out << Tr::tr("Nothing of a lab was on %1.").arg(target.options.displayName()) << Qt::endl;
    else
        out << Tr::tr("Removed: %1.").arg(r.removed().join(QStringLiteral(", "))) << Qt::endl;
    return CommandLine::Success;
}

// Holds the scenario until it is solved, reset elsewhere, or interrupted; cleans up each time.
int start(const Lab::Scenario &scenario, const Target &target, QSettings *settings, QTextStream &out, QTextStream &err)
{
    Lab::Run run(scenario);
    run.setProduction(target.production);
    run.setContainer(target.container);
    QEventLoop loop;
    int status = CommandLine::Failed;
    QTimer checkTimer;
    checkTimer.setInterval(CheckEveryMs);
    QString lastMessage;
    bool checking = false;
    QObject::connect(&run, &Lab::Run::progress, &loop, [&](const QString &text) { out << text << Qt::endl; });
    QObject::connect(&run, &Lab::Run::failed, &loop, [&](const QString &error) { err << error << Qt::endl; });
    QObject::connect(&run, &Lab::Run::stopped, &loop, [&](const QString &resetError) {
        if (!resetError.isEmpty())
            err << resetError << Qt::endl;
        else
            out << Tr::tr("The lab was reset: its sessions, roles and database are gone.") << Qt::endl;
        loop.quit();
    });
    QObject::connect(&run, &Lab::Run::ready, &loop, [&] {
        out << Qt::endl << scenario.title.text() << QStringLiteral(" (") << scenario.section << QStringLiteral(")") << Qt::endl
            << scenario.goal.text() << Qt::endl << Qt::endl
            << Tr::tr("Hints: valvur lab hint %1 1 (up to %2). Check from another terminal: valvur lab check %1 with the same server. "
                      "Ctrl+C ends the scenario and resets the lab.")
                   .arg(scenario.id)
                   .arg(scenario.hints.size())
            << Qt::endl;
        checkTimer.start();
    });
    // The holder checks by itself too: it ends once the problem is fixed.
    auto *check = new Lab::Check(scenario, &run);
    QObject::connect(&checkTimer, &QTimer::timeout, &loop, [&] {
        if (!checking && run.state() == Lab::Run::State::Running) {
            checking = true;
            check->start(target.options, target.password);
        }
    });
    QObject::connect(check, &Lab::Check::finished, &loop, [&](const Lab::Verdict &v) {
        checking = false;
        if (run.state() != Lab::Run::State::Running)
            return;
        if (v.solved()) {
            checkTimer.stop();
            out << Qt::endl;
            printVerdict(out, scenario, v);
            Lab::recordSolved(settings, target.options, scenario.id, {QDateTime::currentDateTime(), v.elapsedS, v.trapIds});
            status = CommandLine::Success;
            run.stop(true);
        } else if (v.state == Lab::Verdict::State::NotStarted) {
            checkTimer.stop();
            err << Tr::tr("The lab was reset elsewhere; this scenario ends.") << Qt::endl;
            run.stop(false);
        } else if (v.message != lastMessage) {
            lastMessage = v.message;
            out << v.message << Qt::endl;
            for (const QString &trap : v.traps)
                out << Tr::tr("Trap: %1").arg(trap) << Qt::endl;
        }
    });
    CommandLine::cancelOnSignals(&run, [&] {
        out << Qt::endl << Tr::tr("Interrupted: resetting the lab…") << Qt::endl;
        checkTimer.stop();
        run.stop(true);
    });
    run.start(target.options, target.password);
    loop.exec();
    return status;
}

} // namespace

int runLabCommand(const QStringList &arguments, QSettings *settings)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Lab mode: stage a real problem on a development server, find and fix it, and let Valvur check the fix.\n"
               "  valvur lab list [--json]\n"
               "  valvur lab start ID SERVER|--profile NAME|--container NAME\n"
               "  valvur lab check ID SERVER|--profile NAME|--container NAME [--json]\n"
               "  valvur lab hint ID [N]\n"
               "  valvur lab reset [ID] SERVER|--profile NAME|--container NAME"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("list, start, check, hint or reset."));
    parser.addOption(QCommandLineOption(QStringLiteral("profile"), Tr::tr("A saved connection profile (see valvur profiles list)."),
                                        Tr::tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("container"), Tr::tr("A local PostgreSQL container, by its name."), Tr::tr("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Tr::tr("Print the result as JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), Tr::tr("Interface language: et or en."), Tr::tr("LANG")));
    if (!parser.parse(QStringList{QStringLiteral("valvur lab")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return CommandLine::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandLine::helpText(parser, QStringLiteral("lab"));
        return CommandLine::Success;
    }
    QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    static const QStringList actions{QStringLiteral("list"), QStringLiteral("start"), QStringLiteral("check"), QStringLiteral("hint"),
                                     QStringLiteral("reset")};
    if (!actions.contains(action)) {
        err << (action.isEmpty() ? Tr::tr("Say what to do: valvur lab list, start, check, hint or reset (valvur lab --help).")
                                 : CommandLine::unknownCommand(action, actions))
            << Qt::endl;
        return CommandLine::Usage;
    }
    words.removeFirst();
    if (action == QLatin1String("list"))
        return list(parser, out, err);

    // The scenario: required, except for reset (which removes whatever a lab left).
    Lab::Scenario scenario;
    const bool idGiven = !words.isEmpty() && Lab::findScenario(words.first(), &scenario);
    if (idGiven)
        words.removeFirst();
    if (!idGiven && action != QLatin1String("reset")) {
        err << (words.isEmpty() ? Tr::tr("Name the scenario: valvur lab %1 ID … (valvur lab list shows them).").arg(action)
                                : Tr::tr("There is no scenario \"%1\". These are: %2.").arg(words.first(), Lab::scenarioIds().join(QStringLiteral(", "))))
            << Qt::endl;
        return CommandLine::Usage;
    }
    if (action == QLatin1String("hint"))
        return hint(scenario, words.value(0), out, err);
    if (words.size() > 1) {
        err << Tr::tr("Give one server: a connection string, --profile NAME or --container NAME.") << Qt::endl;
        return CommandLine::Usage;
    }
    Target target;
    QString error;
    if (!resolveTarget(parser, words.value(0), settings, &target, &error)) {
        err << error << Qt::endl;
        return CommandLine::Usage;
    }
    if (action == QLatin1String("reset"))
        return reset(target, out, err);
    if (action == QLatin1String("start"))
        return start(scenario, target, settings, out, err);
    Lab::Verdict v = checkOnce(scenario, target);
    if (v.solved()) {
        Lab::recordSolved(settings, target.options, scenario.id, {QDateTime::currentDateTime(), v.elapsedS, v.trapIds});
    } else if (v.state == Lab::Verdict::State::NotStarted) {
        // Solved before, and the holder reset the lab when it saw the fix.
        if (const std::optional<Lab::Result> earlier = Lab::lastSolved(settings, target.options, scenario.id)) {
            v.state = Lab::Verdict::State::Solved;
            v.elapsedS = earlier->elapsedS;
            v.trapIds = earlier->trapIds;
            v.message = Tr::tr("Solved at %1; the lab has been reset since.").arg(QLocale().toString(earlier->solvedAt, QLocale::ShortFormat));
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(verdictJson(scenario, v)).toJson(QJsonDocument::Indented);
    else
        printVerdict(v.solved() || v.state == Lab::Verdict::State::Unsolved ? out : err, scenario, v);
    return v.solved() ? CommandLine::Success : CommandLine::Failed;
}

} // namespace Valvur
