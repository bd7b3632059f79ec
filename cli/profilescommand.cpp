#include "profilescommand.h"

#include "commandline.h"
#include "profiles/profileimport.h"
#include "profiles/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::ProfilesCommand)
};

QString locationName(ConnectionProfile::PasswordLocation l)
{
    switch (l) {
    case ConnectionProfile::PasswordLocation::Keychain:
        return Tr::tr("system keychain");
    case ConnectionProfile::PasswordLocation::Pgpass:
        return Tr::tr("pgpass file");
    case ConnectionProfile::PasswordLocation::ServiceFile:
        return Tr::tr("service file");
    case ConnectionProfile::PasswordLocation::Ask:
        return Tr::tr("asked when connecting");
    }
    return {};
}

QJsonObject profileJson(const ConnectionProfile &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(p.hosts));
    o.insert(QStringLiteral("port"), p.port > 0 ? QJsonValue(p.port) : QJsonValue());
    o.insert(QStringLiteral("database"), p.database);
    o.insert(QStringLiteral("user"), p.user);
    o.insert(QStringLiteral("sslmode"), p.sslMode);
    o.insert(QStringLiteral("sslrootcert"), p.sslRootCert);
    o.insert(QStringLiteral("sslcert"), p.sslCert);
    o.insert(QStringLiteral("sslkey"), p.sslKey);
    o.insert(QStringLiteral("connect_timeout"), p.connectTimeout > 0 ? QJsonValue(p.connectTimeout) : QJsonValue());
    o.insert(QStringLiteral("application_name"), p.applicationName);
    o.insert(QStringLiteral("service"), p.service);
    o.insert(QStringLiteral("environment"), ConnectionProfile::environmentId(p.environment));
    o.insert(QStringLiteral("group"), p.group);
    o.insert(QStringLiteral("password"), ConnectionProfile::passwordLocationId(p.passwordLocation()));
    if (p.ssh.isEnabled()) {
        QJsonObject ssh;
        ssh.insert(QStringLiteral("destination"), p.ssh.destination);
        ssh.insert(QStringLiteral("jumpHosts"), QJsonArray::fromStringList(p.ssh.jumpHosts));
        ssh.insert(QStringLiteral("identityFile"), p.ssh.identityFile);
        ssh.insert(QStringLiteral("remoteHost"), p.ssh.effectiveRemoteHost());
        ssh.insert(QStringLiteral("remotePort"), p.ssh.effectiveRemotePort());
        ssh.insert(QStringLiteral("remoteSocketDir"), p.ssh.remoteSocketDir);
        o.insert(QStringLiteral("ssh"), ssh);
    }
    return o;
}

