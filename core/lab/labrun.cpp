#include "lab/labrun.h"

#include "backup/backupjob.h"
#include "lab/labcontainer.h"
#include "lab/labreset.h"
#include "lab/labsql.h"
#include "pg/pgsession.h"
#include "pg/sqlquote.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QHostAddress>
#include <QTcpServer>

namespace Valvur::Lab {

using Valvur::Sql::quoteIdent;
using Valvur::Sql::quoteLiteral;

namespace {

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 24; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return out;
}

QVariant intArray(const QList<int> &values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return QStringLiteral("{%1}").arg(parts.join(QLatin1Char(',')));
}

// A port after the server's on which nothing listens on this computer now (for a local server; for
// a remote one simply the next port).
int closedPortAfter(const QString &host, int port)
{
    const bool local = host.isEmpty() || ConnectionOptions::isSocketPath(host) || host == QLatin1String("localhost")
        || QHostAddress(host).isLoopback();
    for (int p = port + 1; local && p < port + 50 && p < 65536; ++p) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(p)))
            return p;
    }
    return port + 1;
}

} // namespace

// The application's settings with the placeholders {host}, {port} (the server's) and {closed-port}
// (a port on which nothing listens) filled in. A socket path becomes 127.0.0.1: the application
// connects over TCP, where the server asks for passwords.
QString Run::appConninfo() const
{
    QString host = m_options.effectiveHosts().value(0);
    if (host.isEmpty() || ConnectionOptions::isSocketPath(host))
        host = QStringLiteral("127.0.0.1");
    const int port = m_options.effectivePort().section(QLatin1Char(','), 0, 0).toInt();
    QString out = m_scenario.appConfig;
    out.replace(QLatin1String("{host}"), host);
    out.replace(QLatin1String("{port}"), QString::number(port));
    out.replace(QLatin1String("{closed-port}"), QString::number(closedPortAfter(host, port)));
    return out;
}

void Run::stageContainer()
{
    ConnectionOptions app;
    ConnectionOptions::parse(appConninfo(), &app, nullptr);
    const QString user = app.value(QStringLiteral("user"));
    auto *stage = new ContainerStage(this);
    m_stage = stage;
    connect(stage, &ContainerStage::progress, this, &Run::progress);
    connect(stage, &ContainerStage::finished, this, [this, stage](const QString &error) {
        stage->deleteLater();
        if (m_state != State::Starting)
            return;
        if (!error.isEmpty())
            return fail(error);
        exec(m_control, Sql::storeContainerSettings(), {stage->conninfo(), m_scenario.container.name}, [this](const PgReply &r) {
            if (!r.ok())
                return fail(tr("The application's settings could not be recorded: %1").arg(r.error.message()));
            next();
        });
    });
    // Named in the sandbox's comment first, so a reset finds them even if this program dies now.
    exec(m_control, QStringLiteral("COMMENT ON DATABASE %1 IS %2").arg(QLatin1String(Database), Valvur::Sql::quoteLiteral(containerNote(m_scenario.container))), {},
         [this, stage, user](const PgReply &r) {
             if (!r.ok())
                 return fail(tr("The lab's container could not be recorded: %1").arg(r.error.message()));
             stage->start(m_scenario.container, m_container, user, m_rolePasswords.value(user));
         });
}

void Run::writeAppConfig()
{
    const QString conninfo = appConninfo();
    ConnectionOptions app;
    ConnectionOptions::parse(conninfo, &app, nullptr);
    // The application's password stays in the sandbox's bookkeeping (not readable by PUBLIC): the
    // check needs it to really log in as the application.
    exec(m_control, Sql::storeAppSettings(), {conninfo, m_rolePasswords.value(app.value(QStringLiteral("user")))},
         [this](const PgReply &r) {
             if (!r.ok())
                 return fail(tr("The application's settings could not be recorded: %1").arg(r.error.message()));
             next();
         });
}

Run::Run(const Scenario &scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
{
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &Run::sendHeartbeat);
    m_stepBound.setSingleShot(true);
    connect(&m_stepBound, &QTimer::timeout, this, [this] {
        fail(tr("The server did not finish a setup step within %1 s. The lab was removed again; start it when the server answers.")
                 .arg(StepTimeoutMs / 1000));
    });
}

Run::~Run()
{
    qDeleteAll(m_held);
    qDeleteAll(m_retired);
}

int Run::heldSessions() const
{
    int n = 0;
    for (const Held *h : m_held)
        n += h->session && h->session->isConnected() ? 1 : 0;
    return n;
}

void Run::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

