#include "backup/restoreinputpage.h"

#include "backup/archivecontentscontroller.h"
#include "backup/toolwizard.h"

#include <QEvent>
#include <QFileInfo>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>

namespace Valvur {

RestoreInputPage::RestoreInputPage(QWidget *parent)
    : WizardPage(parent)
    , m_input(new QLineEdit(this))
    , m_browseFile(new QPushButton(this))
    , m_browseFolder(new QPushButton(this))
    , m_formatLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_inputLabel(new QLabel(this))
    , m_contents(new ArchiveContentsController(this))
{
    setObjectName(QStringLiteral("inputPage"));
    m_input->setObjectName(QStringLiteral("inputEdit"));
    m_browseFile->setObjectName(QStringLiteral("browseFileButton"));
    m_browseFolder->setObjectName(QStringLiteral("browseFolderButton"));
    m_formatLabel->setObjectName(QStringLiteral("formatLabel"));
    m_formatLabel->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("contentsTree"));
    m_tree->setHeaderHidden(true);
    m_inputLabel->setBuddy(m_input);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_inputLabel, 0, 0);
    grid->addWidget(m_input, 0, 1);
    grid->addWidget(m_browseFile, 0, 2);
    grid->addWidget(m_browseFolder, 0, 3);
    grid->addWidget(m_formatLabel, 1, 0, 1, 4);
    grid->addWidget(m_tree, 2, 0, 1, 4);
    grid->setRowStretch(2, 1);
    registerField(QStringLiteral("archiveFormat"), this, "archiveFormat", SIGNAL(contentsChanged()));
    registerField(QStringLiteral("archiveDatabase"), this, "archiveDatabase", SIGNAL(contentsChanged()));
    connect(m_input, &QLineEdit::textChanged, this, &RestoreInputPage::inspect);
    connect(m_contents, &ArchiveContentsController::listed, this, &RestoreInputPage::showContents);
    connect(m_contents, &ArchiveContentsController::failed, this, [this] {
        showFormat();
        Q_EMIT completeChanged();
    });
    auto browse = [this](bool folder) {
        auto *dialog = new QFileDialog(this, tr("Backup to restore"), m_input->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &f) { m_input->setText(f); });
        dialog->open();
    };
    connect(m_browseFile, &QPushButton::clicked, this, [browse] { browse(false); });
    connect(m_browseFolder, &QPushButton::clicked, this, [browse] { browse(true); });
    retranslate();
}

QString RestoreInputPage::input() const
{
    return m_input->text().trimmed();
}

void RestoreInputPage::setInput(const QString &path)
{
    m_input->setText(path);
}

BackupArchive::Format RestoreInputPage::format() const
{
    return m_contents->format();
}

QString RestoreInputPage::archiveDatabase() const
{
    return m_contents->archiveDatabase();
}

bool RestoreInputPage::isComplete() const
{
    if (format() == BackupArchive::Format::Plain)
        return true;
    return BackupArchive::needsPgRestore(format()) && m_contents->isListed();
}

void RestoreInputPage::inspect()
{
    m_tree->clear();
    auto *w = qobject_cast<ToolWizard *>(wizard());
    m_contents->inspect(input(), w ? w->toolDirectory() : QString());
    showFormat();
    Q_EMIT contentsChanged();
    Q_EMIT completeChanged();
}

void RestoreInputPage::showContents()
{
    QMap<QString, QTreeWidgetItem *> groups;
    for (const BackupArchive::Entry &e : m_contents->entries()) {
        const QString group = e.schema == QLatin1String("-") ? tr("(whole database)") : e.schema;
        QTreeWidgetItem *parent = groups.value(group);
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, {group});
            parent->setFlags(parent->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            parent->setCheckState(0, Qt::Checked);
            groups.insert(group, parent);
        }
        auto *item = new QTreeWidgetItem(parent, {e.type + QLatin1Char(' ') + e.name});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setData(0, Qt::UserRole, e.line);
    }
    showFormat();
    Q_EMIT contentsChanged();
    Q_EMIT completeChanged();
    Q_EMIT contentsLoaded();
}

QStringList RestoreInputPage::selectedEntries() const
{
    QStringList lines;
    bool all = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *g = m_tree->topLevelItem(i);
        for (int j = 0; j < g->childCount(); ++j) {
            if (g->child(j)->checkState(0) == Qt::Checked)
                lines << g->child(j)->data(0, Qt::UserRole).toString();
            else
                all = false;
        }
    }
    return all ? QStringList() : lines;
}

void RestoreInputPage::showFormat()
{
    QString text;
    switch (format()) {
    case BackupArchive::Format::Custom: text = tr("Format: custom (pg_restore)"); break;
    case BackupArchive::Format::Directory: text = tr("Format: directory (pg_restore, parallel jobs possible)"); break;
    case BackupArchive::Format::Tar: text = tr("Format: tar (pg_restore)"); break;
    case BackupArchive::Format::Plain:
        text = tr("Format: plain SQL. It runs with psql as one transaction that stops at the first error, so a failure "
                  "leaves the target unchanged. Its contents cannot be picked one by one.");
        break;
    case BackupArchive::Format::Physical:
        text = tr("This is a physical backup (pg_basebackup): it is restored by starting a server on a copy of it, not "
                  "into a database.");
        break;
    case BackupArchive::Format::Unknown:
        text = input().isEmpty()              ? tr("Choose a backup file (custom, tar, plain SQL) or a directory-format backup.")
               : !QFileInfo::exists(input()) ? tr("%1 does not exist.").arg(input())
                                             : tr("This is not a backup Valvur can restore.");
        break;
    }
    if (m_contents->isListed() && !archiveDatabase().isEmpty())
        text += QLatin1Char('\n') + tr("Made from the database %1. Untick what you do not want to restore.").arg(archiveDatabase());
    if (!m_contents->toolProblem().isEmpty())
        text += QLatin1Char('\n') + m_contents->toolProblem();
    else if (m_contents->timedOut())
        text += QLatin1Char('\n') + tr("pg_restore did not finish reading it within %n second(s) and was stopped.", nullptr,
                                        ArchiveContentsController::TimeoutMs / 1000);
    else if (m_contents->hasFailed())
        text += QLatin1Char('\n') + tr("pg_restore cannot read it: %1").arg(m_contents->readErrors().join(QLatin1Char('\n')));
    m_formatLabel->setText(text);
}

void RestoreInputPage::retranslate()
{
    setTitle(tr("Backup"));
    setSubTitle(tr("The backup to restore. Valvur reads it whole before anything is changed."));
    m_inputLabel->setText(tr("Backup:"));
    m_browseFile->setText(tr("File…"));
    m_browseFolder->setText(tr("Folder…"));
    showFormat();
}

} // namespace Valvur
