#pragma once

#include "pages/page.h"
#include "pg/serverconnection.h"

#include <QPointer>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace Valvur {

class ConnectionBanner;
class InsightController;
class InsightTable;
class ServerConnection;

// What the six insight pages share: the connection banner, a tool row (filter, copy, export CSV,
// Show SQL, refresh), a line saying what is hidden and why, an empty state, and the binding to
// the page's InsightController (models/insights/), which sends the statements and shapes the
// rows. A page supplies its controller, its content widget and how to word the data
// (showData(), called after every refresh).
class InsightPage : public Page
{
    Q_OBJECT
public:
    explicit InsightPage(const PageContext &context, QWidget *parent = nullptr);

    void setServer(ServerConnection *server) override;
    bool hasData() const override { return m_hasData; }
    void setActive(bool active) override;
    void refreshNow() override;

    // The statement text of the last request the controller sent, and how many requests it sent
    // (tests prove "one request per refresh" and "Show SQL is what ran" with these).
    QString lastSentSql() const;
    quint64 requestCount() const;
    // What "Show SQL" shows.
    QString statement() const;
    QString psqlCommand() const;
    InsightController *controller() const { return m_controller; }

protected:
    // The page's controller (called once from the subclass's constructor).
    void setController(InsightController *controller);
    virtual QString sqlExplanation() const;
    // The controller has new data: word it. Call markDataReady() once real data is shown.
    virtual void showData() = 0;
    // The server changed (or went away): the view forgets what it showed of the old one.
    virtual void resetData() {}
    virtual void retranslatePage() = 0;

    void retranslate() final;
    void showRefreshError(const QString &text) override { setErrorText(text); }

    ServerConnection *server() const { return m_server; }
    void setContent(QWidget *content);
    void addTable(InsightTable *table);          // joins filter, copy and export
    QHBoxLayout *toolRow() const { return m_toolRow; }
    void setHiddenNote(const QString &text);     // empty hides the line
    void setErrorText(const QString &text);      // empty hides it
    void showEmptyState(const QString &text);    // replaces the content with a sentence
    void showContent();
    void markDataReady();
    InsightTable *activeTable() const;

private:
    void exportCsv();

    QPointer<ServerConnection> m_server;
    InsightController *m_controller = nullptr;
    ConnectionBanner *m_banner;
    QHBoxLayout *m_toolRow;
    QLineEdit *m_filter;
    QPushButton *m_copy;
    QPushButton *m_export;
    QPushButton *m_showSql;
    QPushButton *m_refresh;
    QLabel *m_hiddenNote;
    QLabel *m_error;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QWidget *m_content = nullptr;
    QList<InsightTable *> m_tables;
    QPointer<InsightTable> m_lastFocusedTable;
    QString m_emptyText;
    bool m_hasData = false;
};

} // namespace Valvur
