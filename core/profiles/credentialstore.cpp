#include "profiles/credentialstore.h"

#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace Valvur {

namespace {
// Each read from the keychain, by profile id (never a password), when QT_LOGGING_RULES has
// "valvur.keychain.debug=true": how the command-line tests count the reads of one run.
Q_LOGGING_CATEGORY(lcKeychain, "valvur.keychain", QtWarningMsg)
} // namespace

CredentialStore::CredentialStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{
}

void CredentialStore::readPassword(const QString &profileId, QObject *context, Callback callback)
{
    qCDebug(lcKeychain, "keychain read: profile %s", qPrintable(profileId));
    auto *job = new QKeychain::ReadPasswordJob(m_service); // no parent: see start()
    job->setKey(profileId);
    start(Op::Read, job, profileId, context, std::move(callback));
}

void CredentialStore::writePassword(const QString &profileId, const QString &password, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service); // no parent: see start()
    job->setKey(profileId);
    job->setTextData(password);
    start(Op::Write, job, profileId, context, std::move(callback));
}

void CredentialStore::deletePassword(const QString &profileId, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service); // no parent: see start()
    job->setKey(profileId);
    start(Op::Delete, job, profileId, context, std::move(callback));
}

void CredentialStore::start(Op op, QKeychain::Job *job, const QString &profileId, QObject *context, Callback callback)
{
    // Never the plain-text QSettings fallback QtKeychain offers: no keychain means no storing.
    job->setInsecureFallback(false);
    // A running job must outlive a store destroyed before it ends: the Secret Service answers through
    // a callback that holds the job, and deleting it early (as a child of the store) crashed there.
    // The job deletes itself when it finishes; the connection's context drops the answer if the
    // store is gone by then.
    job->setAutoDelete(true);
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, op, profileId, hasContext, guard, callback](QKeychain::Job *j) {
        Outcome outcome = Outcome::Ok;
        QString message;
        QString password;
        switch (j->error()) {
        case QKeychain::NoError:
            if (op == Op::Read)
                password = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            break;
        case QKeychain::EntryNotFound:
            outcome = Outcome::NotFound;
            message = j->errorString();
            break;
        default:
            // NoBackendAvailable, AccessDenied(ByUser), NotImplemented and Secret Service errors
            // (no D-Bus session, locked collection): the keychain did not answer.
            outcome = Outcome::Unavailable;
            message = j->errorString();
            break;
        }
        // A delete of a password that is not there is success for the caller.
        if (op == Op::Delete && outcome == Outcome::NotFound)
            outcome = Outcome::Ok;
        m_unavailable = outcome == Outcome::Unavailable;
        switch (op) {
        case Op::Read:
            Q_EMIT passwordRead(profileId, outcome, password, message);
            break;
        case Op::Write:
            Q_EMIT passwordWritten(profileId, outcome, message);
            break;
        case Op::Delete:
            Q_EMIT passwordDeleted(profileId, outcome, message);
            break;
        }
        if (callback && (!hasContext || guard))
            callback(outcome, password, message);
    });
    job->start();
}

} // namespace Valvur
