#include "backup/physicaltestrestore.h"

#include "backup/backupmanifest.h"
#include "backup/checksum.h"
#include "backup/rowcounts.h"
#include "pg/pgsession.h"
#include "backup/staletemporaries.h"
#include "tools/toollocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QStorageInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <pwd.h>
#include <unistd.h>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// PostgreSQL refuses to run as root: then the copy belongs to, and runs as, the postgres user.
bool serverOwner(uid_t *uid, gid_t *gid)
{
    const passwd *pw = ::getpwnam("postgres");
    if (!pw)
        return false;
    *uid = pw->pw_uid;
    *gid = pw->pw_gid;
    return true;
}

void giveToServerOwner(const QString &path)
{
    uid_t uid;
    gid_t gid;
    if (runningAsRoot() && serverOwner(&uid, &gid))
        [[maybe_unused]] const int rc = ::lchown(QFile::encodeName(path).constData(), uid, gid);
}

QString confQuote(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// Copies a plain base backup, file by file (runs in a worker thread). Returns an error or "".
QString copyTree(const QString &from, const QString &to, const std::shared_ptr<std::atomic_bool> &cancelled)
{
    const QDir source(from);
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (cancelled->load())
            return Tr::tr("The verification was cancelled.");
        const QString path = it.next();
        const QFileInfo fi = it.fileInfo();
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(path);
        if (fi.isSymLink())
            continue; // tablespaces are refused before; nothing else in a base backup is a link
        if (fi.isDir()) {
            if (!QDir().mkpath(target))
                return Tr::tr("Cannot create the folder %1 for the copy.").arg(target);
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        } else if (!QFile::copy(path, target)) {
            return Tr::tr("Cannot copy %1 into the temporary folder (is the disk full?).").arg(source.relativeFilePath(path));
        }
        giveToServerOwner(target);
    }
    return QString();
}
} // namespace

PhysicalTestRestore::PhysicalTestRestore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_result.physical = true;
}

PhysicalTestRestore::~PhysicalTestRestore()
{
    // Destroyed half-way (the application quits): the server must not outlive us.
    if (m_serverStarted && m_dir && QFileInfo::exists(m_dataDir + QStringLiteral("/postmaster.pid"))) {
        QString program;
        const QStringList args = asServerOwner(m_pgCtl, {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("immediate"),
                                                         QStringLiteral("stop")},
                                               &program);
        QProcess::startDetached(program, args);
        m_dir->setAutoRemove(false);
    }
}

int PhysicalTestRestore::backupMajor(const QString &input)
{
    QByteArray version;
    QFile f(input + QStringLiteral("/PG_VERSION"));
    if (f.open(QIODevice::ReadOnly)) {
        version = f.readAll();
    } else {
        bool found = false;
        version = BackupManifest::readTarMember(input + QStringLiteral("/base.tar"), QStringLiteral("PG_VERSION"), &found);
    }
    return version.trimmed().toInt();
}

QString PhysicalTestRestore::serverProgramsMissing(int major)
{
    const QString package = major > 0 ? QStringLiteral("postgresql-%1").arg(major) : QStringLiteral("postgresql");
    return Tr::tr("A test restore of a physical backup starts the copy as a temporary server: it needs the PostgreSQL %1 server "
                  "programs (postgres and pg_ctl), and they are not installed here. On Debian or Ubuntu they come with the "
                  "package %2 (sudo apt install %2); or name their folder with --tool-dir.")
        .arg(major > 0 ? QString::number(major) : QString(), package);
}

QStringList PhysicalTestRestore::asServerOwner(const QString &program, const QStringList &args, QString *runProgram) const
{
    if (runningAsRoot()) {
        *runProgram = QStringLiteral("runuser");
        return QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args;
    }
    *runProgram = program;
    return args;
}

QString PhysicalTestRestore::logTail() const
{
    QFile f(m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString());
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(qMax<qsizetype>(0, lines.size() - 5)).join(QLatin1Char('\n'));
}

void PhysicalTestRestore::start()
{
    m_clock.start();
    Q_EMIT stageText(Tr::tr("Looking for the PostgreSQL server programs…"));
    m_locator = new ToolLocator(this);
    m_locator->setExtraDirectory(m_options.toolDirectory);
    connect(m_locator, &ToolLocator::finished, this, &PhysicalTestRestore::onLocated);
    m_locator->locate({QStringLiteral("postgres"), QStringLiteral("pg_ctl")});
}

