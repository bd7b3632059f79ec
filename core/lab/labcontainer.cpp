#include "lab/labcontainer.h"

#include "containers/containerexec.h"
#include "containers/dockerclient.h"
#include "containers/enginelocator.h"
#include "pg/connectionoptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>

namespace Valvur::Lab {

namespace {

QString engineMessage(const EngineCall &call, const DockerClient *client)
{
    const QString own = call.json().object().value(QLatin1String("message")).toString();
    if (!own.isEmpty())
        return own;
    return describeEngineError(call.error(), client ? client->socketDescription() : QString());
}

// A port on 127.0.0.1 that is free now: where the application expects the container's server.
int freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? int(probe.serverPort()) : 55432;
}

// Where the image keeps its data: the declared volume that holds PGDATA (PostgreSQL 18's image
// declares /var/lib/postgresql, older ones /var/lib/postgresql/data).
QString dataPathOf(const QJsonObject &imageConfig)
{
    QString pgdata;
    for (const QJsonValue &v : imageConfig.value(QLatin1String("Env")).toArray()) {
        if (v.toString().startsWith(QLatin1String("PGDATA=")))
            pgdata = v.toString().mid(7);
    }
    QString best;
    const QStringList volumes = imageConfig.value(QLatin1String("Volumes")).toObject().keys();
    for (const QString &volume : volumes) {
        const bool holds = !pgdata.isEmpty() && (pgdata == volume || pgdata.startsWith(volume + QLatin1Char('/')));
        if (holds && volume.size() > best.size())
            best = volume;
    }
    if (best.isEmpty())
        best = volumes.value(0);
    return best.isEmpty() ? QStringLiteral("/var/lib/postgresql/data") : best;
}

} // namespace

int conninfoPort(const QString &conninfo)
{
    ConnectionOptions o;
    ConnectionOptions::parse(conninfo, &o, nullptr);
    return o.value(QStringLiteral("port")).toInt();
}

ContainerStage::ContainerStage(QObject *parent)
    : QObject(parent)
{
    m_bound.setSingleShot(true);
    connect(&m_bound, &QTimer::timeout, this, [this] {
        fail(tr("The container engine did not finish making the lab's container %1 within %2 s.").arg(m_part.name).arg(ReadyTimeoutMs / 1000));
    });
}

ContainerStage::~ContainerStage() = default;

void ContainerStage::start(const ContainerPart &part, const QString &studentContainer, const QString &user, const QString &password)
{
    m_part = part;
    m_student = studentContainer;
    m_user = user;
    m_password = password;
    m_conninfo = QString(part.conninfo).replace(QLatin1String("{container-port}"), QString::number(freeLoopbackPort()));
    m_bound.start(ReadyTimeoutMs + 2 * CallTimeoutMs);
    m_client = new DockerClient(preferredEngineSocket(candidateEngineSockets()), this);
    Q_EMIT progress(tr("Asking the container engine about %1…").arg(studentContainer));
    m_client->probe(this, [this](const EngineError &e) {
        if (!e.isNull())
            return fail(describeEngineError(e, m_client->socketDescription()));
        m_client->get(QStringLiteral("/containers/%1/json").arg(m_student), this, [this](const EngineCall &c) {
            if (!c.ok())
                return fail(tr("The container %1 could not be inspected: %2").arg(m_student, engineMessage(c, m_client)));
            const QString image = c.json().object().value(QLatin1String("Image")).toString();
            m_client->get(QStringLiteral("/images/%1/json").arg(image), this, [this, image](const EngineCall &i) {
                if (!i.ok())
                    return fail(tr("The image of %1 could not be inspected: %2").arg(m_student, engineMessage(i, m_client)));
                createVolume(image, dataPathOf(i.json().object().value(QLatin1String("Config")).toObject()));
            }, CallTimeoutMs);
        }, CallTimeoutMs);
    });
}

void ContainerStage::createVolume(const QString &image, const QString &dataPath)
{
    if (m_aborted)
        return fail(tr("Stopped before the lab's container was ready."));
    const QJsonObject body{{QStringLiteral("Name"), m_part.volume},
                           {QStringLiteral("Labels"), QJsonObject{{QLatin1String(ContainerLabel), QStringLiteral("1")}}}};
    m_client->post(QStringLiteral("/volumes/create"), QJsonDocument(body).toJson(QJsonDocument::Compact), this,
                   [this, image, dataPath](const EngineCall &c) {
                       if (!c.ok())
                           return fail(tr("The volume %1 could not be created: %2").arg(m_part.volume, engineMessage(c, m_client)));
                       createContainer(image, dataPath);
                   }, CallTimeoutMs);
}

