#pragma once

#include "pg/connectionoptions.h"
#include "pg/pgerror.h"

#include <QList>
#include <QObject>

namespace Valvur {

class OneShotQuery;

// The tables of one database a logical backup can pick (Sql::dumpableTables), by schema and
// name, for the backup options' table picker. Without widgets.
class TableListController : public QObject
{
    Q_OBJECT
public:
    struct Table
    {
        QString schema;
        QString name;
        QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    };

    explicit TableListController(const QString &applicationName, QObject *parent = nullptr);

    // Lists the tables of database on this server. Asking again for the server and database
    // already listed (or being listed) does nothing and returns false.
    bool list(const ConnectionOptions &options, const QString &password, const QString &database);
    void clear();

    bool isLoaded() const { return m_loaded; }
    const QList<Table> &tables() const { return m_tables; }

Q_SIGNALS:
    void listed();
    void failed(const Valvur::PgError &error); // connecting or the statement

private:
    OneShotQuery *m_query;
    QString m_key;
    QList<Table> m_tables;
    bool m_loaded = false;
};

} // namespace Valvur
