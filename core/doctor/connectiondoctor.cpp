#include "doctor/connectiondoctor.h"

#include "containers/containercheck.h"
#include "pg/pgsession.h"
#include "ssh/sshtunnel.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QTcpSocket>
#include <QTimer>

namespace Valvur {

namespace {

// SSLRequest: length 8, code 80877103. Every PostgreSQL since 7.x answers it with one byte.
const char sslRequest[] = {0, 0, 0, 8, 0x04, char(0xd2), 0x16, 0x2f};

QString printable(const QByteArray &bytes)
{
    QString s;
    for (char c : bytes.left(40)) {
        const uchar u = uchar(c);
        if (u >= 0x20 && u < 0x7f)
            s += QLatin1Char(c);
        else if (c == '\r' || c == '\n')
            s += QLatin1Char(' ');
        else
            s += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return s.simplified();
}

// libpq's 'connection to server at "h" (a), port p failed: FATAL:  message' → 'message' (the
// address is in the step's target; the whole text stays in error()).
QString serverWords(const QString &message)
{
    QString line = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts).value(0);
    const qsizetype failed = line.indexOf(QLatin1String(" failed: "));
    if (line.startsWith(QLatin1String("connection to server")) && failed > 0)
        line = line.mid(failed + 9);
    for (const char *severity : {"FATAL:", "ERROR:"}) {
        if (line.startsWith(QLatin1String(severity)))
            line = line.mid(qstrlen(severity));
    }
    return line.trimmed();
}

bool requiresTls(const QString &sslmode)
{
    return sslmode == QLatin1String("require") || sslmode == QLatin1String("verify-ca")
        || sslmode == QLatin1String("verify-full");
}

} // namespace

ConnectionDoctor::ConnectionDoctor(QObject *parent)
    : QObject(parent)
{
}

ConnectionDoctor::~ConnectionDoctor()
{
    cleanup();
}

int ConnectionDoctor::stepTimeout() const
{
    bool ok = false;
    const int seconds = m_options.effective(QStringLiteral("connect_timeout")).toInt(&ok);
    if (ok && seconds > 0)
        return qMax(2, seconds) * 1000; // libpq treats values below 2 as 2
    return m_stepTimeoutMs;
}

QStringList ConnectionDoctor::problemIds()
{
    return QStringList{QStringLiteral("ok"),
            QStringLiteral("dns-failure"),
            QStringLiteral("connection-refused"),
            QStringLiteral("timeout"),
            QStringLiteral("no-answer"),
            QStringLiteral("not-postgres"),
            QStringLiteral("server-starting"),
            QStringLiteral("auth-failed"),
            QStringLiteral("no-hba-entry"),
            QStringLiteral("role-missing"),
            QStringLiteral("database-missing"),
            QStringLiteral("too-many-connections"),
            QStringLiteral("ssl-required"),
            QStringLiteral("ssl-failed"),
            QStringLiteral("bad-port"),
            QStringLiteral("unknown")}
        + SshTunnel::causeIds();
}

QString ConnectionDoctor::problemFor(const PgError &error)
{
    const QString &state = error.sqlState();
    const QString &m = error.message();
    auto has = [&m](const char *text) { return m.contains(QLatin1String(text), Qt::CaseInsensitive); };
    switch (error.kind()) {
    case PgError::Kind::None:
        return QStringLiteral("ok");
    case PgError::Kind::NameResolution:
        return QStringLiteral("dns-failure");
    case PgError::Kind::Timeout:
        return QStringLiteral("timeout");
    default:
        break;
    }
    if (state == QLatin1String("57P03"))
        return QStringLiteral("server-starting");
    if (state == QLatin1String("28P01"))
        return QStringLiteral("auth-failed");
    if (state == QLatin1String("28000")) {
        if (has("role") && has("does not exist"))
            return QStringLiteral("role-missing");
        return QStringLiteral("no-hba-entry");
    }
    if (state == QLatin1String("3D000"))
        return QStringLiteral("database-missing");
    if (state == QLatin1String("53300"))
        return QStringLiteral("too-many-connections");
    // No SQLSTATE: libpq's own words (they are not translated: Valvur runs libpq in the C locale's messages).
    if (has("password authentication failed") || has("no password supplied"))
        return QStringLiteral("auth-failed");
    if (has("invalid response to SSL negotiation") || has("expected authentication request"))
        return QStringLiteral("not-postgres");
    if (has("server does not support SSL"))
        return QStringLiteral("ssl-required");
    if (has("SSL") || has("certificate") || has("TLS"))
        return QStringLiteral("ssl-failed");
    if (has("could not translate host name"))
        return QStringLiteral("dns-failure");
    if (has("Connection refused") || (has("No such file or directory") && has("socket")))
        return QStringLiteral("connection-refused");
    if (has("timeout expired") || has("timed out"))
        return QStringLiteral("timeout");
    if (has("starting up") || has("in recovery mode") || has("not yet accepting connections"))
        return QStringLiteral("server-starting");
    if (has("too many clients"))
        return QStringLiteral("too-many-connections");
    return QStringLiteral("unknown");
}

int ConnectionDoctor::beginStep(const QString &id, const QString &target)
{
    DoctorStep step;
    step.id = id;
    step.target = ConnectionOptions::printable(target);
    step.startedMs = m_clock.elapsed();
    m_steps << step;
    const int index = int(m_steps.size()) - 1;
    Q_EMIT stepStarted(index);
    return index;
}

void ConnectionDoctor::endStep(int index, DoctorStep::State state, const char *note, const QStringList &args, const QString &raw)
{
    if (index < 0 || index >= m_steps.size() || m_steps.at(index).state != DoctorStep::State::Running)
        return;
    DoctorStep &step = m_steps[index];
    step.state = state;
    step.elapsedMs = m_clock.elapsed() - step.startedMs;
    step.note = note;
    step.noteArgs = args;
    step.raw = raw;
    Q_EMIT stepFinished(index);
}

void ConnectionDoctor::start(const ConnectionOptions &options, const QString &password)
{
    cleanup();
    ++m_generation;
    m_options = options;
    m_password = password;
    m_steps.clear();
    m_problem.clear();
    m_error = PgError();
    m_elapsedMs = 0;
    m_inUse = m_maxConnections = m_reserved = 0;
    m_holders.clear();
    m_causes.clear();
    m_sshError.clear();
    m_sshFingerprint.clear();
    m_serverOffersTls = false;
    m_tlsStep = m_authStep = -1;
    m_running = true;
    m_clock.start();
    // Asynchronous from the first step on, so a caller can connect to the signals after start().
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            m_ssh.isEnabled() ? startSsh() : resolveHosts();
    });
}

