#pragma once

#include "insights/rolescontroller.h"
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
    using enum RolesController::DbColumn;
    using enum RolesController::RoleColumn;
    using enum RolesController::DescribeColumn;

    explicit RolesPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("roles"); }
    QString title() const override;

    InsightTable *databasesTable() const { return m_databases; }
    InsightTable *rolesTable() const { return m_roles; }
    InsightTable *describeTable() const { return m_describe; }
    // Runs \d for this table (schema-qualified or not); the result lands in describeTable().
    void describe(const QString &table) { m_controller->describe(table); }
    RolesController *roles() const { return m_controller; }

Q_SIGNALS:
    void described(const QString &table, bool ok);

protected:
    void showData() override;
    void resetData() override;
    void retranslatePage() override;

private:
    void updateNote();
    void showTableNames();
    void showDescription(const QString &table, bool ok, const PgError &error);

    RolesController *m_controller;
    InsightTable *m_databases;
    InsightTable *m_roles;
    InsightTable *m_describe;
    QGroupBox *m_dbBox;
    QGroupBox *m_rolesBox;
    QGroupBox *m_describeBox;
    QComboBox *m_tableChoice;
    QPushButton *m_describeButton;
    QPushButton *m_describeSql;
};

} // namespace Valvur
