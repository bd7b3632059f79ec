#include "valvurprocess.h"

#include <QProcess>

namespace Valvur::Test {

ValvurRun runValvur(const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("VALVUR_BINARY_DIR") + QStringLiteral("/app/valvur"), args);
    ValvurRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace Valvur::Test
