#include "pg/pgsession.h"

#include "pg/pgrowcache.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHostInfo>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QtConcurrent/QtConcurrentRun>

#include <libpq-fe.h>

#include <cstring>
#include <memory>

namespace Valvur {

namespace {

// Type OIDs from pg_type.h (stable across versions).
enum : Oid {
    BoolOid = 16, Int8Oid = 20, Int2Oid = 21, Int4Oid = 23, OidOid = 26, XidOid = 28,
    Float4Oid = 700, Float8Oid = 701, NumericOid = 1700, TimestampOid = 1114, TimestampTzOid = 1184,
};

QVariant convert(const char *text, int length, Oid type)
{
    switch (type) {
    case BoolOid:
        return text[0] == 't';
    case Int8Oid:
    case Int2Oid:
    case Int4Oid:
    case OidOid:
    case XidOid:
        return QByteArray::fromRawData(text, length).toLongLong();
    case Float4Oid:
    case Float8Oid:
    case NumericOid: {
        const QByteArray raw = QByteArray::fromRawData(text, length);
        if (raw == "NaN")
            return qQNaN();
        return raw.toDouble();
    }
    case TimestampOid:
    case TimestampTzOid: {
        // 2026-11-24 20:06:28.123456+00 ; ISO DateStyle is PostgreSQL's default and set on connect.
        QString s = QString::fromLatin1(text, length);
        s.replace(QLatin1Char(' '), QLatin1Char('T'));
        if (type == TimestampTzOid && s.size() > 3 && (s.at(s.size() - 3) == QLatin1Char('+') || s.at(s.size() - 3) == QLatin1Char('-')))
            s += QStringLiteral(":00");
        QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(s, Qt::ISODate);
        return dt.isValid() ? QVariant(dt) : QVariant(QString::fromLatin1(text, length));
    }
    default:
        return QString::fromUtf8(text, length);
    }
}

// With a cache (a repeated request), a row whose raw text equals one of the last reply's is not
// converted again: the cache hands back that reply's converted row, shared.
PgResult toResult(PGresult *res, PgRowCache *cache = nullptr, int set = -1)
{
    const int nFields = PQnfields(res);
    const int nRows = PQntuples(res);
    QStringList columns;
    QList<unsigned int> types;
    columns.reserve(nFields);
    types.reserve(nFields);
    for (int c = 0; c < nFields; ++c) {
        columns << QString::fromUtf8(PQfname(res, c));
        types << PQftype(res, c);
    }
    QList<QVariantList> rows;
    rows.reserve(nRows);
    QByteArray raw;
    for (int r = 0; r < nRows; ++r) {
        if (cache) {
            // each value as its length (-1 for NULL) and its bytes: no two different rows alike
            qsizetype size = 0;
            for (int c = 0; c < nFields; ++c)
                size += qsizetype(sizeof(qint32)) + PQgetlength(res, r, c);
            raw = QByteArray(size, Qt::Uninitialized); // a new one: the cache keeps the last
            char *out = raw.data();
            for (int c = 0; c < nFields; ++c) {
                const qint32 length = PQgetisnull(res, r, c) ? -1 : PQgetlength(res, r, c);
                memcpy(out, &length, sizeof length);
                out += sizeof length;
                if (length > 0) {
                    memcpy(out, PQgetvalue(res, r, c), size_t(length));
                    out += length;
                }
            }
            if (const QVariantList *known = cache->find(set, types, raw)) {
                rows << *known;
                cache->keep(set, types, raw, *known);
                continue;
            }
        }
        QVariantList row;
        row.reserve(nFields);
        for (int c = 0; c < nFields; ++c) {
            if (PQgetisnull(res, r, c))
                row << QVariant();
            else
                row << convert(PQgetvalue(res, r, c), PQgetlength(res, r, c), types.at(c));
        }
        if (cache)
            cache->keep(set, types, raw, row);
        rows << row;
    }
    return PgResult(columns, types, rows, QString::fromUtf8(PQcmdStatus(res)));
}

QString field(const PGresult *res, int code)
{
    return QString::fromUtf8(PQresultErrorField(res, code));
}

PgError toError(const PGresult *res)
{
    const QString state = field(res, PG_DIAG_SQLSTATE);
    PgError error(state == QLatin1String("57014") ? PgError::Kind::Cancelled : PgError::Kind::Server,
                  field(res, PG_DIAG_MESSAGE_PRIMARY), state);
    if (error.message().isEmpty())
        error = PgError(PgError::Kind::Server, QString::fromUtf8(PQresultErrorMessage(res)), state);
    error.setSeverity(field(res, PG_DIAG_SEVERITY_NONLOCALIZED));
    error.setDetail(field(res, PG_DIAG_MESSAGE_DETAIL));
    error.setHint(field(res, PG_DIAG_MESSAGE_HINT));
    error.setContext(field(res, PG_DIAG_CONTEXT));
    return error;
}

QByteArray paramText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? "t" : "f";
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    default:
        return v.toString().toUtf8();
    }
}

} // namespace

