#pragma once

#include "profiles/connectionprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Valvur {

class CredentialStore;
class ProfileStore;
class SshTunnelBox;

// Add or edit a connection profile: every field, the environment with its colour band, the group,
// and whether the password goes to the system keychain. It asks the keychain when it opens; when
// none answers it says so and the password is asked for at each connection instead. The dialog
// stores nothing itself: the caller reads profile(), password() and savePassword() on accept.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(ProfileStore *store, CredentialStore *credentials, QWidget *parent = nullptr);

    // Edit an existing profile (or start a new one from a filled-in value with an empty id).
    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const;
    QString password() const;
    // The SSH part's key passphrase or password as typed (empty: keep what the keychain has).
    QString sshSecret() const;
    // A password known already (a container's): filled in and offered for the keychain.
    void setPassword(const QString &password);
    bool savePassword() const;
    bool keychainAvailable() const { return m_keychainAvailable; }

Q_SIGNALS:
    // "Test connection": the connection doctor's hook. Nothing is saved.
    void testConnectionRequested(const Valvur::ConnectionOptions &options, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    void updateEnvironmentBand();
    void fillFromConnInfo(const QString &text);
    void probeKeychain();
    void setKeychainAvailable(bool available, const QString &message);

    ProfileStore *m_store;
    CredentialStore *m_credentials;
    ConnectionProfile m_profile;
    bool m_keychainAvailable = true;
    bool m_keychainProbed = false;
    QString m_keychainError;
    QString m_nameFromUri;

    QLabel *m_band;
    QFormLayout *m_form;
    QLineEdit *m_uri;
    QLabel *m_uriError;
    QLineEdit *m_name;
    QLineEdit *m_hosts;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_environment;
    QComboBox *m_group;
    QComboBox *m_sslMode;
    QLineEdit *m_sslRootCert;
    QLineEdit *m_sslCert;
    QLineEdit *m_sslKey;
    QSpinBox *m_timeout;
    QLineEdit *m_applicationName;
    QLineEdit *m_password;
    QCheckBox *m_savePassword;
    QLabel *m_keychainMessage;
    SshTunnelBox *m_ssh;
    QLabel *m_error;
    QPushButton *m_test;
    QDialogButtonBox *m_buttons;
};

} // namespace Valvur
