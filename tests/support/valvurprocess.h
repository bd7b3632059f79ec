#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;

namespace Valvur::Test {

// The built valvur binary ($VALVUR_BINARY_DIR/app/valvur) run as a command-line tool, the way
// cron and scripts run it.
struct ValvurRun
{
    int code = -1; // -1: crashed or did not finish within the time limit
    QByteArray out;
    QString err;
};

ValvurRun runValvur(const QStringList &args, const QProcessEnvironment &env, int timeoutMs);

// Starts the binary without waiting for it, for tests that act while it runs (kill it, freeze
// its server). False when it did not start within 10 s.
bool startValvur(QProcess *process, const QStringList &args, const QProcessEnvironment &env);

} // namespace Valvur::Test
