#include "schedule/scheduledialog.h"

#include "profiles/profilestore.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Valvur {

ScheduleDialog::ScheduleDialog(ProfileStore *profiles, const BackupSchedule &schedule, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_original(schedule)
    , m_profile(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_every(new QComboBox(this))
    , m_weekday(new QComboBox(this))
    , m_time(new QTimeEdit(this))
    , m_keep(new QSpinBox(this))
    , m_keepDays(new QSpinBox(this))
    , m_rpo(new QLineEdit(this))
    , m_drillEvery(new QSpinBox(this))
    , m_drillProfile(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(schedule.id.isEmpty() ? tr("New backup schedule") : tr("Backup schedule %1").arg(schedule.id));
    m_profile->setObjectName(QStringLiteral("scheduleProfile"));
    m_format->setObjectName(QStringLiteral("scheduleFormat"));
    m_folder->setObjectName(QStringLiteral("scheduleFolder"));
    m_every->setObjectName(QStringLiteral("scheduleEvery"));
    m_weekday->setObjectName(QStringLiteral("scheduleWeekday"));
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_keep->setObjectName(QStringLiteral("scheduleKeep"));
    m_keepDays->setObjectName(QStringLiteral("scheduleKeepDays"));
    m_rpo->setObjectName(QStringLiteral("scheduleRpo"));
    m_drillEvery->setObjectName(QStringLiteral("scheduleDrillEvery"));
    m_drillProfile->setObjectName(QStringLiteral("scheduleDrillProfile"));
    m_problem->setObjectName(QStringLiteral("scheduleProblem"));
    m_problem->setWordWrap(true);

    for (const ConnectionProfile &p : profiles->profiles()) {
        m_profile->addItem(p.name, p.id);
        m_drillProfile->addItem(p.name, p.id);
    }
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(schedule.profileId)));
    m_drillProfile->setCurrentIndex(qMax(0, m_drillProfile->findData(schedule.drillProfileId)));
    m_format->addItem(tr("Custom (pg_dump)"), QStringLiteral("custom"));
    m_format->addItem(tr("Directory (pg_dump)"), QStringLiteral("directory"));
    m_format->addItem(tr("Plain SQL (pg_dump)"), QStringLiteral("plain"));
    m_format->addItem(tr("Physical (pg_basebackup)"), QStringLiteral("physical"));
    m_format->setCurrentIndex(qMax(0, m_format->findData(BackupOptions::formatName(schedule.format))));
    m_folder->setText(schedule.outputDir);
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("scheduleBrowse"));
    connect(browse, &QPushButton::clicked, this, &ScheduleDialog::chooseFolder);

    m_every->addItem(tr("Every hour"), QStringLiteral("hourly"));
    m_every->addItem(tr("Every day"), QStringLiteral("daily"));
    m_every->addItem(tr("Every week"), QStringLiteral("weekly"));
    m_every->setCurrentIndex(qMax(0, m_every->findData(BackupSchedule::everyName(schedule.every))));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_weekday->setCurrentIndex(qBound(1, schedule.weekday, 7) - 1);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(schedule.time);

    m_keep->setRange(0, 10000);
    m_keep->setSpecialValueText(tr("no limit"));
    m_keep->setValue(schedule.keepLast);
    m_keepDays->setRange(0, 36500);
    m_keepDays->setSpecialValueText(tr("no limit"));
    m_keepDays->setValue(schedule.keepDays);
    m_rpo->setPlaceholderText(tr("e.g. 26h, 90m, 2d"));
    if (schedule.rpoSeconds > 0)
        m_rpo->setText(BackupSchedule::durationSpec(schedule.rpoSeconds));
    m_drillEvery->setRange(0, 10000);
    m_drillEvery->setSpecialValueText(tr("no drills"));
    m_drillEvery->setValue(schedule.drillEvery);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_every);
    whenRow->addWidget(m_weekday);
    whenRow->addWidget(m_time);
    whenRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Server profile:"), m_profile);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Runs:"), whenRow);
    form->addRow(tr("Keep the last:"), m_keep);
    form->addRow(tr("Keep for days:"), m_keepDays);
    form->addRow(tr("RPO target:"), m_rpo);
    form->addRow(tr("Restore drill after every Nth backup:"), m_drillEvery);
    form->addRow(tr("Drill on server:"), m_drillProfile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *c : {m_profile, m_format, m_every, m_drillProfile})
        connect(c, &QComboBox::currentIndexChanged, this, &ScheduleDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ScheduleDialog::updateState);
    connect(m_rpo, &QLineEdit::textChanged, this, &ScheduleDialog::updateState);
    connect(m_drillEvery, &QSpinBox::valueChanged, this, &ScheduleDialog::updateState);
    updateState();
}

BackupSchedule ScheduleDialog::schedule() const
{
    BackupSchedule s = m_original;
    s.profileId = m_profile->currentData().toString();
    BackupOptions::parseFormat(m_format->currentData().toString(), &s.format);
    s.outputDir = m_folder->text().trimmed();
    BackupSchedule::everyFromName(m_every->currentData().toString(), &s.every);
    s.weekday = m_weekday->currentData().toInt();
    s.time = QTime(m_time->time().hour(), m_time->time().minute());
    s.keepLast = m_keep->value();
    s.keepDays = m_keepDays->value();
    s.rpoSeconds = 0;
    if (!m_rpo->text().trimmed().isEmpty())
        BackupSchedule::parseDuration(m_rpo->text(), &s.rpoSeconds);
    s.drillEvery = m_drillEvery->value();
    s.drillProfileId = s.drillEvery > 0 ? m_drillProfile->currentData().toString() : QString();
    return s;
}

QString ScheduleDialog::problem() const
{
    if (m_profile->count() == 0)
        return tr("Save a connection profile first: a schedule backs up a saved server.");
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder))
        return tr("Choose the folder the backups go to (a full path).");
    qint64 seconds = 0;
    if (!m_rpo->text().trimmed().isEmpty() && !BackupSchedule::parseDuration(m_rpo->text(), &seconds))
        return tr("The RPO target is a duration such as 26h, 90m or 2d.");
    return {};
}

void ScheduleDialog::updateState()
{
    m_weekday->setVisible(m_every->currentData().toString() == QLatin1String("weekly"));
    m_drillProfile->setEnabled(m_drillEvery->value() > 0);
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void ScheduleDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the backups"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

} // namespace Valvur
