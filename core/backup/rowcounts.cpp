#include "backup/rowcounts.h"

#include "backup/backupsql.h"
#include "pg/pgsession.h"

#include <QCoreApplication>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};
} // namespace

void countRows(QObject *context, const ConnectionOptions &server, const QString &password, const QString &database,
               std::function<void(bool, QMap<QString, qint64>, QString)> done)
{
    auto *session = new PgSession(context);
    ConnectionOptions o = server;
    o.setValue(QStringLiteral("dbname"), database);
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-verify"));
    QObject::connect(session, &PgSession::connectFailed, context, [session, done, database](const PgError &e) {
        session->deleteLater();
        done(false, {}, Tr::tr("Cannot connect to the database %1: %2").arg(database, e.message().trimmed()));
    });
    QObject::connect(session, &PgSession::connected, context, [context, session, done] {
        session->exec(Sql::rowCounts(), context, [session, done](const PgReply &reply) {
            const PgReply r = reply;
            QMetaObject::invokeMethod(session, &PgSession::close, Qt::QueuedConnection);
            session->deleteLater();
            if (!r.ok()) {
                done(false, {}, r.error.message());
                return;
            }
            QMap<QString, qint64> counts;
            const PgResult rows = r.first();
            for (int i = 0; i < rows.rowCount(); ++i)
                counts.insert(rows.value(i, 0).toString(), rows.value(i, 1).toLongLong());
            done(true, counts, QString());
        });
    });
    session->open(o, password);
}

} // namespace Valvur
