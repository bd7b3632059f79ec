#pragma once

#include "insights/insightcontroller.h"

#include <QHash>

namespace Valvur {

class KeyedTableModel;
class PgResult;

// The Sizes page without widgets: the databases (\l+) and the tables of one database (\dt+) with
// heap, indexes, TOAST and total, row estimates and growth since the page opened. The tables of
// the database the monitoring session is connected to come in the same request as the
// databases; for another database the controller opens a second session to it (only while the
// page is active) and sends both requests together.
class SizesController : public InsightController
{
    Q_OBJECT
public:
    enum DbColumn { DbName, DbSize, DbAllowConnections, DbGrowth, DbColumnCount };
    // LockedBy: the session holding (or waiting for) an ACCESS EXCLUSIVE lock on the table; its
    // sizes are then not read (they would wait for the lock).
    enum TableColumn { Schema, Name, Heap, Indexes, Toast, Total, RowEstimate, LockedBy, Growth, TableColumnCount };

    explicit SizesController(QObject *parent = nullptr);
    ~SizesController() override;

    QString statement() const override;
    QString psqlCommand() const override;
    int refreshEveryTicks() const override { return 30; }
    void setActive(bool active) override;

    KeyedTableModel *databases() const { return m_databases; }
    KeyedTableModel *tables() const { return m_tables; }
    QString selectedDatabase() const { return m_database; }
    // Shows the tables of another database (refreshes at once).
    void selectDatabase(const QString &name);
    // True when the tables come from a second session (another database than the monitoring one).
    bool usesSideSession() const;
    int hiddenDatabases() const { return m_hiddenDatabases; }
    // Why the tables of the selected database cannot be read (null: they can).
    const PgError &tablesError() const { return m_sideError; }

Q_SIGNALS:
    // selectedDatabase() or tablesError() changed outside a refresh.
    void stateChanged();

protected:
    void sendRefresh() override;
    void handleReply(const PgReply &reply) override;
    void resetData() override;

private:
    QString monitoringDatabase() const;
    void closeSideSession();
    void showDatabases(const PgResult &result);
    void showTables(const PgResult &result);

    KeyedTableModel *m_databases;
    KeyedTableModel *m_tables;
    PgSession *m_side = nullptr;
    QString m_database;
    int m_pending = 0;
    quint64 m_refreshSerial = 0;
    int m_hiddenDatabases = 0;
    PgError m_sideError;
    QHash<QString, qint64> m_baseline; // size when first seen, for growth
};

} // namespace Valvur
