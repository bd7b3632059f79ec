#pragma once

#include "pg/connectionoptions.h"
#include "pg/pgerror.h"

#include <QObject>

#include <functional>

class QTimer;

namespace Valvur {

class PgSession;
struct PgReply;

// One question to a server the wizards chose (not the main window's connection): connects with
// its own session, runs one statement, closes. One request at a time: a new run() or reset()
// drops the one in flight (its reply and connect failure never arrive), so a reply from before a
// server switch cannot land on the page. A statement still running after TimeoutMs (or
// setTimeout()) is cancelled
// (the reply then carries PgError::Kind::Cancelled).
class OneShotQuery : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const PgReply &)>;
    static constexpr int TimeoutMs = 30000;

    explicit OneShotQuery(const QString &applicationName, QObject *parent = nullptr);

    // done() gets the reply (ok or the statement's error); a failed connect emits connectFailed()
    // instead. Neither comes once run() or reset() was called again.
    void run(const ConnectionOptions &options, const QString &password, const QString &sql, Handler done,
             const QVariantList &params = {});
    void reset();
    bool isInFlight() const { return m_session != nullptr; }
    void setTimeout(int ms);
    quint64 generation() const { return m_generation; }

Q_SIGNALS:
    void connectFailed(const Valvur::PgError &error);

private:
    QString m_applicationName;
    PgSession *m_session = nullptr;
    QTimer *m_timeout;
    quint64 m_generation = 0;
};

} // namespace Valvur
