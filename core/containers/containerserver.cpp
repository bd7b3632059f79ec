#include "containers/containerserver.h"

#include "containers/containerexec.h"
#include "containers/containertoolbox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ContainerTools)
};

// POSTGRES_PASSWORD_FILE, read through the container (the file is where the container sees it).
QString passwordFromFile(ContainerToolbox &toolbox, QString *error)
{
    ContainerExec exec(toolbox.client());
    QEventLoop loop;
    QByteArray content;
    bool done = false;
    QObject::connect(&exec, &ContainerExec::stdoutReceived, &loop, [&](const QByteArray &d) { content += d; });
    QObject::connect(&exec, &ContainerExec::finished, &loop, [&](int code, const EngineError &e) {
        done = e.isNull() && code == 0;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    ContainerExec::Spec spec;
    spec.container = toolbox.container().id;
    spec.arguments = {QStringLiteral("cat"), toolbox.container().passwordFile()};
    spec.idleTimeoutMs = 15000;
    exec.start(spec);
    loop.exec();
    if (!done) {
        *error = Tr::tr("The password file %1 (POSTGRES_PASSWORD_FILE) of the container %2 cannot be read.")
                     .arg(toolbox.container().passwordFile(), toolbox.name());
        return {};
    }
    // The image's entrypoint uses the file's content as it is, but for a last line break.
    if (content.endsWith('\n'))
        content.chop(1);
    return QString::fromUtf8(content);
}

} // namespace

bool serverFromContainer(const QString &name, ConnectionOptions *out, QString *password, QString *error)
{
    error->clear();
    ContainerToolbox toolbox;
    QEventLoop loop;
    bool ok = false;
    QString why = Tr::tr("The container engine did not answer within 30 s.");
    QObject::connect(&toolbox, &ContainerToolbox::resolved, &loop, [&](bool resolved, const QString &text) {
        ok = resolved;
        why = text;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    toolbox.resolve(name);
    loop.exec();
    if (!ok) {
        *error = why;
        return false;
    }
    const ConnectionOptions published = toolbox.publishedConnection();
    if (published.value(QStringLiteral("port")).isEmpty()) {
        *error = Tr::tr("The container %1 publishes no port for PostgreSQL (%2/tcp), so Valvur cannot check the server from "
                        "this computer. Start it with a published port, e.g. docker run -p 127.0.0.1:5432:%2 …, or give the "
                        "server's connection string as well.")
                     .arg(toolbox.name())
                     .arg(toolbox.container().postgresPort().containerPort);
        return false;
    }
    *out = published;
    *password = toolbox.environmentPassword();
    if (password->isEmpty() && !toolbox.container().passwordFile().isEmpty())
        *password = passwordFromFile(toolbox, error);
    return error->isEmpty();
}

} // namespace Valvur
