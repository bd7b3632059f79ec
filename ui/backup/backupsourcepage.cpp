#include "backup/backupsourcepage.h"

#include "backup/databaselistcontroller.h"
#include "backup/toolwizard.h"
#include "format.h"
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
    : WizardPage(parent)
    , m_chooser(new ServerChooser(this))
    , m_database(new QComboBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_list(new DatabaseListController(QStringLiteral("valvur-backup"), this))
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
    registerField(QStringLiteral("databaseBytes"), this, "databaseBytes", SIGNAL(databaseBytesChanged()));
    connect(m_database, &QComboBox::currentTextChanged, this, [this] {
        updateSize();
        Q_EMIT databaseBytesChanged();
        Q_EMIT completeChanged();
    });
    m_chooser->follow(m_list);
    connect(m_chooser, &ServerChooser::changed, this, [this] {
        m_database->clear();
        m_database->setEnabled(false);
        if (auto *w = qobject_cast<ToolWizard *>(wizard()))
            w->updateTitle();
        Q_EMIT serverChanged();
        Q_EMIT completeChanged();
    });
    connect(m_chooser, &ServerChooser::chosen, this, &BackupSourcePage::offerRemembered);
    connect(m_list, &DatabaseListController::listed, this, &BackupSourcePage::showDatabases);
    retranslate();
}

void BackupSourcePage::initializePage()
{
    auto *w = qobject_cast<ToolWizard *>(wizard());
    if (!m_chooser->isSetUp())
        w->setUpChooser(m_chooser);
}

// While the list is on its way: the database picked last time on this server, else the one the
// connection names.
void BackupSourcePage::offerRemembered()
{
    const QString remembered = rememberedDatabase();
    m_database->clear();
    m_database->addItem(remembered.isEmpty() ? m_chooser->source().options.effectiveDatabase() : remembered);
    Q_EMIT completeChanged();
}

void BackupSourcePage::showDatabases()
{
    const QString chosen = m_database->currentText();
    m_database->clear();
    m_database->addItems(m_list->names());
    const int index = m_database->findText(chosen);
    m_database->setCurrentIndex(index >= 0 ? index : 0);
    m_database->setEnabled(true);
    updateSize();
    Q_EMIT completeChanged();
    Q_EMIT databasesLoaded();
}

qint64 BackupSourcePage::databaseBytes() const
{
    return qMax<qint64>(0, m_list->bytes(database()));
}

QString BackupSourcePage::rememberedDatabase() const
{
    auto *w = qobject_cast<ToolWizard *>(wizard());
    if (!w || !w->settings())
        return {};
    return w->settings()->value(lastDatabasesKey).toMap().value(m_chooser->historyKey()).toString();
}

void BackupSourcePage::rememberDatabase()
{
    auto *w = qobject_cast<ToolWizard *>(wizard());
    if (!w || !w->settings() || database().isEmpty())
        return;
    QVariantMap map = w->settings()->value(lastDatabasesKey).toMap();
    map.insert(m_chooser->historyKey(), database());
    w->settings()->setValue(lastDatabasesKey, map);
}

bool BackupSourcePage::isComplete() const
{
    return m_chooser->isReady() && m_list->isLoaded() && !database().isEmpty();
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
    const qint64 bytes = m_list->bytes(database());
    m_sizeLabel->setText(bytes < 0 ? QString() : tr("Size on the server: %1").arg(Format::bytes(bytes)));
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
