#pragma once

#include "pages/insightpage.h"

#include <QDateTime>

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
    enum Column { Key, Share, Calls, Total, Mean, Query, Min, Max, Stddev, Rows, HitRatio, Role, Database, ColumnCount };

    explicit TopQueriesPage(const PageContext &context, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("queries"); }
    QString title() const override;
    QString statement() const override;
    QString psqlCommand() const override;
    InsightTable *table() const { return m_table; }

protected:
    int refreshEveryTicks() const override { return 5; } // pg_stat_statements is not free to read
    void handleReply(const PgReply &reply) override;
    void resetData() override;
    void retranslatePage() override;

private:
    void updateDetail();
    void updateTexts();
    void confirmReset();
    void createExtension();

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
    QDateTime m_statsReset;
    QString m_installedVersion;
    bool m_preloaded = true;
    bool m_preloadedKnown = true;
    bool m_installed = true;
    bool m_readable = false;
    bool m_seesAll = true;
    int m_hiddenCount = 0;
};

} // namespace Valvur
