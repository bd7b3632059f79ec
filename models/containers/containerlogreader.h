#pragma once

#include "containers/containerlogline.h"

#include <QObject>
#include <QPointer>

namespace Valvur {

class DockerClient;
class EngineCall;

// Reads `docker logs --timestamps --tail N [--follow]` from the engine (GET /containers/{id}/logs),
// asynchronously, and hands over whole lines as they arrive. A plain read ends when the engine has
// sent the tail, or after its bound; a followed one runs until stop(), or until the container stops
// (the engine ends the stream then).
class ContainerLogReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kReadTimeoutMs = 15000;

    explicit ContainerLogReader(QObject *parent = nullptr);
    ~ContainerLogReader() override;

    // The request path for the engine (without the API prefix), for tests and "Show command".
    static QString path(const QString &container, int tail, bool follow);

    void start(DockerClient *client, const QString &container, int tail, bool follow);
    void stop();
    bool isRunning() const { return m_call; }
    bool isFollowing() const { return m_call && m_follow; }

Q_SIGNALS:
    void linesReceived(const QList<Valvur::LogLine> &lines);
    // The read ended: a null error when the engine closed it (all sent, or the container stopped).
    void finished(const Valvur::EngineError &error);

private:
    QPointer<EngineCall> m_call;
    std::unique_ptr<LogStreamParser> m_parser;
    QList<LogLine> m_batch;
    bool m_follow = false;
};

} // namespace Valvur
