#include "backup/backupresultpage.h"

#include "zoom/zoom.h"
#include "backup/backuphistory.h"
#include "backup/backupwizard.h"
#include "format.h"
#include "backup/verifyjob.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Valvur {

BackupResultPage::BackupResultPage(QWidget *parent)
    : WizardPage(parent)
    , m_status(new QLabel(this))
    , m_form(new QFormLayout)
    , m_size(new QLabel(this))
    , m_duration(new QLabel(this))
    , m_sha(new QLabel(this))
    , m_rto(new QLabel(this))
    , m_path(new QLabel(this))
    , m_verify(new QPushButton(this))
    , m_testRestore(new QCheckBox(this))
    , m_verifyResult(new QLabel(this))
{
    setObjectName(QStringLiteral("resultPage"));
    m_status->setObjectName(QStringLiteral("resultStatus"));
    m_size->setObjectName(QStringLiteral("sizeValue"));
    m_duration->setObjectName(QStringLiteral("durationValue"));
    m_sha->setObjectName(QStringLiteral("shaValue"));
    m_rto->setObjectName(QStringLiteral("rtoValue"));
    m_path->setObjectName(QStringLiteral("pathValue"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_testRestore->setObjectName(QStringLiteral("testRestoreCheck"));
    m_testRestore->setChecked(true);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    for (QLabel *l : {m_status, m_sha, m_rto, m_path, m_verifyResult}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_sha->setFont(Zoom::fixedFont());
    for (QWidget *f : {static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_size), static_cast<QWidget *>(m_duration),
                       static_cast<QWidget *>(m_sha), static_cast<QWidget *>(m_rto)})
        m_form->addRow(new QLabel(this), f);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(m_form);
    auto *row = new QHBoxLayout;
    row->addWidget(m_verify);
    row->addWidget(m_testRestore);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_verifyResult);
    layout->addStretch();
    connect(m_verify, &QPushButton::clicked, this, &BackupResultPage::verify);
    retranslate();
}

void BackupResultPage::initializePage()
{
    fill();
}

void BackupResultPage::fill()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    if (!w)
        return;
    const BackupResult &r = w->result();
    const bool ok = r.ok();
    m_status->setText(ok ? tr("✔ The backup is complete.") : r.error);
    for (int i = 0; i < m_form->rowCount(); ++i) {
        for (QFormLayout::ItemRole role : {QFormLayout::LabelRole, QFormLayout::FieldRole}) {
            if (QLayoutItem *item = m_form->itemAt(i, role); item && item->widget())
                item->widget()->setVisible(ok);
        }
    }
    m_verify->setVisible(ok);
    m_testRestore->setVisible(ok && r.format != BackupOptions::Format::Physical);
    if (!ok)
        return;
    m_path->setText(r.path);
    m_size->setText(Format::bytes(r.sizeBytes));
    m_duration->setText(Format::durationMs(double(r.durationMs)));
    m_sha->setText(r.sha256);
    m_rto->setText(r.format == BackupOptions::Format::Physical
                       ? tr("about %1 to copy it back, plus replaying the WAL; a test restore measures it").arg(Format::durationMs(double(r.rtoEstimateMs)))
                       : tr("about %1 (loading the data and rebuilding the indexes takes about twice the backup time); a test "
                            "restore measures it")
                             .arg(Format::durationMs(double(r.rtoEstimateMs))));
}

void BackupResultPage::verify()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    if (m_verifyJob)
        return;
    const BackupResult &r = w->result();
    VerifyOptions v;
    v.input = r.path;
    v.expectedSha256 = r.sha256;
    v.toolDirectory = w->options().toolDirectory;
    v.stallTimeoutS = w->options().stallTimeoutS;
    v.testRestore = m_testRestore->isVisible() && m_testRestore->isChecked();
    v.restoreServer = w->server();
    v.restoreServer.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
    v.restorePassword = w->password();
    v.source = w->options().connection;
    v.sourcePassword = w->password();
    m_verify->setEnabled(false);
    m_verifyResult->setText(tr("Verifying…"));
    m_verifyJob = new VerifyJob(v, this);
    connect(m_verifyJob, &VerifyJob::stageText, m_verifyResult, &QLabel::setText);
    connect(m_verifyJob, &VerifyJob::finished, this, [this, w, v](const VerifyResult &vr) {
        m_verify->setEnabled(true);
        QString text;
        if (vr.ok) {
            text = tr("✔ Verified: %1").arg(vr.quickMessage);
            if (vr.checksumMatches == 1)
                text += QLatin1Char('\n') + tr("The SHA-256 checksum equals the one computed when it was written.");
            if (vr.restored)
                text += QLatin1Char('\n')
                    + tr("Test restore took %1 (the measured RTO); row counts equal the source (tables: %n); the scratch "
                         "database was dropped.",
                         nullptr, int(vr.rowCounts.size()))
                          .arg(Format::durationMs(double(vr.restoreMs)));
        } else {
            text = tr("✘ Verification failed: %1").arg(vr.error);
        }
        m_verifyResult->setText(text);
        BackupHistory history(w->historyFile());
        history.load();
        history.recordVerification(v.input, vr.ok, vr.error, vr.restored ? vr.restoreMs : -1);
        history.save();
        m_verifyJob->deleteLater();
        Q_EMIT verified(vr.ok);
    });
    m_verifyJob->start();
}

void BackupResultPage::retranslate()
{
    setTitle(tr("Result"));
    setSubTitle(tr("A backup you never restored is not a backup: verify it now."));
    const QStringList labels = {tr("File:"), tr("Size:"), tr("Duration:"), tr("SHA-256:"), tr("RTO estimate:")};
    for (int i = 0; i < m_form->rowCount() && i < labels.size(); ++i) {
        if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget()))
            l->setText(labels.at(i));
    }
    m_verify->setText(tr("Verify now"));
    m_testRestore->setText(tr("with a test restore into a scratch database"));
    fill();
}

} // namespace Valvur
