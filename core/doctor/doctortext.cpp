#include "doctor/doctortext.h"

#include "doctor/connectiondoctor.h"
#include "containers/containercausetext.h"
#include "ssh/sshtext.h"

#include <QCoreApplication>

namespace Valvur::DoctorText {

namespace {

QString text(const char *source, bool translated)
{
    return translated ? QCoreApplication::translate("Valvur::Doctor", source) : QString::fromUtf8(source);
}

const char *const checklistSuperuserLine =
    QT_TRANSLATE_NOOP("Valvur::Doctor", "A superuser can still get in through superuser_reserved_connections and end idle sessions.");

struct Entry
{
    const char *problem;
    const char *text;
};

// clang-format off
const Entry headlines[] = {
    {"ok", QT_TRANSLATE_NOOP("Valvur::Doctor", "Connected: the server answers and accepts this user and database.")},
    {"dns-failure", QT_TRANSLATE_NOOP("Valvur::Doctor", "The host name does not resolve.")},
    {"connection-refused", QT_TRANSLATE_NOOP("Valvur::Doctor", "Connection refused: nothing listens on that port.")},
    {"timeout", QT_TRANSLATE_NOOP("Valvur::Doctor", "No answer in time: a firewall or a wrong network may be in the way.")},
    {"no-answer", QT_TRANSLATE_NOOP("Valvur::Doctor", "The server accepted the connection but did not answer: it is hung, stopped or overloaded, or a proxy has nothing behind it.")},
    {"not-postgres", QT_TRANSLATE_NOOP("Valvur::Doctor", "Something answers on that port, but it is not PostgreSQL.")},
    {"server-starting", QT_TRANSLATE_NOOP("Valvur::Doctor", "The server is starting up or in recovery and does not accept connections yet.")},
    {"auth-failed", QT_TRANSLATE_NOOP("Valvur::Doctor", "Authentication failed: the password is wrong or missing for this user.")},
    {"no-hba-entry", QT_TRANSLATE_NOOP("Valvur::Doctor", "pg_hba.conf does not let this user connect to this database from this host.")},
    {"role-missing", QT_TRANSLATE_NOOP("Valvur::Doctor", "The role (user) does not exist on this server.")},
    {"database-missing", QT_TRANSLATE_NOOP("Valvur::Doctor", "The database does not exist on this server.")},
    {"too-many-connections", QT_TRANSLATE_NOOP("Valvur::Doctor", "Too many connections: max_connections is used up.")},
    {"ssl-required", QT_TRANSLATE_NOOP("Valvur::Doctor", "TLS is required (sslmode), but the server does not offer it.")},
    {"ssl-failed", QT_TRANSLATE_NOOP("Valvur::Doctor", "The TLS connection failed: the certificate does not verify or TLS was refused.")},
    {"bad-port", QT_TRANSLATE_NOOP("Valvur::Doctor", "The port is not a valid port number, so nothing was tried.")},
    {"unknown", QT_TRANSLATE_NOOP("Valvur::Doctor", "Could not connect to the server.")},
};

const Entry checklist[] = {
    {"dns-failure", QT_TRANSLATE_NOOP("Valvur::Doctor", "Check the host name \"%1\" for typos: \"postgre\" instead of \"postgres\" is a classic.")},
    {"dns-failure", QT_TRANSLATE_NOOP("Valvur::Doctor", "A container name resolves only inside the same Docker network: check with docker network inspect NETWORK.")},
    {"dns-failure", QT_TRANSLATE_NOOP("Valvur::Doctor", "From the host machine, connect to localhost and the published port, not to the container name.")},
    {"connection-refused", QT_TRANSLATE_NOOP("Valvur::Doctor", "Is PostgreSQL running? docker ps | grep postgres shows the container and its state.")},
    {"connection-refused", QT_TRANSLATE_NOOP("Valvur::Doctor", "Did it start cleanly? docker logs postgres shows the startup errors.")},
    {"connection-refused", QT_TRANSLATE_NOOP("Valvur::Doctor", "Is the port right and published? You tried port %2. -p 5432:5432 publishes 5432; a second container is often on 5433 (-p 5433:5432).")},
    {"connection-refused", QT_TRANSLATE_NOOP("Valvur::Doctor", "Does the server listen on this address? See listen_addresses in postgresql.conf.")},
    {"connection-refused", QT_TRANSLATE_NOOP("Valvur::Doctor", "PostgreSQL needs 5–10 seconds to start: add a healthcheck (pg_isready) and depends_on with condition: service_healthy.")},
    {"timeout", QT_TRANSLATE_NOOP("Valvur::Doctor", "A firewall or security group may drop the packets: check that it lets port %2 through.")},
    {"timeout", QT_TRANSLATE_NOOP("Valvur::Doctor", "Are you on the right network (VPN, Docker network)? docker network inspect NETWORK shows who is in it.")},
    {"timeout", QT_TRANSLATE_NOOP("Valvur::Doctor", "Try from the server's own machine: psql -h %1 -p %2.")},
    {"no-answer", QT_TRANSLATE_NOOP("Valvur::Doctor", "Is the server stopped or hung? On its machine, ps -o pid,stat,cmd -C postgres shows the state (T is stopped); docker ps shows a paused container.")},
    {"no-answer", QT_TRANSLATE_NOOP("Valvur::Doctor", "A port forward or proxy (docker-proxy, kubectl port-forward, ssh -L, PgBouncer) accepts connections even when nothing is behind it: check what listens with ss -ltnp 'sport = :%2'.")},
    {"no-answer", QT_TRANSLATE_NOOP("Valvur::Doctor", "An overloaded server answers late: look at its load and its log (docker logs postgres), or try again with a longer timeout.")},
    {"not-postgres", QT_TRANSLATE_NOOP("Valvur::Doctor", "Another program uses port %2: ss -ltnp 'sport = :%2' or docker ps shows which.")},
    {"not-postgres", QT_TRANSLATE_NOOP("Valvur::Doctor", "Check the port mapping: the PostgreSQL container may be published on another host port (5432 vs 5433).")},
    {"not-postgres", QT_TRANSLATE_NOOP("Valvur::Doctor", "A port Docker publishes accepts and closes connections while the container's PostgreSQL is not listening yet: wait, and read docker logs postgres.")},
    {"server-starting", QT_TRANSLATE_NOOP("Valvur::Doctor", "Wait a few seconds and try again: PostgreSQL needs 5–10 seconds to start, longer after a crash.")},
    {"server-starting", QT_TRANSLATE_NOOP("Valvur::Doctor", "docker logs postgres shows whether it is still starting or recovering.")},
    {"server-starting", QT_TRANSLATE_NOOP("Valvur::Doctor", "In Docker Compose, add a healthcheck (pg_isready) and depends_on with condition: service_healthy.")},
    {"server-starting", QT_TRANSLATE_NOOP("Valvur::Doctor", "A standby with hot_standby = off never accepts connections: connect to the primary.")},
    {"auth-failed", QT_TRANSLATE_NOOP("Valvur::Doctor", "Check the password of user \"%3\"; mind environment variable typos (POSTGRES_PASSWORD vs DB_PASSWORD).")},
    {"auth-failed", QT_TRANSLATE_NOOP("Valvur::Doctor", "POSTGRES_PASSWORD takes effect only when the data volume is initialised the first time; changing it later does nothing. Change the password with ALTER ROLE … PASSWORD, or recreate the volume (this deletes the data).")},
    {"auth-failed", QT_TRANSLATE_NOOP("Valvur::Doctor", "With password authentication a missing role looks like a wrong password: docker exec postgres psql -U postgres -c \"\\du\" lists the roles.")},
    {"auth-failed", QT_TRANSLATE_NOOP("Valvur::Doctor", "No password given? Enter it, or put it in ~/.pgpass (mode 0600).")},
    {"no-hba-entry", QT_TRANSLATE_NOOP("Valvur::Doctor", "pg_hba.conf decides who may connect from where: docker exec postgres cat /var/lib/postgresql/data/pg_hba.conf")},
    {"no-hba-entry", QT_TRANSLATE_NOOP("Valvur::Doctor", "Add a line for this host, user and database, e.g. host %4 %3 0.0.0.0/0 scram-sha-256, then SELECT pg_reload_conf(); (the first matching line wins).")},
    {"no-hba-entry", QT_TRANSLATE_NOOP("Valvur::Doctor", "SELECT * FROM pg_hba_file_rules; shows the rules as the server read them, with errors.")},
    {"role-missing", QT_TRANSLATE_NOOP("Valvur::Doctor", "List the roles: docker exec postgres psql -U postgres -c \"\\du\"")},
    {"role-missing", QT_TRANSLATE_NOOP("Valvur::Doctor", "Create it: CREATE ROLE %3 LOGIN PASSWORD '…';")},
    {"role-missing", QT_TRANSLATE_NOOP("Valvur::Doctor", "POSTGRES_USER creates the role only on the first start with an empty data volume.")},
    {"database-missing", QT_TRANSLATE_NOOP("Valvur::Doctor", "List the databases: docker exec postgres psql -U postgres -l")},
    {"database-missing", QT_TRANSLATE_NOOP("Valvur::Doctor", "Create it: CREATE DATABASE %4;")},
    {"database-missing", QT_TRANSLATE_NOOP("Valvur::Doctor", "POSTGRES_DB creates the database only on the first start with an empty data volume.")},
    {"too-many-connections", QT_TRANSLATE_NOOP("Valvur::Doctor", "Look for a connection leak: SELECT application_name, usename, count(*) FROM pg_stat_activity GROUP BY 1, 2 ORDER BY 3 DESC;")},
    {"too-many-connections", QT_TRANSLATE_NOOP("Valvur::Doctor", "Use a connection pool (PgBouncer, HikariCP, pg-pool) instead of a connection per request.")},
    {"too-many-connections", QT_TRANSLATE_NOOP("Valvur::Doctor", "Raise max_connections only after fixing leaks: each connection costs memory (about 10 MB). Needed: app replicas × pool size + admin connections.")},
    {"too-many-connections", checklistSuperuserLine},
    {"ssl-required", QT_TRANSLATE_NOOP("Valvur::Doctor", "The server runs with ssl = off: turn it on (ssl = on, ssl_cert_file, ssl_key_file) for a server others reach over a network.")},
    {"ssl-required", QT_TRANSLATE_NOOP("Valvur::Doctor", "For a local development container, sslmode=prefer or sslmode=disable is enough.")},
    {"ssl-failed", QT_TRANSLATE_NOOP("Valvur::Doctor", "Check sslrootcert: it must be the CA certificate that signed the server's certificate.")},
    {"ssl-failed", QT_TRANSLATE_NOOP("Valvur::Doctor", "With sslmode=verify-full the host name \"%1\" must match the certificate's name (CN or subjectAltName).")},
    {"ssl-failed", QT_TRANSLATE_NOOP("Valvur::Doctor", "Check the certificate's dates and issuer: openssl s_client -connect %1:%2 -starttls postgres")},
    {"bad-port", QT_TRANSLATE_NOOP("Valvur::Doctor", "The port comes from the connection string, else from PGPORT, else from the service file (PGSERVICEFILE, ~/.pg_service.conf): correct it there, e.g. port=5432.")},
    {"unknown", QT_TRANSLATE_NOOP("Valvur::Doctor", "Read the server's message above; docker logs postgres shows the server's side.")},
};
// clang-format on

} // namespace

QString headline(const QString &problem, bool translated)
{
    if (problem.startsWith(QLatin1String("ssh-")))
        return SshText::headline(problem, translated);
    for (const Entry &e : headlines) {
        if (problem == QLatin1String(e.problem))
            return text(e.text, translated);
    }
    return text(headlines[std::size(headlines) - 1].text, translated);
}

QStringList advice(const QString &problem, const ConnectionOptions &options, bool translated)
{
    if (problem.startsWith(QLatin1String("ssh-")))
        return SshText::advice(problem, QStringLiteral("HOST"), {}, translated);
    const QString host = ConnectionOptions::printable(options.effectiveHosts().join(QLatin1Char(',')));
    QStringList list;
    for (const Entry &e : checklist) {
        if (problem != QLatin1String(e.problem))
            continue;
        QString line = text(e.text, translated);
        // Only the placeholders a line uses: %1 host, %2 port, %3 user, %4 database.
        line.replace(QStringLiteral("%1"), host);
        line.replace(QStringLiteral("%2"), ConnectionOptions::printable(options.effectivePort()));
        line.replace(QStringLiteral("%3"), ConnectionOptions::printable(options.effectiveUser()));
        line.replace(QStringLiteral("%4"), ConnectionOptions::printable(options.effectiveDatabase()));
        list << line;
    }
    return list;
}

QStringList advice(const ConnectionDoctor &doctor, bool translated)
{
    // The container causes say more than the network verdict: their checklist comes first.
    // The first causes are the likeliest (nearest port); a machine full of containers does not make the checklist endless.
    QStringList list;
    for (const ContainerCause &cause : doctor.containerCauses().mid(0, 3)) {
        for (const QString &line : causeAdvice(cause, translated)) {
            if (!list.contains(line))
                list << line;
        }
    }
    // The SSH leg's checklist names the profile's own destination and the key the host offered.
    const bool ssh = doctor.problem().startsWith(QLatin1String("ssh-"));
    for (const QString &line : ssh ? SshText::advice(doctor.problem(), doctor.ssh().destination, doctor.sshFingerprint(), translated)
                                   : advice(doctor.problem(), doctor.options(), translated)) {
        if (!list.contains(line))
            list << line;
    }
    // "sorry, too many clients already": every slot is taken, superuser_reserved_connections too,
    // so a superuser is refused as well and cannot end sessions over the network.
    if (doctor.problem() == QLatin1String("too-many-connections")
        && doctor.error().message().contains(QLatin1String("too many clients already"), Qt::CaseInsensitive)) {
        const QString superuserLine = text(checklistSuperuserLine, translated);
        list.removeAll(superuserLine);
        list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Even the slots reserved for superusers are taken: a superuser is refused too. "
                                                         "Stop the application that holds the connections, or end its sessions on the "
                                                         "server's machine (kill the client processes, or restart PostgreSQL)."),
                     translated);
    }
    return list;
}

