#include "ssh/knownhosts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

#include <pwd.h>
#include <unistd.h>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::KnownHosts)
};

// Ends a child without a word in the log (a QProcess destroyed while running warns): SIGKILL,
// then the reaping wait, which is immediate after it.
void stopQuietly(QProcess *process)
{
    process->disconnect();
    if (process->state() == QProcess::NotRunning)
        return;
    process->kill();
    process->waitForFinished(1000);
}

// "SHA256:abc=" and "abc" name the same fingerprint.
QString bareFingerprint(QString f)
{
    f = f.trimmed();
    if (f.startsWith(QLatin1String("SHA256:")))
        f = f.mid(7);
    while (f.endsWith(QLatin1Char('=')))
        f.chop(1);
    return f;
}
} // namespace

QString KnownHosts::homeDir()
{
    const passwd *pw = getpwuid(getuid());
    return pw && pw->pw_dir ? QFile::decodeName(pw->pw_dir) : QDir::homePath();
}

QString KnownHosts::defaultPath()
{
    return homeDir() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::hostPattern(const QString &host, int port)
{
    if (port <= 0 || port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    QByteArray b64 = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

QString KnownHosts::keyscanType(const QString &keyType)
{
    const QString t = keyType.trimmed().toLower();
    if (t == QLatin1String("ed25519") || t == QLatin1String("ssh-ed25519"))
        return QStringLiteral("ed25519");
    if (t == QLatin1String("ecdsa") || t.startsWith(QLatin1String("ecdsa-sha2-")))
        return QStringLiteral("ecdsa");
    if (t == QLatin1String("rsa") || t == QLatin1String("ssh-rsa") || t.startsWith(QLatin1String("rsa-sha2-")))
        return QStringLiteral("rsa");
    if (t == QLatin1String("ed25519-sk") || t.startsWith(QLatin1String("sk-ssh-ed25519")))
        return QStringLiteral("ed25519-sk");
    if (t == QLatin1String("ecdsa-sk") || t.startsWith(QLatin1String("sk-ecdsa-sha2-")))
        return QStringLiteral("ecdsa-sk");
    return {};
}

bool KnownHosts::appendLine(const QString &path, const QString &host, int port, const QString &keyType,
                            const QByteArray &keyBase64, QString *error)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (!QFileInfo::exists(dir)) {
        // ssh refuses a ~/.ssh others can write to; a new one is the user's alone.
        if (!QDir().mkpath(dir)
            || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            *error = Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
            return false;
        }
    }
    const QByteArray line = hostPattern(host, port).toUtf8() + ' ' + keyType.toLatin1() + ' ' + keyBase64;
    QFile file(path);
    const bool existed = file.exists();
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!existed)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.seek(0);
    const QByteArray before = file.readAll();
    for (const QByteArray &existing : before.split('\n')) {
        if (existing.trimmed() == line)
            return true; // already trusted: not twice
    }
    const QByteArray text = (before.isEmpty() || before.endsWith('\n') ? QByteArray() : QByteArray("\n")) + line + '\n';
    if (file.write(text) != text.size() || !file.flush()) {
        *error = Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void KnownHosts::appendKnownHost(const QString &knownHostsPath, const SshHostKey &key, QObject *context, Done done, int timeoutMs)
{
    const QString type = keyscanType(key.keyType);
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ssh-keyscan"));
    auto fail = [context, done](const QString &message) {
        // Never call back before the caller has returned.
        QTimer::singleShot(0, context, [done, message] { done(false, message); });
    };
    if (type.isEmpty())
        return fail(Tr::tr("Valvur does not know the SSH key type \"%1\".").arg(key.keyType));
    if (program.isEmpty())
        return fail(Tr::tr("The program ssh-keyscan was not found. Install the OpenSSH client (Debian: openssh-client)."));

    // The child dies with context (QProcess ends its process when destroyed), so done never
    // outlives it.
    auto *process = new QProcess(context);
    // Ended with its context too.
    QObject::connect(context, &QObject::destroyed, process, [process] { stopQuietly(process); });
    auto *bound = new QTimer(process);
    bound->setSingleShot(true);
    auto finished = std::make_shared<bool>(false);
    auto finish = [process, finished, done](bool ok, const QString &error) {
        if (*finished)
            return;
        *finished = true;
        stopQuietly(process);
        process->deleteLater();
        done(ok, error);
    };
    const QString where = hostPattern(key.host, key.port);
    QObject::connect(bound, &QTimer::timeout, process, [finish, where, timeoutMs] {
        finish(false, Tr::tr("%1 did not give its host key within %2 s; nothing was written to known_hosts.")
                          .arg(where)
                          .arg(timeoutMs / 1000));
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [finish, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(false, Tr::tr("ssh-keyscan could not start: %1").arg(process->errorString()));
    });
    QObject::connect(process, &QProcess::finished, process, [=] {
        const QByteArray out = process->readAllStandardOutput();
        const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        QString offered;
        for (const QByteArray &raw : out.split('\n')) {
            const QList<QByteArray> fields = raw.simplified().split(' ');
            if (raw.startsWith('#') || fields.size() < 3)
                continue;
            const QByteArray blob = QByteArray::fromBase64(fields.at(2));
            const QString print = fingerprint(blob);
            if (bareFingerprint(print) != bareFingerprint(key.fingerprint)) {
                offered = print;
                continue;
            }
            QString error;
            const bool ok = appendLine(knownHostsPath, key.host, key.port, QString::fromLatin1(fields.at(1)), fields.at(2), &error);
            finish(ok, error);
            return;
        }
        if (!offered.isEmpty())
            finish(false, Tr::tr("%1 now shows the key %2, not the one you accepted (%3). Nothing was written to known_hosts: "
                                 "connect again and compare the new fingerprint.")
                              .arg(where, offered, key.fingerprint));
        else
            finish(false, Tr::tr("%1 gave no %2 host key; nothing was written to known_hosts.%3")
                              .arg(where, key.keyType, err.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(err.left(300))));
    });
    // "--": a host name is never read as an option.
    // ssh-keyscan's own -T is longer than our bound, so the bound decides and says so.
    process->start(program, {QStringLiteral("-T"), QString::number(timeoutMs / 1000 + 5), QStringLiteral("-p"),
                             QString::number(key.port > 0 ? key.port : 22), QStringLiteral("-t"), type, QStringLiteral("--"), key.host});
    bound->start(timeoutMs);
}

} // namespace Valvur
