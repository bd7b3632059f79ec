// Valvur's command line: the GUI (default) and the subcommands that need no display.
#include "backupcommands.h"
#include "commandline.h"
#include "pg/connectionoptions.h"
#include "containers/containerscommand.h"
#include "lab/labcommand.h"
#include "schedule/schedulecommand.h"
#include "doctorcommand.h"
#include "profilescommand.h"
#include "sshaskpass.h"
#include "profiles/resolveserver.h"
#include "backup/staletemporaries.h"
#include "monitoring/startuptrace.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "lab/labpage.h"
#include "lab/labscenario.h"
#include "pages/page.h"
#include "zoom/zoom.h"
#include "zoom/zoomlevel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::CommandLine)
};

// --lang before the parser runs, so --help itself is in the chosen language.
QString languageFromArguments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
        if (a == QLatin1String("--lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return {};
}

// --lang given at all (also as "--lang=" or as the last argument, which has no value).
bool hasLanguageOption(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--lang" || a.startsWith("--lang="))
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("valvur"));
    QCoreApplication::setApplicationName(QStringLiteral("valvur"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VALVUR_VERSION));
}

QSettings *openSettings(QObject *parent)
{
    // INI under $XDG_CONFIG_HOME/valvur/valvur.ini; never a password.
    return new QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"), parent);
}

void installLanguage(Valvur::LanguageManager &language, QSettings *settings, int argc, char **argv)
{
    language.setLanguage(Valvur::LanguageManager::initialLanguage(languageFromArguments(argc, argv),
                                                                  settings->value(QStringLiteral("language")).toString()));
}

// Subcommands that run without a display: valvur <command> [arguments]. Each returns the exit status.
using Command = int (*)(const QStringList &arguments, QSettings *settings);
const QHash<QString, Command> &commands()
{
    static const QHash<QString, Command> table = {
        {QStringLiteral("backup"), &Valvur::runBackupCommand},
        {QStringLiteral("restore"), &Valvur::runRestoreCommand},
        {QStringLiteral("verify"), &Valvur::runVerifyCommand},
        {QStringLiteral("doctor"), &Valvur::runDoctorCommand},
        {QStringLiteral("profiles"), &Valvur::runProfilesCommand},
        {QStringLiteral("containers"), [](const QStringList &arguments, QSettings *) { return Valvur::runContainersCommand(arguments); }},
        {QStringLiteral("lab"), &Valvur::runLabCommand},
        {QStringLiteral("schedule"), &Valvur::runScheduleCommand},
    };
    return table;
}

// A first argument that is neither an option, a command, a connection string (keyword=value) nor
// a URI is a command the user meant: say so, instead of taking it for a server.
bool looksLikeCommand(const QString &first)
{
    return !first.isEmpty() && !first.startsWith(QLatin1Char('-')) && !first.contains(QLatin1Char('='))
        && !first.contains(QLatin1String("://")) && !commands().contains(first);
}

// The GUI's options, built after the translator is installed so --help speaks the user's language.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption lang{QStringLiteral("lang"), Tr::tr("Interface language: et or en (default: the system's)."), Tr::tr("LANG")};
    QCommandLineOption page{QStringLiteral("page"), Tr::tr("The page to open, e.g. overview."), Tr::tr("NAME")};
    QCommandLineOption profile{QStringLiteral("profile"), Tr::tr("Connect to a saved connection profile (see valvur profiles list)."),
                               Tr::tr("NAME")};
    QCommandLineOption labScenario{QStringLiteral("lab-scenario"),
                                   Tr::tr("Start this lab scenario on the server and show its first hint on the Lab page "
                                          "(for screenshots and classroom demos)."),
                                   Tr::tr("ID")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  Tr::tr("Render the window to a PNG file once the page has its data, then exit."), Tr::tr("FILE")};
    QCommandLineOption zoom{QStringLiteral("zoom"),
                            Tr::tr("Zoom the interface to this percentage (%1 to %2) for this run, e.g. 150 for a projector.")
                                .arg(Valvur::ZoomLevel::minimum())
                                .arg(Valvur::ZoomLevel::maximum()),
                            Tr::tr("PERCENT")};

    CommandLine()
    {
        QStringList names = commands().keys();
        names.sort();
        parser.setApplicationDescription(Tr::tr("Valvur — a desktop operations console for PostgreSQL.\n\n"
                                                "Commands without a window: %1")
                                             .arg(names.isEmpty() ? Tr::tr("none yet") : names.join(QStringLiteral(", "))));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(Tr::tr("server"), Tr::tr("A connection string (host=… port=… user=…) or a postgresql:// URI."),
                                     Tr::tr("[CONNINFO|URI]"));
        parser.addOptions({lang, page, screenshot, profile, zoom, labScenario});
    }
};

