#include "dialogs/sshtunnelbox.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Valvur {

namespace {
QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

QLabel *buddyLabel(QWidget *parent, QWidget *buddy)
{
    auto *l = new QLabel(parent);
    l->setBuddy(buddy);
    return l;
}
} // namespace

SshTunnelBox::SshTunnelBox(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("sshBox"));
    setCheckable(true);
    setChecked(false);
    // Folded while off: a profile without a tunnel keeps the dialog short.
    auto *outer = new QVBoxLayout(this);
    m_fields = new QWidget(this);
    m_fields->setObjectName(QStringLiteral("sshFields"));
    outer->addWidget(m_fields);
    m_margins = outer->contentsMargins();
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);

    m_destination = lineEdit(this, "sshDestinationEdit");
    m_jumpHosts = lineEdit(this, "sshJumpHostsEdit");
    m_hostRadio = new QRadioButton(this);
    m_hostRadio->setObjectName(QStringLiteral("sshRemoteHostRadio"));
    m_socketRadio = new QRadioButton(this);
    m_socketRadio->setObjectName(QStringLiteral("sshSocketRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_hostRadio);
    group->addButton(m_socketRadio);
    m_hostRadio->setChecked(true);
    m_remoteHost = lineEdit(this, "sshRemoteHostEdit");
    m_socketDirectory = lineEdit(this, "sshSocketDirectoryEdit");
    m_remotePort = lineEdit(this, "sshRemotePortEdit");
    m_remotePort->setMaxLength(8);
    m_identityFile = lineEdit(this, "sshIdentityFileEdit");
    m_secret = lineEdit(this, "sshSecretEdit");
    m_secret->setEchoMode(QLineEdit::Password);

    m_destinationLabel = buddyLabel(this, m_destination);
    m_jumpHostsLabel = buddyLabel(this, m_jumpHosts);
    m_remotePortLabel = buddyLabel(this, m_remotePort);
    m_identityFileLabel = buddyLabel(this, m_identityFile);
    m_secretLabel = buddyLabel(this, m_secret);

    auto *identityRow = new QWidget(this);
    auto *h = new QHBoxLayout(identityRow);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_identityFile, 1);
    auto *browse = new QToolButton(identityRow);
    browse->setObjectName(QStringLiteral("sshIdentityFileBrowse"));
    browse->setText(QStringLiteral("…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString start = m_identityFile->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : m_identityFile->text();
        const QString f = QFileDialog::getOpenFileName(this, QString(), start);
        if (!f.isEmpty())
            m_identityFile->setText(f);
    });
    h->addWidget(browse);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("sshNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_form->addRow(m_destinationLabel, m_destination);
    m_form->addRow(m_jumpHostsLabel, m_jumpHosts);
    m_form->addRow(m_hostRadio, m_remoteHost);
    m_form->addRow(m_socketRadio, m_socketDirectory);
    m_form->addRow(m_remotePortLabel, m_remotePort);
    m_form->addRow(m_identityFileLabel, identityRow);
    m_form->addRow(m_secretLabel, m_secret);
    m_form->addRow(m_note);

    for (QLineEdit *e : {m_destination, m_jumpHosts, m_remoteHost, m_socketDirectory, m_remotePort, m_identityFile})
        connect(e, &QLineEdit::textChanged, this, &SshTunnelBox::changed);
    connect(m_hostRadio, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(this, &QGroupBox::toggled, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    updateEnabled();
    retranslate();
}

void SshTunnelBox::setForm(const SshTunnelForm &f)
{
    const QSignalBlocker blocker(this);
    setChecked(f.enabled);
    m_destination->setText(f.destination);
    m_jumpHosts->setText(f.jumpHosts);
    m_hostRadio->setChecked(f.remote == SshTunnelForm::Remote::HostAndPort);
    m_socketRadio->setChecked(f.remote == SshTunnelForm::Remote::SocketDirectory);
    m_remoteHost->setText(f.remoteHost);
    m_socketDirectory->setText(f.socketDirectory);
    m_remotePort->setText(f.remotePort);
    m_identityFile->setText(f.identityFile);
    updateEnabled();
}

SshTunnelForm SshTunnelBox::form() const
{
    SshTunnelForm f;
    f.enabled = isChecked();
    f.destination = m_destination->text();
    f.jumpHosts = m_jumpHosts->text();
    f.remote = m_socketRadio->isChecked() ? SshTunnelForm::Remote::SocketDirectory : SshTunnelForm::Remote::HostAndPort;
    f.remoteHost = m_remoteHost->text();
    f.remotePort = m_remotePort->text();
    f.socketDirectory = m_socketDirectory->text();
    f.identityFile = m_identityFile->text();
    return f;
}

QString SshTunnelBox::secret() const
{
    return m_secret->text();
}

void SshTunnelBox::setSecretSaved(bool saved)
{
    m_secretSaved = saved;
    retranslate();
}

void SshTunnelBox::updateEnabled()
{
    m_fields->setVisible(isChecked());
    // Folded: only the title line, no empty body.
    layout()->setContentsMargins(isChecked() ? m_margins : QMargins(0, 0, 0, 0));
    // A checkable group box disables its children when unchecked; within it, the radio decides.
    m_remoteHost->setEnabled(m_hostRadio->isChecked());
    m_socketDirectory->setEnabled(m_socketRadio->isChecked());
}

void SshTunnelBox::retranslate()
{
    setTitle(tr("SSH tunne&l"));
    m_destinationLabel->setText(tr("Dest&ination:"));
    m_jumpHostsLabel->setText(tr("&Jump hosts:"));
    m_hostRadio->setText(tr("Data&base host:"));
    m_socketRadio->setText(tr("Unix socket director&y:"));
    m_remotePortLabel->setText(tr("Re&mote port:"));
    m_identityFileLabel->setText(tr("Identity &file:"));
    m_destination->setPlaceholderText(tr("alias from ~/.ssh/config or user@host:port"));
    m_jumpHosts->setPlaceholderText(tr("optional, comma-separated: bastion, user@host2:2222"));
    m_remoteHost->setPlaceholderText(tr("localhost (as the SSH host sees it)"));
    m_socketDirectory->setPlaceholderText(QStringLiteral("/var/run/postgresql"));
    m_remotePort->setPlaceholderText(QStringLiteral("5432"));
    m_identityFile->setPlaceholderText(tr("optional: ssh's own choice (agent, ~/.ssh/config)"));
    m_secretLabel->setText(tr("Key passphrase or pass&word:"));
    m_secret->setPlaceholderText(m_secretSaved ? tr("saved in the keychain; leave empty to keep it")
                                               : tr("optional: kept in the system keychain only, for ssh to ask"));
    m_note->setText(tr("Valvur runs your system's ssh, so your own ~/.ssh/config, agent, keys and known_hosts apply "
                       "exactly as on the terminal. The database host and port are as the SSH host sees them."));
}

} // namespace Valvur
