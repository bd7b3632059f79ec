#pragma once

#include "profiles/connectionprofile.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

namespace Valvur {

// The saved connection profiles, in the user's order, kept in the given QSettings (group
// "profiles"). Nothing secret is ever written: a password lives in the keychain, a pgpass file or
// nowhere. Every change is written at once.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    int count() const { return int(m_profiles.size()); }
    int indexOf(const QString &id) const;
    std::optional<ConnectionProfile> findById(const QString &id) const;
    // Exact name first, then a case-insensitive match when it is the only one.
    std::optional<ConnectionProfile> findByName(const QString &name) const;
    // A profile with the same name or the same server, database and user, if any.
    std::optional<ConnectionProfile> findDuplicate(const ConnectionProfile &profile) const;
    // The groups in use, in order of first appearance.
    QStringList groups() const;

    // Adds at the end (or at index). Gives the profile a new id when it has none. Fails (with a
    // translated message) when the name is empty or already taken. *added gets the stored profile.
    bool add(const ConnectionProfile &profile, QString *error = nullptr, ConnectionProfile *added = nullptr, int index = -1);
    // Adds several at the end with one write (an import). *errors gets one entry per profile: empty
    // when it was added, else why not. Returns the stored profiles that were added, in order.
    QList<ConnectionProfile> addAll(const QList<ConnectionProfile> &profiles, QStringList *errors = nullptr);
    // Replaces the profile with the same id.
    bool update(const ConnectionProfile &profile, QString *error = nullptr);
    // A copy with a new id and a free name ("name (copy)"), right after the original. The copy's
    // password is not copied: it starts as "ask".
    std::optional<ConnectionProfile> duplicate(const QString &id);
    bool remove(const QString &id);
    // Moves the profile to position index (clamped).
    bool move(const QString &id, int index);
    // A name that is not taken: base, base (2), base (3)…
    QString uniqueName(const QString &base) const;

    // Re-reads the settings (e.g. after another process changed them).
    void reload();

Q_SIGNALS:
    void changed();

private:
    void save();

    QSettings *m_settings;
    QList<ConnectionProfile> m_profiles;
};

} // namespace Valvur
