#include "backup/backupdestinationpage.h"

#include "backup/atomicoutput.h"
#include "backup/backupwizard.h"
#include "format.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStorageInfo>

namespace Valvur {

BackupDestinationPage::BackupDestinationPage(QWidget *parent)
    : WizardPage(parent)
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_name(new QLineEdit(this))
    , m_space(new QLabel(this))
    , m_exists(new QLabel(this))
    , m_overwrite(new QCheckBox(this))
    , m_folderLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("destinationPage"));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_space->setObjectName(QStringLiteral("spaceLabel"));
    m_exists->setObjectName(QStringLiteral("existsLabel"));
    m_overwrite->setObjectName(QStringLiteral("overwriteCheck"));
    m_space->setWordWrap(true);
    m_exists->setWordWrap(true);
    m_folderLabel->setBuddy(m_folder);
    m_nameLabel->setBuddy(m_name);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_folderLabel, 0, 0);
    grid->addWidget(m_folder, 0, 1);
    grid->addWidget(m_browse, 0, 2);
    grid->addWidget(m_nameLabel, 1, 0);
    grid->addWidget(m_name, 1, 1, 1, 2);
    grid->addWidget(m_space, 2, 1, 1, 2);
    grid->addWidget(m_exists, 3, 1, 1, 2);
    grid->addWidget(m_overwrite, 4, 1, 1, 2);
    grid->setRowStretch(5, 1);
    connect(m_folder, &QLineEdit::textChanged, this, &BackupDestinationPage::check);
    connect(m_name, &QLineEdit::textChanged, this, &BackupDestinationPage::check);
    connect(m_overwrite, &QCheckBox::toggled, this, &BackupDestinationPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Folder for the backup"), m_folder->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) { m_folder->setText(dir); });
        dialog->open();
    });
    retranslate();
}

void BackupDestinationPage::initializePage()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    if (m_folder->text().isEmpty()) {
        const QString remembered = w->settings() ? w->settings()->value(QStringLiteral("backup/folder")).toString() : QString();
        m_folder->setText(remembered.isEmpty() || !QFileInfo(remembered).isDir() ? QDir::homePath() : remembered);
    }
    const BackupOptions o = w->options();
    const QString database = o.isPhysical() ? o.connection.value(QStringLiteral("host")).isEmpty() ? QStringLiteral("server")
                                                                                                  : o.connection.value(QStringLiteral("host"))
                                            : field(QStringLiteral("database")).toString().trimmed();
    m_name->setText(BackupOptions::defaultFileName(database, o.format, QDateTime::currentDateTime()));
    check();
}

QString BackupDestinationPage::output() const
{
    if (m_folder->text().trimmed().isEmpty() || m_name->text().trimmed().isEmpty())
        return {};
    return QDir(m_folder->text().trimmed()).absoluteFilePath(m_name->text().trimmed());
}

bool BackupDestinationPage::overwrite() const
{
    return m_existing && m_overwrite->isChecked();
}

void BackupDestinationPage::check()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    const QString path = output();
    const AtomicOutput::Check c = path.isEmpty() ? AtomicOutput::Check::NoFolder : AtomicOutput::check(path);
    m_existing = c == AtomicOutput::Check::Exists;
    m_folderOk = c == AtomicOutput::Check::Ok || c == AtomicOutput::Check::Exists;
    m_exists->setVisible(m_existing || !m_folderOk);
    m_overwrite->setVisible(m_existing);
    if (m_existing)
        m_exists->setText(tr("%1 already exists. It is replaced only if you say so below.").arg(path));
    else if (c == AtomicOutput::Check::NoFolder)
        m_exists->setText(tr("The folder does not exist."));
    else if (c == AtomicOutput::Check::NotWritable)
        m_exists->setText(tr("This folder is not writable: %1.").arg(AtomicOutput::notWritableReason(path)));
    const qint64 databaseBytes = w ? field(QStringLiteral("databaseBytes")).toLongLong() : 0;
    // The database's size stands in for its data here: the estimate errs on the large side, and a
    // logical dump that may not fit is only warned about (its size is a guess).
    const BackupOptions::SpaceNeed need = w ? w->options().spaceNeeded(databaseBytes, databaseBytes) : BackupOptions::SpaceNeed();
    const QStorageInfo storage(m_folder->text());
    m_spaceOk = true;
    if (storage.isValid() && m_folderOk) {
        const qint64 free = storage.bytesAvailable();
        const bool fits = need.bytes <= 0 || free >= need.bytes;
        m_spaceOk = fits || !need.sure;
        if (need.bytes <= 0)
            m_space->setText(tr("Free space: %1.").arg(Format::bytes(free)));
        else if (fits)
            m_space->setText(tr("Free space: %1; the backup is estimated at about %2.").arg(Format::bytes(free), Format::bytes(need.bytes)));
        else if (need.sure)
            m_space->setText(tr("Not enough free space: %1 free, the server's files take %2. Choose another folder.")
                                 .arg(Format::bytes(free), Format::bytes(need.bytes)));
        else
            m_space->setText(tr("⚠ The backup may not fit: %1 free, it is estimated at about %2 (the size depends on the data "
                                "and the compression). You can go on; should the disk fill up, the partial output is removed.")
                                 .arg(Format::bytes(free), Format::bytes(need.bytes)));
    } else {
        m_space->clear();
    }
    Q_EMIT completeChanged();
}

bool BackupDestinationPage::isComplete() const
{
    return !output().isEmpty() && m_folderOk && m_spaceOk && (!m_existing || m_overwrite->isChecked());
}

bool BackupDestinationPage::validatePage()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    if (w->settings())
        w->settings()->setValue(QStringLiteral("backup/folder"), m_folder->text().trimmed());
    return true;
}

void BackupDestinationPage::retranslate()
{
    setTitle(tr("Destination"));
    setSubTitle(tr("The backup is written under a temporary name beside it and gets this name only when it is complete."));
    m_folderLabel->setText(tr("Folder:"));
    m_nameLabel->setText(tr("Name:"));
    m_browse->setText(tr("Browse…"));
    m_overwrite->setText(tr("Yes, replace the existing backup"));
    check();
}

} // namespace Valvur