int runGui(QApplication &app, QSettings *settings, Valvur::LanguageManager &language)
{
    CommandLine cl;
    cl.parser.process(app);
    QTextStream err(stderr);
    if (cl.parser.isSet(cl.lang) && !Valvur::LanguageManager::available().contains(cl.parser.value(cl.lang))) {
        err << Tr::tr("Unknown language \"%1\": use et or en.").arg(cl.parser.value(cl.lang)) << Qt::endl;
        return 2;
    }
    if (cl.parser.positionalArguments().size() > 1) {
        err << Tr::tr("Give at most one server; to quote a connection string with spaces, put it in quotes.") << Qt::endl;
        return 2;
    }

    int zoom = 0;
    if (cl.parser.isSet(cl.zoom)) {
        QString error;
        zoom = Valvur::ZoomLevel::parse(cl.parser.value(cl.zoom), &error);
        if (!zoom) {
            err << error << Qt::endl;
            return 2;
        }
    }

    Valvur::StartupTrace::mark("command line");
    Valvur::MainWindow window(settings, &language);
    if (zoom)
        window.zoomLevel()->setPercent(zoom, false); // for this run: the remembered level stays
    if (cl.parser.isSet(cl.screenshot))
        window.resize(Valvur::Zoom::scaled(QSize(1280, 800))); // the same picture, larger; before a page is built in it
    Valvur::StartupTrace::mark("main window built");
    if (cl.parser.isSet(cl.page) && !window.showPage(cl.parser.value(cl.page))) {
        err << Tr::tr("There is no page \"%1\". Pages: %2").arg(cl.parser.value(cl.page), window.pageIds().join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    if (cl.parser.isSet(cl.profile)) {
        QString error;
        if (!cl.parser.positionalArguments().isEmpty()) {
            err << Tr::tr("Give either a connection string or --profile, not both.") << Qt::endl;
            return 2;
        }
        if (!window.openProfile(cl.parser.value(cl.profile), &error)) {
            err << error << Qt::endl;
            return 2;
        }
    } else if (!cl.parser.positionalArguments().isEmpty()) {
        Valvur::ConnectionOptions options;
        QString error;
        if (!Valvur::ConnectionOptions::parse(cl.parser.positionalArguments().first(), &options, &error)) {
            err << Tr::tr("This is not a valid connection string or URI: %1").arg(error) << Qt::endl;
            return 2;
        }
        if (const QString refusal = Valvur::passwordOnCommandLineError(options); !refusal.isEmpty()) {
            err << refusal << Qt::endl; // nothing connects: the window has not opened a server yet
            return 2;
        }
        window.addServer(options);
    }

    if (cl.parser.isSet(cl.labScenario)) {
        auto *lab = qobject_cast<Valvur::LabPage *>(window.page(QStringLiteral("lab")));
        if (!lab || !lab->openScenario(cl.parser.value(cl.labScenario), true)) {
            err << Tr::tr("There is no lab scenario \"%1\". Scenarios: %2")
                       .arg(cl.parser.value(cl.labScenario), Valvur::Lab::scenarioIds().join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
    }

    if (cl.parser.isSet(cl.screenshot)) {
        const QString file = cl.parser.value(cl.screenshot);
        window.show();
        Valvur::StartupTrace::mark("window shown");
        int code = 0;
        QObject::connect(&window, &Valvur::MainWindow::screenshotDone, &app, [&err, &code, &window, &app](int status, const QString &message) {
            if (!message.isEmpty())
                err << message << Qt::endl;
            code = status;
            // Closed like a user closes it: a lab the window started (--lab-scenario) is reset
            // before the event loop ends (bounded by the lab itself; this is a last guard).
            window.close();
            QTimer::singleShot(20000, &app, &QCoreApplication::quit);
        });
        QMetaObject::invokeMethod(&window, [&window, file] { window.screenshotWhenReady(file, 30000); }, Qt::QueuedConnection);
        app.exec();
        Valvur::StartupTrace::mark("event loop left");
        return code;
    }

    window.show();
    Valvur::StaleTemporaries::sweepInBackground(); // off the GUI thread; the window does not wait for it
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    Valvur::StartupTrace::begin();
    // ssh runs valvur as its askpass helper for a profile's tunnel (cli/sshaskpass.h).
    if (Valvur::SshAskpass::isRequest(argc, argv))
        return Valvur::SshAskpass::run(argc, argv);
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    bool informational = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        informational = informational || a == "-h" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version";
    }
    const bool haveDisplay = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");

    if (commands().contains(first) || looksLikeCommand(first)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QSettings *settings = openSettings(&app);
        Valvur::LanguageManager language;
        installLanguage(language, settings, argc, argv);
        QTextStream err(stderr);
        const QString lang = languageFromArguments(argc, argv);
        if (hasLanguageOption(argc, argv) && !Valvur::LanguageManager::available().contains(lang)) {
            err << Tr::tr("Unknown language \"%1\": use et or en.").arg(lang) << Qt::endl;
            return Valvur::CommandLine::Usage;
        }
        if (!commands().contains(first)) {
            err << Valvur::CommandLine::unknownCommand(first, commands().keys()) << Qt::endl;
            return Valvur::CommandLine::Usage;
        }
        return commands().value(first)(app.arguments().mid(2), settings);
    }

    // --help and --version need no window: answer them (and a missing display) before QApplication.
    if (informational || !haveDisplay) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QSettings *settings = openSettings(&app);
        Valvur::LanguageManager language;
        installLanguage(language, settings, argc, argv);
        CommandLine cl;
        cl.parser.process(app); // prints help or version and exits when asked to
        QTextStream(stderr) << Tr::tr("There is no display to open Valvur's window on. Run it in a desktop session, "
                                      "under a virtual display (xvfb-run -a valvur …), or with QT_QPA_PLATFORM=offscreen "
                                      "together with --screenshot.")
                            << Qt::endl;
        return 1;
    }

    QApplication app(argc, argv);
    Valvur::StartupTrace::mark("QApplication");
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("ee.valvur.Valvur"));
    QSettings *settings = openSettings(&app);
    Valvur::LanguageManager language;
    installLanguage(language, settings, argc, argv);
    Valvur::StartupTrace::mark("settings and translations");
    const int code = runGui(app, settings, language);
    Valvur::StartupTrace::mark("window closed");
    return code;
}