PgSession::PgSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Valvur::PgError>();
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        const int seconds = (connectTimeout() + 999) / 1000;
        connectFailedWith(PgError(PgError::Kind::Timeout,
                                  QStringLiteral("timeout expired: no answer from the server within %1 s").arg(seconds)));
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PgSession::startConnect);
}

PgSession::~PgSession()
{
    teardown();
}

int PgSession::connectTimeout() const
{
    if (m_connectTimeoutMs > 0)
        return m_connectTimeoutMs;
    bool ok = false;
    const int seconds = m_options.effective(QStringLiteral("connect_timeout")).toInt(&ok);
    // libpq treats values below 2 as 2 seconds; 0 means "wait forever", which a GUI must not do.
    if (ok && seconds > 0)
        return qMax(2, seconds) * 1000;
    return 10000;
}

int PgSession::serverVersion() const
{
    return m_conn && m_state == State::Connected ? PQserverVersion(m_conn) : 0;
}

int PgSession::backendPid() const
{
    return m_conn && m_state == State::Connected ? PQbackendPID(m_conn) : 0;
}

QString PgSession::encryptPassword(const QString &user, const QString &password) const
{
    if (!m_conn || m_state != State::Connected)
        return {};
    std::unique_ptr<char, decltype(&PQfreemem)> verifier(
        PQencryptPasswordConn(m_conn, password.toUtf8().constData(), user.toUtf8().constData(), "scram-sha-256"), &PQfreemem);
    return verifier ? QString::fromUtf8(verifier.get()) : QString();
}

QString PgSession::sslProtocol() const
{
    const bool tls = m_conn && m_state == State::Connected && PQsslInUse(m_conn);
    return tls ? QString::fromUtf8(PQsslAttribute(m_conn, "protocol")) : QString();
}

int PgSession::secondsUntilReconnect() const
{
    return m_reconnectTimer.isActive() ? (m_reconnectTimer.remainingTime() + 999) / 1000 : 0;
}

void PgSession::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void PgSession::open(const ConnectionOptions &options, const QString &password)
{
    close();
    m_options = options;
    m_password = password;
    m_reconnectAttempt = 0;
    startConnect();
}

