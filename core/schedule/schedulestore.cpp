#include "schedule/schedulestore.h"

#include <QSettings>

namespace Valvur {

namespace {
const QString kGroup = QStringLiteral("schedules");
} // namespace

ScheduleStore::ScheduleStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    reload();
}

void ScheduleStore::reload()
{
    m_schedules.clear();
    if (!m_settings)
        return;
    m_settings->sync();
    const int n = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        BackupSchedule s;
        s.id = m_settings->value(QStringLiteral("id")).toString();
        if (!BackupSchedule::isValidId(s.id))
            continue;
        s.profileId = m_settings->value(QStringLiteral("profile")).toString();
        BackupOptions::parseFormat(m_settings->value(QStringLiteral("format")).toString(), &s.format);
        s.outputDir = m_settings->value(QStringLiteral("outputDir")).toString();
        BackupSchedule::everyFromName(m_settings->value(QStringLiteral("every")).toString(), &s.every);
        BackupSchedule::parseTime(m_settings->value(QStringLiteral("time")).toString(), &s.time);
        s.weekday = qBound(1, m_settings->value(QStringLiteral("weekday"), 1).toInt(), 7);
        s.keepLast = qMax(0, m_settings->value(QStringLiteral("keepLast")).toInt());
        s.keepDays = qMax(0, m_settings->value(QStringLiteral("keepDays")).toInt());
        s.rpoSeconds = qMax<qint64>(0, m_settings->value(QStringLiteral("rpoSeconds")).toLongLong());
        s.drillEvery = qMax(0, m_settings->value(QStringLiteral("drillEvery")).toInt());
        s.drillProfileId = m_settings->value(QStringLiteral("drillProfile")).toString();
        s.createdAt = QDateTime::fromString(m_settings->value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
        m_schedules << s;
    }
    m_settings->endArray();
}

void ScheduleStore::save()
{
    if (!m_settings)
        return;
    m_settings->remove(kGroup);
    m_settings->beginWriteArray(kGroup, int(m_schedules.size()));
    for (int i = 0; i < m_schedules.size(); ++i) {
        const BackupSchedule &s = m_schedules.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), s.id);
        m_settings->setValue(QStringLiteral("profile"), s.profileId);
        m_settings->setValue(QStringLiteral("format"), BackupOptions::formatName(s.format));
        m_settings->setValue(QStringLiteral("outputDir"), s.outputDir);
        m_settings->setValue(QStringLiteral("every"), BackupSchedule::everyName(s.every));
        m_settings->setValue(QStringLiteral("time"), s.time.toString(QStringLiteral("HH:mm")));
        m_settings->setValue(QStringLiteral("weekday"), s.weekday);
        m_settings->setValue(QStringLiteral("keepLast"), s.keepLast);
        m_settings->setValue(QStringLiteral("keepDays"), s.keepDays);
        m_settings->setValue(QStringLiteral("rpoSeconds"), s.rpoSeconds);
        m_settings->setValue(QStringLiteral("drillEvery"), s.drillEvery);
        m_settings->setValue(QStringLiteral("drillProfile"), s.drillProfileId);
        m_settings->setValue(QStringLiteral("createdAt"), s.createdAt.toUTC().toString(Qt::ISODate));
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT changed();
}

std::optional<BackupSchedule> ScheduleStore::findById(const QString &id) const
{
    for (const BackupSchedule &s : m_schedules) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

QList<BackupSchedule> ScheduleStore::forProfile(const QString &profileId) const
{
    QList<BackupSchedule> out;
    for (const BackupSchedule &s : m_schedules) {
        if (s.profileId == profileId)
            out << s;
    }
    return out;
}

bool ScheduleStore::add(const BackupSchedule &schedule, BackupSchedule *added)
{
    BackupSchedule s = schedule;
    if (s.id.isEmpty()) {
        do
            s.id = BackupSchedule::newId();
        while (findById(s.id));
    }
    if (!BackupSchedule::isValidId(s.id) || findById(s.id))
        return false;
    if (!s.createdAt.isValid())
        s.createdAt = QDateTime::currentDateTimeUtc();
    m_schedules << s;
    save();
    if (added)
        *added = s;
    return true;
}

bool ScheduleStore::update(const BackupSchedule &schedule)
{
    for (BackupSchedule &s : m_schedules) {
        if (s.id == schedule.id) {
            s = schedule;
            save();
            return true;
        }
    }
    return false;
}

bool ScheduleStore::remove(const QString &id)
{
    for (qsizetype i = 0; i < m_schedules.size(); ++i) {
        if (m_schedules.at(i).id == id) {
            m_schedules.removeAt(i);
            save();
            return true;
        }
    }
    return false;
}

} // namespace Valvur
