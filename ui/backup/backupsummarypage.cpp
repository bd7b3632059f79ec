#include "backup/backupsummarypage.h"

#include "zoom/zoom.h"
#include "backup/backupjob.h"
#include "backup/backupwizard.h"
#include "format.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Valvur {

BackupSummaryPage::BackupSummaryPage(QWidget *parent)
    : WizardPage(parent)
    , m_intro(new QLabel(this))
    , m_command(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setCommitPage(true);
    m_intro->setWordWrap(true);
    m_command->setObjectName(QStringLiteral("commandText"));
    m_command->setReadOnly(true);
    m_command->setFont(Zoom::fixedFont());
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_status->setObjectName(QStringLiteral("preflightLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_command, 1);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_copy);
    layout->addLayout(row);
    layout->addWidget(m_status);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_command->toPlainText()); });
    retranslate();
}

void BackupSummaryPage::initializePage()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    BackupJob *job = w->createJob();
    m_done = false;
    m_ok = false;
    m_command->setPlainText(job->displayCommand());
    m_status->setText(tr("Checking: connection, catalog, tool version, free space…"));
    const QString toolDirectory = w->options().toolDirectory;
    const QString program = w->options().program();
    connect(job, &BackupJob::preflightDone, this, [this, job, toolDirectory, program](bool ok, const QString &error) {
        m_done = true;
        m_ok = ok;
        m_command->setPlainText(job->displayCommand());
        if (ok && !job->containerName().isEmpty()) // the container's own tool: said as a fact, not a warning
            m_status->setText(tr("✔ Ready: runs inside the container %1 with its own %2; tables: %n; %3 on the server.", nullptr,
                                 job->tableCount())
                                  .arg(job->containerName(), job->toolVersion(), Format::bytes(job->databaseBytes()))
                              + (error.isEmpty() ? QString() : QStringLiteral("\n⚠ ") + error));
        else if (ok)
            m_status->setText(tr("✔ Ready: %1; tables: %n; %2 on the server.", nullptr, job->tableCount())
                                  .arg(job->toolVersion(), Format::bytes(job->databaseBytes()))
                              + (error.isEmpty() ? QString() : QStringLiteral("\n⚠ ") + error)); // ok with words: a warning
        else if (!toolDirectory.isEmpty() && job->toolVersion().isEmpty() && error.contains(program))
            m_status->setText(error + QStringLiteral("\n\n")
                              + tr("Valvur looks only in the tool folder set in Edit → Preferences (Ctrl+,): %1").arg(toolDirectory));
        else
            m_status->setText(error);
        Q_EMIT completeChanged();
        Q_EMIT checked(ok);
    });
    job->preflight();
}

bool BackupSummaryPage::isComplete() const
{
    return m_done && m_ok;
}

QString BackupSummaryPage::commandText() const
{
    return m_command->toPlainText();
}

void BackupSummaryPage::retranslate()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("This is the command Valvur runs. You can run the same in a terminal: the real tool, nothing hidden."));
    m_intro->setText(tr("The password is not on the command line: the tool reads it from a temporary pgpass file that only "
                        "you can read and that is removed afterwards. While the tool runs, the output has a temporary name."));
    m_copy->setText(tr("Copy command"));
}

} // namespace Valvur
