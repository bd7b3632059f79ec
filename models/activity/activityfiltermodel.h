#pragma once

#include <QSortFilterProxyModel>

namespace Valvur {

class ActivityModel;

// What the Activity page's filter bar asks for: hide idle sessions, one state / database / user /
// application, a free-text search over the query, background processes (everything that is not
// a client backend) and Valvur's own sessions shown or hidden. Filtering reads the source rows
// directly (no QVariant round trip through data()), so a thousand rows filter in well under a
// millisecond. Sorting uses Qt::UserRole (raw values).
class ActivityFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActivityFilterModel(QObject *parent = nullptr);

    void setActivityModel(ActivityModel *model);
    ActivityModel *activityModel() const { return m_model; }

    void setHideIdle(bool on);
    void setState(const QString &state);          // raw pg_stat_activity.state; empty: any
    void setDatabase(const QString &database);    // empty: any
    void setUser(const QString &user);
    void setApplication(const QString &application);
    void setSearchText(const QString &text);      // case-insensitive, over the query (and pid)
    void setShowBackground(bool on);
    void setShowOwn(bool on);

    bool hideIdle() const { return m_hideIdle; }
    bool showBackground() const { return m_showBackground; }
    bool showOwn() const { return m_showOwn; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    ActivityModel *m_model = nullptr;
    bool m_hideIdle = false;
    bool m_showBackground = false;
    bool m_showOwn = false;
    QString m_state;
    QString m_database;
    QString m_user;
    QString m_application;
    QString m_search;
};

} // namespace Valvur
