#include "dashboardpanel.h"

#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Valvur {

namespace {
void setTextIfChanged(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}
} // namespace

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
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
    side->addLayout(m_grid);
    m_note = new QLabel(this);
    m_note->setObjectName(objectName + QStringLiteral("Numbers"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setFixedWidth(180);
    side->addWidget(m_note);
    side->addStretch(1);
    m_showSql = new QPushButton(this);
    m_showSql->setObjectName(objectName + QStringLiteral("ShowSql"));
    connect(m_showSql, &QPushButton::clicked, this, &DashboardPanel::showSqlRequested);
    side->addWidget(m_showSql, 0, Qt::AlignLeft);
    layout->addLayout(side);
    retranslate();
}

void DashboardPanel::setRows(const QList<Row> &rows)
{
    while (m_names.size() < rows.size()) {
        const int r = int(m_names.size());
        auto *swatch = new QLabel(this);
        swatch->setFixedSize(10, 10);
        auto *name = new QLabel(this);
        name->setTextFormat(Qt::PlainText);
        auto *value = new QLabel(this);
        value->setTextFormat(Qt::PlainText);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        // A fixed size with room for the widest usual value: a new number never lays out the
        // panel again (nor resizes the chart beside it). Not selectable: a selectable label keeps
        // a text document that costs more to update on every sample (the CSV export has the numbers).
        const QFontMetrics metrics(bold);
        value->setFixedSize(metrics.horizontalAdvance(QStringLiteral("888 888,8/s")), metrics.height());
        m_grid->addWidget(swatch, r, 0, Qt::AlignVCenter);
        m_grid->addWidget(name, r, 1);
        m_grid->addWidget(value, r, 2);
        m_swatches << swatch;
        m_names << name;
        m_values << value;
    }
    for (int i = 0; i < m_names.size(); ++i) {
        const bool used = i < rows.size();
        m_swatches.at(i)->setVisible(used && rows.at(i).color.isValid());
        m_names.at(i)->setVisible(used);
        m_values.at(i)->setVisible(used);
        if (!used)
            continue;
        const Row &row = rows.at(i);
        const QString style = row.color.isValid() ? QStringLiteral("background: %1;").arg(row.color.name()) : QString();
        if (m_swatches.at(i)->styleSheet() != style)
            m_swatches.at(i)->setStyleSheet(style);
        setTextIfChanged(m_names.at(i), row.name);
        setTextIfChanged(m_values.at(i), row.value);
    }
}

void DashboardPanel::setNote(const QString &text)
{
    setTextIfChanged(m_note, text);
}

QString DashboardPanel::note() const
{
    return m_note->text();
}

void DashboardPanel::retranslate()
{
    m_showSql->setText(tr("Show SQL"));
}

} // namespace Valvur