void PgSession::teardown()
{
    // Whatever was under way belongs to an older generation from here on.
    ++m_generation;
    m_connectTimer.stop();
    for (int id : std::as_const(m_lookupIds))
        QHostInfo::abortHostLookup(id);
    m_lookupIds.clear();
    dropNotifiers();
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

void PgSession::close()
{
    teardown();
    m_reconnectTimer.stop();
    m_queue.clear();
    m_current.reset();
    setState(State::Disconnected);
}

void PgSession::startConnect()
{
    teardown();
    m_lastError = PgError();
    setState(State::Resolving);
    m_connectTimer.start(connectTimeout());

    // libpq's PQconnectStart resolves host names with a blocking getaddrinfo(); resolve them
    // here asynchronously and hand libpq the addresses (hostaddr), keeping host for TLS and pgpass.
    m_hosts = m_options.effectiveHosts();
    m_addresses = QList<QStringList>(m_hosts.size());
    m_pendingLookups = 0;
    m_lookupIds.clear();
    const bool haveHostaddr = !m_options.effective(QStringLiteral("hostaddr")).isEmpty();
    const quint64 generation = m_generation;
    for (int i = 0; i < m_hosts.size(); ++i) {
        const QString host = m_hosts.at(i).trimmed();
        QHostAddress literal;
        if (haveHostaddr || ConnectionOptions::isSocketPath(host) || host.isEmpty()) {
            m_addresses[i] = {QString()};
        } else if (literal.setAddress(host)) {
            m_addresses[i] = {literal.toString()};
        } else {
            ++m_pendingLookups;
            m_lookupIds << QHostInfo::lookupHost(host, this, [this, i, generation](const QHostInfo &info) {
                if (generation == m_generation)
                    onHostResolved(i, info);
            });
        }
    }
    if (m_pendingLookups == 0)
        startLibpq();
}

void PgSession::onHostResolved(int index, const QHostInfo &info)
{
    QStringList addresses;
    for (const QHostAddress &a : info.addresses())
        addresses << a.toString();
    m_addresses[index] = addresses;
    if (addresses.isEmpty())
        m_lastError = PgError(PgError::Kind::NameResolution,
                              QStringLiteral("could not translate host name \"%1\" to address: %2")
                                  .arg(m_hosts.at(index), info.errorString()));
    if (--m_pendingLookups > 0)
        return;
    m_lookupIds.clear();
    bool any = false;
    for (const QStringList &a : std::as_const(m_addresses))
        any = any || !a.isEmpty();
    if (!any) {
        connectFailedWith(m_lastError);
        return;
    }
    startLibpq();
}

void PgSession::startLibpq()
{
    setState(State::Connecting);
    QMap<QString, QString> values = m_options.values();
    const bool haveHostaddr = !m_options.effective(QStringLiteral("hostaddr")).isEmpty();
    if (!haveHostaddr) {
        // One entry per address: host=h,h hostaddr=a1,a2 port=p,p — libpq tries them in order.
        const QStringList ports = m_options.effectivePort().split(QLatin1Char(','));
        QStringList hosts, addrs, portList;
        for (int i = 0; i < m_hosts.size(); ++i) {
            for (const QString &a : std::as_const(m_addresses.at(i))) {
                hosts << m_hosts.at(i).trimmed();
                addrs << a;
                portList << (ports.size() == m_hosts.size() ? ports.at(i) : ports.first());
            }
        }
        values.insert(QStringLiteral("host"), hosts.join(QLatin1Char(',')));
        values.insert(QStringLiteral("hostaddr"), addrs.join(QLatin1Char(',')));
        values.insert(QStringLiteral("port"), portList.join(QLatin1Char(',')));
    }
    if (!m_password.isEmpty())
        values.insert(QStringLiteral("password"), m_password);
    values.insert(QStringLiteral("fallback_application_name"), QStringLiteral("valvur"));
    values.insert(QStringLiteral("client_encoding"), QStringLiteral("UTF8"));

    QList<QByteArray> storage;
    storage.reserve(values.size() * 2);
    QList<const char *> keys, vals;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        storage << it.key().toUtf8() << it.value().toUtf8();
        keys << storage.at(storage.size() - 2).constData();
        vals << storage.last().constData();
    }
    keys << nullptr;
    vals << nullptr;
    m_conn = PQconnectStartParams(keys.constData(), vals.constData(), 0);
    if (!m_conn) {
        connectFailedWith(PgError(PgError::Kind::Connection, QStringLiteral("out of memory")));
        return;
    }
    // Verbose errors carry the SQLSTATE in the text ("FATAL:  28P01: …"): libpq 15 has no other
    // way to report the code of a failed connection, and the connection doctor needs it.
    PQsetErrorVerbosity(m_conn, PQERRORS_VERBOSE);
    PQsetNoticeReceiver(m_conn, &PgSession::noticeReceiver, this);
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        connectFailedWith(connectionError());
        return;
    }
    updateNotifiers(false, true); // PQconnectStart leaves us in PGRES_POLLING_WRITING
}

void PgSession::pollConnect()
{
    const PostgresPollingStatusType status = PQconnectPoll(m_conn);
    switch (status) {
    case PGRES_POLLING_OK:
        m_connectTimer.stop();
        m_reconnectAttempt = 0;
        PQsetErrorVerbosity(m_conn, PQERRORS_DEFAULT);
        PQsetnonblocking(m_conn, 1);
        updateNotifiers(true, false);
        setState(State::Connected);
        Q_EMIT connected();
        drain();
        return;
    case PGRES_POLLING_FAILED:
        connectFailedWith(connectionError());
        return;
    case PGRES_POLLING_READING:
        updateNotifiers(true, false);
        return;
    case PGRES_POLLING_WRITING:
        updateNotifiers(false, true);
        return;
    default:
        return;
    }
}

PgError PgSession::connectionError() const
{
    const QString text = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)) : QString();
    // Verbose form: 'connection to server at "h" (a), port p failed: FATAL:  28P01: password …'
    static const QRegularExpression coded(QStringLiteral("(FATAL|ERROR|PANIC):\\s+([0-9A-Z]{5}):\\s+([^\\n]*)"));
    QString state;
    QString message;
    QRegularExpressionMatchIterator it = coded.globalMatch(text);
    while (it.hasNext()) { // the last attempt's error is the one that decided
        const QRegularExpressionMatch m = it.next();
        state = m.captured(2);
        message = m.captured(3);
    }
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1String("LOCATION:")))
            lines << line.trimmed();
    }
    QString full = lines.join(QLatin1Char('\n'));
    if (!state.isEmpty())
        full.replace(state + QStringLiteral(": "), QString());
    PgError error(PgError::Kind::Connection, full, state);
    return error;
}