void PhysicalTestRestore::onLocated()
{
    if (m_cancelled->load()) {
        fail(Tr::tr("The verification was cancelled."));
        return;
    }
    m_major = backupMajor(m_options.input);
    auto pick = [this](const QString &program) {
        QString best;
        int bestMajor = 0;
        for (const PgTool &t : m_locator->found(program)) {
            if ((m_major > 0 && t.major() == m_major) || (m_major == 0 && t.major() > bestMajor)) {
                best = t.path();
                bestMajor = t.major();
            }
        }
        return best;
    };
    m_postgres = pick(QStringLiteral("postgres"));
    m_pgCtl = pick(QStringLiteral("pg_ctl"));
    if (m_postgres.isEmpty() || m_pgCtl.isEmpty()) {
        m_result.problem = QStringLiteral("server-programs-missing");
        fail(serverProgramsMissing(m_major));
        return;
    }
    Q_EMIT logLine(Tr::tr("Server programs: %1").arg(QFileInfo(m_pgCtl).absolutePath()), false);
    const QDir in(m_options.input);
    QStringList tars = in.entryList({QStringLiteral("*.tar*")}, QDir::Files);
    tars.removeIf([](const QString &n) { return n.startsWith(QLatin1String("base.tar")) || n.startsWith(QLatin1String("pg_wal.tar")); });
    if (!tars.isEmpty() || !QDir(in.filePath(QStringLiteral("pg_tblspc"))).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
        fail(Tr::tr("This base backup has tablespaces outside the data directory; Valvur's test restore handles backups without "
                    "tablespaces only."));
        return;
    }
    if (runningAsRoot()) {
        uid_t uid;
        gid_t gid;
        if (!serverOwner(&uid, &gid)) {
            fail(Tr::tr("Running as root, the temporary server must run as the postgres user, and there is none."));
            return;
        }
    }
    const qint64 needed = Checksum::totalSize(m_options.input);
    const QStorageInfo storage(QDir::tempPath());
    if (storage.isValid() && storage.bytesAvailable() < needed + (64ll << 20)) {
        fail(Tr::tr("The temporary folder %1 has %2 free, the copy needs about %3. Free some space or set TMPDIR to a larger disk.")
                 .arg(QDir::tempPath(), QLocale().formattedDataSize(storage.bytesAvailable()), QLocale().formattedDataSize(needed)));
        return;
    }
    // The owner's pid and host in the name: after a crash the next run stops the copy's server and removes it.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/valvur-test-restore-") + StaleTemporaries::ownerTag()
                                            + QStringLiteral("-XXXXXX"));
    if (!m_dir->isValid()) {
        fail(Tr::tr("Cannot create a temporary folder for the copy: %1").arg(m_dir->errorString()));
        return;
    }
    m_dataDir = m_dir->filePath(QStringLiteral("data"));
    m_socketDir = m_dir->filePath(QStringLiteral("socket"));
    const auto privateDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    if (!QDir().mkpath(m_dataDir) || !QDir().mkpath(m_socketDir)) {
        fail(Tr::tr("Cannot create a temporary folder for the copy: %1").arg(m_dir->path()));
        return;
    }
    for (const QString &d : {m_dir->path(), m_dataDir, m_socketDir}) {
        QFile::setPermissions(d, privateDir);
        giveToServerOwner(d);
    }
    unpack();
}

void PhysicalTestRestore::unpack()
{
    Q_EMIT stageText(Tr::tr("Copying the backup into a temporary folder…"));
    const QDir in(m_options.input);
    const QStringList base = in.entryList({QStringLiteral("base.tar*")}, QDir::Files);
    if (base.isEmpty()) {
        auto *watcher = new QFutureWatcher<QString>(this);
        m_copying = true;
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
            watcher->deleteLater();
            m_copying = false;
            if (m_finishing)
                return;
            const QString error = watcher->result();
            if (!error.isEmpty()) {
                fail(error);
                return;
            }
            prepare();
        });
        watcher->setFuture(QtConcurrent::run(copyTree, m_options.input, m_dataDir, m_cancelled));
        return;
    }
    // GNU tar recognises compressed tar files by their content.
    QStringList steps{in.filePath(base.first()), m_dataDir};
    const QStringList wal = in.entryList({QStringLiteral("pg_wal.tar*")}, QDir::Files);
    if (!wal.isEmpty())
        steps << in.filePath(wal.first()) << m_dataDir + QStringLiteral("/pg_wal");
    unpackNext(steps);
}

