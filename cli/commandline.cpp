#include "commandline.h"

#include "pg/connectionoptions.h"
#include "profiles/connectionprofile.h"
#include "profiles/credentialstore.h"
#include "ssh/sshtext.h"
#include "ssh/sshtunnel.h"
#include "ssh/sshtunnelregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLocale>
#include <QSocketNotifier>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Valvur::CommandLine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::CommandLine)
};
} // namespace

namespace {
// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}
} // namespace

QString unknownCommand(const QString &word, const QStringList &commands)
{
    QStringList names = commands;
    names.sort();
    const QString typed = word.toLower();
    QString closest;
    int best = 3; // more than two edits away is another word
    for (const QString &name : std::as_const(names)) {
        const int d = editDistance(typed, name);
        if (d < best) {
            closest = name;
            best = d;
        }
    }
    for (const QString &name : std::as_const(names)) {
        if (closest.isEmpty() && typed.size() >= 3 && name.startsWith(typed)) // "prof" → profiles
            closest = name;
    }
    const QString shown = ConnectionOptions::printable(word);
    const QString list = names.join(QStringLiteral(", "));
    return closest.isEmpty() ? Tr::tr("\"%1\" is not a Valvur command. Commands: %2.").arg(shown, list)
                             : Tr::tr("\"%1\" is not a Valvur command. Did you mean \"%2\"? Commands: %3.").arg(shown, closest, list);
}

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

namespace {
// Ctrl+C, or SIGTERM from cron or systemd, cancels the job like the wizard's Cancel: the tool is
// stopped and its partial output removed before the command exits. A signal handler can only
// reach static storage, hence the one file-local pipe.
int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(s_signalPipe[1], &c, 1);
}
} // namespace

void cancelOnSignals(QObject *context, std::function<void()> cancel)
{
    if (s_signalPipe[0] < 0 && ::pipe2(s_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [cancel = std::move(cancel)] {
        char buffer[16];
        while (::read(s_signalPipe[0], buffer, sizeof buffer) > 0) {
        }
        cancel();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
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

bool openTunnel(SshTunnelRegistry &registry, const ConnectionProfile &profile, ConnectionOptions *options, QString *error,
                QString *problem, QString *englishError)
{
    if (!profile.ssh.isEnabled())
        return true;
    registry.setAskpassHelper(QCoreApplication::applicationFilePath()); // valvur answers ssh's questions from the keychain
    SshTunnel *tunnel = registry.acquire(profile.id, profile.ssh);
    if (!tunnel->isReady()) {
        QEventLoop loop;
        QObject::connect(tunnel, &SshTunnel::ready, &loop, &QEventLoop::quit);
        QObject::connect(tunnel, &SshTunnel::failed, &loop, &QEventLoop::quit);
        if (tunnel->state() != SshTunnel::State::Failed)
            loop.exec();
    }
    if (tunnel->isReady()) {
        *options = tunnel->apply(*options);
        return true;
    }
    auto words = [tunnel](bool translated) { return SshText::explain(*tunnel, translated).join(QLatin1Char('\n')); };
    if (problem)
        *problem = tunnel->cause();
    if (error)
        *error = words(true);
    if (englishError)
        *englishError = words(false);
    return false;
}

bool keychainPassword(const ConnectionProfile &profile, QString *password, QString *error, QString *problem, QString *englishError)
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
    if (outcome == CredentialStore::Outcome::Ok)
        return true;
    // The same words in the user's language and in English (for --json, which is not translated).
    static const char *const context = "Valvur::CommandLine";
    static const char *const missing = QT_TRANSLATE_NOOP("Valvur::CommandLine",
                                                         "The profile \"%1\" keeps its password in the keychain, but the keychain has no "
                                                         "password for it. Save the password again in the profile (Valvur's connection "
                                                         "dialog), or put it in ~/.pgpass.");
    static const char *const unavailable = QT_TRANSLATE_NOOP("Valvur::CommandLine",
                                                             "The password of the profile \"%1\" is in the keychain, but no keychain "
                                                             "answered (%2). Unlock the keychain (Secret Service) of this session, or put "
                                                             "the password in ~/.pgpass.");
    static const char *const noService = QT_TRANSLATE_NOOP("Valvur::CommandLine", "no Secret Service");
    const bool notFound = outcome == CredentialStore::Outcome::NotFound;
    if (problem)
        *problem = notFound ? QStringLiteral("keychain-entry-missing") : QStringLiteral("keychain-unavailable");
    auto words = [&](bool translated) {
        auto text = [translated](const char *source) {
            return translated ? QCoreApplication::translate(context, source) : QString::fromUtf8(source);
        };
        return notFound ? text(missing).arg(profile.name)
                        : text(unavailable).arg(profile.name, message.isEmpty() ? text(noService) : message);
    };
    *error = words(true);
    if (englishError)
        *englishError = words(false);
    return false;
}

bool KeychainPasswords::password(const ConnectionProfile &profile, QString *password, QString *error, QString *problem,
                                 QString *englishError)
{
    auto it = m_answers.find(profile.id);
    if (it == m_answers.end()) {
        Answer a;
        a.ok = keychainPassword(profile, &a.password, &a.error, &a.problem, &a.englishError);
        it = m_answers.insert(profile.id, a);
    }
    if (it->ok)
        *password = it->password;
    if (error)
        *error = it->error;
    if (problem)
        *problem = it->problem;
    if (englishError)
        *englishError = it->englishError;
    return it->ok;
}

} // namespace Valvur::CommandLine
