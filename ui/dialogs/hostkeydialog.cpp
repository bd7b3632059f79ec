#include "dialogs/hostkeydialog.h"
#include "zoom/zoom.h"

#include "ssh/knownhosts.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Valvur {

HostKeyDialog::HostKeyDialog(const SshHostKey &key, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_key(key)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    auto *layout = new QGridLayout(this);
    m_icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(kind == Kind::Changed ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxQuestion)
                          .pixmap(side, side));
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon, 0, 0, 3, 1);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("hostKeyHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    layout->addWidget(m_headline, 0, 1);

    // The facts to compare: selectable, in a fixed-width font so a fingerprint reads character by character.
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("hostKeyDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMargin(Zoom::scaled(6));
    m_details->setAutoFillBackground(true);
    m_details->setBackgroundRole(QPalette::Base);
    layout->addWidget(m_details, 1, 1);

    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("hostKeyExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMinimumWidth(Zoom::scaled(460));
    layout->addWidget(m_explanation, 2, 1);

    auto *buttons = new QDialogButtonBox(this);
    if (kind == Kind::Unknown) {
        m_trust = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
        m_trust->setObjectName(QStringLiteral("trustButton"));
        m_trust->setAutoDefault(false);
    }
    m_cancel = buttons->addButton(kind == Kind::Unknown ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setDefault(true); // Enter never trusts a key
    m_cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons, 3, 0, 1, 2);
    retranslate();
}

HostKeyDialog *HostKeyDialog::askToTrust(QWidget *parent, const SshHostKey &key,
                                         std::function<void(bool trusted, const QString &error)> done, const QString &knownHostsPath)
{
    auto *dialog = new HostKeyDialog(key, Kind::Unknown, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = knownHostsPath.isEmpty() ? KnownHosts::defaultPath() : knownHostsPath;
    dialog->m_knownHostsPath = path;
    dialog->retranslate(); // names the file the key goes to
    connect(dialog, &QDialog::finished, parent, [parent, key, done, path](int result) {
        if (result != QDialog::Accepted) {
            done(false, QString());
            return;
        }
        KnownHosts::appendKnownHost(path, key, parent, [done](bool ok, const QString &error) { done(ok, error); });
    });
    dialog->open();
    return dialog;
}

HostKeyDialog *HostKeyDialog::showChanged(QWidget *parent, const SshHostKey &key, const QString &knownHostsPath)
{
    auto *dialog = new HostKeyDialog(key, Kind::Changed, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->m_knownHostsPath = knownHostsPath;
    dialog->retranslate();
    dialog->open();
    return dialog;
}

void HostKeyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HostKeyDialog::retranslate()
{
    const QString where = KnownHosts::hostPattern(m_key.host, m_key.port);
    const QString file = m_knownHostsPath.isEmpty() ? KnownHosts::defaultPath() : m_knownHostsPath;
    m_details->setText(tr("Host: %1\nPort: %2\nKey type: %3\nFingerprint: %4")
                           .arg(m_key.host)
                           .arg(m_key.port > 0 ? m_key.port : 22)
                           .arg(m_key.keyType, m_key.fingerprint));
    if (m_kind == Kind::Unknown) {
        setWindowTitle(tr("Unknown SSH host"));
        m_headline->setText(tr("This is the first connection to %1 over SSH.").arg(where));
        m_explanation->setText(tr("The host is not in your known_hosts yet, so ssh cannot tell whether it is really the server you "
                                  "mean. Compare the fingerprint above with the one the server's administrator gives you "
                                  "(on the server: ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub). Trust it only if they are "
                                  "the same: Valvur then adds the key to %2 and connects.")
                                   .arg(KnownHosts::keyscanType(m_key.keyType).isEmpty() ? QStringLiteral("*")
                                                                                         : KnownHosts::keyscanType(m_key.keyType),
                                        file));
        m_trust->setText(tr("&Trust and connect"));
        m_cancel->setText(tr("Cancel"));
    } else {
        setWindowTitle(tr("SSH host key changed"));
        m_headline->setText(tr("The host key of %1 has changed. Valvur did not connect.").arg(where));
        m_explanation->setText(tr("The host shows another key than the one in your known_hosts. Someone may be intercepting the "
                                  "connection (a man-in-the-middle attack), or the host was reinstalled or got a new key.\n\n"
                                  "Ask the server's administrator for the new fingerprint. Only if it is the one above, remove "
                                  "the old key and connect again:\n    %1")
                                   .arg(m_knownHostsPath.isEmpty() || m_knownHostsPath == KnownHosts::defaultPath()
                                            ? QStringLiteral("ssh-keygen -R '%1'").arg(where)
                                            : QStringLiteral("ssh-keygen -f '%1' -R '%2'").arg(file, where)));
        m_cancel->setText(tr("Close"));
    }
}

} // namespace Valvur
