// Valvur's command line: the GUI (default) and the subcommands that need no display.
#include "connectionoptions.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "page.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

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

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("valvur"));
    QCoreApplication::setApplicationName(QStringLiteral("valvur"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VALVUR_VERSION));
}

// Subcommands that run without a display: valvur <command> [arguments]. Each returns the exit status.
using Command = int (*)(const QStringList &arguments);
const QHash<QString, Command> &commands()
{
    static const QHash<QString, Command> table = {
    };
    return table;
}

} // namespace

int main(int argc, char **argv)
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (commands().contains(first)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
        Valvur::LanguageManager language;
        language.setLanguage(Valvur::LanguageManager::initialLanguage(languageFromArguments(argc, argv),
                                                                      settings.value(QStringLiteral("language")).toString()));
        return commands().value(first)(app.arguments().mid(2));
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("ee.valvur.Valvur"));
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
    Valvur::LanguageManager language;
    language.setLanguage(Valvur::LanguageManager::initialLanguage(languageFromArguments(argc, argv),
                                                                  settings.value(QStringLiteral("language")).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Valvur — a desktop operations console for PostgreSQL.\n\n"
                                        "Commands without a window: %1")
                                         .arg(commands().isEmpty() ? Tr::tr("none yet") : QStringList(commands().keys()).join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("server"), Tr::tr("A connection string (host=… port=… user=…) or a postgresql:// URI."),
                                 Tr::tr("[CONNINFO|URI]"));
    const QCommandLineOption langOption(QStringLiteral("lang"), Tr::tr("Interface language: et or en (default: the system's)."), Tr::tr("LANG"));
    const QCommandLineOption pageOption(QStringLiteral("page"), Tr::tr("The page to open, e.g. overview."), Tr::tr("NAME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              Tr::tr("Render the window to a PNG file once the page has its data, then exit."), Tr::tr("FILE"));
    parser.addOptions({langOption, pageOption, screenshotOption});
    parser.process(app);

    QTextStream err(stderr);
    if (parser.isSet(langOption) && !Valvur::LanguageManager::available().contains(parser.value(langOption))) {
        err << Tr::tr("Unknown language \"%1\": use et or en.").arg(parser.value(langOption)) << Qt::endl;
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        err << Tr::tr("Give at most one server; to quote a connection string with spaces, put it in quotes.") << Qt::endl;
        return 2;
    }

    Valvur::MainWindow window(&settings, &language);
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
        err << Tr::tr("There is no page \"%1\". Pages: %2").arg(parser.value(pageOption), window.pageIds().join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Valvur::ConnectionOptions options;
        QString error;
        if (!Valvur::ConnectionOptions::parse(parser.positionalArguments().first(), &options, &error)) {
            err << Tr::tr("This is not a valid connection string or URI: %1").arg(error) << Qt::endl;
            return 2;
        }
        window.addServer(options);
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        window.resize(1280, 800);
        window.show();
        QObject::connect(&window, &Valvur::MainWindow::screenshotDone, &app, [&err](int code, const QString &message) {
            if (!message.isEmpty())
                err << message << Qt::endl;
            QCoreApplication::exit(code);
        });
        QMetaObject::invokeMethod(&window, [&window, file] { window.screenshotWhenReady(file, 30000); }, Qt::QueuedConnection);
        return app.exec();
    }

    window.show();
    return app.exec();
}
