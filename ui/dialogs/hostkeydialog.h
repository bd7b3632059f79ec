#pragma once

#include "ssh/sshhostkey.h"

#include <QDialog>

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

    Kind kind() const { return m_kind; }
    SshHostKey key() const { return m_key; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SshHostKey m_key;
    Kind m_kind;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_details;
    QLabel *m_explanation;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel;
};

} // namespace Valvur