int list(QSettings *settings, bool json, QTextStream &out)
{
    ProfileStore store(settings);
    if (json) {
        QJsonArray a;
        for (const ConnectionProfile &p : store.profiles())
            a.append(profileJson(p));
        QJsonObject root;
        root.insert(QStringLiteral("profiles"), a);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (store.count() == 0) {
        out << Tr::tr("No connection profiles yet. Add one in the window, or: valvur profiles import FILE") << Qt::endl;
        return 0;
    }
    for (const ConnectionProfile &p : store.profiles()) {
        out << p.name << Qt::endl;
        out << QStringLiteral("  ") << Tr::tr("server: %1").arg(p.displayAddress()) << Qt::endl;
        out << QStringLiteral("  ") << Tr::tr("environment: %1").arg(ConnectionProfile::environmentName(p.environment));
        if (!p.group.isEmpty())
            out << QStringLiteral("; ") << Tr::tr("group: %1").arg(p.group);
        out << Qt::endl;
        QStringList extra;
        if (!p.sslMode.isEmpty())
            extra << QStringLiteral("sslmode=%1").arg(p.sslMode);
        if (!p.sslRootCert.isEmpty())
            extra << QStringLiteral("sslrootcert=%1").arg(p.sslRootCert);
        if (!p.sslCert.isEmpty())
            extra << QStringLiteral("sslcert=%1").arg(p.sslCert);
        if (!p.sslKey.isEmpty())
            extra << QStringLiteral("sslkey=%1").arg(p.sslKey);
        if (p.connectTimeout > 0)
            extra << QStringLiteral("connect_timeout=%1").arg(p.connectTimeout);
        if (!p.applicationName.isEmpty())
            extra << QStringLiteral("application_name=%1").arg(p.applicationName);
        if (!p.service.isEmpty())
            extra << QStringLiteral("service=%1").arg(p.service);
        if (!extra.isEmpty())
            out << QStringLiteral("  ") << extra.join(QLatin1Char(' ')) << Qt::endl;
        if (p.ssh.isEnabled()) {
            const QString remote = p.ssh.remoteSocketDir.isEmpty()
                ? QStringLiteral("%1:%2").arg(p.ssh.effectiveRemoteHost()).arg(p.ssh.effectiveRemotePort())
                : p.ssh.remoteSocketDir;
            out << QStringLiteral("  ") << Tr::tr("SSH tunnel: %1 → %2").arg(p.ssh.destination, remote);
            if (!p.ssh.jumpHosts.isEmpty())
                out << QStringLiteral("; ") << Tr::tr("jump hosts: %1").arg(p.ssh.jumpHosts.join(QLatin1Char(',')));
            out << Qt::endl;
        }
        out << QStringLiteral("  ") << Tr::tr("password: %1 (%2)").arg(locationName(p.passwordLocation()),
                                                                      ConnectionProfile::passwordLocationId(p.passwordLocation()))
            << Qt::endl;
        out << QStringLiteral("  ") << Tr::tr("id: %1").arg(p.id) << Qt::endl;
    }
    return 0;
}

int import(QSettings *settings, const ProfileImport &read, bool json, QTextStream &out, QTextStream &err)
{
    ProfileImport result = read;
    ProfileStore store(settings);
    const bool applied = result.apply(&store);
    using Status = ProfileImport::Item::Status;
    if (json) {
        QJsonArray items;
        for (const ProfileImport::Item &i : result.items()) {
            QJsonObject o;
            o.insert(QStringLiteral("status"), ProfileImport::statusId(i.status));
            if (!i.profile.name.isEmpty())
                o.insert(QStringLiteral("name"), i.profile.name);
            if (i.line > 0)
                o.insert(QStringLiteral("line"), i.line);
            if (!i.message.isEmpty())
                o.insert(QStringLiteral("message"), i.message);
            if (!i.duplicateOf.isEmpty())
                o.insert(QStringLiteral("duplicate_of"), i.duplicateOf);
            if (i.status == Status::Added)
                o.insert(QStringLiteral("id"), i.profile.id);
            items.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("kind"), ProfileImport::kindId(result.kind()));
        root.insert(QStringLiteral("source"), result.source());
        root.insert(QStringLiteral("added"), result.count(Status::Added));
        root.insert(QStringLiteral("duplicates"), result.count(Status::Duplicate));
        root.insert(QStringLiteral("skipped"), result.count(Status::Skipped));
        root.insert(QStringLiteral("rejected"), result.count(Status::Rejected));
        root.insert(QStringLiteral("items"), items);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return applied ? 0 : 1;
    }
    out << Tr::tr("Reading %1 (%2).").arg(result.source(), ProfileImport::kindName(result.kind())) << Qt::endl;
    for (const ProfileImport::Item &i : result.items()) {
        QString line;
        switch (i.status) {
        case Status::Added:
            line = i.profile.name == i.profile.displayAddress()
                ? Tr::tr("added: %1").arg(i.profile.name)
                : Tr::tr("added: %1 (%2)").arg(i.profile.name, i.profile.displayAddress());
            break;
        case Status::Duplicate:
            line = Tr::tr("skipped as duplicate: %1 (the same as \"%2\")").arg(i.profile.name, i.duplicateOf);
            break;
        case Status::Skipped:
            line = Tr::tr("skipped: %1").arg(i.message);
            break;
        case Status::Rejected:
            line = i.line > 0 ? Tr::tr("rejected, line %1: %2").arg(i.line).arg(i.message) : Tr::tr("rejected: %1").arg(i.message);
            break;
        case Status::Pending:
            line = Tr::tr("not added: %1").arg(i.profile.name);
            break;
        }
        (i.status == Status::Rejected ? err : out) << QStringLiteral("  ") << line << Qt::endl;
        if (!i.message.isEmpty() && i.status != Status::Rejected && i.status != Status::Skipped)
            out << QStringLiteral("    ") << i.message << Qt::endl;
    }
    out << Tr::tr("%n added", nullptr, result.count(Status::Added)) << QStringLiteral(", ")
        << Tr::tr("%n skipped as duplicate", nullptr, result.count(Status::Duplicate)) << QStringLiteral(", ")
        << Tr::tr("%n rejected", nullptr, result.count(Status::Rejected)) << QLatin1Char('.') << Qt::endl;
    if (!applied) {
        err << Tr::tr("Nothing was added: fix the rejected lines and import the file again.") << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int runProfilesCommand(const QStringList &arguments, QSettings *settings)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runProfilesCommand(arguments, settings, out, err);
}

int runProfilesCommand(const QStringList &arguments, QSettings *settings, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Saved connection profiles.\n\n"
                                            "  list             every profile and where its password lives (never the password)\n"
                                            "  import FILE      a pgAdmin servers.json, a pgpass file or a pg_service.conf\n"
                                            "  import --env     the PG* environment variables\n"
                                            "  export FILE      all profiles as a pgAdmin servers.json"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Print JSON (not translated)."));
    const QCommandLineOption envOption(QStringLiteral("env"), Tr::tr("Import from the PG* environment variables."));
    const QCommandLineOption langOption(QStringLiteral("lang"), Tr::tr("Interface language: et or en."), Tr::tr("LANG"));
    parser.addOptions({help, jsonOption, envOption, langOption});
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("list, import or export"), Tr::tr("list|import|export"));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The file to import or export."), Tr::tr("[FILE]"));
    if (!parser.parse(QStringList{QStringLiteral("valvur profiles")} + arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        out << CommandLine::helpText(parser, QStringLiteral("profiles"));
        return CommandLine::Success;
    }
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool json = parser.isSet(jsonOption);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(settings, json, out);
    if (action == QLatin1String("import")) {
        if (parser.isSet(envOption) && args.size() == 1)
            return import(settings, ProfileImport::fromEnvironment(), json, out, err);
        if (!parser.isSet(envOption) && args.size() == 2)
            return import(settings, ProfileImport::fromFile(args.at(1)), json, out, err);
        err << Tr::tr("Give one file to import, or --env.") << Qt::endl;
        return 2;
    }
    if (action == QLatin1String("export") && args.size() == 2) {
        ProfileStore store(settings);
        QString error;
        if (!ProfileImport::exportServersJson(store.profiles(), args.at(1), &error)) {
            err << error << Qt::endl;
            return 1;
        }
        out << Tr::tr("Wrote %n profile(s) to %1 (pgAdmin 4 servers.json, without passwords).", nullptr, store.count())
                   .arg(QDir::toNativeSeparators(args.at(1)))
            << Qt::endl;
        return 0;
    }
    err << Tr::tr("Usage: valvur profiles list [--json] | import FILE|--env [--json] | export FILE") << Qt::endl;
    return 2;
}

} // namespace Valvur
