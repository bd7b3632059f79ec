#include "dialogs/preferencesdialog.h"

#include "pg/stallwatch.h"
#include "tools/toollocator.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

namespace Valvur {

namespace {
const QStringList programs = {QStringLiteral("pg_dump"), QStringLiteral("pg_restore"), QStringLiteral("psql"),
                              QStringLiteral("pg_basebackup")};
}

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_intro(new QLabel(this))
    , m_folderLabel(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_stallLabel(new QLabel(this))
    , m_stall(new QSpinBox(this))
    , m_stallHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_folder->setObjectName(QStringLiteral("toolFolderEdit"));
    m_folder->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("toolFolderBrowse"));
    m_result->setObjectName(QStringLiteral("toolFolderResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(110);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_intro->setWordWrap(true);
    m_folderLabel->setBuddy(m_folder);
    m_stall->setObjectName(QStringLiteral("stallTimeoutSpin"));
    m_stall->setRange(0, 86400);
    m_stall->setValue(savedStallTimeout(m_settings));
    m_stallLabel->setBuddy(m_stall);
    m_stallHint->setObjectName(QStringLiteral("stallTimeoutHint"));
    m_stallHint->setWordWrap(true);
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_intro, 0, 0, 1, 3);
    grid->addWidget(m_folderLabel, 1, 0);
    grid->addWidget(m_folder, 1, 1);
    grid->addWidget(m_browse, 1, 2);
    grid->addWidget(m_result, 2, 0, 1, 3);
    grid->addWidget(m_stallLabel, 3, 0);
    grid->addWidget(m_stall, 3, 1, Qt::AlignLeft);
    grid->addWidget(m_stallHint, 4, 1, 1, 2);
    grid->setRowStretch(5, 1);
    grid->addWidget(m_buttons, 6, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &PreferencesDialog::probe);
    connect(m_folder, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Folder of the PostgreSQL programs"),
                                       toolDirectory().isEmpty() ? QStringLiteral("/usr/lib/postgresql") : toolDirectory());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly, true);
        connect(dialog, &QFileDialog::fileSelected, this, &PreferencesDialog::setToolDirectory);
        dialog->open();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    resize(640, 360);
    retranslate();
    m_folder->setText(savedToolDirectory(m_settings));
    m_debounce->stop();
    probe();
}

PreferencesDialog::~PreferencesDialog()
{
    abandonLocator();
}

void PreferencesDialog::abandonLocator()
{
    // Still probing: let it finish on its own (its "--version" children end in moments) rather
    // than killing them and waiting; it deletes itself then.
    if (m_locator) {
        disconnect(m_locator, nullptr, this, nullptr);
        m_locator->setParent(nullptr);
        connect(m_locator, &ToolLocator::finished, m_locator, &QObject::deleteLater);
    }
    m_locator = nullptr;
}

QString PreferencesDialog::savedToolDirectory(const QSettings *settings)
{
    return settings ? settings->value(toolDirectoryKey()).toString() : QString();
}

int PreferencesDialog::savedStallTimeout(const QSettings *settings)
{
    bool ok = false;
    const int v = settings ? settings->value(stallTimeoutKey()).toInt(&ok) : 0;
    return ok && v >= 0 ? v : StallWatch::kDefaultSeconds;
}

int PreferencesDialog::stallTimeout() const
{
    return m_stall->value();
}

QString PreferencesDialog::toolDirectory() const
{
    const QString text = m_folder->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(text);
}

void PreferencesDialog::setToolDirectory(const QString &dir)
{
    m_folder->setText(dir);
    m_debounce->stop();
    probe();
}

void PreferencesDialog::probe()
{
    abandonLocator();
    delete m_last;
    m_last = nullptr;
    m_found = 0;
    const QString dir = toolDirectory();
    if (!dir.isEmpty() && !QFileInfo(dir).isDir()) {
        m_result->setText(tr("The folder %1 does not exist. The wizards will refuse to start until you choose a folder that has "
                             "pg_dump, or clear the field to let Valvur search PATH and /usr/lib/postgresql/*/bin.")
                              .arg(dir.toHtmlEscaped()));
        Q_EMIT probed();
        return;
    }
    m_result->setText(tr("Looking for the programs…"));
    m_locator = new ToolLocator(this);
    m_locator->setExtraDirectory(dir);
    connect(m_locator, &ToolLocator::finished, this, [this] {
        m_last = m_locator;
        m_locator = nullptr;
        showResult();
        Q_EMIT probed();
    });
    m_locator->locate(programs);
}

void PreferencesDialog::showResult()
{
    if (!m_last)
        return;
    const QString dir = toolDirectory();
    QString html = QStringLiteral("<table cellspacing=\"4\">");
    m_found = 0;
    for (const QString &program : programs) {
        QList<PgTool> found = m_last->found(program);
        std::sort(found.begin(), found.end(), [](const PgTool &a, const PgTool &b) { return a.major() > b.major(); });
        QString text;
        if (found.isEmpty()) {
            text = tr("not found");
        } else {
            ++m_found;
            QStringList versions;
            for (const PgTool &t : std::as_const(found))
                versions << tr("%1.%2 (%3)").arg(t.major()).arg(t.minor()).arg(t.path().toHtmlEscaped());
            text = versions.join(QStringLiteral("<br>"));
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(program, text);
    }
    html += QStringLiteral("</table>");
    QString head;
    if (!dir.isEmpty() && m_found == 0)
        head = tr("%1 has none of pg_dump, pg_restore, psql and pg_basebackup. The wizards will refuse to start until you "
                  "choose another folder or clear the field.")
                   .arg(dir.toHtmlEscaped());
    else if (dir.isEmpty())
        head = tr("Empty: Valvur looks in PATH and /usr/lib/postgresql/*/bin and uses the newest program that can handle the server. Found:");
    else
        head = tr("Only this folder is used. Found:");
    m_result->setText(QStringLiteral("<p>%1</p>").arg(head) + html);
}

void PreferencesDialog::accept()
{
    if (m_settings) {
        const QString dir = toolDirectory();
        if (dir.isEmpty())
            m_settings->remove(toolDirectoryKey());
        else
            m_settings->setValue(toolDirectoryKey(), dir);
        m_settings->setValue(stallTimeoutKey(), stallTimeout());
    }
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_intro->setText(tr("The backup and restore wizards run the PostgreSQL client programs. Leave the folder empty to let Valvur "
                        "find them, or name the folder of one version, e.g. /usr/lib/postgresql/16/bin."));
    m_folderLabel->setText(tr("&Tool folder:"));
    m_folder->setPlaceholderText(tr("automatic"));
    m_browse->setText(tr("&Browse…"));
    m_stallLabel->setText(tr("&Stall timeout:"));
    m_stall->setSuffix(tr(" s"));
    m_stall->setSpecialValueText(tr("never"));
    m_stall->setToolTip(tr("A backup or restore whose tool makes no progress while the server answers no test connection for "
                           "this long is ended with \"the server stopped answering\"."));
    m_stallHint->setText(m_stall->toolTip());
    showResult();
}

} // namespace Valvur
