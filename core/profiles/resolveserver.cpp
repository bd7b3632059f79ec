#include "profiles/resolveserver.h"

#include "profiles/profilestore.h"

#include <QCoreApplication>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Profiles)
};
} // namespace

bool resolveServer(const QString &positional, const QString &profileName, QSettings *settings, ConnectionOptions *out,
                   QString *profileId, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (profileId)
        profileId->clear();
    if (!positional.isEmpty() && !profileName.isEmpty())
        return fail(Tr::tr("Give either a connection string or --profile, not both."));
    if (profileName.isEmpty()) {
        if (positional.trimmed().isEmpty())
            return fail(Tr::tr("Give a server: a connection string, a postgresql:// URI or --profile NAME."));
        ConnectionOptions options;
        QString parseError;
        if (!ConnectionOptions::parse(positional, &options, &parseError))
            return fail(Tr::tr("This is not a valid connection string or URI: %1").arg(parseError));
        if (out)
            *out = options;
        return true;
    }
    ProfileStore store(settings);
    std::optional<ConnectionProfile> p = store.findByName(profileName);
    if (!p)
        p = store.findById(profileName);
    if (!p) {
        QStringList names;
        for (const ConnectionProfile &profile : store.profiles())
            names << profile.name;
        return fail(names.isEmpty() ? Tr::tr("There is no connection profile \"%1\"; there are no saved profiles yet.").arg(profileName)
                                    : Tr::tr("There is no connection profile \"%1\". Saved profiles: %2")
                                          .arg(profileName, names.join(QStringLiteral(", "))));
    }
    if (out)
        *out = p->toOptions();
    if (profileId)
        *profileId = p->id;
    return true;
}

QString passwordOnCommandLineError(const ConnectionOptions &options)
{
    if (!options.contains(QStringLiteral("password")))
        return {};
    return Tr::tr("Do not put the password on the command line: other users can read it in the process list. Give it one of "
                  "these ways instead: a saved connection profile that keeps it in the keychain (--profile NAME), "
                  "~/.pgpass (or the file PGPASSFILE names), or leave it out and type it when asked (the window and valvur doctor ask).");
}

} // namespace Valvur
