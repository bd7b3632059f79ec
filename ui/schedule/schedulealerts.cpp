#include "schedule/schedulealerts.h"

#include "profiletreemodel.h"
#include "schedule/schedulecontroller.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QVariantMap>

namespace Valvur {

ScheduleAlerts::ScheduleAlerts(ScheduleController *schedules, ProfileTreeModel *serverList, QObject *parent)
    : QObject(parent)
    , m_schedules(schedules)
    , m_serverList(serverList)
{
    auto update = [this] { m_serverList->setAlerts(m_schedules->failingProfiles()); };
    connect(m_schedules, &ScheduleController::changed, this, update);
    connect(m_schedules, &ScheduleController::becameFailing, this, &ScheduleAlerts::notify);
    update();
}

void ScheduleAlerts::notify(const QString &scheduleId, const QString &profileName, const QStringList &problems)
{
    const QString summary = tr("Backups of %1 need attention").arg(profileName);
    const QString body = tr("Schedule %1: %2").arg(scheduleId, problems.join(QLatin1Char(' ')));
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
                                                       QStringLiteral("/org/freedesktop/Notifications"),
                                                       QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    call << QStringLiteral("Valvur") << uint(0) << QStringLiteral("ee.valvur.Valvur") << summary << body << QStringList()
         << QVariantMap() << -1;
    QDBusConnection::sessionBus().asyncCall(call); // never waits: no answer is needed
    Q_EMIT notified(summary, body);
}

} // namespace Valvur