void PgSession::connectFailedWith(const PgError &error)
{
    teardown();
    m_lastError = error;
    failAll(error);
    const bool hopeless = error.kind() == PgError::Kind::InvalidOptions || error.sqlState().startsWith(QLatin1String("28"))
        || error.sqlState() == QLatin1String("3D000")
        || error.message().contains(QLatin1String("password authentication failed"))
        || error.message().contains(QLatin1String("no password supplied"));
    if (m_autoReconnect && !hopeless) {
        scheduleReconnect();
        Q_EMIT connectFailed(error);
    } else {
        setState(State::Disconnected);
        Q_EMIT connectFailed(error);
    }
}

void PgSession::lose(const PgError &error)
{
    teardown();
    m_lastError = error;
    failAll(error);
    if (m_autoReconnect)
        scheduleReconnect();
    else
        setState(State::Disconnected);
    Q_EMIT connectionLost(error);
}

void PgSession::scheduleReconnect()
{
    static const int delays[] = {1, 2, 4, 8, 16, 30};
    const int delay = delays[qMin(m_reconnectAttempt, int(std::size(delays)) - 1)];
    ++m_reconnectAttempt;
    m_reconnectTimer.start(delay * 1000);
    setState(State::Reconnecting);
}

void PgSession::failAll(const PgError &error)
{
    QList<Request> requests;
    if (m_current)
        requests << *m_current;
    m_current.reset();
    while (!m_queue.isEmpty())
        requests << m_queue.dequeue();
    QPointer<PgSession> self(this);
    for (const Request &r : std::as_const(requests)) {
        if (!r.context)
            continue;
        PgReply reply;
        reply.error = error;
        r.handler(reply);
        if (!self)
            return;
    }
}

void PgSession::dropNotifiers()
{
    // This may run inside one of these notifiers' own activated() (a reply handler that closes its
    // session): silence them now, delete them once control is back in the event loop.
    for (QSocketNotifier *n : {m_readNotifier, m_writeNotifier}) {
        if (!n)
            continue;
        n->setEnabled(false);
        n->disconnect(this);
        n->deleteLater();
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
    m_socket = -1;
}

void PgSession::updateNotifiers(bool wantRead, bool wantWrite)
{
    const int socket = m_conn ? PQsocket(m_conn) : -1;
    if (socket != m_socket) { // libpq may open a new socket at each connect step
        dropNotifiers();
        m_socket = socket;
        if (socket < 0)
            return;
        m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(m_readNotifier, &QSocketNotifier::activated, this, &PgSession::onReadable);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &PgSession::onWritable);
    }
    if (m_readNotifier)
        m_readNotifier->setEnabled(wantRead);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(wantWrite);
}

void PgSession::onReadable()
{
    if (!m_conn)
        return;
    if (m_state != State::Connected) {
        pollConnect();
        return;
    }
    if (!PQconsumeInput(m_conn)) {
        lose(PgError(PgError::Kind::ConnectionLost, QString::fromUtf8(PQerrorMessage(m_conn))));
        return;
    }
    while (PGnotify *n = PQnotifies(m_conn)) {
        const QString channel = QString::fromUtf8(n->relname);
        const QString payload = QString::fromUtf8(n->extra);
        PQfreemem(n);
        Q_EMIT notification(channel, payload);
        if (!m_conn)
            return;
    }
    if (m_current) {
        readResults();
        return;
    }
    if (PQstatus(m_conn) == CONNECTION_BAD)
        lose(PgError(PgError::Kind::ConnectionLost, QString::fromUtf8(PQerrorMessage(m_conn))));
}

void PgSession::onWritable()
{
    if (!m_conn)
        return;
    if (m_state != State::Connected) {
        pollConnect();
        return;
    }
    flush();
}

void PgSession::exec(const QString &sql, QObject *context, Handler handler, std::shared_ptr<PgRowCache> cache)
{
    exec(sql, {}, context, std::move(handler), std::move(cache));
}

