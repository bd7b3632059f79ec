#pragma once

#include "pg/connectionoptions.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Valvur {

class PgSession;
class PgReply;

namespace Lab {

// Removes everything any lab made on a server: ends the sessions in the sandbox databases or of
// valvur_lab_ roles, drops the databases valvur_lab and valvur_lab_*, and the roles valvur_lab_*,
// removes the container part's container and volume (named in the sandbox's comment; Lab::ContainerSweep),
// and removes the lab's backup files (Lab::backupFolder()). It finds them by name, so it also cleans up after a crash or a killed setup, and running it
// twice is harmless. Bounded: a server that stops answering ends it with an error.
class Reset : public QObject
{
    Q_OBJECT
public:
    static constexpr int TimeoutMs = 60000;

    explicit Reset(QObject *parent = nullptr);
    ~Reset() override;

    // options: how to reach the server as the user (the profile's database is used to work from,
    // postgres when that is a sandbox database).
    void start(const ConnectionOptions &options, const QString &password);
    // What was removed ("database valvur_lab", "role valvur_lab_worker"), once finished.
    const QStringList &removed() const { return m_removed; }

Q_SIGNALS:
    // error: empty when everything is gone; else translated, with what is left and why.
    void finished(const QString &error);

private:
    void fail(const QString &error);
    void endSetups();
    void removeAll();
    void dropNext();
    void sweepContainers(const QStringList &containers, const QStringList &volumes);
    void done();

    PgSession *m_session = nullptr;
    QStringList m_databases;
    QStringList m_roles;
    QStringList m_removed;
    QTimer m_bound;
    bool m_finished = false;
};

// The options of the session a lab works from: the user's, with a database that is no sandbox
// one, Valvur's application name, and timeouts so that nothing queues behind a lock.
ConnectionOptions adminOptions(ConnectionOptions options, const QString &applicationName);

} // namespace Lab
} // namespace Valvur