void ConnectionDoctor::abort()
{
    if (!m_running)
        return;
    cleanup();
    ++m_generation;
    m_running = false;
}

void ConnectionDoctor::cleanup()
{
    for (int id : std::as_const(m_lookupIds))
        QHostInfo::abortHostLookup(id);
    m_lookupIds.clear();
    delete m_lookupTimer;
    for (Probe &p : m_probes) {
        if (p.socket) {
            p.socket->disconnect(this);
            p.socket->abort();
            p.socket->deleteLater();
        }
        if (p.timer)
            p.timer->deleteLater();
    }
    m_probes.clear();
    if (m_session) {
        m_session->disconnect(this);
        m_session->close();
        m_session->deleteLater();
    }
    m_session = nullptr;
    if (m_containerCheck) {
        m_containerCheck->disconnect(this);
        m_containerCheck->deleteLater();
    }
    stopSsh();
}

void ConnectionDoctor::resolveHosts()
{
    // A port from PGPORT or a service file reaches no parser: "abc" would be probed as port 0.
    if (const QString port = m_options.effectivePort(); !ConnectionOptions::portError(port).isEmpty()) {
        const int s = beginStep(QStringLiteral("port"), port);
        endStep(s, DoctorStep::State::Failed, QT_TRANSLATE_NOOP("Valvur::Doctor", "a port is a number from 1 to 65535"));
        finish(QStringLiteral("bad-port"));
        return;
    }
    m_hosts = m_options.effectiveHosts();
    m_ports = m_options.effectivePort().split(QLatin1Char(','));
    const QString hostaddr = m_options.effective(QStringLiteral("hostaddr"));
    const QStringList hostaddrs = hostaddr.isEmpty() ? QStringList() : hostaddr.split(QLatin1Char(','));
    m_addresses = QList<QStringList>(m_hosts.size());
    m_resolveSteps = QList<int>(m_hosts.size(), -1);
    m_pending = 0;
    const quint64 generation = m_generation;
    for (int i = 0; i < m_hosts.size(); ++i) {
        const QString host = m_hosts.at(i).trimmed();
        const QString port = m_ports.size() == m_hosts.size() ? m_ports.at(i) : m_ports.first();
        if (i < hostaddrs.size() && !hostaddrs.at(i).trimmed().isEmpty()) {
            const int s = beginStep(QStringLiteral("resolve"), host.isEmpty() ? hostaddrs.at(i) : host);
            m_addresses[i] = {hostaddrs.at(i).trimmed()};
            endStep(s, DoctorStep::State::Skipped, QT_TRANSLATE_NOOP("Valvur::Doctor", "address given as hostaddr: %1"),
                    {hostaddrs.at(i).trimmed()});
            continue;
        }
        if (ConnectionOptions::isSocketPath(host)) {
            const QString path = host + QStringLiteral("/.s.PGSQL.") + port;
            const int s = beginStep(QStringLiteral("socket"), path);
            if (QFileInfo::exists(path)) {
                endStep(s, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "the socket file exists"));
                m_addresses[i] = {QStringLiteral("unix")};
            } else {
                endStep(s, DoctorStep::State::Failed,
                        QT_TRANSLATE_NOOP("Valvur::Doctor", "no socket file: no server listens on port %1 in %2"), {port, host});
            }
            continue;
        }
        QHostAddress literal;
        if (literal.setAddress(host)) {
            m_addresses[i] = {literal.toString()};
            continue;
        }
        m_resolveSteps[i] = beginStep(QStringLiteral("resolve"), host);
        ++m_pending;
        m_lookupIds << QHostInfo::lookupHost(host, this, [this, i, generation](const QHostInfo &info) {
            if (generation != m_generation)
                return;
            QStringList addresses;
            for (const QHostAddress &a : info.addresses())
                addresses << a.toString();
            onResolved(i, addresses, info.error() == QHostInfo::NoError ? QString() : info.errorString());
        });
    }
    if (m_pending == 0) {
        probeTcp();
        return;
    }
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    m_lookupTimer = timer;
    connect(timer, &QTimer::timeout, this, [this, generation] {
        if (generation != m_generation)
            return;
        for (int id : std::as_const(m_lookupIds))
            QHostInfo::abortHostLookup(id);
        m_lookupIds.clear();
        for (int i = 0; i < m_resolveSteps.size(); ++i) {
            if (m_resolveSteps.at(i) >= 0 && m_steps.at(m_resolveSteps.at(i)).state == DoctorStep::State::Running)
                endStep(m_resolveSteps.at(i), DoctorStep::State::Failed,
                        QT_TRANSLATE_NOOP("Valvur::Doctor", "no answer from the name server within %1 s"),
                        {QString::number((stepTimeout() + 999) / 1000)});
        }
        m_pending = 0;
        probeTcp();
    });
    timer->start(stepTimeout());
}

