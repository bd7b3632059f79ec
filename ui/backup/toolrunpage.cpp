#include "backup/toolrunpage.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace Valvur {

ToolRunPage::ToolRunPage(const QString &objectName, QWidget *parent)
    : WizardPage(parent)
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

} // namespace Valvur
