#include "insights/sizescontroller.h"

#include "keyedtablemodel.h"
#include "monitoring/insightsql.h"
#include "pg/pgreply.h"
#include "pg/serverconnection.h"

namespace Valvur {

SizesController::SizesController(QObject *parent)
    : InsightController(parent)
    , m_databases(new KeyedTableModel(this))
    , m_tables(new KeyedTableModel(this))
{
    m_databases->setKeyColumns({DbName});
    m_tables->setKeyColumns({Schema, Name});
}

SizesController::~SizesController()
{
    closeSideSession();
}

QString SizesController::statement() const
{
    if (usesSideSession())
        return Sql::databaseSizes() + QStringLiteral(";\n\n-- in database %1:\n").arg(m_database) + Sql::tableSizes();
    return Sql::databaseSizes() + QStringLiteral(";\n") + Sql::tableSizes();
}

QString SizesController::psqlCommand() const
{
    return QStringLiteral("\\l+   \\c %1   \\dt+").arg(m_database.isEmpty() ? QStringLiteral("postgres") : m_database);
}

QString SizesController::monitoringDatabase() const
{
    return server() ? server()->options().effectiveDatabase() : QString();
}

bool SizesController::usesSideSession() const
{
    return server() && !m_database.isEmpty() && m_database != monitoringDatabase();
}

void SizesController::closeSideSession()
{
    if (m_side) {
        m_side->close();
        m_side->deleteLater();
        m_side = nullptr;
    }
}

void SizesController::resetData()
{
    closeSideSession();
    m_pending = 0;
    m_database = monitoringDatabase();
    m_baseline.clear();
    m_hiddenDatabases = 0;
    m_sideError = PgError();
    m_databases->clear();
    m_tables->clear();
}

void SizesController::setActive(bool active)
{
    if (!active)
        closeSideSession(); // never keep a second connection open for a page nobody looks at
    InsightController::setActive(active);
}

void SizesController::selectDatabase(const QString &name)
{
    if (name == m_database || !server())
        return;
    closeSideSession();
    m_database = name;
    ++m_refreshSerial; // whatever is on its way belongs to the old choice
    m_sideError = PgError();
    m_tables->clear();
    Q_EMIT stateChanged();
    refreshDone();
    refresh();
}

void SizesController::sendRefresh()
{
    // A refresh that comes back after the user chose another database is dropped.
    const quint64 serial = ++m_refreshSerial;
    if (!usesSideSession()) {
        m_pending = 1;
        send(session(), statement(), {}, [this, serial](const PgReply &reply) {
            if (serial != m_refreshSerial)
                return;
            refreshDone();
            handleReply(reply);
        });
        return;
    }
    m_pending = 2;
    auto finishOne = [this, serial] {
        if (serial != m_refreshSerial)
            return;
        if (--m_pending <= 0) {
            refreshDone();
            markRefreshed();
        }
    };
    send(session(), Sql::databaseSizes(), {}, [this, finishOne, serial](const PgReply &reply) {
        if (serial != m_refreshSerial)
            return;
        if (reply.ok())
            showDatabases(reply.first());
        setError(reply.error);
        finishOne();
    });
    if (m_side && m_side->state() == PgSession::State::Disconnected)
        closeSideSession(); // it failed last time: try again (the reason stays meanwhile)
    if (!m_side) {
        m_side = new PgSession(this);
        m_side->setObjectName(QStringLiteral("sizesSideSession"));
        connect(m_side, &PgSession::connectFailed, this, [this](const PgError &error) {
            m_sideError = error;
            Q_EMIT stateChanged();
        });
        server()->openSideSession(m_side, m_database);
    }
    // queued until the side session is connected; a failed connect fails the request too
    send(m_side, Sql::tableSizes(), {}, [this, finishOne, serial](const PgReply &reply) {
        if (serial == m_refreshSerial) {
            if (reply.ok()) {
                m_sideError = PgError();
                showTables(reply.first());
            } else if (reply.error.kind() != PgError::Kind::NotConnected || m_sideError.isNull()) {
                m_sideError = reply.error; // keep the connect failure's own words
            }
        }
        finishOne();
    });
}

void SizesController::handleReply(const PgReply &reply)
{
    setError(reply.error);
    if (!reply.ok() && reply.results.isEmpty())
        return;
    showDatabases(reply.at(0));
    if (reply.results.size() > 1)
        showTables(reply.at(1));
    markRefreshed();
}

void SizesController::showDatabases(const PgResult &result)
{
    QList<QVariantList> rows;
    rows.reserve(result.rowCount());
    m_hiddenDatabases = 0;
    for (QVariantList row : result.rows()) {
        const QString key = QStringLiteral("db/") + row.value(DbName).toString();
        const QVariant size = row.value(DbSize);
        if (!size.isValid())
            ++m_hiddenDatabases;
        QVariant growth;
        if (size.isValid()) {
            const qint64 first = m_baseline.value(key, -1);
            if (first < 0)
                m_baseline.insert(key, size.toLongLong());
            growth = size.toLongLong() - (first < 0 ? size.toLongLong() : first);
        }
        row.resize(DbColumnCount);
        row[DbGrowth] = growth;
        rows << row;
    }
    m_databases->update(rows);
}

void SizesController::showTables(const PgResult &result)
{
    QList<QVariantList> rows;
    rows.reserve(result.rowCount());
    const QString prefix = QStringLiteral("t/%1/").arg(m_database);
    for (QVariantList row : result.rows()) {
        const QString key = prefix + row.value(Schema).toString() + QLatin1Char('.') + row.value(Name).toString();
        row.resize(TableColumnCount);
        if (!row.value(Total).isValid()) {
            rows << row; // locked: no size now, no growth
            continue;
        }
        const qint64 total = row.value(Total).toLongLong();
        const qint64 first = m_baseline.value(key, -1);
        if (first < 0)
            m_baseline.insert(key, total);
        row[Growth] = total - (first < 0 ? total : first);
        rows << row;
    }
    m_tables->update(rows);
}

} // namespace Valvur
