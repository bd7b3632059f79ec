#include "dashboardpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Valvur {

DashboardPanel::DashboardPanel(const QString &objectName, DashboardChart::Kind kind, QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(objectName);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_chart = new DashboardChart(kind, this);
    m_chart->setObjectName(objectName + QStringLiteral("Chart"));
    layout->addWidget(m_chart, 1);
    auto *side = new QVBoxLayout;
    m_numbers = new QLabel(this);
    m_numbers->setObjectName(objectName + QStringLiteral("Numbers"));
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_numbers->setMinimumWidth(170);
    m_numbers->setWordWrap(true);
    side->addWidget(m_numbers, 1);
    m_showSql = new QPushButton(this);
    m_showSql->setObjectName(objectName + QStringLiteral("ShowSql"));
    connect(m_showSql, &QPushButton::clicked, this, &DashboardPanel::showSqlRequested);
    side->addWidget(m_showSql, 0, Qt::AlignLeft);
    layout->addLayout(side);
    retranslate();
}

void DashboardPanel::retranslate()
{
    m_showSql->setText(tr("Show SQL"));
}

} // namespace Valvur