ConnectionOptions Run::sessionOptions(const QString &database, const QString &application, const QString &login) const
{
    ConnectionOptions o = m_options;
    o.setValue(QStringLiteral("dbname"), database);
    o.setValue(QStringLiteral("application_name"), application);
    if (!login.isEmpty())
        o.setValue(QStringLiteral("user"), login);
    return o;
}

void Run::exec(PgSession *session, const QString &sql, const QVariantList &params, std::function<void(const PgReply &)> then)
{
    m_stepBound.start(StepTimeoutMs);
    session->exec(sql, params, this, [this, then = std::move(then)](const PgReply &r) {
        m_stepBound.stop();
        if (m_state != State::Starting && m_state != State::Running)
            return;
        then(r);
    });
}

void Run::start(const ConnectionOptions &options, const QString &password)
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_error.clear();
    setState(State::Starting);
    if (m_production) {
        // Before the options are kept: the failure's stop() must not reset anything on this server.
        // Queued, like every other outcome of start(): a caller connects and enters its loop first.
        QMetaObject::invokeMethod(this, [this] {
            fail(tr("This server is tagged production. A lab stages real problems (idle transactions, locks, a full server); "
                    "run it on a development server or container."));
        }, Qt::QueuedConnection);
        return;
    }
    m_options = options;
    m_password = password;
    buildSteps();
    next();
}

void Run::next()
{
    if (m_state != State::Starting)
        return;
    if (m_steps.isEmpty()) {
        control(QStringLiteral("UPDATE valvur_lab.run SET ready_at = now()"), [this](const PgReply &r) {
            if (!r.ok())
                return fail(tr("The lab could not record its start: %1").arg(r.error.message()));
            setState(State::Running);
            // A student who ends every session, or restarts the server, ends this one too: it comes
            // back, so that the check can name that trap instead of finding no holder.
            m_control->setAutoReconnect(true);
            m_heartbeat.start();
            startLoops();
            Q_EMIT progress(tr("The scenario is ready."));
            Q_EMIT ready();
        });
        return;
    }
    const Step step = m_steps.takeFirst();
    step();
}

void Run::buildSteps()
{
    m_steps.clear();
    // 1. Connect as the user, check the rights, clear what an earlier lab left behind.
    m_steps << [this] {
        Q_EMIT progress(tr("Connecting…"));
        m_admin = new PgSession(this);
        m_admin->setConnectTimeout(15000);
        connect(m_admin, &PgSession::connectFailed, this, [this](const PgError &e) {
            fail(tr("Cannot connect to the server: %1").arg(e.message()));
        });
        connect(m_admin, &PgSession::connected, this, &Run::checkRights);
        m_admin->open(adminOptions(m_options, QLatin1String(ControlApplication)), m_password);
    };
    m_steps << [this] {
        Q_EMIT progress(tr("Removing what an earlier lab left…"));
        m_reset = new Reset(this);
        connect(m_reset, &Reset::finished, this, [this](const QString &error) {
            m_reset->deleteLater();
            if (!error.isEmpty())
                return fail(error);
            next();
        });
        m_reset->start(m_options, m_password);
    };
    // 2. The sandbox: roles, database, the state the check reads.
    m_steps << [this] { createRoles(); };
    m_steps << [this] {
        Q_EMIT progress(tr("Creating the sandbox database %1…").arg(QLatin1String(Database)));
        exec(m_admin, QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(Database)), {}, [this](const PgReply &r) {
            if (!r.ok())
                return fail(tr("The sandbox database could not be created: %1").arg(r.error.message()));
            m_control = new PgSession(this);
            m_control->setConnectTimeout(15000);
            connect(m_control, &PgSession::connectFailed, this, [this](const PgError &e) {
                if (m_state == State::Starting)
                    fail(tr("Cannot connect to the sandbox database: %1").arg(e.message()));
            });
            connect(m_control, &PgSession::connected, this, [this] {
                if (m_state == State::Starting)
                    next();
            }, Qt::SingleShotConnection);
            ConnectionOptions o = adminOptions(m_options, QLatin1String(ControlApplication));
            o.setValue(QStringLiteral("dbname"), QLatin1String(Database));
            m_control->open(o, m_password);
        });
    };
    m_steps << [this] {
        control(Sql::stateSchema(), [this](const PgReply &r) {
            if (!r.ok())
                return fail(tr("The lab's bookkeeping could not be created: %1").arg(r.error.message()));
            // The port as the student reaches the server (a container's published port, not the 5432 inside it).
            const int port = m_options.effectivePort().section(QLatin1Char(','), 0, 0).toInt();
            exec(m_control, QStringLiteral("INSERT INTO valvur_lab.run (scenario, server_port) VALUES ($1, coalesce($2::int, current_setting('port')::int))"),
                 {m_scenario.id, port > 0 ? QVariant(port) : QVariant()}, [this](const PgReply &r) {
                if (!r.ok())
                    return fail(r.error.message());
                next();
            });
        });
    };
    if (!m_scenario.appConfig.isEmpty())
        m_steps << [this] { writeAppConfig(); };
    if (m_scenario.container.isSet() && !m_container.isEmpty())
        m_steps << [this] { stageContainer(); };
    // 3. The scenario's own setup.
    for (const QString &sql : std::as_const(m_scenario.setup)) {
        m_steps << [this, sql] {
            Q_EMIT progress(tr("Preparing the scenario's tables…"));
            control(sql, [this](const PgReply &r) {
                if (!r.ok())
                    return fail(tr("The scenario's setup failed: %1").arg(r.error.message()));
                next();
            });
        };
    }
    if (!m_scenario.backupTable.isEmpty())
        m_steps << [this] { runBackup(); };
    for (const Sessions &group : std::as_const(m_scenario.sessions))
        m_steps << [this, group] { openGroup(group); };
    for (const QString &sql : std::as_const(m_scenario.after)) {
        m_steps << [this, sql] {
            control(sql, [this](const PgReply &r) {
                if (!r.ok())
                    return fail(tr("The scenario's setup failed: %1").arg(r.error.message()));
                next();
            });
        };
    }
}

