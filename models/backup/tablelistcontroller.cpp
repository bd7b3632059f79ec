#include "backup/tablelistcontroller.h"

#include "backup/backupsql.h"
#include "backup/oneshotquery.h"
#include "pg/pgreply.h"

namespace Valvur {

TableListController::TableListController(const QString &applicationName, QObject *parent)
    : QObject(parent)
    , m_query(new OneShotQuery(applicationName, this))
{
    connect(m_query, &OneShotQuery::connectFailed, this, [this](const PgError &e) {
        m_key.clear(); // asking again tries again
        Q_EMIT failed(e);
    });
}

void TableListController::clear()
{
    m_query->reset();
    m_key.clear();
    m_tables.clear();
    m_loaded = false;
}

bool TableListController::list(const ConnectionOptions &options, const QString &password, const QString &database)
{
    ConnectionOptions o = options;
    o.setValue(QStringLiteral("dbname"), database);
    const QString key = o.toConnInfo(false);
    if (key == m_key)
        return false;
    clear();
    m_key = key;
    m_query->run(o, password, Sql::dumpableTables(), [this](const PgReply &reply) {
        if (!reply.ok()) {
            m_key.clear();
            Q_EMIT failed(reply.error);
            return;
        }
        for (const QVariantList &row : reply.first().rows())
            m_tables.append({row.at(0).toString(), row.at(1).toString()});
        m_loaded = true;
        Q_EMIT listed();
    });
    return true;
}

} // namespace Valvur
