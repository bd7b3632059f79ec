#include "backup/backupkindpage.h"

#include "backup/backupjob.h"
#include "backup/backupwizard.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QUuid>
#include <QVBoxLayout>

namespace Valvur {

BackupKindPage::BackupKindPage(QWidget *parent)
    : WizardPage(parent)
    , m_logical(new QRadioButton(this))
    , m_logicalText(new QLabel(this))
    , m_physical(new QRadioButton(this))
    , m_physicalText(new QLabel(this))
    , m_check(new QLabel(this))
    , m_rule(new QLabel(this))
{
    setObjectName(QStringLiteral("kindPage"));
    m_logical->setObjectName(QStringLiteral("logicalRadio"));
    m_physical->setObjectName(QStringLiteral("physicalRadio"));
    m_check->setObjectName(QStringLiteral("physicalCheckLabel"));
    m_logical->setChecked(true);
    for (QLabel *l : {m_logicalText, m_physicalText, m_check, m_rule}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_logicalText->setContentsMargins(24, 0, 0, 8);
    m_physicalText->setContentsMargins(24, 0, 0, 4);
    m_check->setContentsMargins(24, 0, 0, 8);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_logical);
    layout->addWidget(m_logicalText);
    layout->addWidget(m_physical);
    layout->addWidget(m_physicalText);
    layout->addWidget(m_check);
    layout->addStretch();
    layout->addWidget(m_rule);
    registerField(QStringLiteral("physical"), m_physical);
    connect(m_physical, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            checkPhysical();
        Q_EMIT completeChanged();
    });
    retranslate();
}

bool BackupKindPage::isPhysical() const
{
    return m_physical->isChecked();
}

bool BackupKindPage::isComplete() const
{
    return !isPhysical() || (m_checkDone && m_physicalOk);
}

void BackupKindPage::resetCheck()
{
    if (m_checkJob) {
        disconnect(m_checkJob, nullptr, this, nullptr);
        m_checkJob->deleteLater();
    }
    m_checkJob = nullptr;
    m_checkDone = false;
    m_physicalOk = false;
    m_check->clear();
    if (isPhysical())
        checkPhysical();
    Q_EMIT completeChanged();
}

void BackupKindPage::checkPhysical()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    if (!w || m_checkJob)
        return;
    m_checkDone = false;
    m_check->setText(tr("Checking the preconditions of a physical backup…"));
    // The engine's own preflight, towards a name that does not exist: nothing is written.
    BackupOptions o = w->options();
    o.format = BackupOptions::Format::Physical;
    o.skipSpaceCheck = true; // the destination is chosen later; its free space is checked there
    o.output = QDir::temp().filePath(QStringLiteral(".valvur-precheck-") + QUuid::createUuid().toString(QUuid::Id128));
    m_checkJob = new BackupJob(o, this);
    connect(m_checkJob, &BackupJob::preflightDone, this, [this](bool ok, const QString &error) {
        m_checkDone = true;
        m_physicalOk = ok;
        m_check->setText(ok ? tr("✔ This server accepts a base backup from this role.") : error);
        m_checkJob->deleteLater();
        Q_EMIT completeChanged();
        Q_EMIT physicalChecked(ok);
    });
    m_checkJob->preflight();
}

void BackupKindPage::retranslate()
{
    setTitle(tr("Kind of backup"));
    setSubTitle(tr("RPO is how much data you may lose (everything since the last backup); RTO is how long it takes to get it back."));
    m_logical->setText(tr("Logical backup (pg_dump)"));
    m_logicalText->setText(tr("Writes one database as SQL statements or an archive of them, while it stays in use. Use it to "
                              "move a database to another server or PostgreSQL version, to restore a single table, or for a "
                              "daily copy of a small or medium database."));
    m_physical->setText(tr("Physical backup (pg_basebackup)"));
    m_physicalText->setText(tr("Copies the data files of the whole server, every database at once, with the WAL needed to make "
                               "them consistent. Use it to rebuild a whole server quickly or to start a replica; it restores only "
                               "to the same PostgreSQL major version."));
    m_rule->setText(tr("A backup you never restored is not a backup: after it is made, verify it with a test restore."));
}

} // namespace Valvur
