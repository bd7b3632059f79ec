#pragma once

#include "insights/topqueriescontroller.h"
#include "pages/insightpage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QMessageBox;

namespace Valvur {

// Top queries (pg_stat_statements): calls, total/mean/min/max/stddev time, rows, shared-buffer
// hit ratio and each statement's share of all the time, as a bar; the full text of the selected
// statement below. Explains how to switch the extension on when it is missing.
class TopQueriesPage : public InsightPage
{
    Q_OBJECT
public:
    using enum TopQueriesController::Column;

    explicit TopQueriesPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("queries"); }
    QString title() const override;
    InsightTable *table() const { return m_table; }
    TopQueriesController *statements() const { return m_controller; }

protected:
    void showData() override;
    void resetData() override;
    void retranslatePage() override;

private:
    void updateDetail();
    void updateTexts();
    void confirmReset();
    void showActionError(TopQueriesController::Action action, const PgError &error);

    TopQueriesController *m_controller;
    InsightTable *m_table;
    QStackedWidget *m_inner;
    QWidget *m_statsView;
    QWidget *m_missingView;
    QLabel *m_missingText;
    QPushButton *m_createExtension;
    QPlainTextEdit *m_detail;
    QLabel *m_since;
    QPushButton *m_reset;
    QPointer<QMessageBox> m_confirm;
};

} // namespace Valvur
