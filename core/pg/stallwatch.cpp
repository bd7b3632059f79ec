#include "pg/stallwatch.h"

#include "pg/pgsession.h"

#include <QCoreApplication>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::Backup)
};
constexpr int kTickMs = 1000;
} // namespace

StallWatch::StallWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &StallWatch::tick);
}

StallWatch::~StallWatch()
{
    stop();
}

void StallWatch::setServer(const ConnectionOptions &server, const QString &password)
{
    m_server = server;
    m_password = password;
}

void StallWatch::start()
{
    stop();
    if (!isEnabled())
        return;
    m_fired = false;
    m_lastValue = m_source ? m_source() : -1;
    m_lastProgress.start();
    m_lastAnswer.start();
    m_timer.start();
}

void StallWatch::stop()
{
    m_timer.stop();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->deleteLater();
    }
    m_probe = nullptr;
}

void StallWatch::tick()
{
    if (m_fired)
        return;
    if (m_source) {
        const qint64 v = m_source();
        if (v != m_lastValue) {
            m_lastValue = v;
            noteProgress();
        }
    }
    const qint64 quiet = qMin(m_lastProgress.elapsed(), m_lastAnswer.elapsed());
    if (quiet >= m_timeoutMs) {
        m_fired = true;
        stop();
        Q_EMIT stalled();
        return;
    }
    // The tool is quiet: ask the server whether it is still there, about four times per timeout
    // (one probe at a time; a probe that gets no answer simply lets the silence grow).
    const qint64 every = qMax<qint64>(kTickMs, m_timeoutMs / 4);
    if (m_lastProgress.elapsed() >= kTickMs && m_lastAnswer.elapsed() >= every && !m_probe)
        probe();
}

void StallWatch::probe()
{
    auto *session = new PgSession(this);
    m_probe = session;
    ConnectionOptions o = m_server;
    o.setValue(QStringLiteral("application_name"), QStringLiteral("valvur-probe"));
    session->setConnectTimeout(int(qMax<qint64>(m_timeoutMs, 1000)));
    auto done = [this, session] {
        if (m_probe == session)
            m_probe = nullptr;
        session->disconnect(this);
        session->deleteLater();
    };
    connect(session, &PgSession::connected, this, [this, session, done] {
        session->exec(QStringLiteral("SELECT 1"), this, [this, done](const PgReply &) {
            m_lastAnswer.restart(); // a result or a server error: either way it answered
            done();
        });
    });
    connect(session, &PgSession::connectFailed, this, [this, done](const PgError &e) {
        if (!e.sqlState().isEmpty())
            m_lastAnswer.restart(); // "too many connections", a wrong password: the server is alive
        done();
    });
    session->open(o, m_password);
}

QString StallWatch::stalledMessage(const QString &program, const QString &server, int seconds)
{
    return Tr::tr("The server %1 stopped answering: for %2 s %3 made no progress and the server did not answer a test "
                  "connection. %3 was stopped. Check that the server is running and reachable (a frozen host or "
                  "container, a full disk on the server, a broken network), then run it again. A longer wait can be "
                  "set with --stall-timeout or in the settings.")
        .arg(server)
        .arg(seconds)
        .arg(program);
}

bool StallWatch::parseSeconds(const QString &text, int *seconds, QString *error)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < 0 || v > 86400) {
        *error = Tr::tr("--stall-timeout wants a number of seconds from 0 (never) to 86400.");
        return false;
    }
    *seconds = v;
    return true;
}

} // namespace Valvur
