#pragma once

#include "containers/containerdata.h"
#include "containers/containermemory.h"

#include <QList>
#include <QString>

namespace Valvur {

// One thing the Container page says, in the user's language, with the docker CLI command that
// shows the same (its "Show command"). No text here ever holds a secret's value.
struct ContainerFact
{
    enum class Severity { Info, Good, Warning, Bad };

    QString id;          // stable: "state", "pgdata", "data-volume", "pg18-layout", "memory" …
    QString label;
    QString value;
    Severity severity = Severity::Info;
    QString command;     // what to type in a terminal
    QString commandNote; // what the command prints, when worth saying (e.g. that it shows secrets)
};

// `docker ps`: state, health, exit code, image and PostgreSQL version, published ports.
QList<ContainerFact> statusFacts(const ContainerInfo &info);
// Where PGDATA lives and what keeps it (chapter 2.2), with the PostgreSQL 18 layout flagged.
QList<ContainerFact> dataFacts(const ContainerInfo &info, const DataPlacement &placement, const VolumeDetails &volume);
// The POSTGRES_* environment (secrets as ***), restart policy, healthcheck, memory limit.
QList<ContainerFact> configurationFacts(const ContainerInfo &info, const MemoryCheck &memory);

// A word that a POSIX shell passes as it is ('it''s' style quoting when needed).
QString shellQuote(const QString &word);

} // namespace Valvur
