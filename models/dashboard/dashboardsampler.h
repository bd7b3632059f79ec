#pragma once

#include "dashboard/dashboardhistory.h"
#include "dashboard/dashboardrates.h"
#include "pg/pgerror.h"
#include "pg/serverconnection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Valvur {

class PageQuery;

// Samples the Dashboard's numbers on the server's monitoring session: one statement per sample
// (Sql::dashboardSample), the database size every 30 s, the results into a bounded history.
// It keeps sampling while the page is hidden (history and alerts go on) until paused. A lost
// connection leaves a gap; sampling resumes when the session is back.
class DashboardSampler : public QObject
{
    Q_OBJECT
public:
    explicit DashboardSampler(QObject *parent = nullptr);

    void setServer(ServerConnection *server);
    ServerConnection *server() const { return m_server; }
    // Empty: the whole server.
    void setDatabase(const QString &database);
    QString database() const { return m_database; }
    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }
    void setSizeIntervalMs(int ms) { m_sizeIntervalMs = ms; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    const DashboardHistory &history() const { return m_history; }
    QStringList databases() const { return m_databases; }
    qint64 samplesTaken() const { return m_samples; }
    // The last database size measured (bytes), or -1.
    qint64 lastSizeBytes() const { return m_lastSize; }

    void sampleNow();

Q_SIGNALS:
    void sampled();
    void historyCleared();
    void databasesChanged(const QStringList &databases);
    void sampleFailed(const Valvur::PgError &error);

private:
    void restart();
    void onStateChanged();

    QPointer<ServerConnection> m_server;
    QString m_database;
    QTimer m_timer;
    QElapsedTimer m_sizeClock;
    int m_sizeIntervalMs = 30000;
    bool m_paused = false;
    PageQuery *m_query; // the server switch, the one request in flight, the generation
    qint64 m_samples = 0;
    qint64 m_lastSize = -1;
    DashboardRates m_rates;
    DashboardHistory m_history;
    QStringList m_databases;
};

} // namespace Valvur
