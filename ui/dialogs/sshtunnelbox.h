#pragma once

#include "ssh/sshtunnelform.h"

#include <QGroupBox>
#include <QMargins>

class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Valvur {

// The profile dialog's SSH part: a checkable "SSH tunnel" group whose fields bind an
// SshTunnelForm (models/ssh), which holds the rules. Says that ssh uses the user's own
// configuration, agent, keys and known_hosts.
class SshTunnelBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit SshTunnelBox(QWidget *parent = nullptr);

    void setForm(const SshTunnelForm &form);
    SshTunnelForm form() const;
    // The key passphrase or SSH password typed (memory only; the caller puts it in the keychain).
    QString secret() const;
    // Whether the keychain already holds one for the profile (the field's placeholder says so).
    void setSecretSaved(bool saved);
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QWidget *m_fields;
    QMargins m_margins;
    QFormLayout *m_form;
    QLineEdit *m_destination;
    QLineEdit *m_jumpHosts;
    QRadioButton *m_hostRadio;
    QRadioButton *m_socketRadio;
    QLineEdit *m_remoteHost;
    QLineEdit *m_socketDirectory;
    QLineEdit *m_remotePort;
    QLineEdit *m_identityFile;
    QLineEdit *m_secret;
    QLabel *m_secretLabel;
    bool m_secretSaved = false;
    QLabel *m_destinationLabel;
    QLabel *m_jumpHostsLabel;
    QLabel *m_remotePortLabel;
    QLabel *m_identityFileLabel;
    QLabel *m_note;
};

} // namespace Valvur
