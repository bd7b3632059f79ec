#pragma once

#include "pg/connectionoptions.h"
#include "ssh/sshtunnelregistry.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace Valvur {

class CredentialStore;
class DatabaseListController;
class PgError;
class ProfileStore;
class SshTunnel;

// Which server a wizard works on: the connection the main window has open, or any saved profile
// (with its environment colour). Finds the password the way connecting does (the keychain, else
// pgpass/service file, else asks on the page itself: never a blocking dialog) and says chosen()
// when the server can be connected to. The page then connects and reports back with
// showFailure() (a wrong password: the doctor's explanation and the password field) or
// showStatus().
class ServerChooser : public QWidget
{
    Q_OBJECT
public:
    struct Source
    {
        ConnectionOptions options;
        QString password; // memory only
        QString profileId;
        QString title;
        bool isEmpty() const { return options.values().isEmpty() && profileId.isEmpty(); }
    };

    explicit ServerChooser(QWidget *parent = nullptr);
    ~ServerChooser() override;

    // Where a profile behind an SSH host gets its tunnel (before setup()). While that profile is
    // chosen the chooser holds the tunnel, so the wizard's tools keep it for as long as they run,
    // and chosen() comes once it is ready, with the options going through it.
    void setTunnels(SshTunnelRegistry *tunnels) { m_tunnels = tunnels; }

    // current: the main window's connection (may be empty). settingsKey: where the choice is
    // remembered (a profile id; used when there is no current connection).
    void setup(const Source &current, ProfileStore *profiles, CredentialStore *credentials, QSettings *settings,
               const QString &settingsKey);
    bool isSetUp() const { return m_setUp; }

    // True once options and password are known (after chosen()).
    bool isReady() const { return m_ready; }
    const Source &source() const { return m_source; }
    // The key the backup history uses: profile id, else user@host:port.
    QString historyKey() const;
    // The databases of the chosen server: listed on chosen(), forgotten on changed() (a reply for
    // an earlier choice is dropped), and the outcome said here (the doctor's words on a failed
    // connect, the count when listed).
    void follow(DatabaseListController *list);

    void showStatus(const QString &text);
    void showFailure(const PgError &error);

Q_SIGNALS:
    void chosen();
    // A new entry was picked: what the page showed for the previous one is stale.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void choose(int index);
    void askPassword(const QString &why);
    void setReady(const QString &password);
    void holdTunnel(const QString &profileId);
    void releaseTunnel();
    void tunnelChanged();
    void retranslate();

    QComboBox *m_combo;
    QLabel *m_address;
    QLabel *m_passwordLabel;
    QLineEdit *m_passwordEdit;
    QPushButton *m_passwordButton;
    QLabel *m_status;
    ProfileStore *m_profiles = nullptr;
    CredentialStore *m_credentials = nullptr;
    QSettings *m_settings = nullptr;
    QString m_settingsKey;
    Source m_current;
    Source m_source;
    bool m_setUp = false;
    bool m_ready = false;
    // The context of the keychain read for the current choice: replaced on every choice, so the
    // answer for an earlier one never arrives.
    QObject *m_choice = nullptr;
    QPointer<SshTunnelRegistry> m_tunnels;
    QPointer<SshTunnel> m_tunnel; // the chosen profile's, held while it is chosen
    QString m_tunnelProfile;
    bool m_waitingForTunnel = false;
};

// The local container a saved profile's server runs in (empty: none, or no such profile): backups
// and restores of it run with the container's own tools.
QString containerOfProfile(const ProfileStore *profiles, const QString &profileId);

} // namespace Valvur
