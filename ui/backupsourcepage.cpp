#include "backupsourcepage.h"

#include "backupwizard.h"
#include "format.h"
#include "pgsession.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace Valvur {

BackupSourcePage::BackupSourcePage(QWidget *parent)
    : QWizardPage(parent)
    , m_serverLabel(new QLabel(this))
    , m_database(new QComboBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcePage"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_database->setObjectName(QStringLiteral("databaseCombo"));
    m_database->setEditable(true);
    m_sizeLabel->setObjectName(QStringLiteral("databaseSizeLabel"));
    m_error->setObjectName(QStringLiteral("sourceError"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(QString(), m_serverLabel);
    form->addRow(QString(), m_database);
    form->addRow(QString(), m_sizeLabel);
    form->addRow(m_error);
    registerField(QStringLiteral("database*"), m_database, "currentText", SIGNAL(currentTextChanged(QString)));
    connect(m_database, &QComboBox::currentTextChanged, this, [this] {
        updateSize();
        Q_EMIT completeChanged();
    });
    retranslate();
}

void BackupSourcePage::initializePage()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    m_serverLabel->setText(w->server().displayName());
    if (m_session)
        return;
    const QString current = w->server().effectiveDatabase();
    m_database->addItem(current);
    m_session = new PgSession(this);
    ConnectionOptions o = w->server();
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-backup"));
    connect(m_session, &PgSession::connectFailed, this, [this](const PgError &e) {
        m_error->setText(tr("Cannot list the databases: %1").arg(e.message().trimmed()));
    });
    connect(m_session, &PgSession::connected, this, [this, current] {
        m_session->exec(QStringLiteral("SELECT datname, pg_database_size(oid) FROM pg_database\n"
                                       " WHERE datallowconn AND NOT datistemplate ORDER BY datname"),
                        this, [this, current](const PgReply &reply) {
                            const PgReply r = reply;
                            QMetaObject::invokeMethod(m_session, &PgSession::close, Qt::QueuedConnection);
                            if (!r.ok()) {
                                m_error->setText(tr("Cannot list the databases: %1").arg(r.error.message().trimmed()));
                                return;
                            }
                            const QString chosen = m_database->currentText().isEmpty() ? current : m_database->currentText();
                            m_database->clear();
                            const PgResult result = r.first(); // first() returns a copy: keep it alive for the loop
                            for (const QVariantList &row : result.rows()) {
                                m_sizes.insert(row.at(0).toString(), row.at(1).toLongLong());
                                m_database->addItem(row.at(0).toString());
                            }
                            const int index = m_database->findText(chosen);
                            m_database->setCurrentIndex(index >= 0 ? index : 0);
                            updateSize();
                            Q_EMIT databasesLoaded();
                        });
    });
    m_session->open(o, w->password());
}

bool BackupSourcePage::isComplete() const
{
    return !database().isEmpty();
}

QString BackupSourcePage::database() const
{
    return m_database->currentText().trimmed();
}

void BackupSourcePage::updateSize()
{
    const auto it = m_sizes.constFind(database());
    m_sizeLabel->setText(it == m_sizes.constEnd() ? QString() : tr("Size on the server: %1").arg(Format::bytes(it.value())));
}

void BackupSourcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void BackupSourcePage::retranslate()
{
    setTitle(tr("Source"));
    setSubTitle(tr("Which database to back up. A physical backup copies the whole server, whatever database you pick here."));
    auto *form = static_cast<QFormLayout *>(layout());
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(m_serverLabel)))
        l->setText(tr("Server:"));
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(m_database)))
        l->setText(tr("Database:"));
    updateSize();
}

} // namespace Valvur