void PhysicalTestRestore::unpackNext(QStringList steps)
{
    if (steps.isEmpty()) {
        if (!runningAsRoot()) {
            prepare();
            return;
        }
        // Unpacked by root (the tar files may be readable by root only): the copy now goes to postgres.
        auto *p = new QProcess(this);
        m_process = p;
        p->setProcessChannelMode(QProcess::MergedChannels);
        connect(p, &QProcess::finished, this, [this, p](int code, QProcess::ExitStatus status) {
            p->deleteLater();
            if (m_finishing)
                return;
            if (status != QProcess::NormalExit || code != 0) {
                fail(Tr::tr("The copy could not be handed to the postgres user: %1").arg(QString::fromLocal8Bit(p->readAll()).trimmed()));
                return;
            }
            prepare();
        });
        p->start(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dataDir});
        return;
    }
    const QString archive = steps.takeFirst();
    const QString into = steps.takeFirst();
    QDir().mkpath(into);
    QFile::setPermissions(into, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    giveToServerOwner(into);
    const QString program = QStringLiteral("tar");
    const QStringList args{QStringLiteral("--no-same-owner"), QStringLiteral("-xf"), archive, QStringLiteral("-C"), into};
    auto *p = new QProcess(this);
    m_process = p;
    p->setProcessChannelMode(QProcess::MergedChannels);
    connect(p, &QProcess::finished, this, [this, p, steps, archive](int code, QProcess::ExitStatus status) {
        p->deleteLater();
        if (m_finishing)
            return;
        if (status != QProcess::NormalExit || code != 0) {
            fail(Tr::tr("tar could not unpack %1: %2").arg(QFileInfo(archive).fileName(), QString::fromLocal8Bit(p->readAll()).trimmed()));
            return;
        }
        unpackNext(steps);
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && !m_finishing) {
            p->deleteLater();
            fail(Tr::tr("tar could not be started: %1").arg(p->errorString()));
        }
    });
    p->start(program, args);
}

void PhysicalTestRestore::prepare()
{
    m_result.copyMs = m_clock.elapsed();
    if (m_cancelled->load()) {
        fail(Tr::tr("The verification was cancelled."));
        return;
    }
    if (m_major == 0)
        m_major = backupMajor(m_dataDir);
    // A base backup never holds these, but a copy of a data directory might.
    for (const char *name : {"postmaster.pid", "postmaster.opts", "standby.signal", "recovery.signal"})
        QFile::remove(m_dataDir + QLatin1Char('/') + QLatin1String(name));
    // Debian keeps postgresql.conf and pg_hba.conf in /etc: a base backup may have none.
    const QString conf = m_dataDir + QStringLiteral("/postgresql.conf");
    if (!QFileInfo::exists(conf)) {
        QFile f(conf);
        if (f.open(QIODevice::WriteOnly))
            f.close();
        giveToServerOwner(conf);
    }
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_result.temporaryPort = probe.serverPort();
    }
    const QString hba = m_dir->filePath(QStringLiteral("pg_hba.conf"));
    const QString ident = m_dir->filePath(QStringLiteral("pg_ident.conf"));
    QFile h(hba), i(ident);
    // Only the private socket folder (0700) reaches this server: trust there is safe.
    if (!h.open(QIODevice::WriteOnly) || h.write("local all all trust\n") < 0 || !i.open(QIODevice::WriteOnly)) {
        fail(Tr::tr("Cannot write the temporary server's configuration in %1.").arg(m_dir->path()));
        return;
    }
    h.close();
    i.close();
    giveToServerOwner(hba);
    giveToServerOwner(ident);
    // postgresql.auto.conf is read last: these win over the source's own settings.
    const QString autoConf = m_dataDir + QStringLiteral("/postgresql.auto.conf");
    QFile a(autoConf);
    const bool existed = a.exists();
    if (!a.open(QIODevice::Append)) {
        fail(Tr::tr("Cannot write the temporary server's configuration in %1.").arg(m_dir->path()));
        return;
    }
    const QStringList settings{
        QStringLiteral("port = %1").arg(m_result.temporaryPort),
        QStringLiteral("listen_addresses = ''"),
        QStringLiteral("unix_socket_directories = %1").arg(confQuote(m_socketDir)),
        QStringLiteral("hba_file = %1").arg(confQuote(hba)),
        QStringLiteral("ident_file = %1").arg(confQuote(ident)),
        QStringLiteral("archive_mode = off"),
        QStringLiteral("archive_command = ''"),
        QStringLiteral("restore_command = ''"),
        QStringLiteral("primary_conninfo = ''"),
        QStringLiteral("max_wal_senders = 0"),
        QStringLiteral("synchronous_standby_names = ''"),
        QStringLiteral("ssl = off"),
        QStringLiteral("logging_collector = off"),
        QStringLiteral("autovacuum = off"),
        QStringLiteral("shared_buffers = '128MB'"),
        QStringLiteral("cluster_name = 'valvur-test-restore'"),
    };
    a.write("\n# Valvur test restore: a private temporary server\n" + settings.join(QLatin1Char('\n')).toUtf8() + '\n');
    a.close();
    if (!existed)
        giveToServerOwner(autoConf);
    startServer();
}

