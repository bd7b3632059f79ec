#include "restoretargetpage.h"

#include "backupsql.h"
#include "pgsession.h"
#include "restoreinputpage.h"
#include "restorewizard.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

namespace Valvur {

RestoreTargetPage::RestoreTargetPage(QWidget *parent)
    : QWizardPage(parent)
    , m_new(new QRadioButton(this))
    , m_newName(new QLineEdit(this))
    , m_existing(new QRadioButton(this))
    , m_existingCombo(new QComboBox(this))
    , m_warning(new QLabel(this))
    , m_confirm(new QLineEdit(this))
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
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_new, 0, 0);
    grid->addWidget(m_newName, 0, 1);
    grid->addWidget(m_existing, 1, 0);
    grid->addWidget(m_existingCombo, 1, 1);
    grid->addWidget(m_warning, 2, 0, 1, 2);
    grid->addWidget(m_confirm, 3, 1);
    grid->setRowStretch(4, 1);
    connect(m_new, &QRadioButton::toggled, this, &RestoreTargetPage::updateState);
    connect(m_newName, &QLineEdit::textChanged, this, &RestoreTargetPage::updateState);
    connect(m_existingCombo, &QComboBox::currentTextChanged, this, &RestoreTargetPage::checkExisting);
    connect(m_existing, &QRadioButton::toggled, this, &RestoreTargetPage::checkExisting);
    connect(m_confirm, &QLineEdit::textChanged, this, &RestoreTargetPage::completeChanged);
    retranslate();
}

void RestoreTargetPage::initializePage()
{
    auto *w = qobject_cast<RestoreWizard *>(wizard());
    if (m_newName->text().isEmpty()) {
        const QString base = w->inputPage()->archiveDatabase();
        m_newName->setText((base.isEmpty() ? QStringLiteral("restored") : base + QStringLiteral("_restored")));
    }
    if (m_list)
        return;
    m_list = new PgSession(this);
    ConnectionOptions o = w->server();
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-restore"));
    connect(m_list, &PgSession::connected, this, [this] {
        m_list->exec(QStringLiteral("SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY 1"), this,
                     [this](const PgReply &reply) {
                         const PgReply r = reply;
                         QMetaObject::invokeMethod(m_list, &PgSession::close, Qt::QueuedConnection);
                         if (!r.ok())
                             return;
                         const PgResult result = r.first(); // first() returns a copy: keep it alive for the loop
                         for (const QVariantList &row : result.rows())
                             m_databases << row.at(0).toString();
                         m_existingCombo->addItems(m_databases);
                         updateState();
                     });
    });
    m_list->open(o, w->password());
}

void RestoreTargetPage::checkExisting()
{
    ++m_generation;
    m_tables = -1;
    m_confirm->clear();
    updateState();
    if (!m_existing->isChecked() || m_existingCombo->currentText().isEmpty())
        return;
    auto *w = qobject_cast<RestoreWizard *>(wizard());
    delete m_check;
    m_check = new PgSession(this);
    ConnectionOptions o = w->server();
    o.setValue(QStringLiteral("dbname"), m_existingCombo->currentText());
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-restore"));
    const quint64 generation = m_generation;
    connect(m_check, &PgSession::connected, this, [this, generation] {
        m_check->exec(Sql::userTableCount(), this, [this, generation](const PgReply &reply) {
            const PgReply r = reply;
            QMetaObject::invokeMethod(m_check, &PgSession::close, Qt::QueuedConnection);
            if (generation != m_generation || !r.ok())
                return;
            m_tables = r.first().value(0, 0).toInt();
            updateState();
            Q_EMIT targetChecked();
        });
    });
    m_check->open(o, w->password());
}

void RestoreTargetPage::updateState()
{
    const bool existing = m_existing->isChecked();
    m_newName->setEnabled(!existing);
    m_existingCombo->setEnabled(existing);
    const bool needsConfirm = existing && m_tables > 0;
    m_confirm->setVisible(needsConfirm);
    if (!existing && m_databases.contains(m_newName->text().trimmed()))
        m_warning->setText(tr("A database named %1 already exists; choose another name or restore into it.").arg(m_newName->text().trimmed()));
    else if (existing && m_tables < 0)
        m_warning->setText(tr("Looking at %1…").arg(m_existingCombo->currentText()));
    else if (needsConfirm)
        m_warning->setText(tr("%1 already has tables (%n). Restoring into it can fail on existing objects or change its data. "
                              "Type its name to confirm:",
                              nullptr, m_tables)
                               .arg(m_existingCombo->currentText()));
    else if (existing)
        m_warning->setText(tr("%1 is empty.").arg(m_existingCombo->currentText()));
    else
        m_warning->setText(tr("Valvur creates the database and restores into it."));
    Q_EMIT completeChanged();
}

bool RestoreTargetPage::isComplete() const
{
    if (!m_existing->isChecked()) {
        const QString n = m_newName->text().trimmed();
        return !n.isEmpty() && !m_databases.contains(n);
    }
    if (m_tables < 0)
        return false;
    return m_tables == 0 || m_confirm->text() == m_existingCombo->currentText();
}

void RestoreTargetPage::apply(RestoreOptions *o) const
{
    o->createDatabase = !m_existing->isChecked();
    o->targetDatabase = o->createDatabase ? m_newName->text().trimmed() : m_existingCombo->currentText();
}

void RestoreTargetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void RestoreTargetPage::retranslate()
{
    setTitle(tr("Target"));
    setSubTitle(tr("A new database is the safe choice: nothing that exists is touched."));
    m_new->setText(tr("New database:"));
    m_existing->setText(tr("Existing database:"));
    updateState();
}

} // namespace Valvur
