#include "backup/restoreresultpage.h"

#include "zoom/zoom.h"
#include "format.h"
#include "backup/restorewizard.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Valvur {

RestoreResultPage::RestoreResultPage(QWidget *parent)
    : WizardPage(parent)
    , m_status(new QLabel(this))
    , m_statementLabel(new QLabel(this))
    , m_statement(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("restoreResultPage"));
    m_status->setObjectName(QStringLiteral("resultStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statement->setObjectName(QStringLiteral("statementText"));
    m_statement->setReadOnly(true);
    m_statement->setFont(Zoom::fixedFont());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_statementLabel);
    layout->addWidget(m_statement, 1);
    retranslate();
}

void RestoreResultPage::initializePage()
{
    fill();
}

void RestoreResultPage::fill()
{
    auto *w = qobject_cast<RestoreWizard *>(wizard());
    if (!w)
        return;
    const RestoreResult &r = w->result();
    if (r.ok()) {
        m_status->setText(tr("✔ Restored into %1 in %2.").arg(r.targetDatabase, Format::durationMs(double(r.durationMs))));
    } else {
        // The job's text ends with the error and the statement; the statement has its own box here.
        QString text = r.firstError.isEmpty() ? r.error : r.error.section(QStringLiteral("\n\n"), 0, 0);
        if (!r.firstError.isEmpty())
            text += QStringLiteral("\n\n") + tr("First error: %1").arg(r.firstError);
        m_status->setText(text);
    }
    m_statement->setPlainText(r.firstStatement);
    m_statement->setVisible(!r.firstStatement.isEmpty());
    m_statementLabel->setVisible(!r.firstStatement.isEmpty());
}

void RestoreResultPage::retranslate()
{
    setTitle(tr("Result"));
    m_statementLabel->setText(tr("The statement that failed:"));
    fill();
}

} // namespace Valvur
