#include "backup/toolrunpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace Valvur {

ToolRunPage::ToolRunPage(const QString &objectName, QWidget *parent)
    : QWizardPage(parent)
    , m_view(new ToolProgressView(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(objectName);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_cancel);
    layout->addLayout(row);
}

void ToolRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace Valvur
