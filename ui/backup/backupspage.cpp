#include "backup/backupspage.h"

#include "format.h"
#include "keyedtablemodel.h"
#include "dialogs/preferencesdialog.h"
#include "profiles/profilestore.h"
#include "pg/serverconnection.h"
#include "backup/verifyjob.h"
#include "schedule/schedulecontroller.h"
#include "schedule/schedulesection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace Valvur {

namespace {
const QString allServers = QStringLiteral("*");
const QString serverSetting = QStringLiteral("backups/server");
} // namespace

BackupsPage::BackupsPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_historyFile(BackupHistory::defaultFile())
    , m_profiles(new ProfileStore(context.settings, this))
    , m_serverLabel(new QLabel(this))
    , m_server(new QComboBox(this))
    , m_testRestore(new QCheckBox(this))
    , m_verify(new QPushButton(this))
    , m_showFolder(new QPushButton(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_status(new QLabel(this))
    , m_model(new KeyedTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("backupsPage"));
    m_server->setObjectName(QStringLiteral("historyServerCombo"));
    m_server->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_testRestore->setObjectName(QStringLiteral("testRestoreCheck"));
    m_showFolder->setObjectName(QStringLiteral("showFolderButton"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model->setKeyColumns({File});
    m_model->setFormatter([this](const QVariantList &row, int column, int role) { return format(row, column, role); });
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->addWidget(m_serverLabel);
    top->addWidget(m_server);
    top->addStretch();
    top->addWidget(m_testRestore);
    top->addWidget(m_verify);
    top->addWidget(m_showFolder);
    auto *layout = new QVBoxLayout(this);
    // The schedules first: whether backups happen on their own is the first thing to know here.
    ScheduleController *schedules = context.schedules ? context.schedules : new ScheduleController(context.settings, m_profiles, this);
    m_schedules = new ScheduleSection(schedules, this);
    layout->addWidget(m_schedules);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_server, &QComboBox::activated, this, [this] {
        if (m_context.settings)
            m_context.settings->setValue(serverSetting, m_server->currentData().toString());
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BackupsPage::updateButtons);
    connect(m_table, &QTableView::activated, this, &BackupsPage::verifySelected);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPage::verifySelected);
    connect(m_showFolder, &QPushButton::clicked, this, &BackupsPage::showSelectedInFolder);
    retranslate();
    // After retranslate(): the columns exist once the model has its headers.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    m_table->sortByColumn(Time, Qt::DescendingOrder); // newest first
    reload();
}

BackupsPage::~BackupsPage() = default;

QString BackupsPage::title() const
{
    return tr("Backups");
}

void BackupsPage::setHistoryFile(const QString &file)
{
    m_historyFile = file;
    reload();
}

void BackupsPage::setServer(ServerConnection *server)
{
    m_current = server;
    m_currentKey = server ? BackupHistory::serverKey(server->options(), server->profileId()) : QString();
    if (!m_currentKey.isEmpty())
        showServer(m_currentKey);
}

void BackupsPage::setActive(bool active)
{
    Page::setActive(active);
    if (active)
        reload();
}

QString BackupsPage::shownServer() const
{
    const QString key = m_server->currentData().toString();
    return key == allServers ? QString() : key;
}

void BackupsPage::showServer(const QString &key)
{
    if (m_context.settings)
        m_context.settings->setValue(serverSetting, key.isEmpty() ? allServers : key);
    reload();
}

void BackupsPage::fillServers()
{
    m_profiles->reload();
    QString wanted = m_context.settings ? m_context.settings->value(serverSetting).toString() : QString();
    if (wanted.isEmpty())
        wanted = m_currentKey.isEmpty() ? allServers : m_currentKey;
    QStringList keys;
    for (const BackupHistory::Entry &e : std::as_const(m_entries)) {
        if (!keys.contains(e.server))
            keys << e.server;
    }
    if (!m_currentKey.isEmpty() && !keys.contains(m_currentKey))
        keys << m_currentKey;
    if (wanted != allServers && !keys.contains(wanted))
        keys << wanted;
    m_server->clear();
    m_server->addItem(tr("All servers"), allServers);
    for (const QString &key : std::as_const(keys)) {
        const std::optional<ConnectionProfile> p = m_profiles->findById(key);
        if (p)
            m_server->addItem(p->name, key);
        else
            m_server->addItem(key, key);
        m_server->setItemData(m_server->count() - 1, p ? p->displayAddress() : key, Qt::ToolTipRole);
    }
    m_server->setCurrentIndex(qMax(0, m_server->findData(wanted)));
}

void BackupsPage::reload()
{
    BackupHistory history(m_historyFile);
    const bool read = history.load();
    m_entries = history.entries();
    m_entryServer.clear();
    for (const BackupHistory::Entry &e : std::as_const(m_entries))
        m_entryServer.insert(e.path, e.server);
    fillServers();
    const QString key = shownServer();
    QList<QVariantList> rows;
    for (const BackupHistory::Entry &e : std::as_const(m_entries)) {
        if (!key.isEmpty() && e.server != key)
            continue;
        QVariantList row(ColumnCount);
        row[Time] = e.createdAt;
        row[Database] = e.database;
        row[File] = e.path;
        row[FileFormat] = e.format;
        row[Size] = e.sizeBytes;
        row[Duration] = e.durationMs;
        row[Sha256] = e.sha256;
        row[Verification] = e.verification;
        row[VerifiedAt] = e.verifiedAt;
        row[RestoreTime] = e.restoreMs;
        rows << row;
    }
    m_model->update(rows);
    m_stack->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
    if (!read)
        m_empty->setText(tr("Cannot read the backup history %1.").arg(m_historyFile));
    else if (rows.isEmpty())
        m_empty->setText(key.isEmpty() ? tr("No backups yet. Make one with File → Back up… (Ctrl+B): every backup Valvur makes is listed here with its checksum and verification.")
                                       : tr("No backups of %1 yet. Make one with File → Back up… (Ctrl+B): every backup Valvur makes is listed here with its checksum and verification.")
                                             .arg(m_server->currentText()));
    updateButtons();
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT dataReady();
    }
}

int BackupsPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void BackupsPage::updateButtons()
{
    const int row = selectedRow();
    const QString path = row >= 0 ? m_model->rawValue(row, File).toString() : QString();
    m_verify->setEnabled(row >= 0 && !m_job && QFileInfo::exists(path));
    // A test restore goes to the server the backup came from, when it is the one open now.
    const bool restorable = row >= 0 && m_current && m_model->rawValue(row, FileFormat).toString() != QLatin1String("physical")
        && BackupHistory::serverKey(m_current->options(), m_current->profileId()) == m_entryServer.value(path);
    m_testRestore->setEnabled(restorable && !m_job);
    if (!restorable)
        m_testRestore->setChecked(false);
    m_showFolder->setEnabled(row >= 0 && QFileInfo(path).absoluteDir().exists());
}

void BackupsPage::verifySelected()
{
    const int row = selectedRow();
    if (row < 0 || m_job)
        return;
    VerifyOptions v;
    v.input = m_model->rawValue(row, File).toString();
    v.expectedSha256 = m_model->rawValue(row, Sha256).toString();
    v.toolDirectory = PreferencesDialog::savedToolDirectory(m_context.settings);
    v.stallTimeoutS = PreferencesDialog::savedStallTimeout(m_context.settings);
    if (m_testRestore->isEnabled() && m_testRestore->isChecked() && m_current) {
        v.testRestore = true;
        v.restoreServer = m_current->options();
        v.restoreServer.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
        v.restorePassword = m_current->password();
        v.source = m_current->options();
        v.source.setValue(QStringLiteral("dbname"), m_model->rawValue(row, Database).toString());
        v.sourcePassword = m_current->password();
    }
    m_status->setText(tr("Verifying %1…").arg(QFileInfo(v.input).fileName()));
    m_job = new VerifyJob(v, this);
    connect(m_job, &VerifyJob::stageText, m_status, &QLabel::setText);
    const QString path = v.input;
    connect(m_job, &VerifyJob::finished, this, [this, path](const VerifyResult &r) {
        BackupHistory history(m_historyFile);
        history.load();
        history.recordVerification(path, r.ok, r.error, r.restored ? r.restoreMs : -1);
        history.save();
        QString text = r.ok ? tr("✔ %1: %2").arg(QFileInfo(path).fileName(), r.quickMessage)
                            : tr("✘ %1: %2").arg(QFileInfo(path).fileName(), r.error);
        if (r.ok && r.checksumMatches == 1)
            text += QLatin1Char(' ') + tr("The SHA-256 checksum equals the recorded one.");
        if (r.ok && r.restored)
            text += QLatin1Char(' ') + tr("Test restore took %1; the row counts equal the source.").arg(Format::durationMs(double(r.restoreMs)));
        m_status->setText(text);
        m_job->deleteLater();
        m_job = nullptr;
        reload();
        Q_EMIT verified(r.ok);
    });
    updateButtons();
    m_job->start();
}

void BackupsPage::showSelectedInFolder()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QFileInfo fi(m_model->rawValue(row, File).toString());
    QDesktopServices::openUrl(QUrl::fromLocalFile(fi.absolutePath()));
}

