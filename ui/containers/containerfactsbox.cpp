#include "containers/containerfactsbox.h"

#include "containers/showcommanddialog.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace Valvur {

namespace {
bool sameFacts(const QList<ContainerFact> &a, const QList<ContainerFact> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].label != b[i].label || a[i].value != b[i].value || a[i].severity != b[i].severity
            || a[i].command != b[i].command || a[i].commandNote != b[i].commandNote)
            return false;
    }
    return true;
}

QString colourOf(ContainerFact::Severity severity)
{
    switch (severity) {
    case ContainerFact::Severity::Bad: return QStringLiteral("#b3261e");
    case ContainerFact::Severity::Warning: return QStringLiteral("#8a5300");
    case ContainerFact::Severity::Good: return QStringLiteral("#1e6b2e");
    case ContainerFact::Severity::Info: break;
    }
    return {};
}
} // namespace

ContainerFactsBox::ContainerFactsBox(QWidget *parent)
    : QGroupBox(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setColumnStretch(1, 1);
}

void ContainerFactsBox::setFacts(const QList<ContainerFact> &facts)
{
    if (sameFacts(facts, m_facts))
        return;
    m_facts = facts;
    rebuild();
}

void ContainerFactsBox::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const ContainerFact &f : std::as_const(m_facts)) {
        auto *label = new QLabel(f.label + QLatin1Char(':'), this);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *value = new QLabel(f.value, this);
        value->setObjectName(QStringLiteral("fact-") + f.id);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setProperty("severity", int(f.severity));
        const QString colour = colourOf(f.severity);
        if (!colour.isEmpty())
            value->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
        if (f.severity == ContainerFact::Severity::Bad) {
            QFont bold = value->font();
            bold.setBold(true);
            value->setFont(bold);
        }
        auto *show = new QPushButton(ShowCommandDialog::buttonText(), this);
        show->setObjectName(QStringLiteral("showCommand-") + f.id);
        connect(show, &QPushButton::clicked, this, [this, f] { ShowCommandDialog::show(this, f.label, f.command, f.commandNote); });
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(value, row, 1);
        m_grid->addWidget(show, row, 2, Qt::AlignTop);
        ++row;
    }
}

QString ContainerFactsBox::shownText() const
{
    QStringList parts{title()};
    for (const ContainerFact &f : m_facts)
        parts << f.label << f.value << f.command << f.commandNote;
    return parts.join(QLatin1Char('\n'));
}

} // namespace Valvur
