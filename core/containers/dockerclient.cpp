#include "containers/dockerclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocalSocket>

#include <sys/socket.h>

namespace Valvur {

namespace {

constexpr qint64 kMaxBody = 64 * 1024 * 1024;
constexpr qint64 kMaxHead = 64 * 1024;

EngineError socketError(QLocalSocket::LocalSocketError error, const QString &text)
{
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        return {EngineError::Kind::NoEngine, text};
    case QLocalSocket::ConnectionRefusedError:
        return {EngineError::Kind::NotRunning, text};
    case QLocalSocket::SocketAccessError:
        return {EngineError::Kind::PermissionDenied, text};
    case QLocalSocket::SocketTimeoutError:
        return {EngineError::Kind::Timeout, text};
    default:
        return {EngineError::Kind::Protocol, text};
    }
}

// "1.41" → 41 (the major is 1 for every engine so far)
int apiMinor(const QString &version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    return parts.size() == 2 && parts[0] == QLatin1String("1") ? parts[1].toInt() : -1;
}

} // namespace

EngineCall::EngineCall(const QString &socketPath, const QByteArray &request, const Options &options, QObject *parent)
    : QObject(parent), m_socket(new QLocalSocket(this)), m_request(request), m_options(options)
{
    m_timer.setSingleShot(true);
    m_idle.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { fail({EngineError::Kind::Timeout}); });
    connect(&m_idle, &QTimer::timeout, this, [this] { fail({EngineError::Kind::Timeout}); });
    connect(m_socket, &QLocalSocket::connected, this, &EngineCall::onConnected);
    connect(m_socket, &QLocalSocket::readyRead, this, &EngineCall::onReadyRead);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &EngineCall::onSocketError);
    connect(m_socket, &QLocalSocket::disconnected, this, &EngineCall::onDisconnected);
    connect(m_socket, &QLocalSocket::bytesWritten, this, &EngineCall::bytesWritten);
    if (options.timeoutMs > 0)
        m_timer.start(options.timeoutMs);
    if (options.idleTimeoutMs > 0)
        m_idle.start(options.idleTimeoutMs);
    // Connect from the event loop: a missing socket fails at once, and its error must reach the
    // handlers that are connected after this constructor returns.
    QMetaObject::invokeMethod(this, [this, socketPath] {
        if (!m_finished) // aborted or timed out before the loop came round
            m_socket->connectToServer(socketPath);
    }, Qt::QueuedConnection);
}

void EngineCall::onConnected()
{
    m_socket->write(m_request);
    m_request.clear();
}

void EngineCall::onReadyRead()
{
    if (m_finished)
        return;
    if (m_options.idleTimeoutMs > 0)
        m_idle.start(m_options.idleTimeoutMs);
    m_buffer += m_socket->readAll();
    if (!m_headDone) {
        if (!parseHead())
            return;
    }
    parseBody();
}

bool EngineCall::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHead)
            fail({EngineError::Kind::Protocol, QStringLiteral("response head too long")});
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    bool ok = false;
    m_status = status.value(1).toInt(&ok);
    if (!status.value(0).startsWith("HTTP/1.") || !ok) {
        fail({EngineError::Kind::Protocol, QString::fromLatin1(lines.value(0).left(80))});
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            m_contentLength = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            m_chunked = true;
    }
    if (m_status == 101) { // upgraded: raw bytes both ways until close
        m_chunked = false;
        m_contentLength = -1;
    }
    if (m_status == 204 || m_status == 304) { // no body by definition (start, stop, remove answer so)
        m_chunked = false;
        m_contentLength = 0;
    }
    m_headDone = true;
    if (m_options.stream && m_status < 300 && m_options.timeoutMs > 0)
        m_timer.stop(); // the bound was for the answer to start; a stream then runs under its idle bound
    emit headersReceived(m_status);
    return true;
}

void EngineCall::deliver(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    if (m_options.stream && m_status < 300) {
        emit received(data);
        return;
    }
    if (m_body.size() + data.size() > kMaxBody) {
        fail({EngineError::Kind::Protocol, QStringLiteral("answer larger than 64 MB")});
        return;
    }
    m_body += data;
}

