#pragma once

#include "pg/connectionoptions.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

class QSettings;

namespace Valvur::Lab {

// A solved scenario, remembered in the settings file (no secrets: the server's address, the time,
// the traps), so that the Lab page shows "solved in 4 min" after a restart and `valvur lab check`
// still answers "solved" after the holder reset the lab.
struct Result
{
    QDateTime solvedAt;
    double elapsedS = -1;
    QStringList trapIds;
};

// host:port of the server (the database does not matter: a lab lives in its own).
QString serverKey(const ConnectionOptions &options);
void recordSolved(QSettings *settings, const ConnectionOptions &server, const QString &scenarioId, const Result &result);
std::optional<Result> lastSolved(QSettings *settings, const ConnectionOptions &server, const QString &scenarioId);

} // namespace Valvur::Lab
