#pragma once

#include "ssh/sshhostkey.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace Valvur {

// What ssh found about an SSH host's key, put to the user. Unknown: the first connection to
// this host; the user compares the fingerprint with the administrator's and may trust it
// ("Trust and connect"; Cancel is the default). Changed: the host shows another key than
// known_hosts holds; the dialog refuses, explains, and says how to mend it after checking —
// it cannot be accepted. The caller writes known_hosts (KnownHosts::appendKnownHost) on accept.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Unknown, Changed };

    HostKeyDialog(const SshHostKey &key, Kind kind, QWidget *parent = nullptr);

    // The whole question for the code that connects: opens the dialog (window-modal, never a
    // nested event loop); on "Trust and connect" writes the key to knownHostsPath
    // (KnownHosts::appendKnownHost, asynchronous) and then calls done(true, {}) so the caller
    // connects again; on Cancel done(false, {}); when the key cannot be written done(false,
    // error). done runs only while parent lives. Returns the open dialog.
    static HostKeyDialog *askToTrust(QWidget *parent, const SshHostKey &key, std::function<void(bool trusted, const QString &error)> done,
                                     const QString &knownHostsPath = QString());
    // The refusal for a changed key, opened and deleted on close.
    static HostKeyDialog *showChanged(QWidget *parent, const SshHostKey &key, const QString &knownHostsPath = {});

    Kind kind() const { return m_kind; }
    SshHostKey key() const { return m_key; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SshHostKey m_key;
    QString m_knownHostsPath; // the file ssh reads for this host (empty: the user's default)
    Kind m_kind;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_details;
    QLabel *m_explanation;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel;
};

} // namespace Valvur
