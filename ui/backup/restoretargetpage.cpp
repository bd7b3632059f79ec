#include "backup/restoretargetpage.h"

#include "backup/databaselistcontroller.h"
#include "backup/targetcheckcontroller.h"
#include "backup/toolwizard.h"
#include "errortext.h"
#include "serverchooser.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace Valvur {

RestoreTargetPage::RestoreTargetPage(QWidget *parent)
    : WizardPage(parent)
    , m_chooser(new ServerChooser(this))
    , m_new(new QRadioButton(this))
    , m_newName(new QLineEdit(this))
    , m_existing(new QRadioButton(this))
    , m_existingCombo(new QComboBox(this))
    , m_warning(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_list(new DatabaseListController(QStringLiteral("valvur-restore"), this))
    , m_check(new TargetCheckController(QStringLiteral("valvur-restore"), this))
{
    setObjectName(QStringLiteral("targetPage"));
    m_new->setObjectName(QStringLiteral("newRadio"));
    m_newName->setObjectName(QStringLiteral("newNameEdit"));
    m_existing->setObjectName(QStringLiteral("existingRadio"));
    m_existingCombo->setObjectName(QStringLiteral("existingCombo"));
    m_warning->setObjectName(QStringLiteral("targetWarning"));
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_warning->setWordWrap(true);
    m_new->setChecked(true);
    m_serverLabel = new QLabel(this);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_serverLabel, 0, 0, Qt::AlignTop);
    grid->addWidget(m_chooser, 0, 1);
    grid->addWidget(m_new, 1, 0);
    grid->addWidget(m_newName, 1, 1);
    grid->addWidget(m_existing, 2, 0);
    grid->addWidget(m_existingCombo, 2, 1);
    grid->addWidget(m_warning, 3, 0, 1, 2);
    grid->addWidget(m_confirm, 4, 1);
    grid->setRowStretch(5, 1);
    m_chooser->follow(m_list);
    connect(m_chooser, &ServerChooser::changed, this, [this] {
        m_existingCombo->clear();
        if (auto *w = qobject_cast<ToolWizard *>(wizard()))
            w->updateTitle();
        updateState();
    });
    connect(m_list, &DatabaseListController::listed, this, &RestoreTargetPage::showDatabases);
    connect(m_check, &TargetCheckController::checked, this, [this] {
        updateState();
        Q_EMIT targetChecked();
    });
    connect(m_check, &TargetCheckController::failed, this, [this](const PgError &e) {
        m_checkError = describeError(e);
        updateState();
    });
    connect(m_new, &QRadioButton::toggled, this, &RestoreTargetPage::updateState);
    connect(m_newName, &QLineEdit::textChanged, this, &RestoreTargetPage::updateState);
    connect(m_existingCombo, &QComboBox::currentTextChanged, this, &RestoreTargetPage::checkExisting);
    connect(m_existing, &QRadioButton::toggled, this, &RestoreTargetPage::checkExisting);
    connect(m_confirm, &QLineEdit::textChanged, this, &RestoreTargetPage::completeChanged);
    retranslate();
}

void RestoreTargetPage::initializePage()
{
    auto *w = qobject_cast<ToolWizard *>(wizard());
    if (m_newName->text().isEmpty()) {
        const QString base = field(QStringLiteral("archiveDatabase")).toString();
        m_newName->setText((base.isEmpty() ? QStringLiteral("restored") : base + QStringLiteral("_restored")));
    }
    if (!m_chooser->isSetUp())
        w->setUpChooser(m_chooser);
}

void RestoreTargetPage::showDatabases()
{
    m_existingCombo->clear();
    m_existingCombo->addItems(m_list->names());
    updateState();
}

bool RestoreTargetPage::databasesListed() const
{
    return m_list->isLoaded();
}

int RestoreTargetPage::existingTables() const
{
    return m_check->tableCount();
}

void RestoreTargetPage::checkExisting()
{
    m_check->clear();
    m_checkError.clear();
    m_confirm->clear();
    updateState();
    if (!m_existing->isChecked() || m_existingCombo->currentText().isEmpty() || !m_chooser->isReady())
        return;
    m_check->check(m_chooser->source().options, m_chooser->source().password, m_existingCombo->currentText());
}

void RestoreTargetPage::updateState()
{
    const bool existing = m_existing->isChecked();
    m_newName->setEnabled(!existing);
    m_existingCombo->setEnabled(existing);
    const int tables = m_check->tableCount();
    const bool needsConfirm = existing && tables > 0;
    m_confirm->setVisible(needsConfirm);
    if (!existing && m_list->contains(m_newName->text().trimmed()))
        m_warning->setText(tr("A database named %1 already exists; choose another name or restore into it.").arg(m_newName->text().trimmed()));
    else if (existing && !m_checkError.isEmpty())
        m_warning->setText(tr("Cannot look into %1: %2").arg(m_existingCombo->currentText(), m_checkError));
    else if (existing && tables < 0)
        m_warning->setText(tr("Looking at %1…").arg(m_existingCombo->currentText()));
    else if (needsConfirm)
        m_warning->setText(tr("%1 already has tables (%n). Restoring into it can fail on existing objects or change its data. "
                              "Type its name to confirm:",
                              nullptr, tables)
                               .arg(m_existingCombo->currentText()));
    else if (existing)
        m_warning->setText(tr("%1 is empty.").arg(m_existingCombo->currentText()));
    else
        m_warning->setText(tr("Valvur creates the database and restores into it."));
    Q_EMIT completeChanged();
}

bool RestoreTargetPage::isComplete() const
{
    if (!m_chooser->isReady() || !m_list->isLoaded())
        return false;
    if (!m_existing->isChecked()) {
        const QString n = m_newName->text().trimmed();
        return !n.isEmpty() && !m_list->contains(n);
    }
    const int tables = m_check->tableCount();
    if (tables < 0)
        return false;
    return tables == 0 || m_confirm->text() == m_existingCombo->currentText();
}

void RestoreTargetPage::apply(RestoreOptions *o) const
{
    o->createDatabase = !m_existing->isChecked();
    o->intoExisting = m_existing->isChecked(); // isComplete() wanted the name typed when it has tables
    o->targetDatabase = o->createDatabase ? m_newName->text().trimmed() : m_existingCombo->currentText();
}

void RestoreTargetPage::retranslate()
{
    setTitle(tr("Target"));
    setSubTitle(tr("A new database is the safe choice: nothing that exists is touched."));
    m_serverLabel->setText(tr("Server:"));
    m_new->setText(tr("New database:"));
    m_existing->setText(tr("Existing database:"));
    updateState();
}

} // namespace Valvur
