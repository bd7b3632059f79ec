#pragma once

#include <QObject>
#include <QStringList>

namespace Valvur {

class ProfileTreeModel;
class ScheduleController;

// Makes a failing backup schedule impossible to miss while the window runs: the profile's entry in
// the server list turns red (with the reason as its tooltip), and a schedule that turns failing
// raises a desktop notification (org.freedesktop.Notifications, sent asynchronously; where no
// notification service answers, the red entry and the Backups page still say it).
class ScheduleAlerts : public QObject
{
    Q_OBJECT
public:
    ScheduleAlerts(ScheduleController *schedules, ProfileTreeModel *serverList, QObject *parent = nullptr);

Q_SIGNALS:
    // The notification that was sent (tests read it).
    void notified(const QString &summary, const QString &body);

private:
    void notify(const QString &scheduleId, const QString &profileName, const QStringList &problems);

    ScheduleController *m_schedules;
    ProfileTreeModel *m_serverList;
};

} // namespace Valvur