void EngineCall::parseBody()
{
    QPointer<EngineCall> alive(this);
    if (!m_chunked) {
        if (m_contentLength >= 0) {
            const qint64 want = m_contentLength - m_body.size();
            const QByteArray part = m_buffer.left(want);
            m_buffer.remove(0, part.size());
            m_contentLength -= m_options.stream && m_status < 300 ? part.size() : 0;
            deliver(part);
            if (!alive || m_finished)
                return;
            const bool complete = m_options.stream && m_status < 300 ? m_contentLength == 0
                                                                      : m_body.size() >= m_contentLength;
            if (complete)
                finish();
        } else {
            const QByteArray part = m_buffer;
            m_buffer.clear();
            deliver(part); // until the engine closes the connection
        }
        return;
    }
    while (alive && !m_finished) {
        if (m_chunkLeft == -2) { // the CRLF after a chunk's data, which came in a later read
            if (m_buffer.size() < 2)
                return;
            m_buffer.remove(0, 2);
            m_chunkLeft = -1;
        }
        if (m_chunkLeft < 0) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            bool ok = false;
            m_chunkLeft = m_buffer.left(eol).split(';').value(0).trimmed().toLongLong(&ok, 16);
            m_buffer.remove(0, eol + 2);
            if (!ok) {
                fail({EngineError::Kind::Protocol, QStringLiteral("bad chunk size")});
                return;
            }
            if (m_chunkLeft == 0) {
                finish();
                return;
            }
        }
        if (m_buffer.isEmpty())
            return;
        const QByteArray part = m_buffer.left(m_chunkLeft);
        m_buffer.remove(0, part.size());
        m_chunkLeft -= part.size();
        deliver(part);
        if (m_chunkLeft == 0) {
            if (m_buffer.size() < 2) {
                m_chunkLeft = -2; // the chunk's CRLF is still to come
                return;
            }
            m_buffer.remove(0, 2);
            m_chunkLeft = -1;
        }
    }
}

void EngineCall::onSocketError()
{
    if (m_finished)
        return;
    const auto error = m_socket->error();
    if (error == QLocalSocket::PeerClosedError) {
        onDisconnected();
        return;
    }
    fail(socketError(error, m_socket->errorString()));
}

void EngineCall::onDisconnected()
{
    if (m_finished)
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (m_finished)
        return;
    if (!m_headDone) {
        fail({EngineError::Kind::Protocol, QStringLiteral("the engine closed the connection without an answer")});
        return;
    }
    if (m_chunked || (m_contentLength > 0 && (m_options.stream ? m_contentLength > 0 : m_body.size() < m_contentLength))) {
        fail({EngineError::Kind::Protocol, QStringLiteral("the engine closed the connection mid-answer")});
        return;
    }
    finish();
}

void EngineCall::fail(const EngineError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    m_timer.stop();
    m_idle.stop();
    m_socket->abort();
    emit finished();
    deleteLater();
}

void EngineCall::finish()
{
    if (m_finished)
        return;
    if (m_status >= 400) {
        QString message = QJsonDocument::fromJson(m_body).object().value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = QString::fromUtf8(m_body.left(500)).trimmed();
        m_error = EngineError(EngineError::Kind::Http, message, m_status);
    }
    m_finished = true;
    m_timer.stop();
    m_idle.stop();
    m_socket->disconnectFromServer();
    emit finished();
    deleteLater();
}

void EngineCall::write(const QByteArray &data)
{
    if (!m_finished && !m_writeClosed)
        m_socket->write(data);
}

qint64 EngineCall::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void EngineCall::closeWrite()
{
    if (m_finished || m_writeClosed)
        return;
    m_writeClosed = true;
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0) {
        // Half-close once everything queued has reached the socket.
        connect(m_socket, &QLocalSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0 && m_socket->socketDescriptor() >= 0)
                ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        });
        return;
    }
    if (m_socket->socketDescriptor() >= 0)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void EngineCall::abort()
{
    fail({EngineError::Kind::Aborted});
}

DockerClient::DockerClient(const EngineSocket &socket, QObject *parent) : QObject(parent), m_socket(socket)
{
}

