#include "dialogs/profiledialog.h"
#include "dialogs/sshtunnelbox.h"
#include "zoom/zoom.h"

#include "profiles/credentialstore.h"
#include "profiles/profileimport.h"
#include "profiles/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Valvur {

namespace {
const char *const kLabelRole = "valvurLabel";

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}
} // namespace

ProfileDialog::ProfileDialog(ProfileStore *store, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_credentials(credentials)
{
    setObjectName(QStringLiteral("profileDialog"));
    auto *layout = new QVBoxLayout(this);
    setMinimumWidth(Zoom::scaled(480));

    m_band = new QLabel(this);
    m_band->setObjectName(QStringLiteral("environmentBand"));
    m_band->setAlignment(Qt::AlignCenter);
    m_band->setMargin(4);
    layout->addWidget(m_band);

    m_uri = lineEdit(this, "uriEdit");
    m_uri->setClearButtonEnabled(true);
    m_uriError = new QLabel(this);
    m_uriError->setObjectName(QStringLiteral("uriError"));
    m_uriError->setWordWrap(true);
    m_uriError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_uriError->hide();

    m_name = lineEdit(this, "nameEdit");
    m_hosts = lineEdit(this, "hostsEdit");
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(0, 65535);
    m_database = lineEdit(this, "databaseEdit");
    m_user = lineEdit(this, "userEdit");
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    for (int i = 0; i < 3; ++i)
        m_environment->addItem(QString(), i);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->addItem(QString());
    if (m_store)
        m_group->addItems(m_store->groups());

    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslMode->addItem(QString()); // libpq's default
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_sslRootCert = lineEdit(this, "sslRootCertEdit");
    m_sslCert = lineEdit(this, "sslCertEdit");
    m_sslKey = lineEdit(this, "sslKeyEdit");
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(0, 3600);
    m_applicationName = lineEdit(this, "applicationNameEdit");

    m_password = lineEdit(this, "passwordEdit");
    m_password->setEchoMode(QLineEdit::Password);
    m_savePassword = new QCheckBox(this);
    m_savePassword->setObjectName(QStringLiteral("savePasswordCheck"));
    m_savePassword->setChecked(true);
    m_keychainMessage = new QLabel(this);
    m_keychainMessage->setObjectName(QStringLiteral("keychainMessage"));
    m_keychainMessage->setWordWrap(true);
    m_keychainMessage->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #1b1b1b; padding: 6px; border-radius: 4px; }"));
    m_keychainMessage->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_keychainMessage->hide();

    auto withBrowse = [this](QLineEdit *edit) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(edit, 1);
        auto *browse = new QToolButton(row);
        browse->setText(QStringLiteral("…"));
        connect(browse, &QToolButton::clicked, this, [this, edit] {
            const QString f = QFileDialog::getOpenFileName(this, QString(), edit->text());
            if (!f.isEmpty())
                edit->setText(f);
        });
        h->addWidget(browse);
        return row;
    };

    auto addRow = [](QFormLayout *form, QWidget *field, const char *labelKey) {
        auto *label = new QLabel(field->parentWidget());
        label->setProperty(kLabelRole, QString::fromLatin1(labelKey));
        label->setBuddy(field->focusProxy() ? field->focusProxy() : field);
        form->addRow(label, field);
    };

    auto *top = new QFormLayout;
    addRow(top, m_uri, "uri");
    top->addRow(QString(), m_uriError);
    layout->addLayout(top);

    auto *server = new QGroupBox(this);
    server->setObjectName(QStringLiteral("serverBox"));
    m_form = new QFormLayout(server);
    addRow(m_form, m_name, "name");
    addRow(m_form, m_environment, "environment");
    addRow(m_form, m_group, "group");
    addRow(m_form, m_hosts, "hosts");
    addRow(m_form, m_port, "port");
    addRow(m_form, m_database, "database");
    addRow(m_form, m_user, "user");
    addRow(m_form, m_password, "password");
    m_form->addRow(QString(), m_savePassword);
    m_form->addRow(QString(), m_keychainMessage);
    layout->addWidget(server);

    auto *advanced = new QGroupBox(this);
    advanced->setObjectName(QStringLiteral("advancedBox"));
    auto *adv = new QFormLayout(advanced);
    addRow(adv, m_sslMode, "sslmode");
    addRow(adv, withBrowse(m_sslRootCert), "sslrootcert");
    addRow(adv, withBrowse(m_sslCert), "sslcert");
    addRow(adv, withBrowse(m_sslKey), "sslkey");
    addRow(adv, m_timeout, "timeout");
    addRow(adv, m_applicationName, "appname");
    layout->addWidget(advanced);

    m_ssh = new SshTunnelBox(this);
    layout->addWidget(m_ssh);
    layout->addStretch(1); // a taller dialog gives its room here, not to the band or between the boxes

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_test = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    connect(m_test, &QPushButton::clicked, this, [this] {
        Q_EMIT testConnectionRequested(profile().toOptions(), m_password->text());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_hosts, &QLineEdit::textChanged, this, &ProfileDialog::validate);
    connect(m_ssh, &SshTunnelBox::changed, this, &ProfileDialog::validate);
    connect(m_ssh, &QGroupBox::toggled, this, [this](bool on) {
        // The SSH fields unfold and fold: the dialog follows instead of squeezing them.
        this->layout()->activate();
        if (isVisible())
            resize(width(), on ? qMax(height(), sizeHint().height()) : sizeHint().height());
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateEnvironmentBand);
    connect(m_uri, &QLineEdit::textEdited, this, &ProfileDialog::fillFromConnInfo);
    connect(m_savePassword, &QCheckBox::toggled, this, &ProfileDialog::retranslate);

    m_profile.hosts = {QStringLiteral("localhost")};
    setProfile(m_profile);
    retranslate();
    probeKeychain();
}

void ProfileDialog::setProfile(const ConnectionProfile &p)
{
    m_profile = p;
    m_name->setText(p.name);
    m_hosts->setText(p.hosts.join(QLatin1Char(',')));
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_environment->setCurrentIndex(int(p.environment));
    m_group->setCurrentText(p.group);
    const int ssl = m_sslMode->findData(p.sslMode);
    m_sslMode->setCurrentIndex(ssl < 0 ? 0 : ssl);
    m_sslRootCert->setText(p.sslRootCert);
    m_sslCert->setText(p.sslCert);
    m_sslKey->setText(p.sslKey);
    m_timeout->setValue(p.connectTimeout);
    m_applicationName->setText(p.applicationName);
    m_ssh->setForm(SshTunnelForm::fromEndpoint(p.ssh));
    m_ssh->setSecretSaved(false);
    if (m_credentials && !p.id.isEmpty() && p.ssh.isEnabled()) {
        // Only whether the keychain has one: the field's placeholder says so; the secret is dropped.
        m_credentials->readPassword(SshEndpoint::keychainKey(p.id), this, [this](CredentialStore::Outcome outcome, const QString &, const QString &) {
            m_ssh->setSecretSaved(outcome == CredentialStore::Outcome::Ok);
        });
    }
    m_password->clear();
    if (!p.id.isEmpty())
        m_savePassword->setChecked(p.passwordInKeychain);
    retranslate();
    validate();
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.hosts.clear();
    for (const QString &h : m_hosts->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.hosts << h.trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.environment = ConnectionProfile::Environment(m_environment->currentData().toInt());
    p.group = m_group->currentText().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    p.sslRootCert = m_sslRootCert->text().trimmed();
    p.sslCert = m_sslCert->text().trimmed();
    p.sslKey = m_sslKey->text().trimmed();
    p.connectTimeout = m_timeout->value();
    p.applicationName = m_applicationName->text().trimmed();
    p.ssh = m_ssh->form().toEndpoint();
    return p;
}

QString ProfileDialog::password() const
{
    return m_password->text();
}

void ProfileDialog::setPassword(const QString &password)
{
    m_password->setText(password);
    if (!password.isEmpty() && m_savePassword->isEnabled())
        m_savePassword->setChecked(true);
}

QString ProfileDialog::sshSecret() const
{
    return m_ssh->isChecked() ? m_ssh->secret() : QString();
}

bool ProfileDialog::savePassword() const
{
    return m_keychainAvailable && m_savePassword->isChecked();
}

void ProfileDialog::probeKeychain()
{
    if (!m_credentials)
        return;
    // Reading a key tells whether a keychain answers at all (NotFound is an answer).
    const QString key = m_profile.id.isEmpty() ? QStringLiteral("valvur-keychain-probe") : m_profile.id;
    m_credentials->readPassword(key, this, [this](CredentialStore::Outcome outcome, const QString &, const QString &message) {
        m_keychainProbed = true;
        setKeychainAvailable(outcome != CredentialStore::Outcome::Unavailable, message);
    });
}

void ProfileDialog::setKeychainAvailable(bool available, const QString &message)
{
    m_keychainAvailable = available;
    m_keychainError = message;
    m_savePassword->setEnabled(available);
    if (!available)
        m_savePassword->setChecked(false);
    retranslate();
    // The message adds lines: let the dialog grow instead of clipping them.
    if (!available && isVisible()) {
        layout()->activate();
        resize(width(), qMax(height(), sizeHint().height()));
    }
}

void ProfileDialog::fillFromConnInfo(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_uriError->hide();
        return;
    }
    const ProfileImport read = ProfileImport::fromConnInfo(text);
    const ProfileImport::Item &item = read.items().constFirst();
    if (item.status == ProfileImport::Item::Status::Rejected) {
        m_uriError->setText(item.message);
        m_uriError->show();
        return;
    }
    m_uriError->hide();
    ConnectionProfile p = item.profile;
    p.id = m_profile.id;
    p.environment = ConnectionProfile::Environment(m_environment->currentData().toInt());
    p.group = m_group->currentText().trimmed();
    p.passwordInKeychain = m_profile.passwordInKeychain;
    // The name follows the pasted text until the user types one of their own.
    if (!m_name->text().trimmed().isEmpty() && m_name->text() != m_nameFromUri)
        p.name = m_name->text().trimmed();
    else {
        if (m_store)
            p.name = m_store->uniqueName(p.name);
        m_nameFromUri = p.name;
    }
    const QString pw = m_password->text();
    const bool save = m_savePassword->isChecked();
    const SshTunnelForm ssh = m_ssh->form(); // a pasted URI names the database, not the tunnel
    setProfile(p);
    m_password->setText(pw);
    m_savePassword->setChecked(save);
    m_ssh->setForm(ssh);
    validate();
    // A password in the pasted text goes to the password field only (then to the keychain if chosen).
    ConnectionOptions o;
    if (ConnectionOptions::parse(text, &o, nullptr) && o.contains(QStringLiteral("password")))
        m_password->setText(o.value(QStringLiteral("password")));
}

void ProfileDialog::validate()
{
    QString error;
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        error = tr("Give the profile a name.");
    else if (m_store) {
        for (const ConnectionProfile &other : m_store->profiles()) {
            if (other.id != p.id && other.name == p.name)
                error = tr("There is already a profile named \"%1\".").arg(p.name);
        }
    }
    if (error.isEmpty() && p.hosts.isEmpty() && p.service.isEmpty())
        error = tr("Give a host name, an IP address or a socket directory.");
    if (error.isEmpty())
        error = m_ssh->form().error();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Save))
        save->setEnabled(error.isEmpty());
}

