#pragma once

#include "containers/dockerclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Valvur {

// One line of `docker logs --timestamps`: when the engine received it, from stdout or stderr.
struct LogLine
{
    QDateTime time; // UTC; invalid when the engine gave no timestamp
    bool isStderr = false;
    QString text;
};

// Turns the body of GET /containers/{id}/logs?timestamps=1 into lines, as bytes arrive. A
// container without a TTY sends the 8-byte-framed stdout/stderr stream (StreamDemuxer); one with
// a TTY sends plain bytes (all of it counts as stdout). Which one it is shows in the first bytes.
// A line split across frames or reads is joined; a last line without a newline comes with flush().
class LogStreamParser
{
public:
    using Sink = std::function<void(const LogLine &)>;
    explicit LogStreamParser(Sink sink);

    void feed(const QByteArray &data);
    void flush();

private:
    void onBytes(bool isStderr, const QByteArray &data);
    void emitLine(bool isStderr, QByteArray line);

    Sink m_sink;
    std::unique_ptr<StreamDemuxer> m_demuxer;
    bool m_decided = false;
    bool m_framed = false;
    QByteArray m_head;
    QByteArray m_partial[2]; // stdout, stderr
};

// "2026-12-02T11:00:00.123456789Z text" → time and text. A line without a timestamp keeps all of
// its text and an invalid time.
LogLine parseTimestampedLine(const QString &line, bool isStderr);

// The lines that say why PostgreSQL failed, first ones first: FATAL:, ERROR:, PANIC:, "initdb:
// error", the official entrypoint's "Database is uninitialized and superuser password is not
// specified". Lines before since (the container's last start) are skipped when since is valid.
bool isErrorLine(const QString &text);
QList<LogLine> firstErrorLines(const QList<LogLine> &lines, const QDateTime &since, int max = 5);

} // namespace Valvur
