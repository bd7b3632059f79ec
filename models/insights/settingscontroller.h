#pragma once

#include "insights/insightcontroller.h"

#include <QStringList>

namespace Valvur {

class KeyedTableModel;

// The Settings page without widgets: the settings the course names (Sql::settings), which of them
// wait for a restart, which this role may not read, and the two the connection calculator needs.
class SettingsController : public InsightController
{
    Q_OBJECT
public:
    enum Column { Name, Value, Setting, Unit, Source, Context, PendingRestart, Description };

    explicit SettingsController(QObject *parent = nullptr);

    QString statement() const override;
    QString psqlCommand() const override;
    int refreshEveryTicks() const override { return 10; }
    KeyedTableModel *settings() const { return m_settings; }
    // Changed in the configuration but in effect only after a restart.
    const QStringList &pendingRestart() const { return m_pending; }
    // Course settings pg_settings left out: this role may not read them.
    const QStringList &hidden() const { return m_hidden; }
    qint64 sharedBuffersBytes() const { return m_sharedBuffers; } // -1: not known
    int maxConnections() const { return m_maxConnections; }     // -1: not known

protected:
    void handleReply(const PgReply &reply) override;
    void resetData() override;

private:
    KeyedTableModel *m_settings;
    QStringList m_pending;
    QStringList m_hidden;
    qint64 m_sharedBuffers = -1;
    int m_maxConnections = -1;
};

} // namespace Valvur
