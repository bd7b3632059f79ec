#pragma once

#include <QString>
#include <QStringList>

namespace Valvur {

// One probe of the connection doctor as a value: what was checked, against what, how it ended
// and how long it took. The note is an English source string of the Valvur::Doctor translation
// context (QT_TRANSLATE_NOOP) with its arguments, so the same step reads in the user's language
// in a dialog and stays English in --json; raw holds the OS's, libpq's or the server's own words.
struct DoctorStep
{
    enum class State { Running, Passed, Failed, Skipped };

    QString id;     // port, resolve, socket, tcp, postgres, tls, auth, database, connections, containers
    QString target; // host name, address:port, user@database
    State state = State::Running;
    qint64 startedMs = 0; // since the doctor started
    qint64 elapsedMs = 0;
    const char *note = nullptr;
    QStringList noteArgs;
    QString raw;
    // For the network steps, what happened in one word: connected, connection-refused, timeout,
    // postgres, not-postgres, closed (for the doctor's own reasoning and --json).
    QString outcome;

    QString title(bool translated = true) const;
    QString detail(bool translated = true) const;
    static QString stateName(State state); // running, passed, failed, skipped (stable, for --json)
};

} // namespace Valvur
