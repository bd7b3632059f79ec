#include "containers/containerlogin.h"

#include "containers/containerexec.h"
#include "containers/containersummary.h"

#include <QCoreApplication>

namespace Valvur {

namespace {
QString say(const char *text)
{
    return QCoreApplication::translate("Valvur::Containers", text);
}

constexpr qsizetype kMaxPasswordFile = 64 * 1024;
} // namespace

ContainerLogin containerEndpoint(const ContainerInfo &c)
{
    ContainerLogin login;
    const ContainerPort port = c.postgresPort();
    if (port.isPublished()) {
        login.options.setValue(QStringLiteral("host"), ContainerFacts::connectHost(c));
        login.options.setValue(QStringLiteral("port"), QString::number(port.hostPort));
    }
    login.options.setValue(QStringLiteral("user"), c.postgresUser());
    login.options.setValue(QStringLiteral("dbname"), c.postgresDatabase());
    if (!c.isRunning()) {
        login.problem = QStringLiteral("not-running");
        login.message = say(QT_TRANSLATE_NOOP("Valvur::Containers", "The container %1 is not running (%2). Start it (docker start %1) "
                                                                   "and connect again."))
                            .arg(c.name, ContainerFacts::stateText(c));
    } else if (!port.isPublished()) {
        login.problem = QStringLiteral("not-published");
        login.message = say(QT_TRANSLATE_NOOP("Valvur::Containers", "The container %1 does not publish its port %2, so nothing on this "
                                                                   "machine can reach PostgreSQL. Recreate it with a published port, "
                                                                   "for example -p 127.0.0.1:5432:%2."))
                            .arg(c.name)
                            .arg(port.containerPort);
    }
    return login;
}

ContainerLoginReader::ContainerLoginReader(DockerClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_bound.setSingleShot(true);
    connect(&m_bound, &QTimer::timeout, this, [this] {
        if (m_exec)
            m_exec->cancel(500);
        ContainerLogin login = m_login;
        login.problem = QStringLiteral("password-file");
        login.message = say(QT_TRANSLATE_NOOP("Valvur::Containers", "Reading the password file %1 inside the container took too long. "
                                                                   "Check that the container answers: docker exec %2 cat %1"))
                            .arg(m_file, m_name);
        finish(login);
    });
}

ContainerLoginReader::~ContainerLoginReader()
{
    if (m_exec && m_exec->isRunning())
        m_exec->cancel(500);
    m_login.password.fill(QLatin1Char('\0'));
}

void ContainerLoginReader::start(const ContainerInfo &c, int timeoutMs)
{
    m_login = containerEndpoint(c);
    m_file = c.passwordFile();
    m_name = c.name;
    if (!m_login.ok() || c.hasPasswordInEnvironment() || m_file.isEmpty() || !m_client) {
        if (c.hasPasswordInEnvironment())
            m_login.password = c.environmentValue(QStringLiteral("POSTGRES_PASSWORD"));
        QMetaObject::invokeMethod(this, [this] { finish(m_login); }, Qt::QueuedConnection);
        return;
    }
    m_exec = new ContainerExec(m_client, this);
    connect(m_exec, &ContainerExec::stdoutReceived, this, [this](const QByteArray &data) {
        if (m_out.size() <= kMaxPasswordFile)
            m_out += data;
    });
    connect(m_exec, &ContainerExec::stderrReceived, this, [this](const QByteArray &data) {
        if (m_err.size() <= 4096)
            m_err += data;
    });
    const QString name = c.name;
    connect(m_exec, &ContainerExec::finished, this, [this, name](int exitCode, const EngineError &error) {
        ContainerLogin login = m_login;
        if (error.isNull() && exitCode == 0 && m_out.size() <= kMaxPasswordFile) {
            // As the image's file_env does ($(< file)): trailing newlines are not part of the password.
            QByteArray bytes = m_out;
            while (bytes.endsWith('\n') || bytes.endsWith('\r'))
                bytes.chop(1);
            login.password = QString::fromUtf8(bytes);
        } else {
            login.problem = QStringLiteral("password-file");
            const QString why = !error.isNull() ? describeEngineError(error, m_client ? m_client->socketDescription() : QString())
                                                : QString::fromUtf8(m_err).trimmed();
            login.message = say(QT_TRANSLATE_NOOP("Valvur::Containers", "Could not read the password file %1 inside the container %2: %3"))
                                .arg(m_file, name, why.isEmpty() ? say(QT_TRANSLATE_NOOP("Valvur::Containers", "cat ended with %1")).arg(exitCode) : why);
        }
        m_out.fill('\0');
        finish(login);
    });
    m_bound.start(timeoutMs);
    ContainerExec::Spec spec;
    spec.container = c.id.isEmpty() ? c.name : c.id;
    spec.arguments = {QStringLiteral("cat"), QStringLiteral("--"), m_file};
    spec.idleTimeoutMs = timeoutMs;
    m_exec->start(spec);
}

void ContainerLoginReader::finish(ContainerLogin login)
{
    if (m_done)
        return;
    m_done = true;
    m_bound.stop();
    emit finished(login);
}

} // namespace Valvur
