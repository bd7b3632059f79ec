#include "dialogs/alertthresholdsdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace Valvur {

AlertThresholdsDialog::AlertThresholdsDialog(const DashboardAlerts::Thresholds &t, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("alertThresholdsDialog"));
    setWindowTitle(tr("Alert thresholds"));
    auto *form = new QFormLayout(this);
    m_connections = new QDoubleSpinBox(this);
    m_connections->setObjectName(QStringLiteral("connectionsThreshold"));
    m_connections->setRange(1, 100);
    m_connections->setDecimals(0);
    m_connections->setSuffix(tr(" % of max_connections"));
    m_connections->setValue(t.connectionsPercent);
    form->addRow(tr("Alert when connections exceed:"), m_connections);
    m_cache = new QDoubleSpinBox(this);
    m_cache->setObjectName(QStringLiteral("cacheThreshold"));
    m_cache->setRange(50, 100);
    m_cache->setDecimals(1);
    m_cache->setSuffix(tr(" %"));
    m_cache->setValue(t.cacheHitPercent);
    form->addRow(tr("Alert when the cache hit ratio is under:"), m_cache);
    m_seconds = new QSpinBox(this);
    m_seconds->setObjectName(QStringLiteral("cacheSeconds"));
    m_seconds->setRange(1, 3600);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setValue(t.cacheSeconds);
    form->addRow(tr("…for at least:"), m_seconds);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

DashboardAlerts::Thresholds AlertThresholdsDialog::thresholds() const
{
    DashboardAlerts::Thresholds t;
    t.connectionsPercent = m_connections->value();
    t.cacheHitPercent = m_cache->value();
    t.cacheSeconds = m_seconds->value();
    return t;
}

} // namespace Valvur
