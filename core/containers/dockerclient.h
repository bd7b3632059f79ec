#pragma once

#include "containers/engineerror.h"
#include "containers/enginelocator.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QLocalSocket;

namespace Valvur {

// One HTTP/1.1 request to the engine on its own Unix-socket connection, read asynchronously on the
// GUI thread (never blocks). A plain call collects the body and ends with finished(); a stream
// (events, logs --follow, an exec's output) hands over body bytes as they arrive through received()
// and ends when the engine closes it, abort() is called, or its idle bound passes. The call deletes
// itself (deleteLater) after finished().
class EngineCall : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 10000;    // whole call (plain calls); 0 = none
        int idleTimeoutMs = 0;    // streams: longest silence; 0 = none
        bool stream = false;      // hand body bytes to received() instead of collecting them
        bool hijack = false;      // ask for a raw two-way connection (exec start with stdin)
    };

    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QJsonDocument json() const { return QJsonDocument::fromJson(m_body); }
    const EngineError &error() const { return m_error; }
    bool ok() const { return m_error.isNull() && m_finished; }
    bool isFinished() const { return m_finished; }

    // After headersReceived() of a hijacked call: bytes for the remote process's stdin.
    void write(const QByteArray &data);
    qint64 bytesToWrite() const;
    // Ends the remote stdin (half-close); the output keeps flowing.
    void closeWrite();
    // Stops the call; finished() follows with an Aborted error.
    void abort();

Q_SIGNALS:
    void headersReceived(int httpStatus);
    void received(const QByteArray &data);
    // Bytes of stdin written to the socket (for flow control of a large upload).
    void bytesWritten(qint64 bytes);
    void finished();

private:
    friend class DockerClient;
    EngineCall(const QString &socketPath, const QByteArray &request, const Options &options, QObject *parent);

    void onConnected();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void fail(const EngineError &error);
    void finish();
    bool parseHead();
    void parseBody();
    void deliver(const QByteArray &data);

    QLocalSocket *m_socket = nullptr;
    QByteArray m_request;
    Options m_options;
    QTimer m_timer;
    QTimer m_idle;
    QByteArray m_buffer;
    QByteArray m_body;
    EngineError m_error;
    int m_status = 0;
    bool m_headDone = false;
    bool m_chunked = false;
    qint64 m_contentLength = -1;
    qint64 m_chunkLeft = -1; // chunked: bytes left in the current chunk; -1 = expect a size line
    bool m_finished = false;
    bool m_writeClosed = false;
};

// What /version said.
struct EngineVersion
{
    QString product;    // "Docker Engine - Community", "Podman Engine" … (Components[0].Name or Platform)
    QString version;    // "20.10.24+dfsg1", "4.3.1"
    QString apiVersion; // the engine's API, "1.41"
    QString os;
    bool isPodman() const { return product.contains(QLatin1String("Podman"), Qt::CaseInsensitive); }
};

// The Docker Engine API (or Podman's Docker-compatible API) on a local Unix socket. Cheap to make;
// holds no connection between calls. Paths are given without the version prefix
// ("/containers/json?all=1"); after probe() they are sent with the pinned API version.
class DockerClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinimumApiMinor = 40; // Docker 19.03, Podman 3
    static constexpr int kPinnedApiMinor = 41;  // what Valvur is written against

    explicit DockerClient(const EngineSocket &socket, QObject *parent = nullptr);

    const EngineSocket &socket() const { return m_socket; }
    // "/var/run/docker.sock" or "DOCKER_HOST=…", for messages.
    QString socketDescription() const { return m_socket.describe(); }
    const EngineVersion &version() const { return m_version; }
    bool isProbed() const { return !m_apiPrefix.isEmpty(); }

    using Handler = std::function<void(const EngineCall &)>;

    // The low-level call. body is JSON (or empty). The returned call is owned by the client until
    // it finishes, then deletes itself.
    EngineCall *send(const QByteArray &method, const QString &path, const QByteArray &body,
                     const EngineCall::Options &options);
    // A plain GET/POST/DELETE whose finished call reaches handler while context lives.
    void get(const QString &path, QObject *context, Handler handler, int timeoutMs = 10000);
    void post(const QString &path, const QByteArray &jsonBody, QObject *context, Handler handler,
              int timeoutMs = 10000);
    void del(const QString &path, QObject *context, Handler handler, int timeoutMs = 10000);

    // Asks /version and pins the API version. handler gets a null error when the engine can be used;
    // otherwise NoEngine, NotRunning, PermissionDenied, NotUnixSocket, ApiTooOld, Timeout …
    void probe(QObject *context, std::function<void(const EngineError &)> handler);

    // For tests and messages: the prefix in use, e.g. "/v1.41"; empty before probe().
    const QString &apiPrefix() const { return m_apiPrefix; }

private:
    void call(const QByteArray &method, const QString &path, const QByteArray &body, int timeoutMs,
              QObject *context, Handler handler);

    EngineSocket m_socket;
    EngineVersion m_version;
    QString m_apiPrefix;
};

// Splits the engine's multiplexed stdout/stderr stream (8-byte headers: stream type, 0, 0, 0,
// big-endian size) used by exec and logs of containers without a TTY.
class StreamDemuxer
{
public:
    enum class Stream { Stdin = 0, Stdout = 1, Stderr = 2 };
    using Sink = std::function<void(Stream, const QByteArray &)>;

    explicit StreamDemuxer(Sink sink) : m_sink(std::move(sink)) {}
    void feed(const QByteArray &data);
    // True when the stream ended in the middle of a frame.
    bool hasPartialFrame() const { return !m_buffer.isEmpty() || m_left > 0; }

private:
    Sink m_sink;
    QByteArray m_buffer;
    Stream m_stream = Stream::Stdout;
    qint64 m_left = 0;
};

} // namespace Valvur