QVariant BackupsPage::format(const QVariantList &row, int column, int role) const
{
    const QVariant v = row.value(column);
    if (role == Qt::TextAlignmentRole && (column == Size || column == Duration || column == RestoreTime))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == File && !QFileInfo::exists(v.toString()))
            return tr("%1 is no longer there.").arg(v.toString());
        if (column == Verification || column == File || column == Sha256)
            return v.toString();
        return {};
    }
    if (role == Qt::ForegroundRole && column == File && !QFileInfo::exists(v.toString()))
        return palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ForegroundRole && column == Verification) {
        const QString s = v.toString();
        if (s == QLatin1String("ok"))
            return QColor(0x2e, 0x7d, 0x32);
        if (!s.isEmpty())
            return QColor(0xc6, 0x28, 0x28);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Time:
    case VerifiedAt:
        return v.toDateTime().isValid() ? Format::dateTime(v.toDateTime()) : (column == VerifiedAt ? QStringLiteral("—") : QString());
    case Size:
        return Format::bytes(v.toLongLong());
    case Duration:
        return Format::durationMs(v.toDouble());
    case RestoreTime:
        return v.toLongLong() >= 0 ? Format::durationMs(v.toDouble()) : QStringLiteral("—");
    case Sha256:
        return v.toString().left(16) + QStringLiteral("…");
    case Verification: {
        const QString s = v.toString();
        if (s.isEmpty())
            return tr("never verified");
        if (s == QLatin1String("ok"))
            return tr("✔ passed");
        return tr("✘ failed: %1").arg(s.startsWith(QLatin1String("failed: ")) ? s.mid(8) : s);
    }
    default:
        return v;
    }
}

void BackupsPage::retranslate()
{
    m_serverLabel->setText(tr("Server:"));
    m_verify->setText(tr("&Verify"));
    m_verify->setToolTip(tr("Quick verification: pg_restore reads the whole archive and the SHA-256 checksum is compared with the recorded one."));
    m_showFolder->setText(tr("Show in &folder"));
    m_testRestore->setText(tr("with a test restore"));
    m_testRestore->setToolTip(tr("Restores into a scratch database on the server that is open now, compares the row counts with the source, "
                                 "measures the restore time and drops the scratch database."));
    m_model->setHeaders({tr("Made"), tr("Database"), tr("File"), tr("Format"), tr("Size"), tr("Duration"), tr("SHA-256"),
                         tr("Last verification"), tr("Verified"), tr("Restore time")});
    if (m_server->count() > 0)
        m_server->setItemText(0, tr("All servers"));
    if (m_loaded)
        reload();
    Q_EMIT titleChanged();
}

} // namespace Valvur
