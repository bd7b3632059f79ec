#pragma once

#include "pg/connectionoptions.h"
#include "pg/pgerror.h"

#include <QObject>

namespace Valvur {

class OneShotQuery;

// Whether an existing database a restore would go into is empty (Sql::userTableCount): one with
// tables is restored into only after the user typed its name. Without widgets.
class TargetCheckController : public QObject
{
    Q_OBJECT
public:
    explicit TargetCheckController(const QString &applicationName, QObject *parent = nullptr);

    // Counts the user tables of database; the count of an earlier check is dropped.
    void check(const ConnectionOptions &options, const QString &password, const QString &database);
    // Forgets the count and drops the check in flight.
    void clear();

    // -1 while not known (not checked, in flight, or failed).
    int tableCount() const { return m_tables; }
    const QString &database() const { return m_database; }

Q_SIGNALS:
    void checked(int tables);
    void failed(const Valvur::PgError &error); // connecting or the statement

private:
    OneShotQuery *m_query;
    QString m_database;
    int m_tables = -1;
};

} // namespace Valvur
