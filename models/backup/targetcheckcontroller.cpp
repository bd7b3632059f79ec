#include "backup/targetcheckcontroller.h"

#include "backup/backupsql.h"
#include "backup/oneshotquery.h"
#include "pg/pgreply.h"

namespace Valvur {

TargetCheckController::TargetCheckController(const QString &applicationName, QObject *parent)
    : QObject(parent)
    , m_query(new OneShotQuery(applicationName, this))
{
    connect(m_query, &OneShotQuery::connectFailed, this, &TargetCheckController::failed);
}

void TargetCheckController::clear()
{
    m_query->reset();
    m_database.clear();
    m_tables = -1;
}

void TargetCheckController::check(const ConnectionOptions &options, const QString &password, const QString &database)
{
    clear();
    m_database = database;
    ConnectionOptions o = options;
    o.setValue(QStringLiteral("dbname"), database);
    m_query->run(o, password, Sql::userTableCount(), [this](const PgReply &reply) {
        if (!reply.ok()) {
            Q_EMIT failed(reply.error);
            return;
        }
        m_tables = reply.first().value(0, 0).toInt();
        Q_EMIT checked(m_tables);
    });
}

} // namespace Valvur
