#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSettings>

#include <algorithm>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Profiles)
};

const QString kGroup = QStringLiteral("profiles");
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    reload();
}

void ProfileStore::reload()
{
    m_profiles.clear();
    if (!m_settings)
        return;
    m_settings->sync();
    const int n = m_settings->beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.hosts = m_settings->value(QStringLiteral("hosts")).toStringList();
        p.hosts.removeAll(QString());
        p.port = m_settings->value(QStringLiteral("port")).toInt();
        p.database = m_settings->value(QStringLiteral("database")).toString();
        p.user = m_settings->value(QStringLiteral("user")).toString();
        p.sslMode = m_settings->value(QStringLiteral("sslmode")).toString();
        p.sslRootCert = m_settings->value(QStringLiteral("sslrootcert")).toString();
        p.sslCert = m_settings->value(QStringLiteral("sslcert")).toString();
        p.sslKey = m_settings->value(QStringLiteral("sslkey")).toString();
        p.connectTimeout = m_settings->value(QStringLiteral("connectTimeout")).toInt();
        p.applicationName = m_settings->value(QStringLiteral("applicationName")).toString();
        p.service = m_settings->value(QStringLiteral("service")).toString();
        ConnectionProfile::environmentFromId(m_settings->value(QStringLiteral("environment")).toString(), &p.environment);
        p.group = m_settings->value(QStringLiteral("group")).toString();
        p.passwordInKeychain = m_settings->value(QStringLiteral("passwordInKeychain")).toBool();
        p.container = m_settings->value(QStringLiteral("container")).toString();
        p.ssh.destination = m_settings->value(QStringLiteral("sshDestination")).toString();
        p.ssh.jumpHosts = m_settings->value(QStringLiteral("sshJumpHosts")).toStringList();
        p.ssh.jumpHosts.removeAll(QString());
        p.ssh.identityFile = m_settings->value(QStringLiteral("sshIdentityFile")).toString();
        p.ssh.remoteHost = m_settings->value(QStringLiteral("sshRemoteHost")).toString();
        p.ssh.remotePort = m_settings->value(QStringLiteral("sshRemotePort")).toInt();
        p.ssh.remoteSocketDir = m_settings->value(QStringLiteral("sshRemoteSocketDir")).toString();
        if (!p.id.isEmpty() && !p.name.isEmpty())
            m_profiles << p;
    }
    m_settings->endArray();
}

void ProfileStore::save()
{
    if (m_settings) {
        m_settings->remove(kGroup);
        m_settings->beginWriteArray(kGroup, int(m_profiles.size()));
        for (int i = 0; i < m_profiles.size(); ++i) {
            const ConnectionProfile &p = m_profiles.at(i);
            m_settings->setArrayIndex(i);
            m_settings->setValue(QStringLiteral("id"), p.id);
            m_settings->setValue(QStringLiteral("name"), p.name);
            m_settings->setValue(QStringLiteral("hosts"), p.hosts);
            m_settings->setValue(QStringLiteral("port"), p.port);
            m_settings->setValue(QStringLiteral("database"), p.database);
            m_settings->setValue(QStringLiteral("user"), p.user);
            m_settings->setValue(QStringLiteral("sslmode"), p.sslMode);
            m_settings->setValue(QStringLiteral("sslrootcert"), p.sslRootCert);
            m_settings->setValue(QStringLiteral("sslcert"), p.sslCert);
            m_settings->setValue(QStringLiteral("sslkey"), p.sslKey);
            m_settings->setValue(QStringLiteral("connectTimeout"), p.connectTimeout);
            m_settings->setValue(QStringLiteral("applicationName"), p.applicationName);
            m_settings->setValue(QStringLiteral("service"), p.service);
            m_settings->setValue(QStringLiteral("environment"), ConnectionProfile::environmentId(p.environment));
            m_settings->setValue(QStringLiteral("group"), p.group);
            m_settings->setValue(QStringLiteral("passwordInKeychain"), p.passwordInKeychain);
            if (p.container.isEmpty())
                m_settings->remove(QStringLiteral("container"));
            else
                m_settings->setValue(QStringLiteral("container"), p.container);
            const std::pair<const char *, QVariant> sshFields[] = {
                {"sshDestination", p.ssh.destination}, {"sshJumpHosts", p.ssh.jumpHosts},
                {"sshIdentityFile", p.ssh.identityFile},
                {"sshRemoteHost", p.ssh.remoteHost}, {"sshRemotePort", p.ssh.remotePort},
                {"sshRemoteSocketDir", p.ssh.remoteSocketDir}};
            for (const auto &[key, value] : sshFields) {
                if (!p.ssh.isEnabled())   // no tunnel: no stale SSH keys in the file
                    m_settings->remove(QLatin1String(key));
                else
                    m_settings->setValue(QLatin1String(key), value);
            }
        }
        m_settings->endArray();
        m_settings->sync();
    }
    Q_EMIT changed();
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<ConnectionProfile> ProfileStore::findById(const QString &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    std::optional<ConnectionProfile> found;
    for (const ConnectionProfile &p : m_profiles) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                return std::nullopt; // ambiguous
            found = p;
        }
    }
    return found;
}