void ContainerStage::createContainer(const QString &image, const QString &dataPath)
{
    if (m_aborted)
        return fail(tr("Stopped before the lab's container was ready."));
    Q_EMIT progress(tr("Creating the container %1…").arg(m_part.name));
    const QJsonObject body{
        {QStringLiteral("Image"), image},
        {QStringLiteral("Env"), QJsonArray{QStringLiteral("POSTGRES_USER=") + m_user, QStringLiteral("POSTGRES_PASSWORD=") + m_password,
                                           QStringLiteral("POSTGRES_DB=") + m_part.database}},
        {QStringLiteral("Labels"), QJsonObject{{QLatin1String(ContainerLabel), QStringLiteral("1")}}},
        // No PortBindings: its port is not published (one of the causes the student finds).
        {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Binds"), QJsonArray{m_part.volume + QLatin1Char(':') + dataPath}}}}};
    m_client->post(QStringLiteral("/containers/create?name=%1").arg(m_part.name), QJsonDocument(body).toJson(QJsonDocument::Compact), this,
                   [this](const EngineCall &c) {
                       if (!c.ok())
                           return fail(tr("The container %1 could not be created: %2").arg(m_part.name, engineMessage(c, m_client)));
                       Q_EMIT progress(tr("Starting %1 once, so that its data exists…").arg(m_part.name));
                       m_client->post(QStringLiteral("/containers/%1/start").arg(m_part.name), {}, this, [this](const EngineCall &s) {
                           if (!s.ok())
                               return fail(tr("The container %1 could not be started: %2").arg(m_part.name, engineMessage(s, m_client)));
                           waitReady();
                       }, CallTimeoutMs);
                   }, CallTimeoutMs);
}

// Ready when the server answers on its own TCP port inside the container (the image's first-start
// server listens on no TCP port), so the initdb is over before the container is stopped.
void ContainerStage::waitReady()
{
    if (m_done)
        return;
    if (m_aborted)   // the reset removes it by force, running or not
        return fail(tr("Stopped before the lab's container was ready."));
    auto *exec = new ContainerExec(m_client, this);
    connect(exec, &ContainerExec::finished, this, [this, exec](int exitCode, const EngineError &error) {
        exec->deleteLater();
        if (m_done)
            return;
        if (error.isNull() && exitCode == 0)
            return stopContainer();
        m_client->get(QStringLiteral("/containers/%1/json").arg(m_part.name), this, [this](const EngineCall &c) {
            const QJsonObject state = c.json().object().value(QLatin1String("State")).toObject();
            if (c.ok() && !state.value(QLatin1String("Running")).toBool())
                return fail(tr("The lab's container %1 stopped while it started (exit code %2); `docker logs %1` says why.")
                                .arg(m_part.name).arg(state.value(QLatin1String("ExitCode")).toInt()));
            QTimer::singleShot(500, this, &ContainerStage::waitReady);
        }, CallTimeoutMs);
    });
    exec->start({m_part.name, {QStringLiteral("pg_isready"), QStringLiteral("-q"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("-p"), QStringLiteral("5432")}, {}, {}, {}, false, 10000});
}

void ContainerStage::stopContainer()
{
    if (m_aborted)
        return fail(tr("Stopped before the lab's container was ready."));
    Q_EMIT progress(tr("Stopping %1…").arg(m_part.name));
    m_client->post(QStringLiteral("/containers/%1/stop?t=20").arg(m_part.name), {}, this, [this](const EngineCall &c) {
        if (!c.ok() && c.httpStatus() != 304)
            return fail(tr("The container %1 could not be stopped: %2").arg(m_part.name, engineMessage(c, m_client)));
        if (m_done)
            return;
        m_done = true;
        m_bound.stop();
        Q_EMIT finished({});
    }, CallTimeoutMs);
}

void ContainerStage::fail(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_bound.stop();
    Q_EMIT finished(error.isEmpty() ? tr("The lab's container could not be made.") : error);
}

ContainerSweep::ContainerSweep(QObject *parent)
    : QObject(parent)
{
    m_bound.setSingleShot(true);
    connect(&m_bound, &QTimer::timeout, this, [this] {
        finish(tr("The container engine did not remove the lab's containers within %1 s; run the reset again.").arg(TimeoutMs / 1000));
    });
}

void ContainerSweep::start(const QStringList &containers, const QStringList &volumes)
{
    if (containers.isEmpty() && volumes.isEmpty())
        return finish({});
    m_bound.start(TimeoutMs);
    m_client = new DockerClient(preferredEngineSocket(candidateEngineSockets()), this);
    m_client->probe(this, [this, containers, volumes](const EngineError &e) {
        if (!e.isNull())
            return finish(tr("The lab's container %1 could not be removed: %2").arg(containers.join(QStringLiteral(", ")),
                                                                                     describeEngineError(e, m_client->socketDescription())));
        QStringList paths;
        for (const QString &name : containers)
            paths << QStringLiteral("/containers/%1?force=1&v=1").arg(name);
        for (const QString &name : volumes)
            paths << QStringLiteral("/volumes/") + name;
        removeNext(paths);
    });
}

void ContainerSweep::removeNext(QStringList paths)
{
    if (paths.isEmpty())
        return finish({});
    const QString path = paths.takeFirst();
    m_client->del(path, this, [this, paths, path](const EngineCall &c) {
        const QString kind = path.section(QLatin1Char('/'), 1, 1);           // containers, volumes
        const QString name = path.section(QLatin1Char('/'), 2, 2).section(QLatin1Char('?'), 0, 0);
        if (!c.ok() && c.httpStatus() != 404)
            return finish(tr("The lab's %1 could not be removed: %2").arg(name, engineMessage(c, m_client)));
        if (c.ok())
            m_removed << kind.chopped(1) + QLatin1Char(' ') + name;
        removeNext(paths);
    }, CallTimeoutMs);
}

void ContainerSweep::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_bound.stop();
    Q_EMIT finished(error);
}

QString containerNote(const ContainerPart &part)
{
    return QStringLiteral("valvur-lab container=%1 volume=%2").arg(part.name, part.volume);
}

bool parseContainerNote(const QString &note, QString *container, QString *volume)
{
    static const QRegularExpression re(QStringLiteral("^valvur-lab container=(valvur-lab-[\\w.-]+) volume=(valvur-lab-[\\w.-]+)$"));
    const QRegularExpressionMatch m = re.match(note.trimmed());
    if (!m.hasMatch())
        return false;
    *container = m.captured(1);
    *volume = m.captured(2);
    return true;
}

} // namespace Valvur::Lab
