#pragma once

#include <QHash>
#include <QString>

#include <functional>

class QCommandLineParser;
class QObject;

namespace Valvur {

class ConnectionOptions;
class ConnectionProfile;
class SshTunnelRegistry;

// What the subcommands (valvur backup/restore/verify/doctor/profiles) share: their exit statuses,
// their help text, checked numbers, and the one keychain read of a saved profile's password.
namespace CommandLine {

// The exit statuses of every subcommand (README: "Exit status").
enum ExitStatus : int {
    Success = 0, // done: the backup is written, the server answers, the profiles are imported
    Failed = 1,  // it ran and did not succeed: the server, the archive, the keychain or a file said no
    Usage = 2,   // the command line is wrong: unknown command, option, value or profile; nothing ran
};

// The message for a first word that is no command ("bakcup"): it says so, names the closest
// command (at most two edits away, a swap of neighbours being one, or one it begins) and lists them all.
QString unknownCommand(const QString &word, const QStringList &commands);

// QCommandLineParser's help names the program as it was started ("/usr/bin/valvur"); ours names
// the subcommand too: "Usage: valvur backup [options] server".
QString helpText(const QCommandLineParser &parser, const QString &command);

// Ctrl+C, or SIGTERM from cron or systemd, calls cancel on the event loop (a signal handler can
// only reach static storage, hence one pipe per process): the command stops its job and cleans up
// before it exits, as the window's Cancel does.
void cancelOnSignals(QObject *context, std::function<void()> cancel);

// A number of seconds for an option such as --timeout: a finite number from minSeconds to
// maxSeconds. On failure returns false with a translated *error that names the option and the range.
bool secondsValue(const QString &option, const QString &text, double minSeconds, double maxSeconds, int *milliseconds,
                  QString *error);

// The password of a saved profile that keeps it in the keychain (service "valvur", key = the
// profile's id), for a command-line run: it waits for the keychain (there is no window to keep
// responsive). Returns true with *password when the keychain gave it. Otherwise false with a
// translated *error that says what the keychain answered and what to do, and *problem:
// "keychain-unavailable" (no keychain answered, or it is locked) or "keychain-entry-missing";
// *englishError the same words untranslated, for --json.
bool keychainPassword(const ConnectionProfile &profile, QString *password, QString *error, QString *problem = nullptr,
                      QString *englishError = nullptr);

// A profile with an SSH part: opens its tunnel in the registry (one per profile for the run; the
// registry's end stops it) and waits until it is ready, within the tunnel's own bound. Then
// *options point libpq and the tools at the tunnel's socket (host=<directory> port=5432). A
// profile without SSH leaves *options as they are. On failure returns false with *problem (the
// ssh-* cause), a translated *error (what happened, ssh's last words, what to do) and the same
// words in English in *englishError, for --json.
bool openTunnel(SshTunnelRegistry &registry, const ConnectionProfile &profile, ConnectionOptions *options, QString *error,
                QString *problem, QString *englishError = nullptr);

// The keychain answers of one command-line run: each profile's password is read from the keychain
// once (keychainPassword), however many roles the profile plays in the run (the restore's source
// and target, the test restore's server and the backup's recorded source); the answer, also a
// refusal, is kept in memory until the run ends.
class KeychainPasswords
{
public:
    bool password(const ConnectionProfile &profile, QString *password, QString *error, QString *problem = nullptr,
                  QString *englishError = nullptr);

private:
    struct Answer
    {
        bool ok = false;
        QString password, error, problem, englishError;
    };
    QHash<QString, Answer> m_answers; // by profile id
};

} // namespace CommandLine
} // namespace Valvur