void ConnectionDoctor::onResolved(int hostIndex, const QStringList &addresses, const QString &errorText)
{
    m_addresses[hostIndex] = addresses;
    const int s = m_resolveSteps.at(hostIndex);
    if (addresses.isEmpty())
        endStep(s, DoctorStep::State::Failed, QT_TRANSLATE_NOOP("Valvur::Doctor", "the name does not resolve"), {}, errorText);
    else
        endStep(s, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "resolves to %1"),
                {addresses.join(QStringLiteral(", "))});
    if (--m_pending > 0)
        return;
    m_lookupIds.clear();
    delete m_lookupTimer;
    probeTcp();
}

void ConnectionDoctor::probeTcp()
{
    bool anySocket = false;
    for (int i = 0; i < m_hosts.size(); ++i) {
        const int port = (m_ports.size() == m_hosts.size() ? m_ports.at(i) : m_ports.first()).toInt();
        for (const QString &a : std::as_const(m_addresses.at(i))) {
            if (a == QLatin1String("unix")) {
                anySocket = true;
                continue;
            }
            Probe p;
            p.host = m_hosts.at(i).trimmed();
            p.address = a;
            p.port = port;
            m_probes << p;
        }
    }
    if (m_probes.isEmpty()) {
        if (anySocket) {
            afterProtocol();
            return;
        }
        bool socketStep = false;
        for (const DoctorStep &s : std::as_const(m_steps))
            socketStep = socketStep || s.id == QLatin1String("socket");
        finish(socketStep ? QStringLiteral("connection-refused") : QStringLiteral("dns-failure"));
        return;
    }
    m_pending = int(m_probes.size());
    const quint64 generation = m_generation;
    for (int i = 0; i < m_probes.size(); ++i) {
        Probe &p = m_probes[i];
        const QHostAddress address(p.address);
        const QString target = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]:%2").arg(p.address).arg(p.port)
            : QStringLiteral("%1:%2").arg(p.address).arg(p.port);
        p.step = beginStep(QStringLiteral("tcp"), target);
        p.socket = new QTcpSocket(this);
        p.timer = new QTimer(this);
        p.timer->setSingleShot(true);
        p.timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % late: the bound is what we promise
        connect(p.socket, &QTcpSocket::connected, this, [this, i, generation] {
            if (generation == m_generation)
                onTcpDone(i, QStringLiteral("connected"), {});
        });
        connect(p.socket, &QTcpSocket::errorOccurred, this, [this, i, generation](QAbstractSocket::SocketError e) {
            if (generation != m_generation || !m_probes.at(i).outcome.isEmpty())
                return;
            const QString text = m_probes.at(i).socket->errorString();
            onTcpDone(i, e == QAbstractSocket::ConnectionRefusedError ? QStringLiteral("connection-refused") : QStringLiteral("timeout"), text);
        });
        connect(p.timer, &QTimer::timeout, this, [this, i, generation] {
            if (generation == m_generation)
                onTcpDone(i, QStringLiteral("timeout"), {});
        });
        p.timer->start(stepTimeout());
        p.socket->connectToHost(address, quint16(p.port));
    }
}

