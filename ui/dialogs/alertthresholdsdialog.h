#pragma once

#include "dashboard/dashboardalerts.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace Valvur {

// Edits the Dashboard's alert thresholds: connections as a share of max_connections, the cache
// hit ratio target and how long it must stay under it.
class AlertThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AlertThresholdsDialog(const DashboardAlerts::Thresholds &thresholds, QWidget *parent = nullptr);
    DashboardAlerts::Thresholds thresholds() const;

private:
    QDoubleSpinBox *m_connections;
    QDoubleSpinBox *m_cache;
    QSpinBox *m_seconds;
};

} // namespace Valvur