QStringList facts(const ConnectionDoctor &doctor, bool translated)
{
    QStringList list;
    if (!doctor.error().isNull())
        list << ConnectionOptions::printable(doctor.error().message().trimmed()) + (doctor.error().sqlState().isEmpty() ? QString()
                                                                                 : QStringLiteral(" (SQLSTATE %1)").arg(doctor.error().sqlState()));
    if (doctor.problem().startsWith(QLatin1String("ssh-"))) {
        if (!doctor.sshFingerprint().isEmpty())
            list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "The SSH host offers the key %1."), translated).arg(doctor.sshFingerprint());
        for (const QString &line : doctor.sshErrorText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            list << QStringLiteral("ssh: ") + ConnectionOptions::printable(line);
    }
    if (doctor.problem() == QLatin1String("bad-port"))
        list << ConnectionOptions::portError(doctor.options().effectivePort(), translated);
    bool tcpPassed = false, closedSilently = false;
    for (const DoctorStep &s : doctor.steps()) {
        tcpPassed = tcpPassed || (s.id == QLatin1String("tcp") && s.state == DoctorStep::State::Passed);
        closedSilently = closedSilently || (s.id == QLatin1String("postgres") && s.outcome == QLatin1String("closed"));
    }
    if (doctor.problem() == QLatin1String("no-answer") && tcpPassed)
        list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "The port accepts connections, but nothing answers on them: a hung server, "
                                                         "or a proxy or port forward with nothing behind it."),
                     translated);
    if (doctor.problem() == QLatin1String("not-postgres") && closedSilently)
        list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "The connection was closed without a word: this is how a Docker-published port "
                                                         "looks while PostgreSQL in the container is not listening yet."),
                     translated);
    if (doctor.problem() == QLatin1String("too-many-connections") && doctor.maxConnections() > 0) {
        list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Others hold %1 of max_connections = %2; %3 are reserved for superusers."), translated)
                    .arg(doctor.connectionsInUse())
                    .arg(doctor.maxConnections())
                    .arg(doctor.reservedConnections());
        for (const ConnectionDoctor::Holder &h : doctor.holders()) {
            const QString app = h.application.isEmpty() ? text(QT_TRANSLATE_NOOP("Valvur::Doctor", "(no application_name)"), translated)
                                                        : h.application;
            list << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "application %1, user %2: %3 connections"), translated)
                        .arg(app, h.user)
                        .arg(h.count);
        }
    }
    for (const ContainerCause &cause : doctor.containerCauses()) {
        list << causeHeadline(cause, translated) + QStringLiteral(" [") + cause.id + QLatin1Char(']');
        for (const QString &f : causeFacts(cause, translated))
            list << QStringLiteral("  ") + f;
    }
    return list;
}

