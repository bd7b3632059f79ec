#include "pages/dashboardpage.h"

#include "dialogs/alertthresholdsdialog.h"
#include "connectionbanner.h"
#include "pages/dashboardpanel.h"
#include "dashboard/dashboardsampler.h"
#include "monitoring/dashboardsql.h"
#include "format.h"
#include "pg/serverconnection.h"
#include "dialogs/showsqldialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace Valvur {

namespace {
const qint64 WindowsMs[] = {60 * 1000, 5 * 60 * 1000, 15 * 60 * 1000, 3600 * 1000, 6 * 3600 * 1000, 24 * 3600 * 1000};
constexpr int DefaultWindow = 0; // 1 min
constexpr int MinSamplesForData = 10; // a few points: lines, not dots

QString settingKey(const char *name)
{
    return QStringLiteral("dashboard/") + QLatin1String(name);
}

const QColor ActiveColor(0x2e, 0x7d, 0x32);
const QColor IdleColor(0x90, 0xa4, 0xae);
const QColor IdleTxColor(0xef, 0x8f, 0x00);
const QColor WaitingColor(0xc6, 0x28, 0x28);
const QColor LimitColor(0x37, 0x47, 0x4f);
const QColor WarnColor(0xd8, 0x43, 0x15);
const QColor CommitColor(0x15, 0x65, 0xc0);
const QColor SizeColor(0x6a, 0x1b, 0x9a);
} // namespace

