#pragma once

#include "insights/insightcontroller.h"

#include <QStringList>

namespace Valvur {

class KeyedTableModel;

// The Databases and roles page without widgets: what psql's \l and \du show, the tables \d can
// describe, and one table's columns, indexes and constraints (\d name) on demand.
class RolesController : public InsightController
{
    Q_OBJECT
public:
    enum DbColumn { DbName, DbOwner, DbEncoding, DbCollate, DbCtype, DbSize, DbConnLimit, DbAllowConn };
    // RAttributes is empty in the model: the page words the flags after it.
    enum RoleColumn { RName, RAttributes, RSuper, RCreateRole, RCreateDb, RLogin, RReplication, RBypassRls, RInherit,
                      RConnLimit, RValidUntil, RMemberOf };
    // DKind: 1 column, 2 index, 3 constraint.
    enum DescribeColumn { DKind, DPosition, DName, DDefinition, DNotNull, DExtra };

    explicit RolesController(QObject *parent = nullptr);

    QString statement() const override;
    QString psqlCommand() const override;
    int refreshEveryTicks() const override { return 10; }
    // The statement of \d (for its own "Show SQL").
    static QString describeStatement();

    KeyedTableModel *databases() const { return m_databases; }
    KeyedTableModel *roles() const { return m_roles; }
    KeyedTableModel *description() const { return m_describe; }
    // schema.table of every table \d can describe.
    const QStringList &tableNames() const { return m_tables; }
    int hiddenSizes() const { return m_hiddenSizes; }
    QString describedTable() const { return m_described; }
    // Runs \d for this table (schema-qualified or not); the result lands in description(). The
    // first refresh describes the first table by itself.
    void describe(const QString &table);

Q_SIGNALS:
    void tableNamesChanged();
    // error: why it failed (null when ok). No table of that name: sqlState 42P01.
    void described(const QString &table, bool ok, const Valvur::PgError &error);

protected:
    void handleReply(const PgReply &reply) override;
    void resetData() override;

private:
    KeyedTableModel *m_databases;
    KeyedTableModel *m_roles;
    KeyedTableModel *m_describe;
    QStringList m_tables;
    QString m_described;
    bool m_refreshedWhenDescribed = false; // the first refresh waits for its automatic \d
    int m_hiddenSizes = 0;
};

} // namespace Valvur
