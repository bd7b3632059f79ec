#include "containers/containerprofile.h"

#include "containers/containerdirectory.h"

#include <QTimer>

#include <memory>

namespace Valvur {

ConnectionProfile followContainer(const ConnectionProfile &profile, const ContainerDirectory *directory)
{
    if (profile.container.isEmpty() || !directory || directory->state() != ContainerDirectory::State::Ready)
        return profile;
    const ContainerInfo *c = directory->find(profile.container);
    if (!c)
        return profile;
    const ContainerLogin login = containerEndpoint(*c);
    if (login.options.value(QStringLiteral("port")).isEmpty())
        return profile;
    ConnectionProfile followed = profile;
    followed.hosts = {login.options.value(QStringLiteral("host"))};
    followed.port = login.options.value(QStringLiteral("port")).toInt();
    return followed;
}

void whenDirectoryAnswers(ContainerDirectory *directory, QObject *context, int timeoutMs, std::function<void()> then)
{
    const auto answered = [](const ContainerDirectory *d) {
        return !d || d->state() == ContainerDirectory::State::Ready || d->state() == ContainerDirectory::State::Unavailable;
    };
    if (answered(directory)) {
        then();
        return;
    }
    // The timer is the connections' context: deleting it ends the wait, and with `context` it goes too.
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    auto done = std::make_shared<bool>(false);
    const auto fire = [timer, done, then = std::move(then)] {
        if (*done)
            return;
        *done = true;
        timer->stop();
        timer->deleteLater();
        then();
    };
    QObject::connect(timer, &QTimer::timeout, timer, fire);
    QObject::connect(directory, &ContainerDirectory::stateChanged, timer, [fire, answered, directory] {
        if (answered(directory))
            fire();
    });
    timer->start(timeoutMs);
}

ConnectionProfile profileForContainer(const ContainerInfo &c, const ContainerLogin &login)
{
    ConnectionProfile p;
    p.name = c.name;
    const QString host = login.options.value(QStringLiteral("host"));
    p.hosts = {host.isEmpty() ? QStringLiteral("127.0.0.1") : host};
    p.port = login.options.value(QStringLiteral("port")).toInt();
    p.user = login.options.value(QStringLiteral("user"));
    p.database = login.options.value(QStringLiteral("dbname"));
    p.container = c.name;
    p.environment = ConnectionProfile::Environment::Development;
    return p;
}

} // namespace Valvur