DashboardPage::DashboardPage(const PageContext &context, QWidget *parent)
    : Page(context, parent)
    , m_sampler(new DashboardSampler(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    m_banner = new ConnectionBanner(this);
    layout->addWidget(m_banner);
    m_alertBanner = new QLabel(this);
    m_alertBanner->setObjectName(QStringLiteral("alertBanner"));
    m_alertBanner->setWordWrap(true);
    m_alertBanner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #e0a0a0; padding: 6px; }"));
    m_alertBanner->hide();
    layout->addWidget(m_alertBanner);

    m_controls = new QWidget(this);
    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    m_databaseLabel = new QLabel(m_controls);
    m_database = new QComboBox(m_controls);
    m_database->setObjectName(QStringLiteral("databaseCombo"));
    m_database->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_databaseLabel->setBuddy(m_database);
    m_windowLabel = new QLabel(m_controls);
    m_window = new QComboBox(m_controls);
    m_window->setObjectName(QStringLiteral("windowCombo"));
    m_windowLabel->setBuddy(m_window);
    m_intervalLabel = new QLabel(m_controls);
    m_interval = new QDoubleSpinBox(m_controls);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(0.5, 60);
    m_interval->setSingleStep(0.5);
    m_interval->setDecimals(1);
    m_intervalLabel->setBuddy(m_interval);
    m_pause = new QPushButton(m_controls);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_exportPng = new QPushButton(m_controls);
    m_exportPng->setObjectName(QStringLiteral("exportPngButton"));
    m_exportCsv = new QPushButton(m_controls);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_thresholds = new QPushButton(m_controls);
    m_thresholds->setObjectName(QStringLiteral("thresholdsButton"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_databaseLabel, m_database, m_windowLabel, m_window, m_intervalLabel, m_interval, m_pause})
        controls->addWidget(w);
    controls->addStretch();
    for (QWidget *w : std::initializer_list<QWidget *>{m_exportPng, m_exportCsv, m_thresholds})
        controls->addWidget(w);
    layout->addWidget(m_controls);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);

    m_charts = new QWidget(this);
    m_charts->setObjectName(QStringLiteral("chartsArea"));
    auto *grid = new QGridLayout(m_charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_connections = new DashboardPanel(QStringLiteral("connections"), DashboardChart::Kind::Stacked, m_charts);
    m_cache = new DashboardPanel(QStringLiteral("cacheHit"), DashboardChart::Kind::Lines, m_charts);
    m_tps = new DashboardPanel(QStringLiteral("transactions"), DashboardChart::Kind::Lines, m_charts);
    m_size = new DashboardPanel(QStringLiteral("databaseSize"), DashboardChart::Kind::Lines, m_charts);
    grid->addWidget(m_connections, 0, 0);
    grid->addWidget(m_cache, 0, 1);
    grid->addWidget(m_tps, 1, 0);
    grid->addWidget(m_size, 1, 1);
    layout->addWidget(m_charts, 1);

    DashboardChart *c = m_connections->chart();
    c->addLine(ActiveColor, [](const DashboardPoint &p) { return double(p.active); });
    c->addLine(WaitingColor, [](const DashboardPoint &p) { return double(p.waiting); });
    c->addLine(IdleTxColor, [](const DashboardPoint &p) { return double(p.idleInTransaction); });
    c->addLine(IdleColor, [](const DashboardPoint &p) { return double(p.idle); });
    c->addThreshold(LimitColor, [](const DashboardPoint &p) { return double(p.maxConnections); });
    c->addThreshold(WarnColor, [this](const DashboardPoint &p) {
        return double(p.maxConnections) * m_alerts.thresholds().connectionsPercent / 100.0;
    });
    c->setValueFormat([](double v) { return QLocale().toString(v, 'f', 0); });
    c->setYRange(0, 10, false, true);
    c->setLegendVisible(false); // the numbers beside the chart carry the colours and names

    c = m_cache->chart();
    c->addLine(CommitColor, [](const DashboardPoint &p) { return double(p.cacheHitPercent); });
    c->addThreshold(WarnColor, [this](const DashboardPoint &) { return m_alerts.thresholds().cacheHitPercent; });
    c->setValueFormat([](double v) { return Format::percent(v / 100.0, 2); });
    c->setYRange(90, 100, true, false);
    c->setYTickCount(6);

    c = m_tps->chart();
    c->addLine(CommitColor, [](const DashboardPoint &p) { return double(p.commitsPerSecond); });
    c->addLine(WaitingColor, [](const DashboardPoint &p) { return double(p.rollbacksPerSecond); });
    c->setValueFormat([](double v) { return QLocale().toString(v, 'f', 1); });
    c->setYRange(0, 5, false, true);

    c = m_size->chart();
    c->addLine(SizeColor, [](const DashboardPoint &p) { return p.sizeBytes; });
    c->setValueFormat([](double v) { return Format::bytes(qint64(v)); });
    c->setYRange(std::numeric_limits<double>::quiet_NaN(), 1, true, true);
    c->setPointsVisible(true);

    for (DashboardPanel *panel : {m_connections, m_cache, m_tps, m_size})
        panel->chart()->setHistory(&m_sampler->history());
    connect(m_connections, &DashboardPanel::showSqlRequested, this, [this] { showSql(0); });
    connect(m_cache, &DashboardPanel::showSqlRequested, this, [this] { showSql(1); });
    connect(m_tps, &DashboardPanel::showSqlRequested, this, [this] { showSql(2); });
    connect(m_size, &DashboardPanel::showSqlRequested, this, [this] { showSql(3); });

    // Remembered choices.
    QSettings *settings = m_context.settings;
    auto setting = [settings](const char *name, const QVariant &fallback) {
        return settings ? settings->value(settingKey(name), fallback) : fallback;
    };
    DashboardAlerts::Thresholds t;
    t.connectionsPercent = setting("alertConnectionsPercent", t.connectionsPercent).toDouble();
    t.cacheHitPercent = setting("alertCacheHitPercent", t.cacheHitPercent).toDouble();
    t.cacheSeconds = setting("alertCacheSeconds", t.cacheSeconds).toInt();
    m_alerts.setThresholds(t);
    m_interval->setValue(setting("intervalSeconds", 1.0).toDouble());
    m_sampler->setIntervalMs(int(m_interval->value() * 1000));
    m_sampler->setDatabase(setting("database", QString()).toString());
    retranslate(); // fills the combo boxes
    m_window->setCurrentIndex(std::clamp(setting("window", DefaultWindow).toInt(), 0, int(std::size(WindowsMs)) - 1));

    connect(m_window, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_context.settings)
            m_context.settings->setValue(settingKey("window"), index);
        redraw();
    });
    connect(m_interval, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        m_sampler->setIntervalMs(int(seconds * 1000));
        if (m_context.settings)
            m_context.settings->setValue(settingKey("intervalSeconds"), seconds);
    });
    connect(m_database, &QComboBox::activated, this, [this](int index) {
        const QString db = m_database->itemData(index).toString();
        if (m_context.settings)
            m_context.settings->setValue(settingKey("database"), db);
        m_alerts.reset();
        m_sampler->setDatabase(db);
    });
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        m_sampler->setPaused(paused);
        retranslate();
    });
    connect(m_exportPng, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_thresholds, &QPushButton::clicked, this, &DashboardPage::editThresholds);
    connect(m_sampler, &DashboardSampler::sampled, this, &DashboardPage::onSampled);
    connect(m_sampler, &DashboardSampler::sampled, this, [this] { setRefreshError(PgError()); });
    connect(m_sampler, &DashboardSampler::sampleFailed, this, &DashboardPage::setRefreshError);
    connect(m_sampler, &DashboardSampler::historyCleared, this, [this] {
        m_alerts.reset();
        updateAlertBanner();
        redraw();
    });
    connect(m_sampler, &DashboardSampler::databasesChanged, this, &DashboardPage::fillDatabases);
    showEmpty();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::retranslate()
{
    m_databaseLabel->setText(tr("&Database:"));
    m_windowLabel->setText(tr("&Window:"));
    m_intervalLabel->setText(tr("&Refresh every:"));
    m_interval->setSuffix(tr(" s"));
    m_pause->setText(m_pause->isChecked() ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(tr("Pause or resume sampling (Ctrl+P)"));
    m_exportPng->setText(tr("Export PNG…"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_thresholds->setText(tr("Alert thresholds…"));
    const int window = m_window->currentIndex();
    m_window->blockSignals(true);
    m_window->clear();
    m_window->addItems({tr("1 min"), tr("5 min"), tr("15 min"), tr("1 h"), tr("6 h"), tr("24 h")});
    m_window->setCurrentIndex(window < 0 ? DefaultWindow : window);
    m_window->blockSignals(false);
    fillDatabases(m_sampler->databases());

    m_connections->setTitle(tr("Connections"));
    m_connections->chart()->setNames({tr("active"), tr("waiting on a lock"), tr("idle in transaction"), tr("idle"),
                                      QStringLiteral("max_connections"),
                                      tr("%1 % of max_connections").arg(QLocale().toString(m_alerts.thresholds().connectionsPercent, 'f', 0))});
    m_cache->setTitle(tr("Cache hit ratio per interval"));
    m_cache->chart()->setNames({tr("hit ratio"), tr("target %1 %").arg(QLocale().toString(m_alerts.thresholds().cacheHitPercent, 'f', 1))});
    m_cache->chart()->setScale(1, tr("%"));
    m_tps->setTitle(tr("Transactions per second"));
    m_tps->chart()->setNames({tr("commits"), tr("rollbacks")});
    m_size->setTitle(tr("Database size"));
    m_size->chart()->setNames({tr("size")});
    for (DashboardPanel *panel : {m_connections, m_cache, m_tps, m_size})
        panel->retranslate();
    m_empty->setText(tr("No server is selected.\nUse File → Connect… (Ctrl+N) to connect to a PostgreSQL server; "
                        "the Dashboard then shows its connections, cache hit ratio, transactions and size live."));
    updateNumbers();
    updateAlertBanner();
    redraw();
}

void DashboardPage::fillDatabases(const QStringList &databases)
{
    const QString current = m_sampler->database();
    m_database->blockSignals(true);
    m_database->clear();
    m_database->addItem(tr("Whole server"), QString());
    for (const QString &db : databases)
        m_database->addItem(db, db);
    const int index = m_database->findData(current);
    m_database->setCurrentIndex(std::max(0, index));
    m_database->blockSignals(false);
    if (index < 0 && !current.isEmpty() && !databases.isEmpty())
        m_sampler->setDatabase(QString()); // the remembered database is not on this server
}

void DashboardPage::showEmpty()
{
    const bool none = !m_server;
    m_empty->setVisible(none);
    m_controls->setVisible(!none);
    m_charts->setVisible(!none);
}

void DashboardPage::setServer(ServerConnection *server)
{
    m_server = server;
    m_hasData = false;
    m_banner->setServer(server);
    setRefreshError(PgError());
    m_sampler->setServer(server);
    showEmpty();
    updateNumbers();
}

void DashboardPage::showRefreshError(const QString &text)
{
    m_banner->setQueryError(text);
}

void DashboardPage::refreshNow()
{
    m_sampler->sampleNow();
}

qint64 DashboardPage::windowMs() const
{
    return WindowsMs[std::clamp(m_window->currentIndex(), 0, int(std::size(WindowsMs)) - 1)];
}

bool DashboardPage::chartsSeen() const
{
    return isVisible() && !window()->isMinimized();
}

void DashboardPage::redraw()
{
    if (!chartsSeen()) {
        m_stale = true; // sampling goes on while another page is shown; the charts catch up when seen
        return;
    }
    m_stale = false;
    const DashboardHistory &h = m_sampler->history();
    qint64 end = QDateTime::currentMSecsSinceEpoch();
    if (m_sampler->isPaused() && !h.isEmpty())
        end = h.last().timeMs;
    // the size axis in a unit that suits the size
    const double size = double(std::max<qint64>(0, m_sampler->lastSizeBytes()));
    const int power = size >= 1024.0 * 1024 * 1024 ? 3 : size >= 1024.0 * 1024 ? 2 : 1;
    m_size->chart()->setScale(std::pow(1024.0, power), power == 3 ? QStringLiteral("GB") : power == 2 ? QStringLiteral("MB") : QStringLiteral("kB"));
    for (DashboardPanel *panel : {m_connections, m_cache, m_tps, m_size})
        panel->chart()->setWindow(end - windowMs(), end);
}

void DashboardPage::onSampled()
{
    const DashboardHistory &h = m_sampler->history();
    const int started = m_alerts.update(h.last());
    redraw();
    updateNumbers();
    updateAlertBanner();
    if (started)
        notify(started);
    if (!m_hasData && h.size() >= MinSamplesForData) {
        m_hasData = true;
        Q_EMIT dataReady();
    }
}

void DashboardPage::updateNumbers()
{
    if (!chartsSeen())
        return; // caught up when seen
    const DashboardHistory &h = m_sampler->history();
    if (h.isEmpty()) {
        for (DashboardPanel *panel : {m_connections, m_cache, m_tps, m_size}) {
            panel->setRows({});
            panel->setNote(tr("Waiting for the first sample…"));
        }
        return;
    }
    const DashboardPoint &p = h.last();
    auto n = [](double v, int decimals = 0) { return DashboardPoint::isValue(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("—"); };
    auto pct = [](double v) { return DashboardPoint::isValue(v) ? Format::percent(v / 100.0, 2) : QStringLiteral("—"); };
    const double share = p.maxConnections > 0 ? double(p.total) / double(p.maxConnections) : 0;
    const double alertAt = m_alerts.thresholds().connectionsPercent;
    m_connections->setRows({{ActiveColor, tr("active"), n(p.active)},
                            {WaitingColor, tr("waiting on a lock"), n(p.waiting)},
                            {IdleTxColor, tr("idle in transaction"), n(p.idleInTransaction)},
                            {IdleColor, tr("idle"), n(p.idle)},
                            {LimitColor, QStringLiteral("max_connections"), n(p.maxConnections)},
                            {WarnColor, tr("alert at %1 %").arg(QLocale().toString(alertAt, 'f', 0)),
                             n(double(p.maxConnections) * alertAt / 100.0)}});
    m_connections->setNote(tr("%1 of max_connections %2 (%3)").arg(n(p.total), n(p.maxConnections), Format::percent(share)));
    m_cache->setRows({{CommitColor, tr("This interval:"), pct(p.cacheHitPercent)},
                      {QColor(), tr("Since stats_reset:"), pct(p.cacheHitPercentTotal)}});
    m_cache->setNote({});
    m_tps->setRows({{CommitColor, tr("commits"), tr("%1/s").arg(n(p.commitsPerSecond, 1))},
                    {WaitingColor, tr("rollbacks"), tr("%1/s").arg(n(p.rollbacksPerSecond, 1))}});
    m_tps->setNote(tr("Valvur's own monitoring transactions are not counted."));
    const qint64 size = m_sampler->lastSizeBytes();
    const std::optional<double> growth = h.growthPerHour(p.timeMs);
    QString growthText;
    if (growth)
        growthText = tr("%1%2 per hour").arg(*growth < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                                           Format::bytes(qint64(std::abs(*growth))));
    else
        growthText = tr("measured after a minute");
    m_size->setRows({{SizeColor, tr("Size:"), size < 0 ? QStringLiteral("—") : Format::bytes(size)}});
    m_size->setNote(tr("Growth:") + QLatin1Char(' ') + growthText);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    window()->installEventFilter(this); // minimised and restored: see eventFilter
    redraw();
    updateNumbers();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::WindowStateChange && m_stale && chartsSeen()) {
        redraw();
        updateNumbers();
    }
    return Page::eventFilter(watched, event);
}

QString DashboardPage::connectionsAlertText() const
{
    // The banner and the desktop notification say the same: who is already refused, if anyone.
    switch (m_alerts.slotState()) {
    case ConnectionBudget::SlotState::Full:
        return tr("Every connection slot is taken: new clients are refused, superusers too (\"too many clients already\"). "
                  "Stop the application that holds the connections.");
    case ConnectionBudget::SlotState::OnlySuperusers:
        return tr("Only the slots reserved for superusers (superuser_reserved_connections) are left: other users are already "
                  "refused (\"remaining connection slots are reserved\").");
    case ConnectionBudget::SlotState::Open:
        break;
    }
    return tr("Connections are above %1 % of max_connections: new clients will soon be refused (\"too many connections\").")
        .arg(QLocale().toString(m_alerts.thresholds().connectionsPercent, 'f', 0));
}

void DashboardPage::updateAlertBanner()
{
    QStringList lines;
    const int active = m_alerts.active();
    const DashboardAlerts::Thresholds &t = m_alerts.thresholds();
    if (active & DashboardAlerts::Connections)
        lines << connectionsAlertText();
    if (active & DashboardAlerts::CacheHit)
        lines << tr("The cache hit ratio has stayed under %1 % for %n second(s): queries read from disk; consider shared_buffers or missing indexes.",
                    nullptr, t.cacheSeconds)
                     .arg(QLocale().toString(t.cacheHitPercent, 'f', 1));
    m_alertBanner->setText(lines.join(QLatin1Char('\n')));
    m_alertBanner->setVisible(!lines.isEmpty() && m_server);
}

void DashboardPage::notify(int started)
{
    if (window()->isActiveWindow())
        return; // the banner on the page says it
    const QString server = m_server ? m_server->title() : QString();
    const QString title = tr("Valvur: %1").arg(server);
    const QString text = (started & DashboardAlerts::Connections) ? connectionsAlertText()
                                                                 : tr("The cache hit ratio is under %1 %.")
                                                                       .arg(QLocale().toString(m_alerts.thresholds().cacheHitPercent, 'f', 1));
    Q_EMIT notificationRequested(title, text);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(window()->windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("alertTrayIcon"));
    }
    m_tray->show();
    m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 10000);
}

void DashboardPage::setThresholds(const DashboardAlerts::Thresholds &t)
{
    m_alerts.setThresholds(t);
    m_alerts.reset();
    if (m_context.settings) {
        m_context.settings->setValue(settingKey("alertConnectionsPercent"), t.connectionsPercent);
        m_context.settings->setValue(settingKey("alertCacheHitPercent"), t.cacheHitPercent);
        m_context.settings->setValue(settingKey("alertCacheSeconds"), t.cacheSeconds);
    }
    retranslate();
}

void DashboardPage::editThresholds()
{
    auto *dialog = new AlertThresholdsDialog(m_alerts.thresholds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setThresholds(dialog->thresholds()); });
    dialog->open();
}

