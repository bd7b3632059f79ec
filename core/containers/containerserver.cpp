#include "containers/containerserver.h"

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
} // namespace

bool serverFromContainer(const QString &name, ConnectionOptions *out, QString *password, QString *error)
{
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
    return true;
}

} // namespace Valvur
