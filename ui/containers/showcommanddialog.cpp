#include "containers/showcommanddialog.h"
#include "zoom/zoom.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Valvur {

ShowCommandDialog::ShowCommandDialog(const QString &what, const QString &command, const QString &note, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("showCommandDialog"));
    setWindowTitle(buttonText());
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("The same in a terminal (%1):").arg(what), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_command = new QPlainTextEdit(command, this);
    m_command->setObjectName(QStringLiteral("commandText"));
    m_command->setReadOnly(true);
    m_command->setFont(Zoom::fixedFont());
    m_command->setMinimumSize(Zoom::scaled(QSize(640, 120)));
    layout->addWidget(m_command);
    if (!note.isEmpty()) {
        auto *noteLabel = new QLabel(note, this);
        noteLabel->setObjectName(QStringLiteral("commandNote"));
        noteLabel->setWordWrap(true);
        layout->addWidget(noteLabel);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy command"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_command->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ShowCommandDialog::show(QWidget *parent, const QString &what, const QString &command, const QString &note)
{
    auto *dialog = new ShowCommandDialog(what, command, note, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Valvur
