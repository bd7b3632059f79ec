#pragma once

#include "schedule/backupschedule.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

namespace Valvur {

// The backup schedules, kept in the given QSettings (array "schedules"), like ProfileStore keeps
// the profiles. Nothing secret is written: a schedule names a profile, whose password stays in the
// keychain. Every change is written at once; changed() follows.
class ScheduleStore : public QObject
{
    Q_OBJECT
public:
    explicit ScheduleStore(QSettings *settings, QObject *parent = nullptr);

    const QList<BackupSchedule> &schedules() const { return m_schedules; }
    std::optional<BackupSchedule> findById(const QString &id) const;
    QList<BackupSchedule> forProfile(const QString &profileId) const;

    // Adds a schedule; gives it a new id (and creation time) when it has none. *added gets it.
    bool add(const BackupSchedule &schedule, BackupSchedule *added = nullptr);
    // Replaces the schedule with the same id.
    bool update(const BackupSchedule &schedule);
    bool remove(const QString &id);
    void reload();

Q_SIGNALS:
    void changed();

private:
    void save();

    QSettings *m_settings;
    QList<BackupSchedule> m_schedules;
};

} // namespace Valvur
