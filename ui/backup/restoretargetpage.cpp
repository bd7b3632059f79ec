#include "backup/restoretargetpage.h"

#include "backup/backupsql.h"
#include "pg/pgsession.h"
#include "backup/restoreinputpage.h"
#include "backup/restorewizard.h"
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
    : QWizardPage(parent)
    , m_chooser(new ServerChooser(this))
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
    connect(m_chooser, &ServerChooser::changed, this, [this] {
        delete m_list;
        m_list = nullptr;
        m_listed = false;
        m_databases.clear();
        m_existingCombo->clear();
        if (auto *w = qobject_cast<RestoreWizard *>(wizard()))
            w->updateTitle();
        updateState();
    });
    connect(m_chooser, &ServerChooser::chosen, this, &RestoreTargetPage::listDatabases);
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
    if (!m_chooser->isSetUp())
        w->setUpChooser(m_chooser);
}

void RestoreTargetPage::listDatabases()
{
    delete m_list;
    m_list = new PgSession(this);
    m_listed = false;
    const quint64 generation = m_chooser->generation();
    ConnectionOptions o = m_chooser->source().options;
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-restore"));
    PgSession *session = m_list;
    connect(session, &PgSession::connectFailed, this, [this, generation](const PgError &e) {
        if (generation == m_chooser->generation())
            m_chooser->showFailure(e);
    });
    connect(session, &PgSession::connected, this, [this, session, generation] {
        session->exec(QStringLiteral("SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY 1"), this,
                      [this, session, generation](const PgReply &reply) {
                          const PgReply r = reply;
                          QMetaObject::invokeMethod(session, &PgSession::close, Qt::QueuedConnection);
                          if (generation != m_chooser->generation())
                              return;
                          if (!r.ok()) {
                              m_chooser->showStatus(tr("Cannot list the databases: %1").arg(describeError(r.error)));
                              return;
                          }
                          m_databases.clear();
                          const PgResult result = r.first(); // first() returns a copy: keep it alive for the loop
                          for (const QVariantList &row : result.rows())
                              m_databases << row.at(0).toString();
                          m_existingCombo->clear();
                          m_existingCombo->addItems(m_databases);
                          m_listed = true;
                          m_chooser->showStatus(tr("Connected: %n database(s).", nullptr, int(m_databases.size())));
                          updateState();
                      });
    });
    m_list->open(o, m_chooser->source().password);
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
    if (!m_chooser->isReady())
        return;
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
    if (!m_chooser->isReady() || !m_listed)
        return false;
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
    o->intoExisting = m_existing->isChecked(); // isComplete() wanted the name typed when it has tables
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
    m_serverLabel->setText(tr("Server:"));
    m_new->setText(tr("New database:"));
    m_existing->setText(tr("Existing database:"));
    updateState();
}

} // namespace Valvur
