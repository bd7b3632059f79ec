#include "monitoring/startuptrace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>

namespace Valvur::StartupTrace {

namespace {
bool s_enabled = false;
QElapsedTimer s_clock;
} // namespace

void begin()
{
    s_enabled = qEnvironmentVariableIntValue("VALVUR_STARTUP_TRACE") == 1;
    if (!s_enabled)
        return;
    s_clock.start();
    std::fprintf(stderr, "valvur-startup: main at epoch %lld ms\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
}

void mark(const char *what)
{
    if (s_enabled)
        std::fprintf(stderr, "valvur-startup: %7.1f ms %s\n", double(s_clock.nsecsElapsed()) / 1e6, what);
}

} // namespace Valvur::StartupTrace