void PhysicalTestRestore::startServer()
{
    Q_EMIT stageText(Tr::tr("Starting the copy as a temporary server (PostgreSQL %1)…").arg(m_major));
    m_startClock.start();
    QString program;
    const QStringList args = asServerOwner(m_pgCtl, {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                                                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("3600"), QStringLiteral("start")},
                                           &program);
    auto *p = new QProcess(this);
    m_process = p;
    p->setProcessChannelMode(QProcess::MergedChannels);
    m_startProcess = p;
    connect(p, &QProcess::finished, this, [this, p](int code, QProcess::ExitStatus status) {
        p->deleteLater();
        if (m_finishing) {
            stopServer(); // cancelled or failed while starting: stop it now that pg_ctl has decided
            return;
        }
        if (status != QProcess::NormalExit || code != 0) {
            const QString tail = logTail();
            fail(Tr::tr("The copy did not start as a server, so this backup would not restore as it is.") + QLatin1Char('\n')
                 + (tail.isEmpty() ? QString::fromLocal8Bit(p->readAll()).trimmed() : tail));
            return;
        }
        connectToCopy();
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && !m_finishing) {
            p->deleteLater();
            fail(Tr::tr("pg_ctl could not be started: %1").arg(p->errorString()));
        }
    });
    m_serverStarted = true;
    p->start(program, args);
}

void PhysicalTestRestore::connectToCopy()
{
    m_user = m_options.source.values().isEmpty() ? QStringLiteral("postgres") : m_options.source.effectiveUser();
    ConnectionOptions o;
    o.setValue(QStringLiteral("host"), m_socketDir);
    o.setValue(QStringLiteral("port"), QString::number(m_result.temporaryPort));
    o.setValue(QStringLiteral("user"), m_user);
    o.setValue(QStringLiteral("dbname"), QStringLiteral("postgres"));
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-verify"));
    auto *session = new PgSession(this);
    connect(session, &PgSession::connectFailed, this, [this, session](const PgError &e) {
        session->deleteLater();
        fail(Tr::tr("The temporary server started but does not accept connections: %1").arg(e.message().trimmed()));
    });
    connect(session, &PgSession::connected, this, [this, session] {
        m_result.startMs = m_startClock.elapsed();
        m_result.restoreMs = m_clock.elapsed();
        m_result.restored = true;
        Q_EMIT logLine(Tr::tr("The copy accepts connections after %1 ms (of which starting the server: %2 ms).")
                           .arg(m_result.restoreMs)
                           .arg(m_result.startMs),
                       false);
        session->exec(QStringLiteral("SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY 1"), this,
                      [this, session](const PgReply &reply) {
                          const PgReply r = reply;
                          QMetaObject::invokeMethod(session, &PgSession::close, Qt::QueuedConnection);
                          session->deleteLater();
                          if (!r.ok()) {
                              fail(r.error.message());
                              return;
                          }
                          const PgResult &rows = r.first();
                          for (int i = 0; i < rows.rowCount(); ++i)
                              m_databases << rows.value(i, 0).toString();
                          m_result.databases = m_databases;
                          m_result.countsCompared = !m_options.source.values().isEmpty();
                          m_result.countsMatch = m_result.countsCompared;
                          countNextDatabase();
                      });
    });
    session->open(o, QString());
}