void Run::checkRights()
{
    exec(m_admin, Sql::rights(), {}, [this](const PgReply &r) {
        if (!r.ok())
            return fail(tr("Cannot read the rights of the user: %1").arg(r.error.message()));
        const PgResult &row = r.first();
        m_superuser = row.value(0, QStringLiteral("superuser")).toBool();
        if (row.value(0, QStringLiteral("standby")).toBool())
            return fail(tr("This server is a standby (read-only). Run the lab on the primary."));
        QStringList missing;
        if (!m_superuser) {
            if (m_scenario.needsSuperuser)
                missing << tr("superuser (this scenario fills the server up to its reserved connections)");
            if (!row.value(0, QStringLiteral("createdb")).toBool())
                missing << QStringLiteral("CREATEDB");
            if (!row.value(0, QStringLiteral("createrole")).toBool())
                missing << QStringLiteral("CREATEROLE");
        }
        if (!missing.isEmpty())
            return fail(tr("The lab needs more rights than the user %1 has: %2. Connect as a superuser (in the course's "
                           "container: the user postgres), or have one run: ALTER ROLE %1 CREATEDB CREATEROLE;")
                            .arg(m_options.effectiveUser(), missing.join(QStringLiteral(", "))));
        next();
    });
}

void Run::createRoles()
{
    if (m_scenario.roles.isEmpty())
        return next();
    QStringList statements;
    for (const Role &role : std::as_const(m_scenario.roles)) {
        const QString password = randomPassword();
        const QString verifier = m_admin->encryptPassword(role.name, password);
        if (verifier.isEmpty())
            return fail(tr("libpq could not encrypt the password of the role %1.").arg(role.name));
        m_rolePasswords.insert(role.name, password);
        statements << QStringLiteral("CREATE ROLE %1 %2 PASSWORD %3").arg(quoteIdent(role.name), role.options, quoteLiteral(verifier));
    }
    Q_EMIT progress(tr("Creating the roles %1…").arg(m_rolePasswords.keys().join(QStringLiteral(", "))));
    exec(m_admin, statements.join(QStringLiteral(";\n")), {}, [this](const PgReply &r) {
        if (!r.ok())
            return fail(tr("The scenario's roles could not be created: %1").arg(r.error.message()));
        next();
    });
}

void Run::openOne(const Sessions &group, std::function<void(PgSession *, const PgError *)> done)
{
    auto *session = new PgSession(this);
    session->setConnectTimeout(15000);
    auto finish = std::make_shared<std::function<void(PgSession *, const PgError *)>>(std::move(done));
    connect(session, &PgSession::connectFailed, this, [session, finish](const PgError &e) {
        session->deleteLater();
        (*finish)(nullptr, &e);
    });
    connect(session, &PgSession::connected, this, [this, session, group, finish] {
        // Every statement but a held last one is waited for.
        const int waited = group.hold.isEmpty() ? int(group.sql.size()) : int(group.sql.size()) - 1;
        auto runFrom = std::make_shared<std::function<void(int)>>();
        *runFrom = [this, session, group, finish, waited, runFrom](int i) {
            if (i >= waited) {
                if (i < group.sql.size())
                    session->exec(group.sql.at(i), this, [](const PgReply &) {}); // held: its answer comes when it is ended
                (*finish)(session, nullptr);
                return;
            }
            exec(session, group.sql.at(i), {}, [this, finish, runFrom, i, session](const PgReply &r) {
                if (!r.ok()) {
                    const PgError e = r.error;
                    session->deleteLater();
                    (*finish)(nullptr, &e);
                    return;
                }
                (*runFrom)(i + 1);
            });
        };
        (*runFrom)(0);
    });
    const QString login = group.login;
    session->open(sessionOptions(QLatin1String(Database), group.application, login),
                  login.isEmpty() ? m_password : m_rolePasswords.value(login));
}

