// The SSH side of tests/bench/ssh-backup.sh: starts a real sshd on loopback (tests/support/sshserver,
// its own host key, client key and ssh_config) and stores a connection profile "PROFILE" whose SSH
// part goes through it to a PostgreSQL that listens on a Unix socket only (remote socket directory
// SOCKET_DIR, port PORT, trust authentication on that socket: no password, no keychain). The
// profile lands in the settings valvur reads (XDG_CONFIG_HOME of the caller). Prints
//   ssh-config PATH   (for ssh -F and VALVUR_SSH_CONFIG)
//   ssh-alias ALIAS
//   ready
// and keeps sshd running until its standard input closes; then ends sshd and every session.
// Usage: bench_ssh_backup PROFILE SOCKET_DIR PORT DBNAME
#include "profiles/connectionprofile.h"
#include "profiles/profilestore.h"
#include "sshserver.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

using namespace Valvur;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: bench_ssh_backup PROFILE SOCKET_DIR PORT DBNAME\n");
        return 2;
    }
    Test::SshServer ssh;
    if (!ssh.start(QStringLiteral("valvur-bench"))) {
        std::fprintf(stderr, "bench_ssh_backup: sshd cannot run here: %s\n", qPrintable(ssh.error()));
        return 1;
    }

    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
    ProfileStore store(&settings);
    ConnectionOptions o;
    o.setValue(QStringLiteral("host"), QStringLiteral("db.invalid")); // only the tunnel reaches the server
    o.setValue(QStringLiteral("user"), QStringLiteral("postgres"));
    o.setValue(QStringLiteral("dbname"), args.at(4));
    ConnectionProfile p = ConnectionProfile::fromOptions(o);
    p.name = args.at(1);
    p.ssh.destination = ssh.alias();
    p.ssh.remoteSocketDir = args.at(2);
    p.ssh.remotePort = args.at(3).toInt();
    QString error;
    if (!store.add(p, &error)) {
        std::fprintf(stderr, "bench_ssh_backup: cannot store the profile: %s\n", qPrintable(error));
        return 1;
    }
    settings.sync();

    std::printf("ssh-config %s\nssh-alias %s\nready\n", qPrintable(ssh.clientConfig()), qPrintable(ssh.alias()));
    std::fflush(stdout);

    // Runs until the script closes our standard input (or sshd dies); the event loop keeps reading
    // sshd's log so that its pipe never fills.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &app, [&] {
        ssh.log();
        if (!ssh.isRunning()) {
            std::fprintf(stderr, "bench_ssh_backup: sshd ended\n");
            app.exit(1);
        }
    });
    watch.start(1000);
    const int code = app.exec();
    ssh.stop();
    return code;
}
