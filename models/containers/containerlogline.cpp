#include "containers/containerlogline.h"

#include <QRegularExpression>

namespace Valvur {

LogStreamParser::LogStreamParser(Sink sink)
    : m_sink(std::move(sink))
{
}

void LogStreamParser::feed(const QByteArray &data)
{
    if (!m_decided) {
        m_head += data;
        if (m_head.size() < 8)
            return;
        // A frame header: stream 0/1/2, three zero bytes, a big-endian size.
        const auto b = [this](int i) { return static_cast<unsigned char>(m_head.at(i)); };
        m_framed = b(0) <= 2 && b(1) == 0 && b(2) == 0 && b(3) == 0;
        m_decided = true;
        if (m_framed) {
            m_demuxer = std::make_unique<StreamDemuxer>([this](StreamDemuxer::Stream s, const QByteArray &bytes) {
                onBytes(s == StreamDemuxer::Stream::Stderr, bytes);
            });
            m_demuxer->feed(m_head);
        } else {
            onBytes(false, m_head);
        }
        m_head.clear();
        return;
    }
    if (m_framed)
        m_demuxer->feed(data);
    else
        onBytes(false, data);
}

void LogStreamParser::flush()
{
    if (!m_decided && !m_head.isEmpty()) {
        m_decided = true;
        onBytes(false, m_head);
        m_head.clear();
    }
    for (int s = 0; s < 2; ++s) {
        if (!m_partial[s].isEmpty())
            emitLine(s == 1, std::exchange(m_partial[s], {}));
    }
}

void LogStreamParser::onBytes(bool isStderr, const QByteArray &data)
{
    QByteArray &partial = m_partial[isStderr ? 1 : 0];
    partial += data;
    qsizetype start = 0;
    for (qsizetype nl = partial.indexOf('\n'); nl >= 0; nl = partial.indexOf('\n', start)) {
        emitLine(isStderr, partial.mid(start, nl - start));
        start = nl + 1;
    }
    partial.remove(0, start);
}

void LogStreamParser::emitLine(bool isStderr, QByteArray line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    m_sink(parseTimestampedLine(QString::fromUtf8(line), isStderr));
}

LogLine parseTimestampedLine(const QString &line, bool isStderr)
{
    // RFC 3339 with up to nanoseconds; Qt reads milliseconds, so the rest of the fraction goes.
    static const QRegularExpression stamp(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{1,9}))?(Z|[+-]\\d\\d:\\d\\d) ?"));
    LogLine l;
    l.isStderr = isStderr;
    const QRegularExpressionMatch m = stamp.match(line);
    if (!m.hasMatch()) {
        l.text = line;
        return l;
    }
    const QString millis = (m.captured(2) + QStringLiteral("000")).left(3);
    l.time = QDateTime::fromString(m.captured(1) + QLatin1Char('.') + millis + m.captured(3), Qt::ISODateWithMs).toUTC();
    l.text = line.mid(m.capturedLength());
    return l;
}

bool isErrorLine(const QString &text)
{
    static const QRegularExpression error(
        QStringLiteral("\\b(FATAL|ERROR|PANIC):|initdb: error|Database is uninitialized and superuser password is not specified"));
    return error.match(text).hasMatch();
}

QList<LogLine> firstErrorLines(const QList<LogLine> &lines, const QDateTime &since, int max)
{
    QList<LogLine> found;
    for (const LogLine &l : lines) {
        if (since.isValid() && l.time.isValid() && l.time < since)
            continue;
        if (isErrorLine(l.text)) {
            found << l;
            if (found.size() >= max)
                break;
        }
    }
    return found;
}

} // namespace Valvur
