#include "commandline.h"

#include "connectionprofile.h"
#include "credentialstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>

#include <cmath>

namespace Valvur::CommandLine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::CommandLine)
};
} // namespace

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    QString usage = text.left(end);
    const qsizetype at = program.isEmpty() ? -1 : usage.indexOf(program);
    if (at < 0)
        return text;
    usage.replace(at, program.size(), QStringLiteral("valvur ") + command);
    return usage + text.mid(end);
}

bool secondsValue(const QString &option, const QString &text, double minSeconds, double maxSeconds, int *milliseconds,
                  QString *error)
{
    bool ok = false;
    // Both "2.5" and the user's own "2,5".
    double seconds = text.trimmed().toDouble(&ok);
    if (!ok)
        seconds = QLocale().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(seconds) || seconds < minSeconds || seconds > maxSeconds) {
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        if (error)
            *error = Tr::tr("--%1 wants a number of seconds from %2 to %3, not \"%4\".")
                         .arg(option, locale.toString(minSeconds), locale.toString(maxSeconds), text);
        return false;
    }
    *milliseconds = int(std::lround(seconds * 1000));
    return true;
}

bool keychainPassword(const ConnectionProfile &profile, QString *password, QString *error, QString *problem)
{
    CredentialStore store;
    QEventLoop loop;
    CredentialStore::Outcome outcome = CredentialStore::Outcome::Unavailable;
    QString message;
    store.readPassword(profile.id, &loop, [&](CredentialStore::Outcome o, const QString &stored, const QString &m) {
        outcome = o;
        message = m;
        if (o == CredentialStore::Outcome::Ok)
            *password = stored;
        loop.quit();
    });
    loop.exec();
    switch (outcome) {
    case CredentialStore::Outcome::Ok:
        return true;
    case CredentialStore::Outcome::NotFound:
        if (problem)
            *problem = QStringLiteral("keychain-entry-missing");
        *error = Tr::tr("The profile \"%1\" keeps its password in the keychain, but the keychain has no password for it. "
                        "Save the password again in the profile (Valvur's connection dialog), or put it in ~/.pgpass.")
                     .arg(profile.name);
        return false;
    case CredentialStore::Outcome::Unavailable:
        break;
    }
    if (problem)
        *problem = QStringLiteral("keychain-unavailable");
    *error = Tr::tr("The password of the profile \"%1\" is in the keychain, but no keychain answered (%2). Unlock the "
                    "keychain (Secret Service) of this session, or put the password in ~/.pgpass.")
                 .arg(profile.name, message.isEmpty() ? Tr::tr("no Secret Service") : message);
    return false;
}

} // namespace Valvur::CommandLine
