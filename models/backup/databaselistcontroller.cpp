#include "backup/databaselistcontroller.h"

#include "backup/backupsql.h"
#include "backup/oneshotquery.h"
#include "pg/pgreply.h"

namespace Valvur {

DatabaseListController::DatabaseListController(const QString &applicationName, QObject *parent)
    : QObject(parent)
    , m_query(new OneShotQuery(applicationName, this))
{
    connect(m_query, &OneShotQuery::connectFailed, this, &DatabaseListController::connectFailed);
}

void DatabaseListController::clear()
{
    m_query->reset();
    m_names.clear();
    m_bytes.clear();
    m_loaded = false;
}

void DatabaseListController::list(const ConnectionOptions &options, const QString &password)
{
    clear();
    m_query->run(options, password, Sql::databaseList(), [this](const PgReply &reply) {
        if (!reply.ok()) {
            Q_EMIT failed(reply.error);
            return;
        }
        for (const QVariantList &row : reply.first().rows()) {
            const QString name = row.at(0).toString();
            m_names << name;
            m_bytes.insert(name, row.at(1).isNull() ? -1 : row.at(1).toLongLong());
        }
        m_loaded = true;
        Q_EMIT listed();
    });
}

} // namespace Valvur
