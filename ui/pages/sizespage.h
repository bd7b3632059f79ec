#pragma once

#include "pages/insightpage.h"

#include <QHash>

class QLabel;
class QSplitter;

namespace Valvur {

class PgSession;

// Sizes: the databases (\l+), and the tables of one database (\dt+) with heap, indexes, TOAST
// and total, largest first, row estimates and growth since the page opened. The tables of the
// database the monitoring session is connected to come in the same request as the databases;
// for another database the page opens a short-lived second session to it.
class SizesPage : public InsightPage
{
    Q_OBJECT
public:
    enum DbColumn { DbName, DbSize, DbAllowConnections, DbGrowth, DbColumnCount };
    // LockedBy: the session holding (or waiting for) an ACCESS EXCLUSIVE lock on the table; its
    // sizes are then not read (they would wait for the lock) and show "locked by PID N".
    enum TableColumn { Schema, Name, Heap, Indexes, Toast, Total, RowEstimate, LockedBy, Growth, TableColumnCount };

    explicit SizesPage(const PageContext &context, QWidget *parent = nullptr);
    ~SizesPage() override;

    QString pageId() const override { return QStringLiteral("sizes"); }
    QString title() const override;
    QString statement() const override;
    QString psqlCommand() const override;
    void setActive(bool active) override;

    InsightTable *databasesTable() const { return m_databases; }
    InsightTable *tablesTable() const { return m_tables; }
    QString selectedDatabase() const { return m_database; }
    void selectDatabase(const QString &name);

protected:
    QString sqlExplanation() const override;
    int refreshEveryTicks() const override { return 30; }
    void sendRefresh() override;
    void handleReply(const PgReply &reply) override;
    void resetData() override;
    void retranslatePage() override;

private:
    QString monitoringDatabase() const;
    bool usesSideSession() const;
    void closeSideSession();
    void showDatabases(const PgResult &result);
    void showTables(const PgResult &result);
    void updateTexts();

    InsightTable *m_databases;
    InsightTable *m_tables;
    QLabel *m_tablesTitle;
    PgSession *m_side = nullptr;
    QString m_database;
    int m_pending = 0;
    quint64 m_refreshSerial = 0;
    int m_hiddenDatabases = 0;
    QString m_sideError;
    QHash<QString, qint64> m_baseline; // size when first seen, for growth
};

} // namespace Valvur
