#include "testserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTextStream>

#include <libpq-fe.h>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace Valvur::Test {

TestServer::TestServer()
    : m_binDir(findBinDir())
    , m_asPostgres(::geteuid() == 0)
{
}

TestServer::~TestServer()
{
    thaw();
    if (m_running || m_standbyRunning)
        stop();
}

QString TestServer::findBinDir()
{
    const QString env = qEnvironmentVariable("VALVUR_PG_BINDIR");
    if (!env.isEmpty())
        return env;
    return QStringLiteral("/usr/lib/postgresql/15/bin");
}

int TestServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString TestServer::dataDir() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/data") : QString();
}

QString TestServer::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString TestServer::logText() const
{
    QFile f(m_dir ? m_dir->path() + QStringLiteral("/server.log") : QString());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool TestServer::runAsOwner(const QString &program, const QStringList &args, QString *output, int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGPASSWORD"));
    p.setProcessEnvironment(env);
    if (m_asPostgres) {
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                                                      m_binDir + QLatin1Char('/') + program} + args);
    } else {
        p.start(m_binDir + QLatin1Char('/') + program, args);
    }
    if (!p.waitForStarted(10000))
        return false;
    const bool finished = p.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromUtf8(p.readAll());
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

int TestServer::runTool(const QString &program, const QStringList &args, QString *output, int timeoutMs) const
{
    return runAsOwner(program, args, output, timeoutMs) ? 0 : 1;
}

bool TestServer::start(const Options &options)
{
    m_options = options;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/valvur-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (m_asPostgres) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw) {
            m_error = QStringLiteral("running as root, but there is no postgres user to run initdb");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand the temporary directory to the postgres user");
            return false;
        }
    }
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                             | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    const QString pwfile = m_dir->path() + QStringLiteral("/pwfile");
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly)) {
            m_error = QStringLiteral("cannot write the password file");
            return false;
        }
        f.write(options.superuserPassword.toUtf8() + '\n');
    }
    if (m_asPostgres) {
        const passwd *pw = ::getpwnam("postgres");
        if (::chown(QFile::encodeName(pwfile).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("cannot hand the password file to the postgres user");
            return false;
        }
    }
    QString out;
    if (!runAsOwner(QStringLiteral("initdb"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                     QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth-local=trust"),
                     QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-sync"),
                     QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8")},
                    &out, 120000)) {
        m_error = QStringLiteral("initdb failed: ") + out;
        return false;
    }
    QFile::remove(pwfile);

    m_port = freePort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    {
        QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append | QIODevice::Text)) {
            m_error = QStringLiteral("cannot append to postgresql.conf");
            return false;
        }
        QTextStream s(&conf);
        s << "\n# valvur test harness\n"
          << "port = " << m_port << "\n"
          << "listen_addresses = '127.0.0.1'\n"
          << "unix_socket_directories = '" << socketDir() << "'\n"
          << "max_connections = " << options.maxConnections << "\n"
          << "shared_preload_libraries = 'pg_stat_statements'\n"
          << "pg_stat_statements.track = all\n"
          << "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
          << "shared_buffers = 32MB\n"
          << "track_io_timing = on\n";
        if (options.replication)
            s << "wal_level = replica\nmax_wal_senders = 5\nmax_replication_slots = 5\n";
        for (const QString &line : options.extraConfig)
            s << line << "\n";
    }
    if (!options.hbaLines.isEmpty() || options.replication) {
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            m_error = QStringLiteral("cannot write pg_hba.conf");
            return false;
        }
        QTextStream s(&hba);
        s << "local all all trust\n";
        if (options.replication)
            s << "local replication all trust\nhost replication all 127.0.0.1/32 scram-sha-256\n";
        if (options.hbaLines.isEmpty())
            s << "host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n";
        for (const QString &line : options.hbaLines)
            s << line << "\n";
    }
    if (!options.sslCertFile.isEmpty()) {
        QFile cert(options.sslCertFile), key(options.sslKeyFile);
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)
            || !writeDataFile(QStringLiteral("server.crt"), cert.readAll(), QFile::ReadOwner | QFile::WriteOwner)
            || !writeDataFile(QStringLiteral("server.key"), key.readAll(), QFile::ReadOwner | QFile::WriteOwner)) {
            m_error = QStringLiteral("cannot install the TLS certificate and key");
            return false;
        }
        QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append | QIODevice::Text)) {
            m_error = QStringLiteral("cannot append to postgresql.conf");
            return false;
        }
        conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n");
    }
    if (options.standbyWithoutPrimary) {
        QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append | QIODevice::Text)
            || !writeDataFile(QStringLiteral("standby.signal"), QByteArray(), QFile::ReadOwner | QFile::WriteOwner)) {
            m_error = QStringLiteral("cannot make the cluster a standby");
            return false;
        }
        conf.write("hot_standby = off\nprimary_conninfo = 'host=127.0.0.1 port=1 connect_timeout=2'\n");
        conf.close();
        return restart(); // pg_ctl -w counts a standby without hot standby as started
    }
    if (!restart())
        return false;
    bool ok = false;
    psql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"), QStringLiteral("postgres"), &ok);
    if (!ok) {
        m_error = QStringLiteral("cannot create pg_stat_statements");
        return false;
    }
    return true;
}

