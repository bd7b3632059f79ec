#pragma once

#include "schedule/backupschedule.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace Valvur {

class ProfileStore;

// Adds or edits a backup schedule: whose (a saved profile), the format, the folder, when it runs,
// how long backups stay, the RPO target and the restore drill. OK is possible only when the
// schedule is complete; the problem is said under the form.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleDialog(ProfileStore *profiles, const BackupSchedule &schedule, QWidget *parent = nullptr);

    // The schedule as filled in (its id kept when editing).
    BackupSchedule schedule() const;
    // Why the schedule cannot be saved yet, or empty.
    QString problem() const;

private:
    void updateState();
    void chooseFolder();

    ProfileStore *m_profiles;
    BackupSchedule m_original;
    QComboBox *m_profile;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QComboBox *m_every;
    QComboBox *m_weekday;
    QTimeEdit *m_time;
    QSpinBox *m_keep;
    QSpinBox *m_keepDays;
    QLineEdit *m_rpo;
    QSpinBox *m_drillEvery;
    QComboBox *m_drillProfile;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Valvur
