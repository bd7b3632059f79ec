#include "dialogs/showsqldialog.h"
#include "zoom/zoom.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Valvur {

ShowSqlDialog::ShowSqlDialog(const QString &sql, const QString &psqlCommand, const QString &explanation, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("showSqlDialog"));
    setWindowTitle(tr("Show SQL"));
    auto *layout = new QVBoxLayout(this);
    if (!explanation.isEmpty()) {
        auto *label = new QLabel(explanation, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_sql = new QPlainTextEdit(sql, this);
    m_sql->setObjectName(QStringLiteral("sqlText"));
    m_sql->setReadOnly(true);
    m_sql->setFont(Zoom::fixedFont());
    m_sql->setMinimumSize(Zoom::scaled(QSize(640, 320)));
    layout->addWidget(m_sql);
    if (!psqlCommand.isEmpty()) {
        auto *psql = new QLabel(tr("The same in psql: <code>%1</code>").arg(psqlCommand.toHtmlEscaped()), this);
        psql->setObjectName(QStringLiteral("psqlCommand"));
        psql->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(psql);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy SQL"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_sql->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ShowSqlDialog::show(QWidget *parent, const QString &sql, const QString &psqlCommand, const QString &explanation)
{
    auto *dialog = new ShowSqlDialog(sql, psqlCommand, explanation, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Valvur
