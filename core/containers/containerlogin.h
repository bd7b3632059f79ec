#pragma once

#include "pg/connectionoptions.h"
#include "containers/containerinfo.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Valvur {

class ContainerExec;
class DockerClient;

// How a client on this machine logs in to a PostgreSQL container: the published port, the user
// and database of the image's contract, and the password the container was started with. The
// password lives in this value only (memory): never in settings, a log, a command line.
struct ContainerLogin
{
    ConnectionOptions options; // host, port, user, dbname; never a password
    QString password;          // empty when the container names none
    // Why one cannot connect (empty when one can): "not-running", "not-published", "password-file".
    QString problem;
    QString message; // translated: what happened and what to do
    bool ok() const { return problem.isEmpty(); }
};

// The endpoint part, without the password: host (the published HostIp, or 127.0.0.1), port, user,
// database. problem/message say when the container is not running or publishes no port.
ContainerLogin containerEndpoint(const ContainerInfo &container);

// Completes containerEndpoint() with the password: POSTGRES_PASSWORD from the environment, or the
// file POSTGRES_PASSWORD_FILE names, read through the container (`cat FILE` by exec, no TTY,
// bounded). Asynchronous; emits finished() once, then may be deleted.
class ContainerLoginReader : public QObject
{
    Q_OBJECT
public:
    ContainerLoginReader(DockerClient *client, QObject *parent = nullptr);
    ~ContainerLoginReader() override;

    void start(const ContainerInfo &container, int timeoutMs = 10000);

Q_SIGNALS:
    void finished(const Valvur::ContainerLogin &login);

private:
    void finish(ContainerLogin login);

    QPointer<DockerClient> m_client;
    ContainerExec *m_exec = nullptr;
    ContainerLogin m_login;
    QString m_file;
    QString m_name;
    QByteArray m_out;
    QByteArray m_err;
    QTimer m_bound;
    bool m_done = false;
};

} // namespace Valvur

Q_DECLARE_METATYPE(Valvur::ContainerLogin)