void Run::openGroup(const Sessions &group)
{
    Q_EMIT progress(tr("Opening %n session(s) of %1…", nullptr, group.count).arg(group.application));
    auto pids = std::make_shared<QList<int>>();
    auto remaining = std::make_shared<int>(group.count);
    auto failedWith = std::make_shared<QString>();
    auto finishGroup = [this, group, pids, failedWith] {
        if (!failedWith->isEmpty())
            return fail(*failedWith);
        exec(m_control, Sql::recordSessions(), {intArray(*pids), group.kind}, [this, group, pids](const PgReply &r) {
            if (!r.ok())
                return fail(r.error.message());
            if (group.hold.isEmpty())
                return next();
            waitHeld(*pids, group.hold, 0);
        });
    };
    auto onOpened = [this, group, pids](PgSession *session) {
        auto *held = new Held{session, group.kind, session->backendPid(), !group.loop.isEmpty(), group.loop};
        m_held << held;
        *pids << held->pid;
        connect(session, &PgSession::connectionLost, this, [this, held] {
            if (m_state == State::Running)
                Q_EMIT sessionEnded(held->pid, held->kind);
        });
    };
    if (group.fill) {
        // One after the other until the server says the remaining slots are reserved.
        auto openNext = std::make_shared<std::function<void()>>();
        *openNext = [this, group, pids, remaining, failedWith, finishGroup, onOpened, openNext] {
            if (*remaining == 0)
                return finishGroup();
            openOne(group, [group, pids, remaining, failedWith, finishGroup, onOpened, openNext](PgSession *s, const PgError *e) {
                --*remaining;
                if (s) {
                    onOpened(s);
                    return (*openNext)();
                }
                // 53300: too_many_connections — the server is full, as wanted (reserved slots stay free).
                if (e->sqlState() != QLatin1String("53300") && !e->message().contains(QLatin1String("remaining connection slots")))
                    *failedWith = tr("A session of %1 could not connect: %2").arg(group.application, e->message());
                else if (pids->isEmpty())
                    *failedWith = tr("The server is already full; the scenario cannot open its sessions.");
                *remaining = 0;
                finishGroup();
            });
        };
        (*openNext)();
        return;
    }
    for (int i = 0; i < group.count; ++i) {
        openOne(group, [this, group, remaining, failedWith, finishGroup, onOpened](PgSession *s, const PgError *e) {
            if (s)
                onOpened(s);
            else if (failedWith->isEmpty())
                *failedWith = tr("A session of %1 could not connect: %2").arg(group.application, e->message());
            if (--*remaining == 0 && m_state == State::Starting)
                finishGroup();
        });
    }
}

void Run::waitHeld(const QList<int> &pids, const QString &how, int waitedMs)
{
    exec(m_control, Sql::heldCount(), {intArray(pids), how}, [this, pids, how, waitedMs](const PgReply &r) {
        if (!r.ok())
            return fail(r.error.message());
        if (r.first().value(0, 0).toInt() >= pids.size())
            return next();
        if (waitedMs >= HoldTimeoutMs)
            return fail(tr("The scenario's sessions did not reach their state within %1 s.").arg(HoldTimeoutMs / 1000));
        QTimer::singleShot(100, this, [this, pids, how, waitedMs] {
            if (m_state == State::Starting)
                waitHeld(pids, how, waitedMs + 100);
        });
    });
}

