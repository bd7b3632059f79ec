#pragma once

#include "schedule/backupschedule.h"
#include "schedule/scheduleinstaller.h"
#include "schedule/schedulestatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

class QSettings;

namespace Valvur {

class ProfileStore;
class ScheduleStore;

// The window's view of the backup schedules (widget-free): each schedule with its status, read from
// its history file, refreshed every minute and whenever the settings change; the profiles whose
// schedule is failing (the server list paints them red); becameFailing() once for each schedule
// failing when the window opens (from the event loop) and once when one turns from healthy to
// failing while the window runs (the desktop notification). Saving and removing a
// schedule goes through ScheduleInstaller (asynchronous: the window never waits on systemctl or
// crontab); saved() tells the outcome.
class ScheduleController : public QObject
{
    Q_OBJECT
public:
    struct Row
    {
        BackupSchedule schedule;
        ScheduleStatus status;
        QString profileName;
    };

    // profiles: the window's saved profiles (so a profile added there is offered at once); null: its own.
    explicit ScheduleController(QSettings *settings, ProfileStore *profiles = nullptr, QObject *parent = nullptr);

    const QList<Row> &rows() const { return m_rows; }
    QList<Row> rowsFor(const QString &profileId) const;
    // Profile id → the first problem of its failing schedule(s).
    const QHash<QString, QString> &failingProfiles() const { return m_failingProfiles; }
    ProfileStore *profiles() const { return m_profiles; }

    // For tests: the clock the status is computed at (default: the current time).
    void setClock(std::function<QDateTime()> clock);
    // The valvur the timers run (default: this program).
    void setProgram(const QString &program) { m_program = program; }

    // Adds (no id) or replaces a schedule and installs its timer or crontab line; removes it and
    // its units or line. Busy while one runs: a second call is refused (returns false).
    bool save(const BackupSchedule &schedule);
    bool remove(const QString &id);
    bool isBusy() const { return m_installer != nullptr; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void changed();
    void becameFailing(const QString &scheduleId, const QString &profileName, const QStringList &problems);
    // ok: installed/removed; method: what it used; error: why not (in the user's language).
    void saved(bool ok, const QString &scheduleId, Valvur::ScheduleInstaller::Method method, const QString &error);

private:
    QSettings *m_settings;
    ProfileStore *m_profiles;
    ScheduleStore *m_store;
    QTimer m_timer;
    QList<Row> m_rows;
    QHash<QString, QString> m_failingProfiles;
    QSet<QString> m_failing; // schedule ids failing at the last refresh
    bool m_first = true;
    std::function<QDateTime()> m_clock;
    QString m_program;
    ScheduleInstaller *m_installer = nullptr;
};

} // namespace Valvur
