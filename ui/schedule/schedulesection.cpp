#include "schedule/schedulesection.h"

#include "profiles/profilestore.h"
#include "schedule/schedulecontroller.h"
#include "schedule/scheduledialog.h"
#include "schedule/scheduletext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Valvur {

namespace {
enum Column { Server, When, LastRun, NewestGood, Drill, ColumnCount };
const QColor kFailing(0xc6, 0x28, 0x28);
} // namespace

ScheduleSection::ScheduleSection(ScheduleController *controller, QWidget *parent)
    : QGroupBox(parent)
    , m_controller(controller)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_empty(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("scheduleSection"));
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_add->setObjectName(QStringLiteral("scheduleAdd"));
    m_edit->setObjectName(QStringLiteral("scheduleEdit"));
    m_remove->setObjectName(QStringLiteral("scheduleRemove"));
    m_status->setObjectName(QStringLiteral("scheduleStatus"));
    m_empty->setObjectName(QStringLiteral("scheduleEmpty"));
    m_empty->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("scheduleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = m_problems->palette();
    red.setColor(QPalette::WindowText, kFailing);
    m_problems->setPalette(red);
    m_status->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(m_table->fontMetrics().height() * 8);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openDialog(true); });
    connect(m_remove, &QPushButton::clicked, this, &ScheduleSection::askRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(!selectedId().isEmpty());
        m_remove->setEnabled(!selectedId().isEmpty());
    });
    connect(m_controller, &ScheduleController::changed, this, &ScheduleSection::fill);
    connect(m_controller, &ScheduleController::saved, this,
            [this](bool ok, const QString &id, ScheduleInstaller::Method method, const QString &error) {
                m_status->setText(ok ? tr("Saved. Runs by %1.").arg(ScheduleText::installedWith(method, id)) : error);
            });
    retranslate();
}

ScheduleDialog *ScheduleSection::dialog() const
{
    return m_dialog;
}

QMessageBox *ScheduleSection::confirmation() const
{
    return m_confirm;
}

void ScheduleSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ScheduleSection::retranslate()
{
    setTitle(tr("Backup schedules"));
    m_table->setHorizontalHeaderLabels({tr("Server and time"), tr("Last run"), tr("Result"), tr("Newest good backup"), tr("Last drill RTO")});
    m_add->setText(tr("Add schedule…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove…"));
    m_empty->setText(tr("No schedules. A schedule makes backups on its own, with systemd or cron, even while Valvur is closed."));
    fill();
}

QString ScheduleSection::selectedId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? QString() : m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toString();
}

void ScheduleSection::fill()
{
    const QString selected = selectedId();
    const QList<ScheduleController::Row> &rows = m_controller->rows();
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    QStringList problems;
    for (int i = 0; i < rows.size(); ++i) {
        const ScheduleController::Row &r = rows.at(i);
        const ScheduleStatus &st = r.status;
        const QString lastAt = st.lastRunAt.isValid() ? locale.toString(st.lastRunAt.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
        const QString good = st.newestGoodAgeS < 0 ? tr("none (RPO %1)").arg(ScheduleText::age(st.rpoS))
                                                   : tr("%1 old (RPO %2)").arg(ScheduleText::age(st.newestGoodAgeS), ScheduleText::age(st.rpoS));
        const QString drill = !st.drillDone ? QStringLiteral("—")
            : st.drillOk                    ? ScheduleText::rto(st.drillRtoMs)
                                            : tr("failed");
        const QStringList texts{tr("%1, %2").arg(r.profileName, ScheduleText::when(r.schedule)), lastAt, ScheduleText::lastRun(st.lastRun), good, drill};
        const QString tip = ScheduleText::problems(st).join(QLatin1Char('\n'));
        if (st.failing())
            problems << tr("%1 (%2): %3").arg(r.profileName, r.schedule.id, ScheduleText::problems(st).join(QLatin1Char(' ')));
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setData(Qt::UserRole, r.schedule.id);
            if (st.failing()) {
                item->setForeground(kFailing);
                item->setToolTip(tip);
            } else {
                item->setToolTip(r.schedule.outputDir);
            }
            m_table->setItem(i, c, item);
        }
        if (r.schedule.id == selected)
            m_table->selectRow(i);
    }
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_table->setVisible(!rows.isEmpty());
    m_empty->setVisible(rows.isEmpty());
    m_edit->setEnabled(!selectedId().isEmpty());
    m_remove->setEnabled(!selectedId().isEmpty());
}

void ScheduleSection::openDialog(bool edit)
{
    if (m_dialog)
        return;
    BackupSchedule s;
    if (edit) {
        const QString id = selectedId();
        for (const ScheduleController::Row &r : m_controller->rows()) {
            if (r.schedule.id == id)
                s = r.schedule;
        }
        if (s.id.isEmpty())
            return;
    }
    m_dialog = new ScheduleDialog(m_controller->profiles(), s, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (!m_controller->save(m_dialog->schedule()))
            m_status->setText(tr("The schedule was not saved: another change is still being written. Try again."));
        else
            m_status->setText(tr("Saving the schedule…"));
    });
    m_dialog->open();
}

void ScheduleSection::askRemove()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_confirm)
        return;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Remove schedule"),
                                tr("Remove the backup schedule %1? Its timer or crontab line is removed; the backups it made and "
                                   "its history stay.")
                                    .arg(id),
                                QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setObjectName(QStringLiteral("scheduleRemoveConfirm"));
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes && m_controller->remove(id))
            m_status->setText(tr("Removing the schedule…"));
    });
    m_confirm->open();
}

} // namespace Valvur
