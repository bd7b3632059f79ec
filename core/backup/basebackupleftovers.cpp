#include "backup/basebackupleftovers.h"

#include "backup/backupsql.h"
#include "pg/pgsession.h"

#include <QCoreApplication>
#include <QTimer>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};
constexpr int kPollMs = 250;
} // namespace

BasebackupLeftovers::BasebackupLeftovers(const ConnectionOptions &server, const QString &password,
                                         const QString &applicationName, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_password(password)
    , m_applicationName(applicationName)
{
}

void BasebackupLeftovers::start(int boundMs)
{
    m_boundMs = boundMs;
    m_clock.start();
    m_session = new PgSession(this);
    ConnectionOptions o = m_server;
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur"));
    m_session->setConnectTimeout(boundMs);
    connect(m_session, &PgSession::connected, this, &BasebackupLeftovers::ask);
    connect(m_session, &PgSession::connectFailed, this, [this](const PgError &e) {
        finish({Tr::tr("Could not check on the server whether pg_basebackup's connections ended: %1").arg(e.message().trimmed())});
    });
    QTimer::singleShot(boundMs + 2000, this, [this] {
        finish({Tr::tr("The server did not answer whether pg_basebackup's connections ended.")});
    });
    m_session->open(o, m_password);
}

void BasebackupLeftovers::ask()
{
    if (m_done)
        return;
    m_session->exec(Sql::basebackupLeftovers(), {m_applicationName}, this, [this](const PgReply &r) {
        if (!r.ok()) {
            finish({Tr::tr("Could not check on the server whether pg_basebackup's connections ended: %1")
                        .arg(r.error.message().trimmed())});
            return;
        }
        QStringList remaining;
        const PgResult &rows = r.first();
        for (int i = 0; i < rows.rowCount(); ++i) {
            const QString pid = rows.value(i, 0).toString();
            const QString slotNames = rows.value(i, 1).toString();
            remaining << (slotNames.isEmpty()
                              ? Tr::tr("pg_basebackup's connection (server process %1) is still open on the server. "
                                       "End it with: SELECT pg_terminate_backend(%1);")
                                    .arg(pid)
                              : Tr::tr("pg_basebackup's connection (server process %1) is still open on the server and holds "
                                       "the replication slot %2, which keeps WAL from being removed. End it with: "
                                       "SELECT pg_terminate_backend(%1);")
                                    .arg(pid, slotNames));
        }
        if (remaining.isEmpty() || m_clock.elapsed() >= m_boundMs) {
            finish(remaining);
            return;
        }
        QTimer::singleShot(kPollMs, this, &BasebackupLeftovers::ask);
    });
}

void BasebackupLeftovers::finish(const QStringList &remaining)
{
    if (m_done)
        return;
    m_done = true;
    if (m_session)
        m_session->close();
    Q_EMIT done(remaining);
}

} // namespace Valvur
