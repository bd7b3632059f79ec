#include "backup/restoresummarypage.h"

#include "zoom/zoom.h"
#include "backup/restorewizard.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Valvur {

RestoreSummaryPage::RestoreSummaryPage(QWidget *parent)
    : WizardPage(parent)
    , m_target(new QLabel(this))
    , m_command(new QPlainTextEdit(this))
    , m_copy(new QPushButton(this))
{
    setObjectName(QStringLiteral("restoreSummaryPage"));
    setCommitPage(true);
    m_target->setWordWrap(true);
    m_command->setObjectName(QStringLiteral("commandText"));
    m_command->setReadOnly(true);
    m_command->setFont(Zoom::fixedFont());
    m_copy->setObjectName(QStringLiteral("copyButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_command, 1);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_copy);
    layout->addLayout(row);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_command->toPlainText()); });
    retranslate();
}

void RestoreSummaryPage::initializePage()
{
    auto *w = qobject_cast<RestoreWizard *>(wizard());
    RestoreJob *job = w->createJob();
    const RestoreOptions o = job->options();
    m_target->setText(o.createDatabase ? tr("Valvur creates the database %1, then runs:").arg(o.targetDatabase)
                                       : tr("Into the existing database %1, Valvur runs:").arg(o.targetDatabase));
    m_command->setPlainText(job->displayCommand(BackupArchive::Format(field(QStringLiteral("archiveFormat")).toInt())));
}

QString RestoreSummaryPage::commandText() const
{
    return m_command->toPlainText();
}

void RestoreSummaryPage::retranslate()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("The real tool with these arguments; the password comes from a temporary pgpass file."));
    m_copy->setText(tr("Copy command"));
}

} // namespace Valvur
