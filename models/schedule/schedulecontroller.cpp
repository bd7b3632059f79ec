#include "schedule/schedulecontroller.h"

#include "profiles/profilestore.h"
#include "schedule/schedulehistory.h"
#include "schedule/schedulestore.h"
#include "schedule/scheduletext.h"

#include <QCoreApplication>
#include <QSettings>

namespace Valvur {

namespace {
constexpr int RefreshMs = 60 * 1000;
} // namespace

ScheduleController::ScheduleController(QSettings *settings, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_profiles(profiles ? profiles : new ProfileStore(settings, this))
    , m_store(new ScheduleStore(settings, this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_program(QCoreApplication::applicationFilePath())
{
    connect(m_store, &ScheduleStore::changed, this, &ScheduleController::refresh);
    connect(m_profiles, &ProfileStore::changed, this, &ScheduleController::refresh);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_store->reload(); // the command line may have added or removed one
        refresh();
    });
    m_timer.start(RefreshMs);
    refresh();
}

void ScheduleController::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

QList<ScheduleController::Row> ScheduleController::rowsFor(const QString &profileId) const
{
    QList<Row> out;
    for (const Row &r : m_rows) {
        if (r.schedule.profileId == profileId)
            out << r;
    }
    return out;
}

void ScheduleController::refresh()
{
    const QDateTime now = m_clock();
    QList<Row> rows;
    QHash<QString, QString> failingProfiles;
    QSet<QString> failing;
    for (const BackupSchedule &s : m_store->schedules()) {
        ScheduleHistory history(ScheduleHistory::defaultFile(s.id));
        history.load();
        Row row{s, ScheduleStatus::of(s, history, now), {}};
        const std::optional<ConnectionProfile> p = m_profiles->findById(s.profileId);
        row.profileName = p ? p->name : s.profileId;
        if (row.status.failing()) {
            failing.insert(s.id);
            const QStringList problems = ScheduleText::problems(row.status);
            if (!failingProfiles.contains(s.profileId))
                failingProfiles.insert(s.profileId, problems.value(0));
            if (m_first) {
                // Failing when the window opens: announced once, from the event loop, so that
                // whoever connects right after construction hears it.
                QTimer::singleShot(0, this, [this, id = s.id, name = row.profileName, problems] {
                    if (m_failing.contains(id))
                        Q_EMIT becameFailing(id, name, problems);
                });
            } else if (!m_failing.contains(s.id)) {
                Q_EMIT becameFailing(s.id, row.profileName, problems);
            }
        }
        rows << row;
    }
    m_first = false;
    m_failing = failing;
    m_rows = rows;
    m_failingProfiles = failingProfiles;
    Q_EMIT changed();
}

bool ScheduleController::save(const BackupSchedule &schedule)
{
    if (m_installer)
        return false;
    BackupSchedule stored = schedule;
    const bool isNew = stored.id.isEmpty();
    if (isNew) {
        if (!m_store->add(schedule, &stored))
            return false;
    } else if (!m_store->update(schedule)) {
        return false;
    }
    m_installer = new ScheduleInstaller(this);
    connect(m_installer, &ScheduleInstaller::finished, this, [this, stored, isNew](const ScheduleInstaller::Result &r) {
        m_installer->deleteLater();
        m_installer = nullptr;
        if (!r.ok && isNew)
            m_store->remove(stored.id); // a schedule that would never run is worse than none
        Q_EMIT saved(r.ok, stored.id, r.method, r.ok ? QString() : ScheduleText::installFailure(r));
    });
    m_installer->install(stored, m_program);
    return true;
}

bool ScheduleController::remove(const QString &id)
{
    if (m_installer || !m_store->findById(id))
        return false;
    m_installer = new ScheduleInstaller(this);
    connect(m_installer, &ScheduleInstaller::finished, this, [this, id](const ScheduleInstaller::Result &r) {
        m_installer->deleteLater();
        m_installer = nullptr;
        if (r.ok)
            m_store->remove(id);
        Q_EMIT saved(r.ok, id, r.method, r.ok ? QString() : ScheduleText::installFailure(r));
    });
    m_installer->remove(id);
    return true;
}

} // namespace Valvur