void Run::runBackup()
{
    Q_EMIT progress(tr("Backing up %1…").arg(m_scenario.backupTable));
    const QString folder = m_backupFolder.isEmpty() ? backupFolder() : m_backupFolder;
    QDir().mkpath(folder);
    m_backupFile = QDir(folder).filePath(m_scenario.id + QStringLiteral(".dump"));
    QFile::remove(m_backupFile);
    BackupOptions o;
    o.connection = sessionOptions(QLatin1String(Database), QStringLiteral("valvur-lab-backup"), {});
    o.password = m_password;
    o.format = BackupOptions::Format::Custom;
    o.output = m_backupFile;
    o.tables = {m_scenario.backupTable};
    o.overwrite = true;
    m_backup = new BackupJob(o, this);
    connect(m_backup, &BackupJob::finished, this, [this](const BackupResult &result) {
        m_backup->deleteLater();
        if (result.status != BackupResult::Status::Success)
            return fail(tr("The scenario's backup failed: %1").arg(result.error));
        exec(m_control, QStringLiteral("UPDATE valvur_lab.run SET backup_file = $1, backup_at = now()"), {m_backupFile},
             [this](const PgReply &r) {
                 if (!r.ok())
                     return fail(r.error.message());
                 next();
             });
    });
    m_backup->start();
}

void Run::startLoops()
{
    for (Held *held : std::as_const(m_held)) {
        if (held->loop)
            loopOnce(held);
    }
}

void Run::loopOnce(Held *held)
{
    if (m_state != State::Running || !held->session || !held->session->isConnected())
        return;
    int interval = 200;
    QVariantList params;
    for (const Sessions &g : std::as_const(m_scenario.sessions)) {
        if (g.kind != held->kind || g.loop != held->loopSql)
            continue;
        interval = g.intervalMs;
        for (const QString &p : g.loopParams)
            params << fillRandom(p);
    }
    held->session->exec(held->loopSql, params, this, [this, held, interval](const PgReply &) {
        QTimer::singleShot(interval, this, [this, held] { loopOnce(held); });
    });
}

void Run::sendHeartbeat()
{
    if (m_control && m_control->isConnected() && !m_control->isBusy())
        m_control->exec(Sql::heartbeat(), this, [](const PgReply &) {});
}

void Run::runAction(const QString &actionId, std::function<void(const QString &)> done)
{
    for (const Action &a : std::as_const(m_scenario.actions)) {
        if (a.id != actionId)
            continue;
        if (!m_control || !m_control->isConnected())
            return done(tr("The scenario is not running."));
        m_control->exec(a.sql, this, [done](const PgReply &r) { done(r.ok() ? QString() : r.error.message()); });
        return;
    }
    done(tr("The scenario has no action %1.").arg(actionId));
}

void Run::fail(const QString &error)
{
    if (m_state == State::Failed || m_state == State::Stopped)
        return;
    m_error = error;
    Q_EMIT failed(error);
    stop(true);
    setState(State::Failed);
}

void Run::stop(bool reset)
{
    if (m_state == State::Stopping || m_state == State::Stopped)
        return;
    const bool failing = !m_error.isEmpty();
    setState(State::Stopping);
    m_heartbeat.stop();
    m_stepBound.stop();
    m_steps.clear();
    if (m_backup)
        m_backup->cancel();
    for (Held *h : std::as_const(m_held)) {
        if (h->session) {
            h->session->close();
            h->session->deleteLater();
        }
    }
    m_retired << m_held;
    m_held.clear();
    // A setup statement still running on the server (CREATE DATABASE …) would end after the reset
    // listed what to remove, and outlive it: cancel it, and reset once its answer is back (bounded).
    bool busy = false;
    for (PgSession *s : {m_control, m_admin}) {
        if (s && s->isBusy()) {
            s->cancel();
            busy = true;
        }
    }
    if (m_stage) {   // its engine call in flight ends first; it goes no further
        m_stage->abort();
        busy = true;
    }
    if (!reset || !busy)
        return closeAndReset(reset, failing);
    auto *poll = new QTimer(this);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    connect(poll, &QTimer::timeout, this, [this, poll, waited, reset, failing] {
        const bool stillBusy = (m_control && m_control->isBusy()) || (m_admin && m_admin->isBusy()) || (m_stage && !m_stage->isDone());
        if (stillBusy && waited->elapsed() < CancelWaitMs)
            return;
        poll->deleteLater();
        closeAndReset(reset, failing);
    });
    poll->start(20);
}

void Run::closeAndReset(bool reset, bool failing)
{
    if (m_control)
        m_control->close();
    if (m_admin)
        m_admin->close();
    auto finish = [this, failing](const QString &resetError) {
        if (!m_backupFile.isEmpty())
            QFile::remove(m_backupFile);
        if (!failing)
            setState(State::Stopped);
        Q_EMIT stopped(resetError);
    };
    if (!reset || m_options.values().isEmpty())
        return finish({});
    auto *r = new Reset(this);
    connect(r, &Reset::finished, this, [r, finish](const QString &error) {
        r->deleteLater();
        finish(error);
    });
    r->start(m_options, m_password);
}

} // namespace Valvur::Lab
