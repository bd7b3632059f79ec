#include "insights/settingscontroller.h"

#include "keyedtablemodel.h"
#include "monitoring/insightsql.h"
#include "pg/connectionbudget.h"
#include "pg/pgreply.h"

namespace Valvur {

SettingsController::SettingsController(QObject *parent)
    : InsightController(parent)
    , m_settings(new KeyedTableModel(this))
{
    m_settings->setKeyColumns({Name});
}

QString SettingsController::statement() const
{
    return Sql::settings();
}

QString SettingsController::psqlCommand() const
{
    return QStringLiteral("SHOW max_connections;   SHOW shared_buffers;   SHOW ALL;");
}

void SettingsController::resetData()
{
    m_settings->clear();
    m_hidden.clear();
    m_pending.clear();
    m_sharedBuffers = -1;
    m_maxConnections = -1;
}

void SettingsController::handleReply(const PgReply &reply)
{
    if (!reply.ok()) {
        setError(reply.error);
        return;
    }
    setError(PgError());
    const PgResult result = reply.first();
    QStringList seen;
    m_pending.clear();
    for (const QVariantList &row : result.rows()) {
        const QString name = row.value(Name).toString();
        seen << name;
        if (row.value(PendingRestart).toBool())
            m_pending << name;
        if (name == QLatin1String("shared_buffers"))
            m_sharedBuffers = ConnectionBudget::settingBytes(row.value(Setting).toString(), row.value(Unit).toString());
        else if (name == QLatin1String("max_connections"))
            m_maxConnections = row.value(Setting).toInt();
    }
    m_hidden.clear();
    for (const QString &name : Sql::courseSettings()) {
        if (!seen.contains(name))
            m_hidden << name;
    }
    m_settings->update(result.rows());
    markRefreshed();
}

} // namespace Valvur
