#pragma once

#include "pg/connectionoptions.h"
#include "pg/pgerror.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace Valvur {

class OneShotQuery;

// The databases of a server a wizard chose (Sql::databaseList): the backup's source and the
// restore's target offer them. Without widgets: the page words the outcome and fills its combo.
class DatabaseListController : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseListController(const QString &applicationName, QObject *parent = nullptr);

    // Lists the databases of this server; the list in flight for an earlier server is dropped.
    void list(const ConnectionOptions &options, const QString &password);
    // Another server is being chosen: forgets the list and drops the request in flight.
    void clear();

    bool isLoaded() const { return m_loaded; }
    const QStringList &names() const { return m_names; }
    bool contains(const QString &name) const { return m_bytes.contains(name); }
    // The database's size on the server; -1 when unknown (not listed, or no CONNECT privilege).
    qint64 bytes(const QString &name) const { return m_bytes.value(name, -1); }

Q_SIGNALS:
    void listed();
    void connectFailed(const Valvur::PgError &error);
    void failed(const Valvur::PgError &error);

private:
    OneShotQuery *m_query;
    QStringList m_names;
    QHash<QString, qint64> m_bytes;
    bool m_loaded = false;
};

} // namespace Valvur
