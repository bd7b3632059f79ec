#pragma once

#include "lab/labscenario.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Valvur {

class DockerClient;
class EngineCall;

namespace Lab {

// The label every container and volume a lab makes carries; Lab::Reset removes what has it.
inline constexpr char ContainerLabel[] = "valvur.lab";

// Makes a scenario's container part through the container engine (never blocks, every call
// bounded): a PostgreSQL container of the student's container's image, with the application's
// role and database (POSTGRES_USER/PASSWORD/DB) in a named volume, started once so that its data
// exists, then stopped, and with no published port. The password reaches the engine in the create
// call's environment, as the image asks for it (never a command line); the container is the lab's
// own and goes with the reset.
class ContainerStage : public QObject
{
    Q_OBJECT
public:
    static constexpr int ReadyTimeoutMs = 120000; // the image's first start runs initdb
    static constexpr int CallTimeoutMs = 30000;

    explicit ContainerStage(QObject *parent = nullptr);
    ~ContainerStage() override;

    void start(const ContainerPart &part, const QString &studentContainer, const QString &user, const QString &password);
    // Goes no further than the engine call in flight (finished() follows).
    void abort() { m_aborted = true; }
    bool isDone() const { return m_done; }
    // The application's settings for the container part, with the port it should be published on.
    QString conninfo() const { return m_conninfo; }

Q_SIGNALS:
    void progress(const QString &text);
    void finished(const QString &error); // empty: staged; else translated

private:
    void fail(const QString &error);
    void createVolume(const QString &image, const QString &dataPath);
    void createContainer(const QString &image, const QString &dataPath);
    void waitReady();
    void stopContainer();

    ContainerPart m_part;
    QString m_student;
    QString m_user;
    QString m_password;
    QString m_conninfo;
    QPointer<DockerClient> m_client;
    QTimer m_bound;
    bool m_done = false;
    bool m_aborted = false;
};

// Removes a lab's container and volume by name (404: already gone), bounded. The names come from
// the sandbox database's comment (containerNote), so a reset removes exactly what a lab on that
// server made, also after a crash, and also a container the student recreated under that name.
class ContainerSweep : public QObject
{
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 30000;
    static constexpr int CallTimeoutMs = 15000;

    explicit ContainerSweep(QObject *parent = nullptr);
    void start(const QStringList &containers, const QStringList &volumes);
    // "container valvur-lab-shop", "volume valvur-lab-shop-data": what was there and went.
    const QStringList &removed() const { return m_removed; }

Q_SIGNALS:
    void finished(const QString &error);

private:
    void removeNext(QStringList paths);
    void finish(const QString &error);

    QPointer<DockerClient> m_client;
    QStringList m_removed;
    QTimer m_bound;
    bool m_done = false;
};

// The sandbox database's comment that names a lab's container part before it is made, and back.
QString containerNote(const ContainerPart &part);
bool parseContainerNote(const QString &note, QString *container, QString *volume);

// The part of a conninfo after host=… port=…: the port as a number (0 when none).
int conninfoPort(const QString &conninfo);

} // namespace Lab
} // namespace Valvur
