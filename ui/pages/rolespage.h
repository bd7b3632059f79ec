#pragma once

#include "pages/insightpage.h"

class QComboBox;
class QGroupBox;
class QPushButton;

namespace Valvur {

// Databases and roles: what psql's \l and \du show, and a table's columns, indexes and
// constraints (\d name) on demand.
class RolesPage : public InsightPage
{
    Q_OBJECT
public:
    enum DbColumn { DbName, DbOwner, DbEncoding, DbCollate, DbCtype, DbSize, DbConnLimit, DbAllowConn };
    enum RoleColumn { RName, RAttributes, RSuper, RCreateRole, RCreateDb, RLogin, RReplication, RBypassRls, RInherit,
                      RConnLimit, RValidUntil, RMemberOf };
    enum DescribeColumn { DKind, DPosition, DName, DDefinition, DNotNull, DExtra };

    explicit RolesPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("roles"); }
    QString title() const override;
    QString statement() const override;
    QString psqlCommand() const override;

    InsightTable *databasesTable() const { return m_databases; }
    InsightTable *rolesTable() const { return m_roles; }
    InsightTable *describeTable() const { return m_describe; }
    // Runs \d for this table (schema-qualified or not); the result lands in describeTable().
    void describe(const QString &table);

Q_SIGNALS:
    void described(const QString &table, bool ok);

protected:
    int refreshEveryTicks() const override { return 10; }
    void handleReply(const PgReply &reply) override;
    void resetData() override;
    void retranslatePage() override;

private:
    void updateNote();

    InsightTable *m_databases;
    InsightTable *m_roles;
    InsightTable *m_describe;
    QGroupBox *m_dbBox;
    QGroupBox *m_rolesBox;
    QGroupBox *m_describeBox;
    QComboBox *m_tableChoice;
    QPushButton *m_describeButton;
    QPushButton *m_describeSql;
    QString m_described;
    int m_hiddenSizes = 0;
};

} // namespace Valvur