void ConnectionDoctor::onTcpDone(int probe, const QString &outcome, const QString &errorText)
{
    Probe &p = m_probes[probe];
    if (!p.outcome.isEmpty())
        return;
    p.outcome = outcome;
    p.timer->stop();
    m_steps[p.step].outcome = outcome;
    if (outcome == QLatin1String("connected")) {
        endStep(p.step, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "the port accepts connections"));
    } else if (outcome == QLatin1String("connection-refused")) {
        endStep(p.step, DoctorStep::State::Failed, QT_TRANSLATE_NOOP("Valvur::Doctor", "connection refused: nothing listens on port %1"),
                {QString::number(p.port)});
        p.socket->abort();
    } else {
        if (errorText.isEmpty())
            endStep(p.step, DoctorStep::State::Failed, QT_TRANSLATE_NOOP("Valvur::Doctor", "no answer within %1 s"),
                    {QString::number((stepTimeout() + 999) / 1000)});
        else
            endStep(p.step, DoctorStep::State::Failed, QT_TRANSLATE_NOOP("Valvur::Doctor", "not reachable"), {}, errorText);
        p.socket->abort();
    }
    if (--m_pending > 0)
        return;
    // Every address answered or gave up: ask the reachable ones whether they speak PostgreSQL.
    for (int i = 0; i < m_probes.size(); ++i) {
        if (m_probes.at(i).outcome == QLatin1String("connected"))
            ++m_pending;
    }
    if (m_pending == 0) {
        afterProtocol();
        return;
    }
    for (int i = 0; i < m_probes.size(); ++i) {
        if (m_probes.at(i).outcome == QLatin1String("connected"))
            probeProtocol(i);
    }
}