bool TestServer::writeDataFile(const QString &name, const QByteArray &contents, QFile::Permissions mode) const
{
    const QString path = dataDir() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(contents) != contents.size())
        return false;
    f.close();
    if (!QFile::setPermissions(path, mode))
        return false;
    if (m_asPostgres) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw || ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
            return false;
    }
    return true;
}

bool TestServer::restart()
{
    QString out;
    if (!runAsOwner(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir->path() + QStringLiteral("/server.log"),
                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                    &out, 90000)) {
        m_error = QStringLiteral("pg_ctl start failed: ") + out + QLatin1Char('\n') + logText();
        return false;
    }
    m_running = true;
    if (!m_watchdog)
        startWatchdog();
    return true;
}

void TestServer::startWatchdog()
{
    // If this process dies without stopping its server (a crash, a ctest timeout, a kill), the
    // watchdog stops the server and removes its directory: no server outlives its test. It is
    // detached from our output, so ctest does not wait for it.
    m_watchdog = true;
    const QString pgctl = QStringLiteral("'%1/pg_ctl'").arg(m_binDir);
    const QString stop = m_asPostgres ? QStringLiteral("runuser -u postgres -- ") + pgctl : pgctl;
    // A server the test froze (freeze()) is woken first, or it could not stop.
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 2; done; "
                                          "for p in $(cat '%5' 2>/dev/null); do kill -CONT $p; done; "
                                          "%2 -D '%3' -m immediate stop; rm -rf '%4'")
                               .arg(QCoreApplication::applicationPid())
                               .arg(stop, dataDir(), m_dir->path(), frozenListPath());
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({QStringLiteral("-c"), script});
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
}

bool TestServer::startStandby()
{
    if (!m_dir || !m_running || !m_options.replication) {
        m_error = QStringLiteral("startStandby needs a running primary started with Options::replication");
        return false;
    }
    const QString dir = m_dir->path() + QStringLiteral("/standby");
    QString out;
    if (!runAsOwner(QStringLiteral("pg_basebackup"),
                    {QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                     QStringLiteral("postgres"), QStringLiteral("-D"), dir, QStringLiteral("-R"), QStringLiteral("-X"),
                     QStringLiteral("stream"), QStringLiteral("--no-sync")},
                    &out, 120000)) {
        m_error = QStringLiteral("pg_basebackup failed: ") + out;
        return false;
    }
    m_standbyPort = freePort();
    {
        QFile conf(dir + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append | QIODevice::Text)) {
            m_error = QStringLiteral("cannot append to the standby's postgresql.conf");
            return false;
        }
        QTextStream st(&conf);
        st << "\n# valvur test standby\nport = " << m_standbyPort << "\nhot_standby = on\n";
    }
    if (!runAsOwner(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dir, QStringLiteral("-l"), m_dir->path() + QStringLiteral("/standby.log"),
                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                    &out, 90000)) {
        m_error = QStringLiteral("starting the standby failed: ") + out;
        return false;
    }
    m_standbyRunning = true;
    return true;
}

