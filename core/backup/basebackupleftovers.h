#pragma once

#include "pg/connectionoptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace Valvur {

class PgSession;

// After pg_basebackup was stopped: waits (bounded) until the server has ended the sessions it
// had open, found by the unique application_name it was started with. A walsender that stayed
// would keep its temporary replication slot, and that slot pins WAL on the server. done() gives
// what is still there after the bound, in the user's words (empty: nothing of ours remains), or
// says that the server could not be asked.
class BasebackupLeftovers : public QObject
{
    Q_OBJECT
public:
    BasebackupLeftovers(const ConnectionOptions &server, const QString &password, const QString &applicationName,
                        QObject *parent = nullptr);

    void start(int boundMs = 10000);

Q_SIGNALS:
    void done(const QStringList &remaining);

private:
    void ask();
    void finish(const QStringList &remaining);

    ConnectionOptions m_server;
    QString m_password;
    QString m_applicationName;
    PgSession *m_session = nullptr;
    QElapsedTimer m_clock;
    int m_boundMs = 10000;
    bool m_done = false;
};

} // namespace Valvur
