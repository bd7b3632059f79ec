#include "insights/topqueriescontroller.h"

#include "keyedtablemodel.h"
#include "monitoring/insightsql.h"
#include "pg/pgreply.h"

namespace Valvur {

TopQueriesController::TopQueriesController(QObject *parent)
    : InsightController(parent)
    , m_statements(new KeyedTableModel(this))
{
    m_statements->setKeyColumns({Key});
}

QString TopQueriesController::statement() const
{
    // Only the catalog question until it has said that pg_stat_statements can be read here.
    return isAvailable() ? Sql::topQueries() : Sql::topQueriesFacts();
}

QString TopQueriesController::psqlCommand() const
{
    return Sql::topQueriesPsql();
}

bool TopQueriesController::isHiddenQuery(const QVariant &query)
{
    return query.toString() == QLatin1String("<insufficient privilege>");
}

void TopQueriesController::resetData()
{
    m_statements->clear();
    m_statsReset = QDateTime();
    m_installed = m_preloaded = m_preloadedKnown = m_seesAll = true;
    m_readable = false; // the first refresh asks the catalog only
    m_hiddenCount = 0;
}

void TopQueriesController::handleReply(const PgReply &reply)
{
    const PgResult facts = reply.at(0);
    if (facts.rowCount() == 0) {
        setError(reply.error);
        return;
    }
    m_installed = facts.value(0, 0).isValid();
    m_preloadedKnown = true; // pg_stat_statements.max tells every user
    m_preloaded = facts.value(0, 1).toBool();
    m_seesAll = facts.value(0, 2).toBool();
    const bool wasReadable = m_readable;
    m_readable = facts.value(0, 3).toBool();
    if (!isAvailable()) {
        setError(PgError());
        m_statements->clear();
        m_statsReset = QDateTime();
        m_hiddenCount = 0;
        markRefreshed(); // the explanation is what the page has to say
        return;
    }
    if (!reply.ok() || reply.results.size() < 3) {
        setError(reply.error);
        if (!wasReadable && reply.ok())
            refresh(); // the catalog said yes: now read the statements
        return;
    }
    setError(PgError());
    m_statsReset = reply.at(1).value(0, 0).toDateTime();
    const QList<QVariantList> rows = reply.at(2).rows();
    m_hiddenCount = 0;
    for (const QVariantList &row : rows) {
        if (isHiddenQuery(row.value(Query)))
            ++m_hiddenCount;
    }
    m_statements->update(rows);
    markRefreshed();
}

void TopQueriesController::resetStatements()
{
    runAction(Action::Reset, Sql::resetStatements());
}

void TopQueriesController::createExtension()
{
    runAction(Action::CreateExtension, Sql::createStatementsExtension());
}

void TopQueriesController::runAction(Action action, const QString &sql)
{
    send(session(), sql, {}, [this, action](const PgReply &reply) {
        if (!reply.ok()) {
            Q_EMIT actionFailed(action, reply.error);
            return;
        }
        if (action == Action::Reset)
            m_statements->clear();
        refresh();
    });
}

} // namespace Valvur
