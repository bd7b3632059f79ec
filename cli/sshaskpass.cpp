#include "sshaskpass.h"

#include "ssh/sshendpoint.h"

#include "profiles/credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace Valvur::SshAskpass {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Ssh)
};
} // namespace

bool isRequest(int argc, char **argv)
{
    // ssh gives the prompt as the only argument; a valvur command never looks like that.
    if (argc > 2 || qEnvironmentVariable("VALVUR_ASKPASS_PROFILE").isEmpty() || qEnvironmentVariable("SSH_ASKPASS").isEmpty())
        return false;
    const QByteArray prompt = argc == 2 ? QByteArray(argv[1]) : QByteArray();
    return !prompt.startsWith('-');
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString prompt = argc == 2 ? QString::fromLocal8Bit(argv[1]) : QString();
    QTextStream err(stderr);
    // "Are you sure you want to continue connecting (yes/no/[fingerprint])?" and the like.
    if (prompt.contains(QLatin1String("yes/no"), Qt::CaseInsensitive) || prompt.contains(QLatin1String("fingerprint"), Qt::CaseInsensitive)) {
        err << Tr::tr("Valvur does not answer this question of ssh for you: %1").arg(prompt.trimmed()) << Qt::endl;
        return 1;
    }
    const QString key = SshEndpoint::keychainKey(qEnvironmentVariable("VALVUR_ASKPASS_PROFILE"));
    CredentialStore store;
    QEventLoop loop;
    CredentialStore::Outcome outcome = CredentialStore::Outcome::Unavailable;
    QString secret;
    store.readPassword(key, &loop, [&](CredentialStore::Outcome o, const QString &stored, const QString &) {
        outcome = o;
        secret = stored;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // ssh waits for us: never forever
    loop.exec();
    if (outcome != CredentialStore::Outcome::Ok || secret.isEmpty()) {
        err << Tr::tr("The keychain holds no SSH passphrase or password for this profile: save it with the profile, or load the key "
                      "into the SSH agent (ssh-add).")
            << Qt::endl;
        return 1;
    }
    const QByteArray bytes = secret.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace Valvur::SshAskpass
