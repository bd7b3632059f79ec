#include "containers/containertarget.h"

#include "containers/containercheck.h"
#include "containers/containerdirectory.h"

#include <QEventLoop>
#include <QTimer>

namespace Valvur {

ConnectionOptions containerOptions(const QString &name, QString *password, bool *found)
{
    ConnectionOptions options;
    options.setValue(QStringLiteral("host"), QStringLiteral("localhost"));
    options.setValue(QStringLiteral("port"), QStringLiteral("5432"));
    ContainerDirectory directory;
    directory.setIncludeAll(true);
    QEventLoop loop;
    QTimer::singleShot(ContainerCheck::DefaultTimeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(&directory, &ContainerDirectory::stateChanged, &loop, [&loop](ContainerDirectory::State state) {
        if (state == ContainerDirectory::State::Ready || state == ContainerDirectory::State::Unavailable)
            loop.quit();
    });
    directory.start();
    loop.exec();
    directory.stop();
    const ContainerInfo *c = directory.state() == ContainerDirectory::State::Ready ? directory.find(name) : nullptr;
    if (found)
        *found = c != nullptr;
    if (!c)
        return options;
    const ContainerPort port = c->postgresPort();
    if (port.isPublished()) {
        const bool anywhere = port.hostIp.isEmpty() || port.hostIp == QLatin1String("0.0.0.0") || port.hostIp == QLatin1String("::");
        options.setValue(QStringLiteral("host"), anywhere ? QStringLiteral("127.0.0.1") : port.hostIp);
        options.setValue(QStringLiteral("port"), QString::number(port.hostPort));
    }
    options.setValue(QStringLiteral("user"), c->postgresUser());
    options.setValue(QStringLiteral("dbname"), c->postgresDatabase());
    *password = c->environmentValue(QStringLiteral("POSTGRES_PASSWORD"));
    return options;
}

} // namespace Valvur