void ConnectionDoctor::probeProtocol(int probe)
{
    Probe &p = m_probes[probe];
    p.outcome.clear();
    p.step = beginStep(QStringLiteral("postgres"), m_steps.at(p.step).target);
    p.socket->disconnect(this); // the TCP step's handlers are done
    const quint64 generation = m_generation;
    connect(p.socket, &QTcpSocket::readyRead, this, [this, probe, generation] {
        if (generation != m_generation)
            return;
        Probe &p = m_probes[probe];
        p.answer += p.socket->readAll();
        // One byte is the whole answer of a PostgreSQL server; anything longer is someone else.
        if (p.answer.size() == 1 && (p.answer.at(0) == 'S' || p.answer.at(0) == 'N')) {
            // Give a chatty non-PostgreSQL service no benefit of the doubt: its answer would be longer.
            p.outcome = QStringLiteral("postgres");
        } else {
            p.outcome = QStringLiteral("not-postgres");
        }
        onProtocolDone(probe);
    });
    connect(p.socket, &QTcpSocket::disconnected, this, [this, probe, generation] {
        if (generation != m_generation || !m_probes.at(probe).outcome.isEmpty())
            return;
        m_probes[probe].outcome = QStringLiteral("closed");
        onProtocolDone(probe);
    });
    p.timer->disconnect(this);
    connect(p.timer, &QTimer::timeout, this, [this, probe, generation] {
        if (generation != m_generation || !m_probes.at(probe).outcome.isEmpty())
            return;
        m_probes[probe].outcome = QStringLiteral("timeout");
        onProtocolDone(probe);
    });
    if (p.socket->state() != QAbstractSocket::ConnectedState) {
        // Closed while the other addresses were still being tried.
        p.outcome = QStringLiteral("closed");
        QTimer::singleShot(0, this, [this, probe, generation] {
            if (generation == m_generation)
                onProtocolDone(probe);
        });
        return;
    }
    p.timer->start(stepTimeout());
    p.socket->write(sslRequest, sizeof sslRequest);
}

void ConnectionDoctor::onProtocolDone(int probe)
{
    Probe &p = m_probes[probe];
    if (p.timer->isActive())
        p.timer->stop();
    else if (m_steps.at(p.step).state != DoctorStep::State::Running)
        return;
    p.socket->disconnect(this);
    p.socket->abort();
    m_steps[p.step].outcome = p.outcome;
    if (p.outcome == QLatin1String("postgres")) {
        const bool tls = p.answer.at(0) == 'S';
        if (tls)
            m_serverOffersTls = true;
        endStep(p.step, DoctorStep::State::Passed,
                tls ? QT_TRANSLATE_NOOP("Valvur::Doctor", "PostgreSQL answers; it offers TLS")
                    : QT_TRANSLATE_NOOP("Valvur::Doctor", "PostgreSQL answers; it does not offer TLS"));
    } else if (p.outcome == QLatin1String("not-postgres")) {
        endStep(p.step, DoctorStep::State::Failed, QT_TRANSLATE_NOOP("Valvur::Doctor", "another program answers: \"%1\""),
                {printable(p.answer)});
    } else if (p.outcome == QLatin1String("closed")) {
        p.outcome = QStringLiteral("not-postgres");
        endStep(p.step, DoctorStep::State::Failed,
                QT_TRANSLATE_NOOP("Valvur::Doctor", "the other side closed the connection without a PostgreSQL answer"));
    } else {
        // The handshake went through, then silence: a hung or stopped server, not a firewall.
        p.outcome = QStringLiteral("no-answer");
        endStep(p.step, DoctorStep::State::Failed, QT_TRANSLATE_NOOP("Valvur::Doctor", "connected, but no answer within %1 s"),
                {QString::number((stepTimeout() + 999) / 1000)});
    }
    if (--m_pending > 0)
        return;
    afterProtocol();
}

