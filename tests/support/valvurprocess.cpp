#include "valvurprocess.h"

#include <QProcess>

namespace Valvur::Test {

bool startValvur(QProcess *process, const QStringList &args, const QProcessEnvironment &env)
{
    process->setProcessEnvironment(env);
    process->start(qEnvironmentVariable("VALVUR_BINARY_DIR") + QStringLiteral("/app/valvur"), args);
    return process->waitForStarted(10000);
}

ValvurRun runValvur(const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    startValvur(&p, args, env);
    ValvurRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace Valvur::Test