bool TestServer::stopStandby()
{
    if (!m_standbyRunning)
        return true;
    m_standbyRunning = false;
    return runAsOwner(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/standby"), QStringLiteral("-m"),
                       QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("stop")},
                      nullptr, 90000);
}

QString TestServer::standbyConninfo(const QString &database, const QString &user) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3").arg(m_standbyPort).arg(database, user);
}

QString TestServer::frozenListPath() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/frozen.pids") : QString();
}

// The postmaster (first line of postmaster.pid) and its children, from /proc.
QList<qint64> TestServer::serverProcesses() const
{
    QList<qint64> pids;
    QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return pids;
    const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
    if (postmaster <= 0)
        return pids;
    pids << postmaster;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            pids << pid;
    }
    return pids;
}

bool TestServer::freeze()
{
    if (!m_running || isFrozen())
        return false;
    const QList<qint64> pids = serverProcesses(); // the postmaster first: it forks no new backend meanwhile
    if (pids.isEmpty()) {
        m_error = QStringLiteral("freeze: cannot read the server's processes");
        return false;
    }
    QFile list(frozenListPath()); // for the watchdog: SIGCONT even if this process dies
    if (list.open(QIODevice::WriteOnly)) {
        for (qint64 pid : pids)
            list.write(QByteArray::number(pid) + '\n');
    }
    for (qint64 pid : pids) {
        if (::kill(pid_t(pid), SIGSTOP) == 0)
            m_frozen << pid;
    }
    return !m_frozen.isEmpty();
}

bool TestServer::thaw()
{
    bool ok = true;
    for (qint64 pid : std::as_const(m_frozen))
        ok = ::kill(pid_t(pid), SIGCONT) == 0 && ok;
    m_frozen.clear();
    QFile::remove(frozenListPath());
    return ok;
}

bool TestServer::stop()
{
    thaw();
    if (!m_dir)
        return true;
    stopStandby();
    QString out;
    const bool ok = runAsOwner(QStringLiteral("pg_ctl"),
                               {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("stop")},
                               &out, 90000);
    if (!ok)
        m_error = QStringLiteral("pg_ctl stop failed: ") + out;
    m_running = false;
    return ok;
}

bool TestServer::reloadConfig()
{
    return runAsOwner(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("reload")}, nullptr, 30000);
}

QString TestServer::conninfo(const QString &database, const QString &user) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3").arg(m_port).arg(database, user);
}

QString TestServer::socketConninfo(const QString &database) const
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=postgres").arg(socketDir()).arg(m_port).arg(database);
}

QString TestServer::psql(const QString &sql, const QString &database, bool *ok) const
{
    if (ok)
        *ok = false;
    PGconn *conn = PQconnectdb(socketConninfo(database).toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        qWarning("TestServer::psql: %s", PQerrorMessage(conn));
        PQfinish(conn);
        return {};
    }
    PGresult *res = PQexec(conn, sql.toUtf8().constData());
    QString value;
    const ExecStatusType status = PQresultStatus(res);
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
        if (ok)
            *ok = true;
        if (status == PGRES_TUPLES_OK && PQntuples(res) > 0 && PQnfields(res) > 0 && !PQgetisnull(res, 0, 0))
            value = QString::fromUtf8(PQgetvalue(res, 0, 0));
    } else {
        qWarning("TestServer::psql: %s", PQresultErrorMessage(res));
    }
    PQclear(res);
    PQfinish(conn);
    return value;
}

} // namespace Valvur::Test