EngineCall *DockerClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                               const EngineCall::Options &options)
{
    QByteArray request = method + ' ' + (m_apiPrefix + path).toUtf8() + " HTTP/1.1\r\nHost: docker\r\n"
        + "User-Agent: Valvur\r\n";
    if (options.hijack)
        request += "Connection: Upgrade\r\nUpgrade: tcp\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    auto *call = new EngineCall(m_socket.path, request, options, this);
    if (!m_socket.isUnixSocket()) {
        QMetaObject::invokeMethod(call, [call, address = m_socket.address] {
            call->fail({EngineError::Kind::NotUnixSocket, address});
        }, Qt::QueuedConnection);
    }
    return call;
}

void DockerClient::call(const QByteArray &method, const QString &path, const QByteArray &body, int timeoutMs,
                        QObject *context, Handler handler)
{
    EngineCall::Options options;
    options.timeoutMs = timeoutMs;
    EngineCall *c = send(method, path, body, options);
    QPointer<QObject> guard(context);
    connect(c, &EngineCall::finished, context ? context : this, [c, guard, context, handler = std::move(handler)] {
        if (context && !guard)
            return;
        handler(*c);
    });
}

void DockerClient::get(const QString &path, QObject *context, Handler handler, int timeoutMs)
{
    call("GET", path, {}, timeoutMs, context, std::move(handler));
}

void DockerClient::post(const QString &path, const QByteArray &jsonBody, QObject *context, Handler handler,
                        int timeoutMs)
{
    call("POST", path, jsonBody, timeoutMs, context, std::move(handler));
}

void DockerClient::del(const QString &path, QObject *context, Handler handler, int timeoutMs)
{
    call("DELETE", path, {}, timeoutMs, context, std::move(handler));
}

void DockerClient::probe(QObject *context, std::function<void(const EngineError &)> handler)
{
    const QString saved = m_apiPrefix;
    m_apiPrefix.clear(); // /version is asked without a version prefix
    EngineCall::Options options;
    options.timeoutMs = 5000;
    EngineCall *c = send("GET", QStringLiteral("/version"), {}, options);
    m_apiPrefix = saved;
    QPointer<QObject> guard(context);
    connect(c, &EngineCall::finished, this, [this, c, guard, context, handler = std::move(handler)] {
        EngineError error = c->error();
        if (error.isNull()) {
            const QJsonObject v = c->json().object();
            m_version.apiVersion = v.value(QLatin1String("ApiVersion")).toString();
            m_version.version = v.value(QLatin1String("Version")).toString();
            m_version.os = v.value(QLatin1String("Os")).toString();
            m_version.product = v.value(QLatin1String("Platform")).toObject().value(QLatin1String("Name")).toString();
            const QJsonArray components = v.value(QLatin1String("Components")).toArray();
            for (const QJsonValue &component : components) {
                const QString name = component.toObject().value(QLatin1String("Name")).toString();
                if (name.contains(QLatin1String("Podman"), Qt::CaseInsensitive))
                    m_version.product = name;
            }
            const int minor = apiMinor(m_version.apiVersion);
            if (minor < kMinimumApiMinor) {
                error = EngineError(EngineError::Kind::ApiTooOld, m_version.apiVersion);
            } else {
                m_apiPrefix = QStringLiteral("/v1.%1").arg(std::min(minor, kPinnedApiMinor));
            }
        }
        if (context && !guard)
            return;
        handler(error);
    });
}

void StreamDemuxer::feed(const QByteArray &data)
{
    m_buffer += data;
    qsizetype pos = 0;
    while (pos < m_buffer.size()) {
        if (m_left == 0) {
            if (m_buffer.size() - pos < 8)
                break;
            const auto *h = reinterpret_cast<const unsigned char *>(m_buffer.constData() + pos);
            m_stream = Stream(h[0] <= 2 ? h[0] : 1);
            m_left = (qint64(h[4]) << 24) | (qint64(h[5]) << 16) | (qint64(h[6]) << 8) | qint64(h[7]);
            pos += 8;
            continue;
        }
        const qint64 take = std::min<qint64>(m_left, m_buffer.size() - pos);
        m_sink(m_stream, m_buffer.mid(pos, take));
        pos += take;
        m_left -= take;
    }
    m_buffer.remove(0, pos);
}

} // namespace Valvur
