#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableWidget;

namespace Valvur {

class ScheduleController;
class ScheduleDialog;

// The Backups page's "Backup schedules": each schedule's server and times, its last run (succeeded,
// failed, missed), the newest good backup's age against the RPO target and the last drill's RTO;
// failing ones in red with the reason as a tooltip. Add…/Edit… open ScheduleDialog, Remove… asks
// first. The view only: the data and the saving are ScheduleController's.
class ScheduleSection : public QGroupBox
{
    Q_OBJECT
public:
    explicit ScheduleSection(ScheduleController *controller, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The open dialog or remove confirmation, if any (tests click them).
    ScheduleDialog *dialog() const;
    QMessageBox *confirmation() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void openDialog(bool edit);
    void askRemove();
    QString selectedId() const;

    ScheduleController *m_controller;
    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_problems;
    QLabel *m_status;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPointer<ScheduleDialog> m_dialog;
    QPointer<QMessageBox> m_confirm;
};

} // namespace Valvur
