#include "backup/backupoptionspage.h"

#include "backup/backupwizard.h"
#include "backup/tablelistcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Valvur {

BackupOptionsPage::BackupOptionsPage(QWidget *parent)
    : WizardPage(parent)
    , m_stack(new QStackedWidget(this))
    , m_tables(new TableListController(QStringLiteral("valvur-backup"), this))
{
    setObjectName(QStringLiteral("optionsPage"));
    m_stack->addWidget(buildLogical());
    m_stack->addWidget(buildPhysical());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    connect(m_tables, &TableListController::listed, this, &BackupOptionsPage::showObjects);
    retranslate();
    updateEnabled();
}

QWidget *BackupOptionsPage::buildLogical()
{
    auto *page = new QWidget(this);
    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (int i = 0; i < 4; ++i)
        m_format->addItem(QString());
    m_compression = new QSpinBox(page);
    m_compression->setObjectName(QStringLiteral("compressionSpin"));
    m_compression->setRange(-1, 9);
    m_compression->setValue(-1);
    m_jobs = new QSpinBox(page);
    m_jobs->setObjectName(QStringLiteral("jobsSpin"));
    m_jobs->setRange(1, qMax(1, QThread::idealThreadCount()) * 2);
    m_content = new QComboBox(page);
    m_content->setObjectName(QStringLiteral("contentCombo"));
    for (int i = 0; i < 3; ++i)
        m_content->addItem(QString());
    m_tree = new QTreeWidget(page);
    m_tree->setObjectName(QStringLiteral("objectTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumHeight(140);
    m_noOwner = new QCheckBox(page);
    m_noOwner->setObjectName(QStringLiteral("noOwnerCheck"));
    m_noPrivileges = new QCheckBox(page);
    m_noPrivileges->setObjectName(QStringLiteral("noPrivilegesCheck"));
    m_clean = new QCheckBox(page);
    m_clean->setObjectName(QStringLiteral("cleanCheck"));
    m_ifExists = new QCheckBox(page);
    m_ifExists->setObjectName(QStringLiteral("ifExistsCheck"));
    m_create = new QCheckBox(page);
    m_create->setObjectName(QStringLiteral("createCheck"));

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    auto addRow = [this, form, page](QWidget *field) {
        auto *label = new QLabel(page);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    };
    addRow(m_format);
    addRow(m_compression);
    addRow(m_jobs);
    addRow(m_content);
    form->addRow(m_tree);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_noOwner);
    checks->addWidget(m_noPrivileges);
    checks->addStretch();
    form->addRow(checks);
    auto *plain = new QHBoxLayout;
    plain->addWidget(m_clean);
    plain->addWidget(m_ifExists);
    plain->addWidget(m_create);
    plain->addStretch();
    form->addRow(plain);

    connect(m_format, &QComboBox::currentIndexChanged, this, &BackupOptionsPage::updateEnabled);
    connect(m_clean, &QCheckBox::toggled, this, &BackupOptionsPage::updateEnabled);
    connect(m_content, &QComboBox::currentIndexChanged, this, &BackupOptionsPage::updateEnabled);
    return page;
}

QWidget *BackupOptionsPage::buildPhysical()
{
    auto *page = new QWidget(this);
    m_physicalFormat = new QComboBox(page);
    m_physicalFormat->setObjectName(QStringLiteral("physicalFormatCombo"));
    m_physicalFormat->addItem(QString());
    m_physicalFormat->addItem(QString());
    m_physicalCompression = new QSpinBox(page);
    m_physicalCompression->setObjectName(QStringLiteral("physicalCompressionSpin"));
    m_physicalCompression->setRange(0, 9);
    m_fastCheckpoint = new QCheckBox(page);
    m_fastCheckpoint->setObjectName(QStringLiteral("fastCheckpointCheck"));
    m_fastCheckpoint->setChecked(true);
    m_walLabel = new QLabel(page);
    m_walLabel->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    for (QWidget *field : {static_cast<QWidget *>(m_physicalFormat), static_cast<QWidget *>(m_physicalCompression)}) {
        auto *label = new QLabel(page);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    form->addRow(m_fastCheckpoint);
    form->addRow(m_walLabel);
    connect(m_physicalFormat, &QComboBox::currentIndexChanged, this, &BackupOptionsPage::updateEnabled);
    return page;
}

void BackupOptionsPage::initializePage()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    const bool physical = field(QStringLiteral("physical")).toBool();
    m_stack->setCurrentIndex(physical ? 1 : 0);
    if (!physical && m_tables->list(w->server(), w->password(), field(QStringLiteral("database")).toString().trimmed()))
        m_tree->clear();
    updateEnabled();
}

void BackupOptionsPage::showObjects()
{
    m_tree->clear();
    QTreeWidgetItem *schema = nullptr;
    for (const TableListController::Table &table : m_tables->tables()) {
        if (!schema || schema->text(0) != table.schema) {
            schema = new QTreeWidgetItem(m_tree, {table.schema});
            schema->setFlags(schema->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            schema->setCheckState(0, Qt::Checked);
        }
        auto *t = new QTreeWidgetItem(schema, {table.name});
        t->setFlags(t->flags() | Qt::ItemIsUserCheckable);
        t->setCheckState(0, Qt::Checked);
    }
    m_tree->expandAll();
    Q_EMIT objectsLoaded();
}

void BackupOptionsPage::apply(BackupOptions *o) const
{
    if (o->format == BackupOptions::Format::Physical) {
        o->physicalTar = m_physicalFormat->currentIndex() == 1;
        o->compression = o->physicalTar ? m_physicalCompression->value() : -1;
        o->fastCheckpoint = m_fastCheckpoint->isChecked();
        return;
    }
    static const BackupOptions::Format formats[] = {BackupOptions::Format::Custom, BackupOptions::Format::Directory,
                                                    BackupOptions::Format::Tar, BackupOptions::Format::Plain};
    o->format = formats[qBound(0, m_format->currentIndex(), 3)];
    o->compression = m_compression->value();
    o->jobs = o->format == BackupOptions::Format::Directory ? m_jobs->value() : 1;
    o->content = BackupOptions::Content(m_content->currentIndex());
    o->noOwner = m_noOwner->isChecked();
    o->noPrivileges = m_noPrivileges->isChecked();
    const bool plain = o->format == BackupOptions::Format::Plain;
    o->clean = plain && m_clean->isChecked();
    o->ifExists = plain && m_clean->isChecked() && m_ifExists->isChecked();
    o->create = plain && m_create->isChecked();
    // A partly checked tree names exactly the checked tables; all checked means everything.
    bool all = true;
    QStringList tables;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *schema = m_tree->topLevelItem(i);
        for (int j = 0; j < schema->childCount(); ++j) {
            if (schema->child(j)->checkState(0) == Qt::Checked)
                tables << schema->text(0) + QLatin1Char('.') + schema->child(j)->text(0);
            else
                all = false;
        }
    }
    if (!all)
        o->tables = tables;
}

void BackupOptionsPage::updateEnabled()
{
    const int f = m_format->currentIndex();
    m_jobs->setEnabled(f == 1);
    m_compression->setEnabled(f != 2);
    m_clean->setEnabled(f == 3);
    m_ifExists->setEnabled(f == 3 && m_clean->isChecked());
    m_create->setEnabled(f == 3);
    m_physicalCompression->setEnabled(m_physicalFormat->currentIndex() == 1);
}

void BackupOptionsPage::retranslate()
{
    setTitle(tr("Options"));
    setSubTitle(tr("Custom is the usual choice: compressed, restorable table by table with pg_restore. Directory can run "
                   "in parallel. Plain SQL is readable and runs with psql."));
    m_format->setItemText(0, tr("Custom (pg_restore, compressed)"));
    m_format->setItemText(1, tr("Directory (parallel jobs)"));
    m_format->setItemText(2, tr("Tar"));
    m_format->setItemText(3, tr("Plain SQL (psql)"));
    m_compression->setSpecialValueText(tr("default"));
    m_content->setItemText(0, tr("Whole database: schema and data"));
    m_content->setItemText(1, tr("Schema only"));
    m_content->setItemText(2, tr("Data only"));
    m_noOwner->setText(tr("No owner (--no-owner)"));
    m_noPrivileges->setText(tr("No privileges (--no-privileges)"));
    m_clean->setText(tr("Clean first (--clean)"));
    m_ifExists->setText(tr("If exists (--if-exists)"));
    m_create->setText(tr("Create the database (--create)"));
    m_physicalFormat->setItemText(0, tr("Plain: a copy of the data directory"));
    m_physicalFormat->setItemText(1, tr("Tar: base.tar and pg_wal.tar"));
    m_fastCheckpoint->setText(tr("Fast checkpoint: start at once (more I/O for a moment)"));
    m_walLabel->setText(tr("WAL method: stream. The WAL written during the backup is copied alongside, so the copy starts "
                           "on its own."));
    const QStringList labels = {tr("Format:"), tr("Compression (0–9):"), tr("Parallel jobs:"), tr("Include:"), tr("Format:"),
                                tr("Compression (0–9):")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels[i]->setText(labels.at(i));
}

} // namespace Valvur
