#include "dialogs/connectdialog.h"
#include "zoom/zoom.h"

#include "dialogs/doctordialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Valvur {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_conninfoLabel = new QLabel(this);
    m_conninfo = new QLineEdit(this);
    m_conninfo->setObjectName(QStringLiteral("conninfoEdit"));
    m_conninfo->setMinimumWidth(Zoom::scaled(460));
    m_conninfo->setText(QStringLiteral("postgresql://postgres@localhost:5432/postgres"));
    m_conninfoLabel->setBuddy(m_conninfo);
    form->addRow(m_conninfoLabel, m_conninfo);
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_hint);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conninfoError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_test = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    connect(m_test, &QPushButton::clicked, this, [this] { DoctorDialog::diagnose(this, m_options, password()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_conninfo, &QLineEdit::textChanged, this, &ConnectDialog::validate);
    retranslate();
    validate();
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to a server"));
    m_conninfoLabel->setText(tr("Connection &string or URI:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_hint->setText(tr("Examples: host=localhost port=5432 user=postgres dbname=postgres, "
                       "postgresql://user@localhost:5433/app, service=staging. "
                       "Leave the password empty to use ~/.pgpass. The password is not saved."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    m_test->setText(tr("&Test connection"));
    validate();
}

void ConnectDialog::validate()
{
    QString error;
    const bool ok = ConnectionOptions::parse(m_conninfo->text(), &m_options, &error);
    m_error->setText(ok ? QString() : tr("This is not a valid connection string: %1").arg(error));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok && !m_conninfo->text().trimmed().isEmpty());
    m_test->setEnabled(ok && !m_conninfo->text().trimmed().isEmpty());
}

} // namespace Valvur