void ConnectionDoctor::afterProtocol()
{
    bool anyPostgres = false, anySocket = false;
    QStringList outcomes;
    for (const Probe &p : std::as_const(m_probes)) {
        anyPostgres = anyPostgres || p.outcome == QLatin1String("postgres");
        outcomes << p.outcome;
    }
    for (const QStringList &a : std::as_const(m_addresses))
        anySocket = anySocket || a.contains(QStringLiteral("unix"));
    if (!anyPostgres && !anySocket) {
        // The most telling failure wins: someone answering wrongly says more than silence,
        // silence more than a refusal, a refusal more than a name that does not resolve.
        for (const char *id : {"not-postgres", "no-answer", "timeout", "connection-refused"}) {
            if (outcomes.contains(QLatin1String(id))) {
                finish(QLatin1String(id));
                return;
            }
        }
        finish(QStringLiteral("dns-failure"));
        return;
    }
    const QString sslmode = m_options.effective(QStringLiteral("sslmode")).isEmpty()
        ? QStringLiteral("prefer")
        : m_options.effective(QStringLiteral("sslmode"));
    m_tlsStep = beginStep(QStringLiteral("tls"), QStringLiteral("sslmode=%1").arg(sslmode));
    if (sslmode == QLatin1String("disable")) {
        endStep(m_tlsStep, DoctorStep::State::Skipped, QT_TRANSLATE_NOOP("Valvur::Doctor", "TLS is not used (sslmode=disable)"));
    } else if (anySocket && m_probes.isEmpty()) {
        endStep(m_tlsStep, DoctorStep::State::Skipped, QT_TRANSLATE_NOOP("Valvur::Doctor", "a Unix socket needs no TLS"));
    } else if (!anySocket && !m_serverOffersTls) {
        if (requiresTls(sslmode)) {
            endStep(m_tlsStep, DoctorStep::State::Failed,
                    QT_TRANSLATE_NOOP("Valvur::Doctor", "sslmode=%1 requires TLS, but the server does not offer it (ssl = off)"),
                    {sslmode});
            finish(QStringLiteral("ssl-required"));
            return;
        }
        endStep(m_tlsStep, DoctorStep::State::Skipped,
                QT_TRANSLATE_NOOP("Valvur::Doctor", "the server does not offer TLS; sslmode=%1 continues without it"), {sslmode});
    }
    // Otherwise the TLS step stays open: libpq negotiates TLS first, then authenticates.
    openSession();
}

void ConnectionDoctor::openSession()
{
    m_authStep = beginStep(QStringLiteral("auth"), m_options.effectiveUser());
    auto *session = new PgSession(this);
    m_session = session;
    session->setConnectTimeout(stepTimeout());
    connect(session, &PgSession::connected, this, &ConnectionDoctor::onSessionConnected);
    connect(session, &PgSession::connectFailed, this, &ConnectionDoctor::onSessionFailed);
    ConnectionOptions options = m_options;
    if (options.effective(QStringLiteral("application_name")).isEmpty())
        options.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-doctor"));
    session->open(options, m_password);
}

void ConnectionDoctor::onSessionFailed(const PgError &error)
{
    m_error = error;
    QString problem = problemFor(error);
    // The server answered the protocol probe (or has its socket file), then let the login time out.
    if (problem == QLatin1String("timeout"))
        problem = QStringLiteral("no-answer");
    if (problem == QLatin1String("ssl-failed") || problem == QLatin1String("ssl-required")) {
        endStep(m_tlsStep, DoctorStep::State::Failed, nullptr, {}, serverWords(error.message()));
        endStep(m_authStep, DoctorStep::State::Skipped);
        finish(problem);
        return;
    }
    // The server got as far as judging the login: with a required TLS the handshake went through.
    const QString sslmode = m_options.effective(QStringLiteral("sslmode"));
    if (requiresTls(sslmode))
        endStep(m_tlsStep, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "the TLS handshake succeeded"));
    else
        endStep(m_tlsStep, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "the server offers TLS; libpq uses it when it can (sslmode=%1)"),
                {sslmode.isEmpty() ? QStringLiteral("prefer") : sslmode});
    if (problem == QLatin1String("database-missing")) {
        endStep(m_authStep, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "the server accepts user %1"),
                {m_options.effectiveUser()});
        const int s = beginStep(QStringLiteral("database"), m_options.effectiveDatabase());
        endStep(s, DoctorStep::State::Failed, nullptr, {}, serverWords(error.message()));
    } else {
        endStep(m_authStep, DoctorStep::State::Failed, nullptr, {}, serverWords(error.message()));
    }
    finish(problem);
}

