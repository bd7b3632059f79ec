#include "insights/rolescontroller.h"

#include "keyedtablemodel.h"
#include "monitoring/insightsql.h"
#include "pg/pgreply.h"

#include <utility>

namespace Valvur {

RolesController::RolesController(QObject *parent)
    : InsightController(parent)
    , m_databases(new KeyedTableModel(this))
    , m_roles(new KeyedTableModel(this))
    , m_describe(new KeyedTableModel(this))
{
    m_databases->setKeyColumns({DbName});
    m_roles->setKeyColumns({RName});
    m_describe->setKeyColumns({DKind, DName});
}

QString RolesController::statement() const
{
    return Sql::databasesAndRoles();
}

QString RolesController::psqlCommand() const
{
    return QStringLiteral("\\l   \\du   \\dt");
}

QString RolesController::describeStatement()
{
    return Sql::describeTable();
}

void RolesController::resetData()
{
    m_databases->clear();
    m_roles->clear();
    m_describe->clear();
    m_tables.clear();
    m_described.clear();
    m_refreshedWhenDescribed = false;
    m_hiddenSizes = 0;
    Q_EMIT tableNamesChanged();
}

void RolesController::handleReply(const PgReply &reply)
{
    if (!reply.ok() || reply.results.size() < 3) {
        setError(reply.error);
        return;
    }
    setError(PgError());
    m_hiddenSizes = 0;
    // values: iterating a temporary PgResult's rows() would dangle
    const PgResult databases = reply.at(0);
    const PgResult roleRows = reply.at(1);
    const PgResult tableRows = reply.at(2);
    for (const QVariantList &row : databases.rows()) {
        if (!row.value(DbSize).isValid())
            ++m_hiddenSizes;
    }
    m_databases->update(databases.rows());
    QList<QVariantList> roles;
    for (QVariantList row : roleRows.rows()) {
        row.insert(RAttributes, QVariant());
        roles << row;
    }
    m_roles->update(roles);
    QStringList tables;
    for (const QVariantList &row : tableRows.rows())
        tables << row.value(0).toString();
    if (tables != m_tables) {
        m_tables = tables;
        Q_EMIT tableNamesChanged();
    }
    if (m_described.isEmpty() && !tables.isEmpty()) {
        // Something to look at from the start. The page's first picture (and --screenshot) includes
        // it: on the first refresh the data is ready when the \d lands.
        m_refreshedWhenDescribed = !hasData();
        describe(tables.first());
        if (m_refreshedWhenDescribed)
            return;
    }
    markRefreshed();
}

void RolesController::describe(const QString &table)
{
    if (!session() || table.isEmpty())
        return;
    m_described = table;
    send(session(), Sql::describeTable(), {table}, [this, table](const PgReply &reply) {
        if (table != m_described)
            return;
        m_describe->clear(); // another table (or none): start afresh
        if (reply.ok())
            m_describe->update(reply.first().rows());
        Q_EMIT described(table, reply.ok(), reply.error);
        if (std::exchange(m_refreshedWhenDescribed, false))
            markRefreshed();
    });
}

} // namespace Valvur
