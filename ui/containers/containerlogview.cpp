#include "containers/containerlogview.h"

#include "zoom/zoom.h"
#include "containers/containercontroller.h"
#include "containers/containerfacts.h"
#include "containers/containerlogmodel.h"
#include "format.h"
#include "containers/showcommanddialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Valvur {

ContainerLogView::ContainerLogView(ContainerController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("logErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; border: 1px solid #b3261e; padding: 4px; }"));
    m_errors->hide();
    layout->addWidget(m_errors);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_stdout = new QCheckBox(this);
    m_stdout->setObjectName(QStringLiteral("logStdout"));
    m_stdout->setChecked(true);
    m_stderr = new QCheckBox(this);
    m_stderr->setObjectName(QStringLiteral("logStderr"));
    m_stderr->setChecked(true);
    m_timestamps = new QCheckBox(this);
    m_timestamps->setObjectName(QStringLiteral("logTimestamps"));
    m_timestamps->setChecked(true);
    m_follow = new QCheckBox(this);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_reload = new QPushButton(this);
    m_reload->setObjectName(QStringLiteral("logReload"));
    m_showCommand = new QPushButton(this);
    m_showCommand->setObjectName(QStringLiteral("showCommand-logs"));
    for (QWidget *w : {static_cast<QWidget *>(m_stdout), static_cast<QWidget *>(m_stderr), static_cast<QWidget *>(m_timestamps),
                       static_cast<QWidget *>(m_follow), static_cast<QWidget *>(m_reload), static_cast<QWidget *>(m_showCommand)})
        bar->addWidget(w);
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(controller->filteredLogs());
    m_table->setFont(Zoom::fixedFont());
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ContainerLogModel::Time, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ContainerLogModel::Stream, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    layout->addWidget(m_status);

    ContainerLogFilter *filter = controller->filteredLogs();
    connect(m_search, &QLineEdit::textChanged, filter, &ContainerLogFilter::setSearch);
    connect(m_search, &QLineEdit::textChanged, this, &ContainerLogView::updateFromController);
    connect(m_stdout, &QCheckBox::toggled, filter, &ContainerLogFilter::setShowStdout);
    connect(m_stderr, &QCheckBox::toggled, filter, &ContainerLogFilter::setShowStderr);
    connect(m_timestamps, &QCheckBox::toggled, this, [this](bool on) { m_table->setColumnHidden(ContainerLogModel::Time, !on); });
    connect(m_follow, &QCheckBox::toggled, controller, &ContainerController::setFollow);
    connect(controller, &ContainerController::followingChanged, this, [this](bool on) {
        const QSignalBlocker blocker(m_follow);
        m_follow->setChecked(on);
        updateFromController();
    });
    connect(m_reload, &QPushButton::clicked, controller, &ContainerController::reloadLogs);
    connect(m_showCommand, &QPushButton::clicked, this, [this] {
        const QString name = shellQuote(m_controller->containerName());
        ShowCommandDialog::show(this, m_title->text(),
                                QStringLiteral("docker logs --timestamps --tail %1 %2\ndocker logs --timestamps --tail %1 --follow %2")
                                    .arg(ContainerController::kLogTail)
                                    .arg(name),
                                tr("docker logs prints the container's stdout and stderr as two streams: add 2>/dev/null "
                                   "or 1>/dev/null to see one of them."));
    });
    connect(controller, &ContainerController::logsChanged, this, &ContainerLogView::updateFromController);
    connect(controller, &ContainerController::changed, this, &ContainerLogView::updateFromController);
    connect(filter, &QAbstractItemModel::rowsInserted, this, &ContainerLogView::scrollIfFollowing);
    retranslate();
}

void ContainerLogView::retranslate()
{
    m_title->setText(tr("Log"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_stdout->setText(tr("stdout"));
    m_stderr->setText(tr("stderr"));
    m_stderr->setToolTip(tr("PostgreSQL writes its log to stderr. Lines with FATAL, ERROR or PANIC are red."));
    m_timestamps->setText(tr("Timestamps"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Show new lines as the container writes them (docker logs --follow)."));
    m_reload->setText(tr("Reload"));
    m_showCommand->setText(ShowCommandDialog::buttonText());
    updateFromController();
}

void ContainerLogView::updateFromController()
{
    const QList<LogLine> errors = m_controller->firstErrors();
    if (errors.isEmpty()) {
        m_errors->hide();
    } else {
        QStringList lines;
        for (const LogLine &l : errors)
            lines << l.text.toHtmlEscaped();
        m_errors->setText(QStringLiteral("<b>%1</b><br><code>%2</code>")
                              .arg(tr("The first errors of the container's last run:").toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
        m_errors->show();
    }
    const int total = m_controller->logs()->rowCount();
    const int shown = m_controller->filteredLogs()->rowCount();
    QString status;
    if (m_controller->isFollowing())
        status = tr("Following: %n line(s)", nullptr, total);
    else if (!m_controller->logsLoaded() && m_controller->state() == ContainerController::State::Ready)
        status = tr("Reading the log…");
    else
        status = tr("The last %n line(s) of the log", nullptr, total);
    if (shown != total)
        status += QStringLiteral(" — ") + tr("%n shown", nullptr, shown);
    m_status->setText(status);
}

void ContainerLogView::scrollIfFollowing()
{
    QScrollBar *bar = m_table->verticalScrollBar();
    if (!m_controller->isFollowing() && m_controller->logsLoaded())
        return;
    if (bar->value() >= bar->maximum() - 2 * m_table->verticalHeader()->defaultSectionSize() || !m_controller->logsLoaded())
        m_table->scrollToBottom();
}

} // namespace Valvur
