#pragma once

#include "dashboardchart.h"

#include <QGroupBox>

class QGridLayout;
class QLabel;
class QPushButton;

namespace Valvur {

// One Dashboard box: a chart, the current numbers beside it and a "Show SQL" button. The numbers
// are plain labels updated in place (no rich text parsed on every sample: it costs CPU).
class DashboardPanel : public QGroupBox
{
    Q_OBJECT
public:
    struct Row
    {
        QColor color; // invalid: no colour swatch
        QString name;
        QString value;
    };

    DashboardPanel(const QString &objectName, DashboardChart::Kind kind, QWidget *parent = nullptr);

    DashboardChart *chart() const { return m_chart; }
    void setRows(const QList<Row> &rows);
    void setNote(const QString &text);
    QString note() const;
    void retranslate();

Q_SIGNALS:
    void showSqlRequested();

private:
    DashboardChart *m_chart;
    QGridLayout *m_grid;
    QList<QLabel *> m_swatches;
    QList<QLabel *> m_names;
    QList<QLabel *> m_values;
    QLabel *m_note;
    QPushButton *m_showSql;
};

} // namespace Valvur
