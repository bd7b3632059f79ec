#include "backup/backupsourcepage.h"

#include "backup/backupwizard.h"
#include "errortext.h"
#include "format.h"
#include "pg/pgsession.h"
#include "serverchooser.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace Valvur {

namespace {
const QString lastDatabasesKey = QStringLiteral("backup/lastDatabases");
}

BackupSourcePage::BackupSourcePage(QWidget *parent)
    : QWizardPage(parent)
    , m_chooser(new ServerChooser(this))
    , m_database(new QComboBox(this))
    , m_sizeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("sourcePage"));
    m_database->setObjectName(QStringLiteral("databaseCombo"));
    m_database->setEditable(true);
    m_sizeLabel->setObjectName(QStringLiteral("databaseSizeLabel"));
    // Labels made here: QFormLayout::addRow() with an empty text makes none to retranslate later.
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(this), m_chooser);
    form->addRow(new QLabel(this), m_database);
    form->addRow(QString(), m_sizeLabel);
    registerField(QStringLiteral("database*"), m_database, "currentText", SIGNAL(currentTextChanged(QString)));
    connect(m_database, &QComboBox::currentTextChanged, this, [this] {
        updateSize();
        Q_EMIT completeChanged();
    });
    connect(m_chooser, &ServerChooser::changed, this, [this] {
        delete m_session;
        m_session = nullptr;
        m_loaded = false;
        m_sizes.clear();
        m_database->clear();
        m_database->setEnabled(false);
        if (auto *w = qobject_cast<BackupWizard *>(wizard()))
            w->updateTitle();
        Q_EMIT serverChanged();
        Q_EMIT completeChanged();
    });
    connect(m_chooser, &ServerChooser::chosen, this, &BackupSourcePage::listDatabases);
    retranslate();
}

void BackupSourcePage::initializePage()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    if (!m_chooser->isSetUp())
        w->setUpChooser(m_chooser);
}

void BackupSourcePage::listDatabases()
{
    delete m_session;
    m_session = new PgSession(this);
    m_loaded = false;
    const quint64 generation = m_chooser->generation();
    const ServerChooser::Source source = m_chooser->source();
    const QString current = rememberedDatabase().isEmpty() ? source.options.effectiveDatabase() : rememberedDatabase();
    m_database->clear();
    m_database->addItem(current);
    ConnectionOptions o = source.options;
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-backup"));
    PgSession *session = m_session;
    connect(session, &PgSession::connectFailed, this, [this, generation](const PgError &e) {
        if (generation == m_chooser->generation())
            m_chooser->showFailure(e);
    });
    connect(session, &PgSession::connected, this, [this, session, generation, current] {
        session->exec(QStringLiteral("SELECT datname, pg_database_size(oid) FROM pg_database\n"
                                     " WHERE datallowconn AND NOT datistemplate ORDER BY datname"),
                      this, [this, session, generation, current](const PgReply &reply) {
                          const PgReply r = reply;
                          QMetaObject::invokeMethod(session, &PgSession::close, Qt::QueuedConnection);
                          if (generation != m_chooser->generation())
                              return;
                          if (!r.ok()) {
                              m_chooser->showStatus(tr("Cannot list the databases: %1").arg(describeError(r.error)));
                              return;
                          }
                          const QString chosen = m_database->currentText().isEmpty() ? current : m_database->currentText();
                          m_database->clear();
                          m_sizes.clear();
                          const PgResult result = r.first(); // first() returns a copy: keep it alive for the loop
                          for (const QVariantList &row : result.rows()) {
                              m_sizes.insert(row.at(0).toString(), row.at(1).toLongLong());
                              m_database->addItem(row.at(0).toString());
                          }
                          const int index = m_database->findText(chosen);
                          m_database->setCurrentIndex(index >= 0 ? index : 0);
                          m_loaded = true;
                          m_database->setEnabled(true);
                          m_chooser->showStatus(tr("Connected: %n database(s).", nullptr, int(m_sizes.size())));
                          updateSize();
                          Q_EMIT databasesLoaded();
                      });
    });
    m_session->open(o, m_chooser->source().password);
}

QString BackupSourcePage::rememberedDatabase() const
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    if (!w || !w->settings())
        return {};
    return w->settings()->value(lastDatabasesKey).toMap().value(m_chooser->historyKey()).toString();
}

void BackupSourcePage::rememberDatabase()
{
    auto *w = qobject_cast<BackupWizard *>(wizard());
    if (!w || !w->settings() || database().isEmpty())
        return;
    QVariantMap map = w->settings()->value(lastDatabasesKey).toMap();
    map.insert(m_chooser->historyKey(), database());
    w->settings()->setValue(lastDatabasesKey, map);
}

bool BackupSourcePage::isComplete() const
{
    return m_chooser->isReady() && m_loaded && !database().isEmpty();
}

bool BackupSourcePage::validatePage()
{
    rememberDatabase();
    return true;
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
    setSubTitle(tr("Which server and database to back up. A physical backup copies the whole server, whatever database you pick here."));
    auto *form = static_cast<QFormLayout *>(layout());
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(m_chooser)))
        l->setText(tr("Server:"));
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(m_database)))
        l->setText(tr("Database:"));
    updateSize();
}

} // namespace Valvur
