#include "pages/settingspage.h"

#include "pg/connectionbudget.h"
#include "errortext.h"
#include "format.h"
#include "pages/insighttable.h"
#include "keyedtablemodel.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <unistd.h>

namespace Valvur {

namespace {
double localRamGiB()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0)
        return 4.0;
    return double(pages) * double(pageSize) / (1024.0 * 1024 * 1024);
}
} // namespace

SettingsPage::SettingsPage(const PageContext &context, QWidget *parent)
    : InsightPage(context, parent)
    , m_controller(new SettingsController(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    setController(m_controller);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new InsightTable(QStringLiteral("settingsTable"), context.settings, QStringLiteral("insight/settings/table"),
                               m_controller->settings(), splitter);
    m_table->setDefaultSort(Name, Qt::AscendingOrder);
    m_table->source()->setFormatter([this](const QVariantList &row, int column, int role) -> QVariant {
        const QVariant v = row.value(column);
        const bool pending = row.value(PendingRestart).toBool();
        if (role == Qt::BackgroundRole && pending)
            return QBrush(QColor(0xff, 0xf4, 0xce));
        if (role == Qt::ForegroundRole && pending)
            return QBrush(QColor(0x1b, 0x1b, 0x1b));
        if (role == Qt::ToolTipRole)
            return row.value(Description);
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case Unit:
            // what pg_settings stores: 16384 × 8kB is shared_buffers = 128MB
            return v.toString().isEmpty() ? QString() : QStringLiteral("%1 × %2").arg(row.value(Setting).toString(), v.toString());
        case PendingRestart:
            return pending ? tr("yes — restart the server") : tr("no");
        case Context: {
            const QString c = v.toString();
            if (c == QLatin1String("postmaster"))
                return tr("after a restart");
            if (c == QLatin1String("sighup"))
                return tr("after a reload");
            if (c == QLatin1String("internal"))
                return tr("fixed when built");
            return tr("at once (per session)");
        }
        default:
            return v;
        }
    });
    m_table->setHiddenColumns({Setting});
    addTable(m_table);

    m_calcBox = new QGroupBox(splitter);
    m_calcBox->setObjectName(QStringLiteral("calculatorBox"));
    auto *calcLayout = new QVBoxLayout(m_calcBox);
    auto *form = new QFormLayout;
    m_ram = new QDoubleSpinBox(m_calcBox);
    m_ram->setObjectName(QStringLiteral("ramSpin"));
    m_ram->setRange(0.25, 4096);
    m_ram->setDecimals(2);
    m_ram->setSuffix(QStringLiteral(" GB"));
    m_ram->setValue(context.settings ? context.settings->value(QStringLiteral("insight/settings/ramGB"), localRamGiB()).toDouble()
                                     : localRamGiB());
    m_perConnection = new QSpinBox(m_calcBox);
    m_perConnection->setObjectName(QStringLiteral("perConnectionSpin"));
    m_perConnection->setRange(1, 1024);
    m_perConnection->setValue(10);
    m_perConnection->setSuffix(QStringLiteral(" MB"));
    m_ramLabel = new QLabel(m_calcBox);
    m_perConnectionLabel = new QLabel(m_calcBox);
    form->addRow(m_ramLabel, m_ram);
    form->addRow(m_perConnectionLabel, m_perConnection);
    calcLayout->addLayout(form);
    m_result = new QLabel(m_calcBox);
    m_result->setObjectName(QStringLiteral("calculatorResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    calcLayout->addWidget(m_result);
    m_advice = new QLabel(m_calcBox);
    m_advice->setObjectName(QStringLiteral("poolingAdvice"));
    m_advice->setWordWrap(true);
    calcLayout->addWidget(m_advice);
    calcLayout->addStretch();
    connect(m_ram, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_context.settings)
            m_context.settings->setValue(QStringLiteral("insight/settings/ramGB"), v);
        updateCalculator();
    });
    connect(m_perConnection, &QSpinBox::valueChanged, this, &SettingsPage::updateCalculator);
    splitter->addWidget(m_table);
    splitter->addWidget(m_calcBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    setContent(splitter);
    retranslate();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

void SettingsPage::retranslatePage()
{
    m_table->setHeaders({tr("Setting"), tr("Value"), tr("Raw value"), tr("setting × unit"), tr("Source"), tr("Takes effect"),
                         tr("Restart pending"), tr("Description")});
    m_calcBox->setTitle(tr("How many connections fit? (max_connections calculator)"));
    m_ramLabel->setText(tr("Memory available to PostgreSQL:"));
    m_ram->setToolTip(tr("Starts with this computer's memory; set it to the server's (or the container's memory limit)."));
    m_perConnectionLabel->setText(tr("Memory per connection:"));
    m_advice->setText(tr("Every connection costs memory even while idle, and opening one is expensive (authentication, TLS). "
                         "If the application needs more connections than fit, do not raise max_connections: use a "
                         "connection pool (HikariCP, pg-pool, PgBouncer) that keeps a few connections and reuses them, "
                         "and fix connection leaks first."));
    updateNote();
    updateCalculator();
}

QString SettingsPage::calculatorText() const
{
    return m_result->text();
}

void SettingsPage::updateCalculator()
{
    const qint64 sharedBuffers = m_controller->sharedBuffersBytes();
    const int maxConnections = m_controller->maxConnections();
    ConnectionBudget budget;
    budget.ramBytes = qint64(m_ram->value() * 1024.0 * 1024 * 1024);
    budget.sharedBuffersBytes = qMax<qint64>(0, sharedBuffers);
    budget.perConnectionBytes = qint64(m_perConnection->value()) * 1024 * 1024;
    QString text = tr("(%1 available − %2 shared_buffers) ÷ %3 per connection = <b>%4</b> connections.")
                       .arg(Format::bytes(budget.ramBytes),
                            sharedBuffers >= 0 ? Format::bytes(sharedBuffers) : tr("unknown"),
                            Format::bytes(budget.perConnectionBytes))
                       .arg(budget.maxConnections());
    if (maxConnections > 0) {
        text += QLatin1Char(' ');
        text += budget.fits(maxConnections)
            ? tr("The server's max_connections = %1 fits.").arg(maxConnections)
            : tr("The server's max_connections = %1 is more than fits: %2 of connection memory may be needed.")
                  .arg(maxConnections)
                  .arg(Format::bytes(budget.memoryFor(maxConnections)));
    }
    m_result->setText(text);
}

void SettingsPage::updateNote()
{
    QStringList notes;
    if (!m_controller->pendingRestart().isEmpty())
        notes << tr("Changed but not yet in effect: %1. These take effect only after a server restart "
                    "(docker restart postgres).")
                     .arg(m_controller->pendingRestart().join(QStringLiteral(", ")));
    if (!m_controller->hidden().isEmpty())
        notes << tr("Hidden: %1. Only superusers and members of pg_read_all_settings may read these settings.")
                     .arg(m_controller->hidden().join(QStringLiteral(", ")));
    setHiddenNote(notes.join(QLatin1Char('\n')));
}

void SettingsPage::resetData()
{
    updateNote();
    updateCalculator();
}

void SettingsPage::showData()
{
    updateNote();
    updateCalculator();
    markDataReady();
}

} // namespace Valvur
