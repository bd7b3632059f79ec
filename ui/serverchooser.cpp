#include "serverchooser.h"

#include "backup/backuphistory.h"
#include "backup/databaselistcontroller.h"
#include "doctor/connectiondoctor.h"
#include "profiles/credentialstore.h"
#include "doctor/doctortext.h"
#include "errortext.h"
#include "pg/pgerror.h"
#include "profiles/profilestore.h"
#include "ssh/sshtext.h"
#include "ssh/sshtunnel.h"
#include "ssh/sshtunnelregistry.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>

namespace Valvur {

namespace {

QIcon environmentIcon(ConnectionProfile::Environment e)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(ConnectionProfile::environmentColor(e)));
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

ServerChooser::ServerChooser(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_address(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_passwordButton(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("serverChooser"));
    m_combo->setObjectName(QStringLiteral("serverCombo"));
    m_address->setObjectName(QStringLiteral("serverAddress"));
    m_passwordLabel->setWordWrap(true);
    m_passwordEdit->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordButton->setObjectName(QStringLiteral("serverPasswordButton"));
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_combo, 0, 0, 1, 2);
    grid->addWidget(m_address, 1, 0, 1, 2);
    grid->addWidget(m_status, 2, 0, 1, 2);
    grid->addWidget(m_passwordLabel, 3, 0, 1, 2);
    grid->addWidget(m_passwordEdit, 4, 0);
    grid->addWidget(m_passwordButton, 4, 1);
    grid->setColumnStretch(0, 1);
    // No more height than the rows need: a page's extra space goes below, not between the rows.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_passwordLabel->hide();
    m_passwordEdit->hide();
    m_passwordButton->hide();
    connect(m_combo, &QComboBox::activated, this, &ServerChooser::choose);
    connect(m_passwordButton, &QPushButton::clicked, this, [this] { setReady(m_passwordEdit->text()); });
    connect(m_passwordEdit, &QLineEdit::returnPressed, m_passwordButton, &QPushButton::click);
    retranslate();
}

ServerChooser::~ServerChooser()
{
    releaseTunnel();
}

void ServerChooser::setup(const Source &current, ProfileStore *profiles, CredentialStore *credentials, QSettings *settings,
                          const QString &settingsKey)
{
    m_current = current;
    m_profiles = profiles;
    m_credentials = credentials;
    m_settings = settings;
    m_settingsKey = settingsKey;
    m_setUp = true;
    fill();
    // The current connection first; without one, the profile chosen last time.
    int index = 0;
    if (m_current.isEmpty() && m_settings && !m_settingsKey.isEmpty()) {
        const int remembered = m_combo->findData(m_settings->value(m_settingsKey).toString());
        if (remembered >= 0)
            index = remembered;
    } else if (!m_current.profileId.isEmpty()) {
        index = qMax(0, m_combo->findData(m_current.profileId));
    }
    if (m_combo->count() == 0) {
        showStatus(tr("No server: connect to one, or save a connection profile first."));
        return;
    }
    m_combo->setCurrentIndex(index);
    choose(index);
}

void ServerChooser::fill()
{
    m_combo->clear();
    const bool currentIsProfile = !m_current.profileId.isEmpty() && m_profiles && m_profiles->findById(m_current.profileId);
    if (!m_current.isEmpty() && !currentIsProfile)
        m_combo->addItem(tr("Current connection: %1").arg(m_current.title.isEmpty() ? m_current.options.displayName() : m_current.title),
                         QString());
    if (!m_profiles)
        return;
    for (const ConnectionProfile &p : m_profiles->profiles()) {
        QString text = p.name;
        if (p.id == m_current.profileId)
            text = tr("%1 (current connection)").arg(p.name);
        m_combo->addItem(environmentIcon(p.environment), text, p.id);
        m_combo->setItemData(m_combo->count() - 1, p.displayAddress(), Qt::ToolTipRole);
    }
}

void ServerChooser::choose(int index)
{
    delete m_choice;
    m_choice = new QObject(this);
    m_ready = false;
    m_waitingForTunnel = false;
    releaseTunnel();
    m_passwordLabel->hide();
    m_passwordEdit->hide();
    m_passwordButton->hide();
    m_passwordEdit->clear();
    const QString id = m_combo->itemData(index).toString();
    if (m_settings && !m_settingsKey.isEmpty() && index >= 0)
        m_settings->setValue(m_settingsKey, id);
    if (id.isEmpty() || id == m_current.profileId) {
        holdTunnel(m_current.profileId); // the window's own tunnel: kept while the wizard works through it
        m_source = m_current;
        m_address->setText(m_source.options.displayName());
        Q_EMIT changed();
        setReady(m_current.password);
        return;
    }
    const std::optional<ConnectionProfile> p = m_profiles ? m_profiles->findById(id) : std::nullopt;
    if (!p) {
        Q_EMIT changed();
        return;
    }
    m_source = Source();
    m_source.options = p->toOptions();
    m_source.profileId = p->id;
    m_source.title = p->name;
    m_address->setText(p->ssh.isEnabled() ? tr("%1 through the SSH host %2").arg(p->displayAddress(), p->ssh.destination)
                                          : p->displayAddress());
    holdTunnel(p->id);
    Q_EMIT changed();
    switch (p->passwordLocation()) {
    case ConnectionProfile::PasswordLocation::Keychain: {
        if (!m_credentials) {
            askPassword(tr("This profile keeps its password in the system keychain."));
            break;
        }
        m_status->setText(tr("Reading the password of %1 from the system keychain…").arg(p->name));
        const QString name = p->name;
        m_credentials->readPassword(p->id, m_choice, [this, name](CredentialStore::Outcome outcome, const QString &password, const QString &) {
            if (outcome == CredentialStore::Outcome::Ok) {
                setReady(password);
            } else if (outcome == CredentialStore::Outcome::NotFound) {
                askPassword(tr("The system keychain has no password for %1.").arg(name));
            } else {
                askPassword(tr("No system keychain answered, so this password is used for this wizard only and is not saved."));
            }
        });
        break;
    }
    case ConnectionProfile::PasswordLocation::Pgpass:
    case ConnectionProfile::PasswordLocation::ServiceFile:
        setReady(QString());
        break;
    case ConnectionProfile::PasswordLocation::Ask:
        askPassword(tr("This profile asks for its password each time."));
        break;
    }
}

void ServerChooser::askPassword(const QString &why)
{
    m_ready = false;
    m_status->setText(why);
    m_passwordLabel->setText(tr("Password for %1 (leave it empty if the server needs none):").arg(m_source.title.isEmpty() ? m_source.options.effectiveUser() : m_source.title));
    m_passwordLabel->show();
    m_passwordEdit->show();
    m_passwordButton->show();
    m_passwordEdit->setFocus();
}

void ServerChooser::holdTunnel(const QString &profileId)
{
    const std::optional<ConnectionProfile> p = m_profiles && !profileId.isEmpty() ? m_profiles->findById(profileId) : std::nullopt;
    if (!p || !p->ssh.isEnabled() || !m_tunnels)
        return;
    m_tunnelProfile = p->id;
    m_tunnel = m_tunnels->acquire(p->id, p->ssh);
    connect(m_tunnel, &SshTunnel::stateChanged, m_choice, [this] { tunnelChanged(); });
}

void ServerChooser::releaseTunnel()
{
    if (m_tunnel && m_choice)
        m_tunnel->disconnect(m_choice);
    if (m_tunnels && !m_tunnelProfile.isEmpty())
        m_tunnels->release(m_tunnelProfile);
    m_tunnel = nullptr;
    m_tunnelProfile.clear();
}

void ServerChooser::tunnelChanged()
{
    if (!m_waitingForTunnel || !m_tunnel)
        return;
    if (m_tunnel->state() == SshTunnel::State::Ready) {
        m_waitingForTunnel = false;
        setReady(m_source.password);
    } else if (m_tunnel->state() == SshTunnel::State::Failed) {
        m_waitingForTunnel = false;
        showStatus(SshText::explain(*m_tunnel).join(QStringLiteral("\n• ")));
    } else if (m_tunnel->state() == SshTunnel::State::Reconnecting) {
        m_status->setText(tr("The SSH tunnel to %1 dropped; trying again in %n s…", nullptr, m_tunnel->reconnectDelaySeconds())
                              .arg(m_tunnel->endpoint().destination));
    }
}

void ServerChooser::setReady(const QString &password)
{
    m_source.password = password;
    if (m_tunnel) {
        if (m_tunnel->state() != SshTunnel::State::Ready) {
            // The session and the tools connect through the tunnel's socket: not before it is up.
            m_ready = false;
            m_waitingForTunnel = true;
            m_status->setText(tr("Opening the SSH tunnel to %1…").arg(m_tunnel->endpoint().destination));
            tunnelChanged(); // already failed: say so now
            return;
        }
        m_source.options = m_tunnel->apply(m_source.options);
    }
    m_ready = true;
    m_status->setText(tr("Connecting to %1…").arg(m_source.title.isEmpty() ? m_source.options.displayName() : m_source.title));
    Q_EMIT chosen();
}

QString ServerChooser::historyKey() const
{
    return BackupHistory::serverKey(m_source.options, m_source.profileId);
}

void ServerChooser::follow(DatabaseListController *list)
{
    connect(this, &ServerChooser::changed, list, &DatabaseListController::clear);
    connect(this, &ServerChooser::chosen, list, [this, list] { list->list(m_source.options, m_source.password); });
    connect(list, &DatabaseListController::connectFailed, this, &ServerChooser::showFailure);
    connect(list, &DatabaseListController::failed, this,
            [this](const PgError &e) { showStatus(tr("Cannot list the databases: %1").arg(describeError(e))); });
    connect(list, &DatabaseListController::listed, this,
            [this, list] { showStatus(tr("Connected: %n database(s).", nullptr, int(list->names().size()))); });
}

void ServerChooser::showStatus(const QString &text)
{
    m_status->setText(text);
    m_passwordLabel->hide();
    m_passwordEdit->hide();
    m_passwordButton->hide();
}

void ServerChooser::showFailure(const PgError &error)
{
    const QString problem = ConnectionDoctor::problemFor(error);
    QString text = DoctorText::headline(problem);
    if (text.isEmpty())
        text = describeError(error);
    const QStringList advice = DoctorText::advice(problem, m_source.options);
    for (qsizetype i = 0; i < advice.size() && i < 2; ++i)
        text += QStringLiteral("\n• ") + advice.at(i);
    text += QLatin1Char('\n') + tr("The server said: %1").arg(error.message().trimmed());
    if (problem == QLatin1String("auth-failed"))
        askPassword(text);
    else
        showStatus(text);
}

void ServerChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServerChooser::retranslate()
{
    m_passwordButton->setText(tr("C&onnect"));
    m_passwordEdit->setPlaceholderText(tr("Password"));
    if (m_setUp) {
        const int index = m_combo->currentIndex();
        fill();
        m_combo->setCurrentIndex(index);
    }
}

QString containerOfProfile(const ProfileStore *profiles, const QString &profileId)
{
    const std::optional<ConnectionProfile> p = profiles && !profileId.isEmpty() ? profiles->findById(profileId) : std::nullopt;
    return p ? p->container : QString();
}

} // namespace Valvur