std::optional<ConnectionProfile> ProfileStore::findDuplicate(const ConnectionProfile &profile) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.id != profile.id && (p.name == profile.name || p.sameEndpoint(profile)))
            return p;
    }
    return std::nullopt;
}

QStringList ProfileStore::groups() const
{
    QStringList g;
    for (const ConnectionProfile &p : m_profiles) {
        if (!p.group.isEmpty() && !g.contains(p.group))
            g << p.group;
    }
    return g;
}

static QString nameError(const QString &name, bool taken)
{
    if (name.trimmed().isEmpty())
        return Tr::tr("A connection profile needs a name.");
    if (taken)
        return Tr::tr("There is already a connection profile named \"%1\".").arg(name);
    return {};
}

static bool checkName(const QList<ConnectionProfile> &profiles, const ConnectionProfile &profile, QString *error)
{
    const bool taken = std::any_of(profiles.cbegin(), profiles.cend(),
                                   [&profile](const ConnectionProfile &p) { return p.id != profile.id && p.name == profile.name; });
    const QString message = nameError(profile.name, taken);
    if (error && !message.isEmpty())
        *error = message;
    return message.isEmpty();
}

bool ProfileStore::add(const ConnectionProfile &profile, QString *error, ConnectionProfile *added, int index)
{
    ConnectionProfile p = profile;
    if (p.id.isEmpty() || indexOf(p.id) >= 0)
        p.id = ConnectionProfile::newId();
    p.name = p.name.trimmed();
    if (!checkName(m_profiles, p, error))
        return false;
    if (index < 0 || index > m_profiles.size())
        index = int(m_profiles.size());
    m_profiles.insert(index, p);
    if (added)
        *added = p;
    save();
    return true;
}

QList<ConnectionProfile> ProfileStore::addAll(const QList<ConnectionProfile> &profiles, QStringList *errors)
{
    // The names and ids taken, hashed: adding thousands of profiles stays linear.
    QSet<QString> names, ids;
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        names.insert(p.name);
        ids.insert(p.id);
    }
    QList<ConnectionProfile> added;
    for (const ConnectionProfile &profile : profiles) {
        ConnectionProfile p = profile;
        if (p.id.isEmpty() || ids.contains(p.id))
            p.id = ConnectionProfile::newId();
        p.name = p.name.trimmed();
        const QString error = nameError(p.name, names.contains(p.name));
        if (error.isEmpty()) {
            names.insert(p.name);
            ids.insert(p.id);
            m_profiles << p;
            added << p;
        }
        if (errors)
            *errors << error;
    }
    if (!added.isEmpty())
        save();
    return added;
}

bool ProfileStore::update(const ConnectionProfile &profile, QString *error)
{
    const int i = indexOf(profile.id);
    if (i < 0) {
        if (error)
            *error = Tr::tr("This connection profile no longer exists.");
        return false;
    }
    ConnectionProfile p = profile;
    p.name = p.name.trimmed();
    if (!checkName(m_profiles, p, error))
        return false;
    m_profiles[i] = p;
    save();
    return true;
}

std::optional<ConnectionProfile> ProfileStore::duplicate(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    ConnectionProfile copy = m_profiles.at(i);
    copy.id = ConnectionProfile::newId();
    copy.name = uniqueName(Tr::tr("%1 (copy)").arg(copy.name));
    copy.passwordInKeychain = false;
    m_profiles.insert(i + 1, copy);
    save();
    return copy;
}

bool ProfileStore::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    m_profiles.removeAt(i);
    save();
    return true;
}

bool ProfileStore::move(const QString &id, int index)
{
    const int from = indexOf(id);
    if (from < 0)
        return false;
    index = qBound(0, index, int(m_profiles.size()) - 1);
    if (index == from)
        return true;
    m_profiles.move(from, index);
    save();
    return true;
}

QString ProfileStore::uniqueName(const QString &base) const
{
    auto taken = [this](const QString &name) {
        for (const ConnectionProfile &p : m_profiles) {
            if (p.name == name)
                return true;
        }
        return false;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace Valvur
