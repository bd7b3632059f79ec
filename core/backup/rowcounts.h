#pragma once

#include "pg/connectionoptions.h"

#include <QMap>
#include <QString>

#include <functional>

class QObject;

namespace Valvur {

// Per-table row counts ("schema.table" -> rows) of one database, over a connection of its own
// (application_name valvur-verify), for the test restores' comparison with the source.
// done runs only while context lives.
void countRows(QObject *context, const ConnectionOptions &server, const QString &password, const QString &database,
               std::function<void(bool ok, QMap<QString, qint64> counts, QString error)> done);

} // namespace Valvur