void PhysicalTestRestore::countNextDatabase()
{
    if (m_finishing)
        return;
    if (m_databases.isEmpty()) {
        m_ok = !m_result.countsCompared || m_result.countsMatch;
        if (!m_ok)
            m_error = Tr::tr("The row counts of the started copy differ from the source server (it may have changed since the backup).");
        stopAndClean();
        return;
    }
    const QString database = m_databases.takeFirst();
    Q_EMIT stageText(Tr::tr("Counting rows in %1…").arg(database));
    ConnectionOptions copy;
    copy.setValue(QStringLiteral("host"), m_socketDir);
    copy.setValue(QStringLiteral("port"), QString::number(m_result.temporaryPort));
    copy.setValue(QStringLiteral("user"), m_user);
    countRows(this, copy, QString(), database, [this, database](bool ok, QMap<QString, qint64> restored, QString error) {
        if (m_finishing)
            return;
        if (!ok) {
            fail(Tr::tr("Counting rows in %1 of the copy failed: %2").arg(database, error));
            return;
        }
        auto record = [this, database, restored](bool sourceOk, const QMap<QString, qint64> &source) {
            QStringList names = restored.keys() + source.keys();
            names.removeDuplicates();
            names.sort();
            for (const QString &n : std::as_const(names)) {
                VerifyResult::RowCount rc{n, sourceOk ? source.value(n, -1) : -1, restored.value(n, -1), database};
                if (m_result.countsCompared && rc.source != rc.restored)
                    m_result.countsMatch = false;
                m_result.rowCounts << rc;
            }
            countNextDatabase();
        };
        if (m_options.source.values().isEmpty()) {
            record(false, {});
            return;
        }
        countRows(this, m_options.source, m_options.sourcePassword, database,
                             [this, record, database](bool sourceOk, QMap<QString, qint64> source, QString sourceError) {
                                 if (m_finishing)
                                     return;
                                 if (!sourceOk) {
                                     Q_EMIT logLine(Tr::tr("Row counts of %1 on the source could not be read: %2").arg(database, sourceError), true);
                                     m_result.countsMatch = false;
                                 }
                                 record(sourceOk, source);
                             });
    });
}

void PhysicalTestRestore::cancel()
{
    m_cancelled->store(true);
    if ((m_locator && !m_locator->isDone()) || m_copying)
        return; // onLocated, or the end of the copy, sees the flag
    fail(Tr::tr("The verification was cancelled."));
}

void PhysicalTestRestore::fail(const QString &error)
{
    if (m_finishing)
        return;
    m_ok = false;
    m_error = error;
    stopAndClean();
}

void PhysicalTestRestore::stopAndClean()
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_startProcess && m_startProcess->state() != QProcess::NotRunning)
        return; // pg_ctl start is deciding; its end stops the server (a postmaster must not outlive us)
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill(); // tar, chown
    stopServer();
}

void PhysicalTestRestore::stopServer()
{
    if (!m_serverStarted || !m_dir) {
        removeFolder();
        return;
    }
    Q_EMIT stageText(Tr::tr("Stopping the temporary server…"));
    QString program;
    const QString mode = m_ok ? QStringLiteral("fast") : QStringLiteral("immediate");
    const QStringList args = asServerOwner(m_pgCtl, {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), mode, QStringLiteral("-w"),
                                                     QStringLiteral("-t"), QStringLiteral("120"), QStringLiteral("stop")},
                                           &program);
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::MergedChannels);
    connect(p, &QProcess::finished, this, [this, p](int, QProcess::ExitStatus) {
        p->deleteLater();
        // pg_ctl says "no server running" when it never came up: either way nothing runs now.
        if (QFileInfo::exists(m_dataDir + QStringLiteral("/postmaster.pid")))
            Q_EMIT logLine(Tr::tr("pg_ctl stop: %1").arg(QString::fromLocal8Bit(p->readAll()).trimmed()), true);
        m_serverStarted = false;
        removeFolder();
    });
    connect(p, &QProcess::errorOccurred, this, [this, p](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            p->deleteLater();
            removeFolder();
        }
    });
    p->start(program, args);
}

void PhysicalTestRestore::removeFolder()
{
    if (!m_dir) {
        m_result.scratchDropped = true;
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_ok, m_error, m_result); }, Qt::QueuedConnection);
        return;
    }
    Q_EMIT stageText(Tr::tr("Removing the temporary copy…"));
    const QString path = m_dir->path();
    m_result.scratchDatabase = path;
    m_dir->setAutoRemove(false);
    m_dir.reset();
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        m_result.scratchDropped = watcher->result();
        if (!m_result.scratchDropped) {
            m_ok = false;
            m_error = (m_error + QLatin1Char('\n') + Tr::tr("The temporary copy %1 could not be removed completely.").arg(path)).trimmed();
        }
        Q_EMIT finished(m_ok, m_error, m_result);
    });
    watcher->setFuture(QtConcurrent::run([path] { return QDir(path).removeRecursively(); }));
}

} // namespace Valvur
