#pragma once

#include "dashboardchart.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace Valvur {

// One Dashboard box: a chart, the current numbers beside it and a "Show SQL" button.
class DashboardPanel : public QGroupBox
{
    Q_OBJECT
public:
    DashboardPanel(const QString &objectName, DashboardChart::Kind kind, QWidget *parent = nullptr);

    DashboardChart *chart() const { return m_chart; }
    QLabel *numbers() const { return m_numbers; }
    void retranslate();

Q_SIGNALS:
    void showSqlRequested();

private:
    DashboardChart *m_chart;
    QLabel *m_numbers;
    QPushButton *m_showSql;
};

} // namespace Valvur
