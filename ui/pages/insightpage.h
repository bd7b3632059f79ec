#pragma once

#include "pages/page.h"
#include "pg/pgreply.h"
#include "pg/serverconnection.h"

#include <QElapsedTimer>
#include <QPointer>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace Valvur {

class ConnectionBanner;
class InsightTable;
class PgSession;
class ServerConnection;

// What the six insight pages share: the connection banner, a tool row (filter, copy, export CSV,
// Show SQL, refresh), a line saying what is hidden and why, an empty state, and a refresh that
// runs the page's statements in one request on the ServerConnection tick — only while the page
// is visible, every refreshEveryTicks() ticks. A page supplies its statement, its psql
// equivalent, its content widget and what to do with the reply.
class InsightPage : public Page
{
    Q_OBJECT
public:
    explicit InsightPage(const PageContext &context, QWidget *parent = nullptr);

    void setServer(ServerConnection *server) override;
    bool hasData() const override { return m_hasData; }
    void setActive(bool active) override;
    void refreshNow() override;

    // The statement text of the last request this page sent, and how many requests it sent
    // (tests prove "one request per refresh" and "Show SQL is what ran" with these).
    QString lastSentSql() const { return m_lastSentSql; }
    quint64 requestCount() const { return m_requestCount; }
    // What "Show SQL" shows.
    virtual QString statement() const = 0;
    virtual QString psqlCommand() const { return {}; }

protected:
    virtual QString sqlExplanation() const;
    virtual int refreshEveryTicks() const { return 2; }
    // The reply of a refresh request. Call markDataReady() once real data is shown.
    virtual void handleReply(const PgReply &reply) = 0;
    // The server changed (or went away): forget everything from the old one.
    virtual void resetData() {}
    // Sends the refresh; the default sends statement() on the monitoring session.
    virtual void sendRefresh();
    virtual void retranslatePage() = 0;

    void retranslate() final;
    void showRefreshError(const QString &text) override { setErrorText(text); }

    // Sends sql on session, counting it, dropping replies from before a server switch.
    void send(PgSession *session, const QString &sql, const QVariantList &params, std::function<void(const PgReply &)> handler);
    void refreshDone() { m_inFlight = false; }

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
    void onTick();
    void exportCsv();

    QPointer<ServerConnection> m_server;
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
    QString m_lastSentSql;
    quint64 m_requestCount = 0;
    quint64 m_generation = 0;
    bool m_hasData = false;
    bool m_inFlight = false;
    int m_ticks = 0;
    QElapsedTimer m_sinceRefresh;
};

} // namespace Valvur
