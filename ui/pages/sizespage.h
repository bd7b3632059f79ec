#pragma once

#include "insights/sizescontroller.h"
#include "pages/insightpage.h"

class QLabel;

namespace Valvur {

// Sizes: the databases (\l+), and the tables of one database (\dt+) with heap, indexes, TOAST
// and total, largest first, row estimates and growth since the page opened. The tables of the
// database the monitoring session is connected to come in the same request as the databases;
// for another database the controller opens a short-lived second session to it.
class SizesPage : public InsightPage
{
    Q_OBJECT
public:
    // A table locked by another session shows "locked by PID N" instead of its sizes.
    using enum SizesController::DbColumn;
    using enum SizesController::TableColumn;

    explicit SizesPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("sizes"); }
    QString title() const override;

    InsightTable *databasesTable() const { return m_databases; }
    InsightTable *tablesTable() const { return m_tables; }
    QString selectedDatabase() const { return m_controller->selectedDatabase(); }
    void selectDatabase(const QString &name) { m_controller->selectDatabase(name); }
    SizesController *sizes() const { return m_controller; }

protected:
    QString sqlExplanation() const override;
    void showData() override;
    void resetData() override;
    void retranslatePage() override;

private:
    void selectCurrentDatabase();
    void updateTexts();

    SizesController *m_controller;
    InsightTable *m_databases;
    InsightTable *m_tables;
    QLabel *m_tablesTitle;
};

} // namespace Valvur
