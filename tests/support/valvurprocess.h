#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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

} // namespace Valvur::Test
