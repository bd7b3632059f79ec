#include "containers/containerscommand.h"

#include "commandline.h"
#include "containers/containerdirectory.h"
#include "containers/containersummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ContainersCommand)
};

// Waits (an event loop: there is no window here) until the directory has its list or knows why
// it cannot have one. False when the bound passed first.
bool waitForDirectory(ContainerDirectory &directory, int timeoutMs)
{
    QEventLoop loop;
    QTimer bound;
    bound.setSingleShot(true);
    QObject::connect(&bound, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&directory, &ContainerDirectory::stateChanged, &loop, [&loop](ContainerDirectory::State s) {
        if (s == ContainerDirectory::State::Ready || s == ContainerDirectory::State::Unavailable)
            loop.quit();
    });
    directory.start();
    bound.start(timeoutMs);
    if (directory.state() == ContainerDirectory::State::Searching)
        loop.exec();
    directory.stop();
    return directory.state() == ContainerDirectory::State::Ready || directory.state() == ContainerDirectory::State::Unavailable;
}

void printText(const ContainerDirectory &directory, QTextStream &out)
{
    if (directory.containers().isEmpty()) {
        out << Tr::tr("No PostgreSQL containers on the engine at %1. Start one, for example:")
                   .arg(directory.socket().describe())
            << Qt::endl
            << ContainerFacts::exampleRunCommand() << Qt::endl;
        return;
    }
    for (const ContainerInfo &c : directory.containers()) {
        out << c.name << "  " << ContainerFacts::stateText(c) << Qt::endl;
        out << "  " << ContainerFacts::imageText(c) << Qt::endl;
        if (const QString compose = ContainerFacts::composeText(c); !compose.isEmpty())
            out << "  " << compose << Qt::endl;
        out << "  " << Tr::tr("port: %1").arg(ContainerFacts::portText(c)) << Qt::endl;
        out << "  " << Tr::tr("user %1, database %2").arg(c.postgresUser(), c.postgresDatabase()) << Qt::endl;
        for (const QString &v : ContainerFacts::volumeTexts(c))
            out << "  " << v << Qt::endl;
    }
}
} // namespace

int runContainersCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runContainersCommand(arguments, out, err);
}

int runContainersCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("The PostgreSQL containers of the local container engine (Docker or Podman): state and "
                                            "health, image and PostgreSQL version, published port, volumes. Never a password."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON (not translated)."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), Tr::tr("Wait at most this long for the engine (default 20)."),
                                           Tr::tr("SECONDS"));
    const QCommandLineOption langOption(QStringLiteral("lang"), Tr::tr("Interface language: et or en."), Tr::tr("LANG"));
    parser.addOptions({help, jsonOption, timeoutOption, langOption});
    if (!parser.parse(QStringList{QStringLiteral("valvur containers")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return CommandLine::Usage;
    }
    if (parser.isSet(help)) {
        out << CommandLine::helpText(parser, QStringLiteral("containers"));
        return CommandLine::Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Tr::tr("Usage: valvur containers [--json] [--timeout SECONDS]") << Qt::endl;
        return CommandLine::Usage;
    }
    int timeoutMs = 20000;
    if (parser.isSet(timeoutOption)) {
        QString error;
        if (!CommandLine::secondsValue(QStringLiteral("--timeout"), parser.value(timeoutOption), 1, 600, &timeoutMs, &error)) {
            err << error << Qt::endl;
            return CommandLine::Usage;
        }
    }

    ContainerDirectory directory;
    const bool answered = waitForDirectory(directory, timeoutMs);
    const bool ready = directory.state() == ContainerDirectory::State::Ready;
    EngineError error = directory.error();
    if (!answered)
        error = EngineError(EngineError::Kind::Timeout);
    const QString message = ready ? QString() : describeEngineError(error, directory.socket().describe());

    if (parser.isSet(jsonOption)) {
        QJsonObject engine;
        engine.insert(QStringLiteral("socket"), directory.socket().describe());
        engine.insert(QStringLiteral("state"), ready ? QStringLiteral("ready") : QStringLiteral("unavailable"));
        engine.insert(QStringLiteral("problem"), ready ? QJsonValue() : QJsonValue(error.id()));
        engine.insert(QStringLiteral("message"), ready ? QJsonValue() : QJsonValue(message));
        QJsonArray list;
        for (const ContainerInfo &c : directory.containers())
            list.append(ContainerFacts::toJson(c));
        QJsonObject root;
        root.insert(QStringLiteral("engine"), engine);
        root.insert(QStringLiteral("containers"), list);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out.flush();
        if (!ready)
            err << message << Qt::endl;
        return ready ? CommandLine::Success : CommandLine::Failed;
    }
    if (!ready) {
        err << message << Qt::endl;
        return CommandLine::Failed;
    }
    printText(directory, out);
    return CommandLine::Success;
}

} // namespace Valvur
