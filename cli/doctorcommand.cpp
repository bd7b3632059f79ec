#include "doctorcommand.h"

#include "commandline.h"
#include "doctor/connectiondoctor.h"
#include "containers/containercausetext.h"
#include "containers/containercheck.h"
#include "containers/containertarget.h"
#include "doctor/doctortext.h"
#include "profiles/profilestore.h"
#include "profiles/resolveserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Valvur {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::DoctorCommand)
};

// A network step that has not answered in an hour will not answer: the bound keeps the
// milliseconds (an int) from overflowing.
constexpr double MaxStepTimeoutSeconds = 3600;

QString mark(DoctorStep::State state)
{
    switch (state) {
    case DoctorStep::State::Passed:
        return QStringLiteral("[ok]");
    case DoctorStep::State::Failed:
        return QStringLiteral("[!!]");
    case DoctorStep::State::Skipped:
        return QStringLiteral("[--]");
    case DoctorStep::State::Running:
        break;
    }
    return QStringLiteral("[..]");
}

// Reads a line from the terminal with echo off. Only called when stdin is a terminal.
QString askPassword(const QString &prompt)
{
    // Echo off before the prompt shows: what is typed after the prompt is neither echoed nor flushed.
    termios old {};
    const bool haveTerm = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (haveTerm)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    err << Qt::endl;
    return line;
}

QJsonArray causesJson(const ConnectionDoctor &doctor)
{
    QJsonArray causes;
    for (const ContainerCause &cause : doctor.containerCauses()) {
        QJsonObject o{{QStringLiteral("id"), cause.id},
                      {QStringLiteral("container"), cause.container},
                      {QStringLiteral("message"), DoctorText::causeHeadline(cause, false)},
                      {QStringLiteral("facts"), QJsonArray::fromStringList(DoctorText::causeFacts(cause, false))},
                      {QStringLiteral("advice"), QJsonArray::fromStringList(DoctorText::causeAdvice(cause, false))}};
        if (!cause.state.isEmpty())
            o.insert(QStringLiteral("state"), cause.state);
        if (cause.id == QLatin1String("container-stopped"))
            o.insert(QStringLiteral("exitCode"), cause.exitCode);
        if (cause.hostPort > 0)
            o.insert(QStringLiteral("publishedPort"), cause.hostPort);
        if (!cause.logTail.isEmpty())
            o.insert(QStringLiteral("log"), QJsonArray::fromStringList(cause.logTail));
        if (!cause.engineError.isNull())
            o.insert(QStringLiteral("engineError"), cause.engineError.id());
        causes.append(o);
    }
    return causes;
}

QString runOnce(ConnectionDoctor &doctor, const ConnectionOptions &options, const QString &password, bool json)
{
    QTextStream out(stdout);
    QEventLoop loop;
    QObject guard;
    if (!json) {
        // On a terminal the step that is running shows until it ends (a silent server takes seconds).
        const bool tty = ::isatty(STDOUT_FILENO);
        if (tty) {
            QObject::connect(&doctor, &ConnectionDoctor::stepStarted, &guard, [&doctor, &out](int index) {
                const DoctorStep &s = doctor.steps().at(index);
                out << QStringLiteral("\r\033[K") << mark(s.state) << QLatin1Char(' ') << s.title() << QStringLiteral(" — ") << s.target
                    << QStringLiteral(" …") << Qt::flush;
            });
        }
        QObject::connect(&doctor, &ConnectionDoctor::stepFinished, &guard, [&doctor, &out, tty](int index) {
            const DoctorStep &s = doctor.steps().at(index);
            if (tty)
                out << QStringLiteral("\r\033[K");
            out << mark(s.state) << QLatin1Char(' ') << s.title() << QStringLiteral(" — ") << s.target;
            const QString detail = s.detail();
            if (!detail.isEmpty())
                out << QStringLiteral(": ") << detail;
            out << QStringLiteral(" (%1 ms)").arg(s.elapsedMs) << Qt::endl;
        });
    }
    QObject::connect(&doctor, &ConnectionDoctor::finished, &loop, &QEventLoop::quit);
    doctor.start(options, password);
    loop.exec();
    return doctor.problem();
}

} // namespace

