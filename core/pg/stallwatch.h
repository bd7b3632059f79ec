#pragma once

#include "pg/connectionoptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Valvur {

class PgSession;

// Tells a server that stopped answering from a tool that is merely busy. A tool is stalled when,
// for the whole timeout, it showed no progress (no output line, no growth of whatever
// setProgressSource() measures) and the server answered no probe: a fresh connection and
// SELECT 1, sent whenever the tool is quiet. A server that answers anything (even an error such
// as "too many connections") is alive; a lock wait or a long COPY is never taken for a stall.
class StallWatch : public QObject
{
    Q_OBJECT
public:
    explicit StallWatch(QObject *parent = nullptr);
    ~StallWatch() override;

    // The server to probe (its password for the probe only) and the timeout; 0 s: never stalls.
    void setServer(const ConnectionOptions &server, const QString &password);
    void setTimeout(int seconds) { m_timeoutMs = qint64(seconds) * 1000; }
    int timeoutSeconds() const { return int(m_timeoutMs / 1000); }
    // Something that grows while the tool works (bytes written); read every second.
    void setProgressSource(std::function<qint64()> source) { m_source = std::move(source); }
    bool isEnabled() const { return m_timeoutMs > 0 && !m_server.values().isEmpty(); }

    void start();
    void stop();
    void noteProgress() { m_lastProgress.restart(); }

    // The default when nothing is configured, and the settings key the window uses.
    static constexpr int kDefaultSeconds = 60;
    // "The server stopped answering …": what happened and what to do. Translated.
    static QString stalledMessage(const QString &program, const QString &server, int seconds);
    // Reads --stall-timeout S (0 = off); false with *error when it is not a number of seconds.
    static bool parseSeconds(const QString &text, int *seconds, QString *error);

Q_SIGNALS:
    void stalled();

private:
    void tick();
    void probe();

    ConnectionOptions m_server;
    QString m_password;
    qint64 m_timeoutMs = 0;
    std::function<qint64()> m_source;
    qint64 m_lastValue = -1;
    QTimer m_timer;
    QElapsedTimer m_lastProgress;
    QElapsedTimer m_lastAnswer;
    QElapsedTimer m_probeStarted;
    QPointer<PgSession> m_probe;
    bool m_fired = false;
};

} // namespace Valvur
