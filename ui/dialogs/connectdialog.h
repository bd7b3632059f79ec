#pragma once

#include "pg/connectionoptions.h"

#include <QDialog>

class QLineEdit;
class QLabel;
class QDialogButtonBox;
class QPushButton;

namespace Valvur {

// "Connect…": a conninfo string or postgresql:// URI, and a password that goes to libpq only.
// "Test connection" runs the connection doctor on what is typed, without connecting or saving.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    ConnectionOptions options() const { return m_options; }
    QString password() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QLabel *m_conninfoLabel;
    QLineEdit *m_conninfo;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_test;
    ConnectionOptions m_options;
};

} // namespace Valvur
