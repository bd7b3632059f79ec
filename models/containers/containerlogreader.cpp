#include "containers/containerlogreader.h"

#include "containers/dockerclient.h"

#include <QUrl>

namespace Valvur {

ContainerLogReader::ContainerLogReader(QObject *parent)
    : QObject(parent)
{
}

ContainerLogReader::~ContainerLogReader()
{
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
}

QString ContainerLogReader::path(const QString &container, int tail, bool follow)
{
    QString p = QStringLiteral("/containers/%1/logs?stdout=1&stderr=1&timestamps=1&tail=%2")
                    .arg(QString::fromUtf8(QUrl::toPercentEncoding(container)))
                    .arg(tail);
    if (follow)
        p += QStringLiteral("&follow=1");
    return p;
}

void ContainerLogReader::start(DockerClient *client, const QString &container, int tail, bool follow)
{
    stop();
    m_follow = follow;
    m_batch.clear();
    m_parser = std::make_unique<LogStreamParser>([this](const LogLine &line) { m_batch << line; });
    EngineCall::Options options;
    options.stream = true;
    // A followed log may be silent for hours: it ends with stop() or the container. A plain read
    // has its whole bound.
    options.timeoutMs = follow ? 0 : kReadTimeoutMs;
    EngineCall *call = client->send("GET", path(container, tail, follow), {}, options);
    m_call = call;
    connect(call, &EngineCall::received, this, [this, call](const QByteArray &data) {
        if (call != m_call)
            return;
        m_parser->feed(data);
        if (!m_batch.isEmpty())
            Q_EMIT linesReceived(std::exchange(m_batch, {}));
    });
    connect(call, &EngineCall::finished, this, [this, call] {
        if (call != m_call)
            return;
        m_parser->flush();
        if (!m_batch.isEmpty())
            Q_EMIT linesReceived(std::exchange(m_batch, {}));
        const EngineError error = call->error();
        m_call = nullptr;
        Q_EMIT finished(error);
    });
}

void ContainerLogReader::stop()
{
    if (!m_call)
        return;
    EngineCall *call = m_call;
    m_call = nullptr;
    disconnect(call, nullptr, this, nullptr);
    call->abort();
}

} // namespace Valvur
