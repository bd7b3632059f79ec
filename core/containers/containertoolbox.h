#pragma once

#include "containers/dockerclient.h"

#include "pg/connectionoptions.h"
#include "containers/containerinfo.h"
#include "containers/engineerror.h"

#include <QObject>
#include <QPointer>

namespace Valvur {


// The PostgreSQL client programs inside one local container (pg_dump, pg_restore, psql): finds the
// container through the engine (by name, or as the one that publishes a host port), asks its tool
// for its version, and says how a tool connects inside it (the local socket, as POSTGRES_USER, exec
// user "postgres" when the image sets none: the official image trusts local connections). All
// asynchronous; resolved() and toolProbed() report. Holds the container's environment (it may
// carry POSTGRES_PASSWORD): never log it.
class ContainerToolbox : public QObject
{
    Q_OBJECT
public:
    explicit ContainerToolbox(QObject *parent = nullptr);
    ~ContainerToolbox() override;

    // By name or id: resolved(ok, error) follows.
    void resolve(const QString &nameOrId);
    // The running PostgreSQL container that publishes host:port on this machine (host is a
    // loopback name or address); resolved(false, "") when there is none or no engine.
    void resolvePublishing(const QString &host, int port);
    // `program --version` inside the container: toolProbed(major, versionText, error).
    void probeTool(const QString &program);

    bool isResolved() const { return m_resolved; }
    const ContainerInfo &container() const { return m_info; }
    QString name() const { return m_info.name; }
    DockerClient *client() const { return m_client; }
    // The exec's user: "postgres" when the image runs as root (Config.User empty), else its own.
    QString execUser() const;
    // How a tool inside the container reaches the server: its local socket, as POSTGRES_USER.
    ConnectionOptions insideConnection(const QString &database) const;
    // How Valvur on this host reaches it: 127.0.0.1 and the published port; user and database
    // from the environment. Empty host when the port is not published.
    ConnectionOptions publishedConnection() const;
    // POSTGRES_PASSWORD from the environment (in memory only), or empty.
    QString environmentPassword() const;

    // "docker exec -i -u postgres NAME program args…" for the Summary page and logs.
    QString displayCommand(const QStringList &argv, bool withPassword) const;

    static bool isLoopbackHost(const QString &host);

Q_SIGNALS:
    void resolved(bool ok, const QString &error);
    void toolProbed(int major, const QString &versionText, const QString &error);

private:
    void withEngine(std::function<void()> then);
    void inspect(const QString &nameOrId);
    void fail(const QString &error);

    QPointer<DockerClient> m_client;
    ContainerInfo m_info;
    bool m_resolved = false;
    bool m_probed = false;
};

} // namespace Valvur
