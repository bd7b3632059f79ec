#pragma once

#include "keyedtablemodel.h"

#include <QElapsedTimer>
#include <QTimer>

namespace Valvur {

// pg_stat_activity as a table that follows the server by diff (key: pid + backend_start), so
// selection, scroll position and the detail pane survive every refresh. Durations tick live
// between refreshes against the server's clock; rows that deserve attention are highlighted
// (a long query, a long idle-in-transaction, a wait on a lock). Rows are the Sql::activity()
// rows as they came; Field names their columns, Column the columns shown.
class ActivityModel : public KeyedTableModel
{
    Q_OBJECT
public:
    // The columns of Sql::activity()'s second row set, in order.
    enum Field {
        FPid, FStartedUs, FDatabase, FUser, FApplication, FClientAddr, FClientPort, FBackendType, FState,
        FWaitEventType, FWaitEvent, FBackendStart, FXactStart, FQueryStart, FStateChange, FBlockedBy,
        FLockMode, FLockType, FLockRelation, FQuery, FIsSelf, FieldCount
    };
    // The columns of the table.
    enum Column {
        Pid, Database, User, Application, Client, BackendType, State, Wait, BackendStart, XactStart, QueryStart,
        QueryDuration, XactDuration, StateDuration, BlockedBy, Query, ColumnCount
    };
    enum Highlight { None = 0, LongQuery = 1, LongIdleInTransaction = 2, WaitingOnLock = 4 };
    enum Role { HighlightRole = Qt::UserRole + 1 };

    explicit ActivityModel(QObject *parent = nullptr);

    // Sets the headers in the current language (call again on a language change).
    void retranslate();

    // One refresh: the server's clock (epoch seconds) and the rows of Sql::activity().
    void setSessions(double serverNow, const QList<QVariantList> &rows);
    void clear();

    void setLongQuerySeconds(int s);
    void setIdleInTransactionSeconds(int s);
    int longQuerySeconds() const { return m_longQuerySeconds; }
    int idleInTransactionSeconds() const { return m_idleInTransactionSeconds; }

    // The durations tick once a second while on (the page turns it off while hidden).
    void setTicking(bool on);

    // The server's clock now: the last refresh's clock plus what passed since.
    double serverNow() const;
    int highlight(int row) const;
    bool isOwn(int row) const; // Valvur's own sessions: this one, or application_name=valvur
    static QString firstLine(const QString &query);
    QString stateText(const QVariantList &row) const;

    QVariant data(const QModelIndex &index, int role) const override;

Q_SIGNALS:
    // Once a second (and after each refresh): the durations and highlights moved on; views repaint.
    void durationsTicked();

private:
    double age(const QVariant &epoch) const;
    QVariant durationValue(const QVariantList &row, int column) const;
    void tickDurations();

    double m_serverNow = 0;
    QElapsedTimer m_sinceRefresh;
    QTimer m_tick;
    int m_longQuerySeconds = 60;
    int m_idleInTransactionSeconds = 30;
};

} // namespace Valvur