void PgSession::exec(const QString &sql, const QVariantList &params, QObject *context, Handler handler,
                     std::shared_ptr<PgRowCache> cache)
{
    Request r;
    r.cache = std::move(cache);
    r.sql = sql;
    r.params = params;
    r.extended = !params.isEmpty();
    r.context = context ? context : this;
    r.handler = std::move(handler);
    if (m_state != State::Connected && m_state != State::Connecting && m_state != State::Resolving) {
        PgReply reply;
        reply.error = PgError(PgError::Kind::NotConnected, QStringLiteral("not connected"));
        // Reply asynchronously, like every other reply, so callers never re-enter themselves.
        QTimer::singleShot(0, r.context.data(), [r, reply] { r.handler(reply); });
        return;
    }
    m_queue.enqueue(std::move(r));
    drain();
}

void PgSession::drain()
{
    while (m_state == State::Connected && !m_current && !m_queue.isEmpty()) {
        Request r = m_queue.dequeue();
        if (!r.context)
            continue; // nobody waits for this reply any more
        const QByteArray sql = r.sql.toUtf8();
        int sent = 0;
        if (r.extended) {
            QList<QByteArray> texts;
            QList<const char *> values;
            texts.reserve(r.params.size());
            for (const QVariant &p : std::as_const(r.params)) {
                if (p.isNull()) {
                    values << nullptr;
                } else {
                    texts << paramText(p);
                    values << texts.last().constData();
                }
            }
            sent = PQsendQueryParams(m_conn, sql.constData(), int(values.size()), nullptr, values.constData(), nullptr,
                                     nullptr, 0);
        } else {
            sent = PQsendQuery(m_conn, sql.constData());
        }
        m_partial = PgReply();
        m_requestTimer.start();
        m_current = std::move(r);
        if (!sent) {
            if (PQstatus(m_conn) == CONNECTION_BAD) {
                lose(PgError(PgError::Kind::ConnectionLost, QString::fromUtf8(PQerrorMessage(m_conn))));
                return;
            }
            m_partial.error = PgError(PgError::Kind::Server, QString::fromUtf8(PQerrorMessage(m_conn)));
            finishCurrent();
            continue;
        }
        flush();
    }
}

void PgSession::flush()
{
    if (!m_conn)
        return;
    const int r = PQflush(m_conn);
    if (r < 0) {
        lose(PgError(PgError::Kind::ConnectionLost, QString::fromUtf8(PQerrorMessage(m_conn))));
        return;
    }
    updateNotifiers(true, r == 1);
}

void PgSession::readResults()
{
    while (m_conn && m_current && !PQisBusy(m_conn)) {
        PGresult *res = PQgetResult(m_conn);
        if (!res) {
            finishCurrent();
            return;
        }
        switch (PQresultStatus(res)) {
        case PGRES_TUPLES_OK:
        case PGRES_COMMAND_OK:
        case PGRES_EMPTY_QUERY:
            m_partial.results << toResult(res, m_current->cache.get(), int(m_partial.results.size()));
            break;
        case PGRES_COPY_IN:
        case PGRES_COPY_OUT:
        case PGRES_COPY_BOTH:
            if (m_partial.error.isNull())
                m_partial.error = PgError(PgError::Kind::Server, QStringLiteral("COPY is not supported here"));
            PQclear(res);
            lose(m_partial.error);
            return;
        default:
            if (m_partial.error.isNull())
                m_partial.error = toError(res);
            break;
        }
        PQclear(res);
    }
    if (m_conn && PQstatus(m_conn) == CONNECTION_BAD)
        lose(PgError(PgError::Kind::ConnectionLost, QString::fromUtf8(PQerrorMessage(m_conn))));
}

void PgSession::finishCurrent()
{
    Request r = std::move(*m_current);
    m_current.reset();
    PgReply reply = std::move(m_partial);
    m_partial = PgReply();
    reply.elapsedUs = m_requestTimer.nsecsElapsed() / 1000;
    if (r.cache)
        r.cache->commit();
    QPointer<PgSession> self(this);
    Q_EMIT answered();
    if (!self)
        return;
    if (r.context)
        r.handler(reply);
    if (self)
        drain();
}

void PgSession::cancel()
{
    if (!m_conn || !m_current)
        return;
    PGcancel *handle = PQgetCancel(m_conn);
    if (!handle)
        return;
    // PQcancel opens a new connection and waits for it: never on the GUI thread.
    (void)QtConcurrent::run([handle] {
        char errbuf[256];
        PQcancel(handle, errbuf, sizeof errbuf);
        PQfreeCancel(handle);
    });
}

void PgSession::noticeReceiver(void *arg, const pg_result *res)
{
    auto *self = static_cast<PgSession *>(arg);
    Q_EMIT self->notice(QString::fromUtf8(PQresultErrorMessage(res)).trimmed());
}

} // namespace Valvur