void ConnectionDoctor::onSessionConnected()
{
    const QString protocol = m_session->sslProtocol();
    if (!protocol.isEmpty())
        endStep(m_tlsStep, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "the connection is encrypted (%1)"), {protocol});
    else
        endStep(m_tlsStep, DoctorStep::State::Skipped, QT_TRANSLATE_NOOP("Valvur::Doctor", "the connection is not encrypted"));
    endStep(m_authStep, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "the server accepts user %1"),
            {m_options.effectiveUser()});
    const int s = beginStep(QStringLiteral("database"), m_options.effectiveDatabase());
    endStep(s, DoctorStep::State::Passed, QT_TRANSLATE_NOOP("Valvur::Doctor", "connected (PostgreSQL %1)"),
            {QString::number(m_session->serverVersion() / 10000) + QLatin1Char('.') + QString::number(m_session->serverVersion() % 10000)});
    checkCapacity();
}

void ConnectionDoctor::checkCapacity()
{
    const int s = beginStep(QStringLiteral("connections"), QStringLiteral("max_connections"));
    // One round trip: the limits, then who holds the client connections (not us).
    static const QString sql = QStringLiteral(
        "SELECT current_setting('max_connections')::int AS max_connections,\n"
        "       current_setting('superuser_reserved_connections')::int AS reserved,\n"
        "       (SELECT count(*) FROM pg_stat_activity\n"
        "         WHERE backend_type = 'client backend' AND pid <> pg_backend_pid())::int AS others;\n"
        "SELECT coalesce(application_name, '') AS application, coalesce(usename, '') AS usename, count(*)::int AS n\n"
        "  FROM pg_stat_activity\n"
        " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()\n"
        " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 5");
    const quint64 generation = m_generation;
    m_session->exec(sql, this, [this, s, generation](const PgReply &r) {
        if (generation != m_generation)
            return;
        if (!r.ok() || r.results.size() < 2) {
            endStep(s, DoctorStep::State::Skipped, QT_TRANSLATE_NOOP("Valvur::Doctor", "could not read pg_stat_activity"), {},
                    r.error.message());
            finish(QStringLiteral("ok"));
            return;
        }
        const PgResult &limits = r.first();
        m_maxConnections = limits.value(0, QStringLiteral("max_connections")).toInt();
        m_reserved = limits.value(0, QStringLiteral("reserved")).toInt();
        m_inUse = limits.value(0, QStringLiteral("others")).toInt();
        const PgResult &who = r.at(1);
        for (int row = 0; row < who.rowCount(); ++row)
            m_holders << Holder{who.value(row, QStringLiteral("application")).toString(),
                                who.value(row, QStringLiteral("usename")).toString(),
                                who.value(row, QStringLiteral("n")).toInt()};
        // Others hold every slot a non-superuser may take: we are in only through a reserved slot.
        const bool full = m_maxConnections > 0 && m_inUse >= m_maxConnections - m_reserved;
        endStep(s, full ? DoctorStep::State::Failed : DoctorStep::State::Passed,
                QT_TRANSLATE_NOOP("Valvur::Doctor", "%1 of %2 connections used by others (%3 reserved for superusers)"),
                {QString::number(m_inUse), QString::number(m_maxConnections), QString::number(m_reserved)});
        finish(full ? QStringLiteral("too-many-connections") : QStringLiteral("ok"));
    });
}

void ConnectionDoctor::finish(const QString &problem)
{
    // Close whatever is still open, and say why a step that never got its answer ended.
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).state == DoctorStep::State::Running)
            endStep(i, DoctorStep::State::Skipped);
    }
    cleanup();
    ++m_generation;
    if (!startContainerCheck(problem))
        conclude(problem);
}

void ConnectionDoctor::conclude(const QString &problem)
{
    m_problem = problem;
    m_elapsedMs = m_clock.elapsed();
    m_running = false;
    Q_EMIT finished(problem);
}

} // namespace Valvur