int runDoctorCommand(const QStringList &arguments, QSettings *settings)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Find out why a connection to PostgreSQL fails, step by step, and what to check."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("server"), Tr::tr("A connection string (host=… port=… user=…) or a postgresql:// URI."),
                                 Tr::tr("CONNINFO|URI"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), Tr::tr("Diagnose a saved connection profile (see valvur profiles list)."),
                                           Tr::tr("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print the result as JSON (not translated)."));
    const QCommandLineOption langOption(QStringLiteral("lang"), Tr::tr("Interface language: et or en (default: the system's)."), Tr::tr("LANG"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Tr::tr("Seconds to wait for each network step (default: connect_timeout, else %1).")
                                               .arg(ConnectionDoctor::DefaultStepTimeoutMs / 1000),
                                           Tr::tr("SECONDS"));
    const QCommandLineOption noPasswordOption(QStringLiteral("no-password"), Tr::tr("Never ask for a password."));
    const QCommandLineOption containerOption(QStringLiteral("container"),
                                             Tr::tr("The local container the server runs in: the container engine is asked about it too. "
                                                    "Alone, the server is the container's published port."),
                                             Tr::tr("NAME"));
    parser.addOptions({profileOption, jsonOption, langOption, timeoutOption, noPasswordOption, containerOption});
    if (!parser.parse(QStringList{QStringLiteral("valvur doctor")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return CommandLine::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << CommandLine::helpText(parser, QStringLiteral("doctor"));
        return CommandLine::Success;
    }
    if (parser.positionalArguments().size() > 1) {
        err << Tr::tr("Give one server: valvur doctor CONNINFO|URI (put a connection string with spaces in quotes).") << Qt::endl;
        return CommandLine::Usage;
    }
    ConnectionOptions options;
    QString profileId;
    QString error;
    QString container = parser.value(containerOption).trimmed();
    QString containerPassword;
    if (parser.isSet(containerOption) && container.isEmpty()) {
        err << Tr::tr("Name the container: valvur doctor --container NAME (docker ps -a lists them).") << Qt::endl;
        return CommandLine::Usage;
    }
    const bool containerAlone = !container.isEmpty() && parser.positionalArguments().isEmpty() && !parser.isSet(profileOption);
    if (containerAlone)
        options = containerOptions(container, &containerPassword);
    else if (!resolveServer(parser.positionalArguments().value(0), parser.value(profileOption), settings, &options, &profileId, &error)) {
        err << error << Qt::endl;
        return CommandLine::Usage;
    }
    if (const QString refusal = passwordOnCommandLineError(options); !refusal.isEmpty()) {
        err << refusal << Qt::endl;
        return CommandLine::Usage;
    }
    const bool json = parser.isSet(jsonOption);
    ConnectionDoctor doctor;
    if (container.isEmpty() && !profileId.isEmpty()) {
        if (const std::optional<ConnectionProfile> profile = ProfileStore(settings).findById(profileId)) {
            container = profile->container;
            if (profile->ssh.isEnabled()) {
                // The SSH leg first; the database steps then go through the tunnel. The engine
                // on this machine knows nothing about a server behind an SSH host.
                doctor.setSsh(profile->ssh);
                doctor.setSshAskpass(profile->id, QCoreApplication::applicationFilePath());
                doctor.setContainerCheckEnabled(false);
            }
        }
    }
    doctor.setContainer(container);
    if (parser.isSet(timeoutOption)) {
        int ms = 0;
        if (!CommandLine::secondsValue(QStringLiteral("timeout"), parser.value(timeoutOption), 0.1, MaxStepTimeoutSeconds, &ms, &error)) {
            err << error << Qt::endl;
            return CommandLine::Usage;
        }
        doctor.setStepTimeout(ms);
    }
    if (!json)
        out << Tr::tr("Diagnosing %1 …").arg(options.displayName()) << Qt::endl;
    // On a terminal, unless --no-password or --json, the doctor asks for a password it could not get.
    const bool mayAsk = !json && !parser.isSet(noPasswordOption) && ::isatty(STDIN_FILENO);
    const QString passwordPrompt = Tr::tr("Password for user %1: ").arg(options.effectiveUser());
    QString password = containerPassword;
    bool asked = false;
    if (!profileId.isEmpty()) {
        // The keychain's own answer: a keychain that is locked or missing is not a wrong password.
        const std::optional<ConnectionProfile> profile = ProfileStore(settings).findById(profileId);
        QString keychainProblem, english;
        if (profile && profile->passwordInKeychain
            && !CommandLine::keychainPassword(*profile, &password, &error, &keychainProblem, &english)) {
            if (json)
                out << QJsonDocument(QJsonObject{{QStringLiteral("problem"), keychainProblem},
                                                 {QStringLiteral("server"), options.displayName()},
                                                 {QStringLiteral("message"), english},
                                                 {QStringLiteral("steps"), QJsonArray()}})
                           .toJson(QJsonDocument::Indented);
            else
                err << error << QStringLiteral(" [") << keychainProblem << QLatin1Char(']') << Qt::endl;
            if (!mayAsk)
                return CommandLine::Failed;
            // The keychain's state is said; the diagnosis goes on with the password the user types.
            password = askPassword(passwordPrompt);
            asked = true;
        }
    }
    QString problem = runOnce(doctor, options, password, json);
    if (problem == QLatin1String("auth-failed") && password.isEmpty() && doctor.error().message().contains(QLatin1String("no password supplied"))
        && mayAsk && !asked) {
        password = askPassword(passwordPrompt);
        if (!password.isEmpty())
            problem = runOnce(doctor, options, password, json);
    }

    const bool badPort = problem == QLatin1String("bad-port");
    if (json) {
        QJsonArray steps;
        for (const DoctorStep &s : doctor.steps()) {
            steps.append(QJsonObject{{QStringLiteral("step"), s.id},
                                     {QStringLiteral("title"), s.title(false)},
                                     {QStringLiteral("target"), s.target},
                                     {QStringLiteral("state"), DoctorStep::stateName(s.state)},
                                     {QStringLiteral("ms"), s.elapsedMs},
                                     {QStringLiteral("outcome"), s.outcome},
                                     {QStringLiteral("detail"), s.detail(false)}});
        }
        QJsonObject result{{QStringLiteral("problem"), problem},
                                 {QStringLiteral("server"), options.displayName()},
                                 {QStringLiteral("steps"), steps},
                                 {QStringLiteral("message"), DoctorText::headline(problem, false)},
                                 {QStringLiteral("facts"), QJsonArray::fromStringList(DoctorText::facts(doctor, false))},
                                 {QStringLiteral("advice"), QJsonArray::fromStringList(DoctorText::advice(doctor, false))},
                                 {QStringLiteral("causes"), causesJson(doctor)},
                                 {QStringLiteral("ms"), doctor.elapsedMs()}};
        if (!container.isEmpty())
            result.insert(QStringLiteral("container"), container);
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        // A port that is not a port (from PGPORT or a service file) is a usage error: its verdict goes to stderr.
        QTextStream &verdict = badPort ? err : out;
        verdict << Qt::endl << DoctorText::headline(problem) << QStringLiteral(" [") << problem << QLatin1Char(']') << Qt::endl;
        for (const QString &f : DoctorText::facts(doctor))
            verdict << QStringLiteral("  ") << f << Qt::endl;
        const QStringList advice = DoctorText::advice(doctor);
        if (!advice.isEmpty()) {
            verdict << Qt::endl << Tr::tr("What to check:") << Qt::endl;
            for (int i = 0; i < advice.size(); ++i)
                verdict << QStringLiteral("%1. %2").arg(i + 1).arg(advice.at(i)) << Qt::endl;
        }
        verdict << Tr::tr("Time to verdict: %1 ms").arg(doctor.elapsedMs()) << Qt::endl;
    }
    if (badPort)
        return CommandLine::Usage;
    return problem == QLatin1String("ok") && doctor.containerCauses().isEmpty() ? CommandLine::Success : CommandLine::Failed;
}

} // namespace Valvur