void DashboardPage::showSql(int which)
{
    const QString common = tr("The Dashboard runs this one statement per sample (every %1 s) on Valvur's monitoring session. "
                              "$1 is the chosen database (NULL for the whole server); $2 is true every 30 s, when the "
                              "database size is measured.")
                               .arg(QLocale().toString(m_interval->value(), 'f', 1));
    QString formula;
    switch (which) {
    case 0:
        formula = tr("Connections: client sessions in pg_stat_activity by state, without Valvur's own session. "
                     "\"Waiting on a lock\" is an active session with wait_event_type = 'Lock'. The dashed lines are "
                     "max_connections and the alert threshold.");
        break;
    case 1:
        formula = tr("Cache hit ratio per interval = Δblks_hit / (Δblks_hit + Δblks_read) × 100 between two samples. "
                     "The figure since the statistics reset = blks_hit / (blks_hit + blks_read) × 100, what most tools show.");
        break;
    case 2:
        formula = tr("Transactions per second = (Δxact_commit − Valvur's own transactions) / Δt and Δxact_rollback / Δt, "
                     "where Δt is the real time between the two samples on the server's clock (server_time), not the refresh "
                     "interval. After a statistics reset (stats_reset changes) one interval has no value instead of a negative spike.");
        break;
    default:
        formula = tr("Size = sum of pg_database_size() every 30 s. Growth per hour = (newest size − oldest size of the last hour) "
                     "/ the time between the two measurements.");
        break;
    }
    ShowSqlDialog::show(this, Sql::dashboardSample(), QString(), common + QStringLiteral("\n\n") + formula);
}

bool DashboardPage::exportPng(const QString &path, QString *error)
{
    const QPixmap pixmap = m_charts->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool DashboardPage::exportCsv(const QString &path, QString *error)
{
    const DashboardHistory &h = m_sampler->history();
    const qint64 end = h.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : h.last().timeMs;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(h.csv(end - windowMs(), end)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DashboardPage::chooseExport(bool png)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suggested = QStringLiteral("valvur-dashboard-%1.%2").arg(stamp, png ? QStringLiteral("png") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, png ? tr("Export the charts as PNG") : tr("Export the samples as CSV"),
                                                      suggested, png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(png ? exportPng(path, &error) : exportCsv(path, &error)))
        QMessageBox::warning(this, tr("Export failed"), error + QLatin1Char('\n') + tr("Choose another folder or free some disk space."));
}

} // namespace Valvur