void ProfileDialog::updateEnvironmentBand()
{
    const auto env = ConnectionProfile::Environment(m_environment->currentData().toInt());
    QString text;
    switch (env) {
    case ConnectionProfile::Environment::Development:
        text = tr("Development");
        break;
    case ConnectionProfile::Environment::Staging:
        text = tr("Staging");
        break;
    case ConnectionProfile::Environment::Production:
        text = tr("Production — the monitoring session is read-only");
        break;
    }
    m_band->setText(text);
    m_band->setStyleSheet(QStringLiteral("QLabel#environmentBand { background: %1; color: white; font-weight: bold; border-radius: 3px; }")
                              .arg(ConnectionProfile::environmentColor(env)));
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ProfileDialog::retranslate()
{
    setWindowTitle(m_profile.id.isEmpty() ? tr("New connection profile") : tr("Connection profile: %1").arg(m_profile.name));
    const QMap<QString, QString> labels = {
        {QStringLiteral("uri"), tr("Paste a &URI:")},
        {QStringLiteral("name"), tr("&Name:")},
        {QStringLiteral("environment"), tr("&Environment:")},
        {QStringLiteral("group"), tr("&Group:")},
        {QStringLiteral("hosts"), tr("&Host(s):")},
        {QStringLiteral("port"), tr("P&ort:")},
        {QStringLiteral("database"), tr("&Database:")},
        {QStringLiteral("user"), tr("&User:")},
        {QStringLiteral("password"), tr("&Password:")},
        {QStringLiteral("sslmode"), tr("&SSL mode:")},
        {QStringLiteral("sslrootcert"), tr("&Root certificate:")},
        {QStringLiteral("sslcert"), tr("&Client certificate:")},
        {QStringLiteral("sslkey"), tr("Client &key:")},
        {QStringLiteral("timeout"), tr("Connect &timeout:")},
        {QStringLiteral("appname"), tr("&Application name:")},
    };
    for (QLabel *l : findChildren<QLabel *>()) {
        const QString key = l->property(kLabelRole).toString();
        if (!key.isEmpty())
            l->setText(labels.value(key));
    }
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("serverBox")))
        box->setTitle(tr("Server"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("advancedBox")))
        box->setTitle(tr("TLS and options"));
    m_uri->setPlaceholderText(tr("postgresql://user@host:5432/database or host=… port=…"));
    m_hosts->setPlaceholderText(tr("localhost; several: host1,host2"));
    m_port->setSpecialValueText(tr("default (5432)"));
    m_timeout->setSpecialValueText(tr("default"));
    m_timeout->setSuffix(tr(" s"));
    m_database->setPlaceholderText(tr("default: the user name"));
    m_user->setPlaceholderText(tr("default: your login name"));
    m_sslMode->setItemText(0, tr("default (prefer)"));
    m_environment->setItemText(0, tr("Development"));
    m_environment->setItemText(1, tr("Staging"));
    m_environment->setItemText(2, tr("Production"));
    m_savePassword->setText(tr("Save password in the system keychain"));
    if (m_profile.passwordInKeychain && m_savePassword->isChecked())
        m_password->setPlaceholderText(tr("saved in the keychain; leave empty to keep it"));
    else if (m_savePassword->isChecked())
        m_password->setPlaceholderText(tr("empty: use ~/.pgpass or ask when connecting"));
    else
        m_password->setPlaceholderText(tr("not saved: Valvur asks when connecting"));
    if (!m_keychainAvailable) {
        m_keychainMessage->setText(tr("No system keychain answered (%1). Valvur will not save the password anywhere: "
                                      "it will ask for it each time it connects. Start or unlock the keychain "
                                      "(GNOME Keyring, KWallet) to save it.")
                                       .arg(m_keychainError.isEmpty() ? tr("no Secret Service") : m_keychainError));
        m_keychainMessage->show();
    } else {
        m_keychainMessage->hide();
    }
    m_ssh->retranslate();
    m_test->setText(tr("&Test connection"));
    m_test->setToolTip(tr("Try the connection with these settings, without saving."));
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Cancel"));
    if (QPushButton *save = m_buttons->button(QDialogButtonBox::Save))
        save->setText(tr("&Save"));
    updateEnvironmentBand();
    validate();
}

} // namespace Valvur