QString report(const ConnectionDoctor &doctor, bool translated)
{
    QStringList lines;
    lines << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "Connection doctor: %1"), translated).arg(doctor.options().displayName());
    for (const DoctorStep &s : doctor.steps()) {
        QString mark;
        switch (s.state) {
        case DoctorStep::State::Passed: mark = QStringLiteral("[ok]  "); break;
        case DoctorStep::State::Failed: mark = QStringLiteral("[!!]  "); break;
        case DoctorStep::State::Skipped: mark = QStringLiteral("[--]  "); break;
        case DoctorStep::State::Running: mark = QStringLiteral("[..]  "); break;
        }
        QString line = mark + s.title(translated) + QStringLiteral(" — ") + s.target;
        const QString detail = s.detail(translated);
        if (!detail.isEmpty())
            line += QStringLiteral(": ") + detail;
        line += QStringLiteral(" (%1 ms)").arg(s.elapsedMs);
        lines << line;
    }
    if (!doctor.problem().isEmpty()) {
        lines << QString() << headline(doctor.problem(), translated) + QStringLiteral(" [") + doctor.problem() + QLatin1Char(']');
        for (const QString &f : facts(doctor, translated))
            lines << QStringLiteral("  ") + f;
        const QStringList steps = advice(doctor, translated);
        if (!steps.isEmpty()) {
            lines << QString() << text(QT_TRANSLATE_NOOP("Valvur::Doctor", "What to check:"), translated);
            for (int i = 0; i < steps.size(); ++i)
                lines << QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Valvur::DoctorText
