#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace Valvur {

// Passwords in the OS keychain through QtKeychain (Secret Service on Linux): service "valvur",
// key = profile id. Every call is asynchronous; the answer comes as a signal and, when given, to
// a callback that runs only while its context object lives. When no keychain answers (no Secret
// Service, locked, refused) the outcome is Unavailable: the caller asks for the password instead.
// There is no fallback that writes a password anywhere else.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Ok,          // done (read: the password is in the reply)
        NotFound,    // read/delete: the keychain answered, there is no password for this profile
        Unavailable, // no keychain answered, or it refused: ask the user, store nothing
    };
    Q_ENUM(Outcome)

    using Callback = std::function<void(Outcome outcome, const QString &password, const QString &message)>;

    explicit CredentialStore(QObject *parent = nullptr, const QString &service = QStringLiteral("valvur"));

    QString service() const { return m_service; }

    void readPassword(const QString &profileId, QObject *context = nullptr, Callback callback = {});
    void writePassword(const QString &profileId, const QString &password, QObject *context = nullptr, Callback callback = {});
    void deletePassword(const QString &profileId, QObject *context = nullptr, Callback callback = {});

    // True after a job found no keychain (until one succeeds again).
    bool lastSeenUnavailable() const { return m_unavailable; }

Q_SIGNALS:
    // message: the keychain's own words when the outcome is not Ok (never contains the password).
    void passwordRead(const QString &profileId, Valvur::CredentialStore::Outcome outcome, const QString &password, const QString &message);
    void passwordWritten(const QString &profileId, Valvur::CredentialStore::Outcome outcome, const QString &message);
    void passwordDeleted(const QString &profileId, Valvur::CredentialStore::Outcome outcome, const QString &message);

private:
    enum class Op { Read, Write, Delete };
    void start(Op op, QKeychain::Job *job, const QString &profileId, QObject *context, Callback callback);

    QString m_service;
    bool m_unavailable = false;
};

} // namespace Valvur
