#pragma once

#include <QFile>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Valvur::Test {

// A throwaway PostgreSQL 15 cluster for one test program or the demo: initdb into a temporary
// directory (as the postgres user when we are root: initdb refuses root), a free loopback port,
// pg_stat_statements preloaded, scram passwords over TCP, trust over its private Unix socket.
// stop() (and the destructor) stop the server and remove the directory whatever the test did.
class TestServer
{
public:
    struct Options
    {
        int maxConnections = 100;
        QStringList extraConfig;    // lines appended to postgresql.conf
        QStringList hbaLines;       // replaces the default TCP rules when not empty
        bool replication = false;   // wal_level=replica, a replication hba entry
        QString superuserPassword = QStringLiteral("valvur-test-pw");
        // TLS: PEM files copied into the data directory (owned by the server, key mode 0600), ssl = on.
        QString sslCertFile;
        QString sslKeyFile;
        // A standby whose primary does not exist, with hot_standby = off: it stays in recovery
        // and answers every connection with 57P03 (cannot connect now). No set-up SQL runs.
        bool standbyWithoutPrimary = false;
    };

    TestServer();
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // initdb + start. Returns false and fills error() when anything fails.
    bool start(const Options &options);
    bool start() { return start(Options()); }
    bool stop();          // pg_ctl stop -m fast
    bool restart();       // start again on the same port after stop()
    bool reloadConfig();  // pg_ctl reload
    // A frozen server: SIGSTOP to the postmaster and every backend, as a hung host or a stopped
    // container behaves (connections stay open, nothing answers). thaw() sends SIGCONT; stop(),
    // the destructor and the watchdog thaw first, so a frozen server never outlives its test.
    bool freeze();
    bool thaw();
    bool isFrozen() const { return !m_frozen.isEmpty(); }
    // The postmaster's pid and those of its children (backends, walsenders, background workers).
    QList<qint64> serverProcesses() const;
    bool isRunning() const { return m_running; }

    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString dataDir() const;
    QString socketDir() const;
    QString binDir() const { return m_binDir; }
    const QString &error() const { return m_error; }
    const QString &superuserPassword() const { return m_options.superuserPassword; }
    QString logText() const;

    // key=value conninfo over TCP (no password: pass it separately, as the app does).
    QString conninfo(const QString &database = QStringLiteral("postgres"),
                     const QString &user = QStringLiteral("postgres")) const;
    // conninfo over the private Unix socket (trust): for set-up statements.
    QString socketConninfo(const QString &database = QStringLiteral("postgres")) const;

    // Runs SQL synchronously over the socket (set-up only; the app never blocks like this).
    // Returns the first column of the first row of the last statement, or a null string.
    QString psql(const QString &sql, const QString &database = QStringLiteral("postgres"), bool *ok = nullptr) const;

    // A streaming standby of this server (needs Options::replication): pg_basebackup -R into a
    // directory next to the primary's, started on another free port with standby.signal and
    // primary_conninfo. stop() stops it first.
    bool startStandby();
    bool stopStandby();
    int standbyPort() const { return m_standbyPort; }
    QString standbyConninfo(const QString &database = QStringLiteral("postgres"),
                            const QString &user = QStringLiteral("postgres")) const;

    // Runs a PostgreSQL program from binDir() as the server's owner; returns its exit code.
    int runTool(const QString &program, const QStringList &args, QString *output = nullptr,
                int timeoutMs = 120000) const;

    // Writes a file into the data directory, owned by the server's owner, with the given mode.
    bool writeDataFile(const QString &name, const QByteArray &contents, QFile::Permissions mode) const;

    static int freePort();
    static QString findBinDir();

private:
    void startWatchdog();
    bool runAsOwner(const QString &program, const QStringList &args, QString *output, int timeoutMs) const;

    QString frozenListPath() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<qint64> m_frozen;
    Options m_options;
    QString m_binDir;
    QString m_error;
    int m_port = 0;
    int m_standbyPort = 0;
    bool m_running = false;
    bool m_standbyRunning = false;
    bool m_asPostgres = false;
    bool m_watchdog = false;
};

} // namespace Valvur::Test
