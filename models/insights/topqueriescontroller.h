#pragma once

#include "insights/insightcontroller.h"

#include <QDateTime>

namespace Valvur {

class KeyedTableModel;

// The Top queries page without widgets: first only the catalog question whether
// pg_stat_statements can be read here (Sql::topQueriesFacts), then the statements by total time
// with each one's share (Sql::topQueries). Resetting the counters and creating the extension go
// through here too.
class TopQueriesController : public InsightController
{
    Q_OBJECT
public:
    enum Column { Key, Share, Calls, Total, Mean, Query, Min, Max, Stddev, Rows, HitRatio, Role, Database, ColumnCount };
    enum class Action { Reset, CreateExtension };
    Q_ENUM(Action)

    explicit TopQueriesController(QObject *parent = nullptr);

    QString statement() const override;
    QString psqlCommand() const override;
    int refreshEveryTicks() const override { return 5; } // pg_stat_statements is not free to read

    KeyedTableModel *statements() const { return m_statements; }
    // Whether the extension is installed in this database, its library preloaded, and its views
    // readable: all three, or the page explains how to switch it on.
    bool isAvailable() const { return m_installed && m_preloaded && m_readable; }
    bool isInstalled() const { return m_installed; }
    bool isPreloaded() const { return m_preloaded; }
    bool isPreloadedKnown() const { return m_preloadedKnown; }
    bool seesAll() const { return m_seesAll; }
    QDateTime statsReset() const { return m_statsReset; }
    // Statements of other users whose text this role may not read.
    int hiddenCount() const { return m_hiddenCount; }
    static bool isHiddenQuery(const QVariant &query);

    // pg_stat_statements_reset() / CREATE EXTENSION pg_stat_statements, then a refresh.
    void resetStatements();
    void createExtension();

Q_SIGNALS:
    void actionFailed(Valvur::TopQueriesController::Action action, const Valvur::PgError &error);

protected:
    void handleReply(const PgReply &reply) override;
    void resetData() override;

private:
    void runAction(Action action, const QString &sql);

    KeyedTableModel *m_statements;
    QDateTime m_statsReset;
    bool m_preloaded = true;
    bool m_preloadedKnown = true;
    bool m_installed = true;
    bool m_readable = false;
    bool m_seesAll = true;
    int m_hiddenCount = 0;
};

} // namespace Valvur
