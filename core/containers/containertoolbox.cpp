#include "containers/containertoolbox.h"

#include "containers/containerexec.h"
#include "containers/dockerclient.h"
#include "tools/pgtool.h"
#include "tools/toolrunner.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ContainerTools)
};
} // namespace

ContainerToolbox::ContainerToolbox(QObject *parent)
    : QObject(parent)
    , m_client(new DockerClient(preferredEngineSocket(candidateEngineSockets()), this))
{
}

ContainerToolbox::~ContainerToolbox() = default;

bool ContainerToolbox::isLoopbackHost(const QString &host)
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost"))
        return true; // libpq's default is the local socket; a container's published port is not it, but try
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void ContainerToolbox::withEngine(std::function<void()> then)
{
    if (m_client->isProbed()) {
        then();
        return;
    }
    m_client->probe(this, [this, then = std::move(then)](const EngineError &error) {
        if (!error.isNull()) {
            fail(describeEngineError(error, m_client->socketDescription()));
            return;
        }
        then();
    });
}

void ContainerToolbox::fail(const QString &error)
{
    m_resolved = false;
    Q_EMIT resolved(false, error);
}

void ContainerToolbox::resolve(const QString &nameOrId)
{
    withEngine([this, nameOrId] { inspect(nameOrId); });
}

void ContainerToolbox::inspect(const QString &nameOrId)
{
    const QString path = QStringLiteral("/containers/%1/json").arg(QString::fromUtf8(QUrl::toPercentEncoding(nameOrId)));
    m_client->get(path, this, [this, nameOrId](const EngineCall &call) {
        if (call.error().kind() == EngineError::Kind::Http && call.error().httpStatus() == 404) {
            fail(Tr::tr("There is no container named %1 on this machine's container engine (docker ps -a lists them).")
                     .arg(nameOrId));
            return;
        }
        if (!call.error().isNull()) {
            fail(describeEngineError(call.error(), m_client->socketDescription()));
            return;
        }
        m_info = containerFromInspect(call.json().object());
        if (!m_info.isRunning()) {
            fail(Tr::tr("The container %1 is not running (%2). Start it first: docker start %1").arg(m_info.name, m_info.state));
            return;
        }
        m_resolved = true;
        Q_EMIT resolved(true, QString());
    });
}

void ContainerToolbox::resolvePublishing(const QString &host, int port)
{
    if (!isLoopbackHost(host) || port <= 0) {
        fail(QString());
        return;
    }
    m_client->probe(this, [this, port](const EngineError &error) {
        if (!error.isNull()) {
            fail(QString()); // no engine: there is no container to offer, and nothing to say about it
            return;
        }
        m_client->get(QStringLiteral("/containers/json"), this, [this, port](const EngineCall &call) {
            const QJsonArray list = call.json().array();
            for (const QJsonValue &v : list) {
                const ContainerInfo c = containerFromSummary(v.toObject());
                for (const ContainerPort &p : c.ports) {
                    const bool loopbackOrAll = p.hostIp.isEmpty() || p.hostIp == QLatin1String("0.0.0.0")
                        || p.hostIp == QLatin1String("::") || QHostAddress(p.hostIp).isLoopback();
                    if (p.hostPort == port && loopbackOrAll && looksLikePostgres(c)) {
                        inspect(c.id);
                        return;
                    }
                }
            }
            fail(QString());
        });
    });
}

void ContainerToolbox::probeTool(const QString &program)
{
    auto *exec = new ContainerExec(m_client, this);
    auto *out = new QByteArray;
    connect(exec, &ContainerExec::stdoutReceived, this, [out](const QByteArray &d) { *out += d; });
    connect(exec, &ContainerExec::finished, this, [this, exec, out, program](int code, const EngineError &error) {
        const QString text = QString::fromUtf8(*out).trimmed();
        delete out;
        exec->deleteLater();
        int major = 0, minor = 0;
        if (!error.isNull()) {
            Q_EMIT toolProbed(0, QString(), describeEngineError(error, m_client->socketDescription()));
            return;
        }
        if (code != 0 || !PgTool::parseVersion(text, &major, &minor)) {
            Q_EMIT toolProbed(0, QString(), Tr::tr("The container %1 has no %2 that Valvur can run (%2 --version ended with %3).")
                                                 .arg(m_info.name, program)
                                                 .arg(code));
            return;
        }
        Q_EMIT toolProbed(major, text, QString());
    });
    ContainerExec::Spec spec;
    spec.container = m_info.id.isEmpty() ? m_info.name : m_info.id;
    spec.user = execUser();
    spec.arguments = {program, QStringLiteral("--version")};
    spec.idleTimeoutMs = 30000;
    exec->start(spec);
}

QString ContainerToolbox::execUser() const
{
    return m_info.user.isEmpty() || m_info.user == QLatin1String("root") || m_info.user == QLatin1String("0")
        ? QStringLiteral("postgres")
        : QString();
}

ConnectionOptions ContainerToolbox::insideConnection(const QString &database) const
{
    ConnectionOptions o;
    const QString socketDir = m_info.environmentValue(QStringLiteral("PGHOST"));
    o.setValue(QStringLiteral("host"), socketDir.startsWith(QLatin1Char('/')) ? socketDir : QStringLiteral("/var/run/postgresql"));
    o.setValue(QStringLiteral("port"), QString::number(m_info.postgresPort().containerPort));
    o.setValue(QStringLiteral("user"), m_info.postgresUser());
    o.setValue(QStringLiteral("dbname"), database.isEmpty() ? m_info.postgresDatabase() : database);
    return o;
}

ConnectionOptions ContainerToolbox::publishedConnection() const
{
    ConnectionOptions o;
    const ContainerPort p = m_info.postgresPort();
    if (!p.isPublished())
        return o;
    const bool any = p.hostIp.isEmpty() || p.hostIp == QLatin1String("0.0.0.0") || p.hostIp == QLatin1String("::");
    o.setValue(QStringLiteral("host"), any ? QStringLiteral("127.0.0.1") : p.hostIp);
    o.setValue(QStringLiteral("port"), QString::number(p.hostPort));
    o.setValue(QStringLiteral("user"), m_info.postgresUser());
    o.setValue(QStringLiteral("dbname"), m_info.postgresDatabase());
    return o;
}

QString ContainerToolbox::environmentPassword() const
{
    return m_info.environmentValue(QStringLiteral("POSTGRES_PASSWORD"));
}

QString ContainerToolbox::displayCommand(const QStringList &argv, bool withPassword) const
{
    QStringList parts = {QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("-i")};
    if (!execUser().isEmpty())
        parts << QStringLiteral("-u") << execUser();
    parts << ToolRunner::shellQuote(m_info.name);
    for (const QString &a : argv)
        parts << ToolRunner::shellQuote(a);
    QString text = parts.join(QLatin1Char(' '));
    if (withPassword)
        text = Tr::tr("# the password goes to the tool on its standard input (PGPASSWORD=***), never on the command line") +
               QLatin1Char('\n') + text;
    return text;
}

} // namespace Valvur
