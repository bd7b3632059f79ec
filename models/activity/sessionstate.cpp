#include "activity/sessionstate.h"

#include <QCoreApplication>

namespace Valvur {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Valvur::SessionState)
};
} // namespace

QString sessionStateText(const QString &state)
{
    if (state == QLatin1String("active"))
        return Tr::tr("active");
    if (state == QLatin1String("idle"))
        return Tr::tr("idle");
    if (state == QLatin1String("idle in transaction"))
        return Tr::tr("idle in transaction");
    if (state == QLatin1String("idle in transaction (aborted)"))
        return Tr::tr("idle in transaction (aborted)");
    if (state == QLatin1String("fastpath function call"))
        return Tr::tr("fastpath function call");
    if (state == QLatin1String("disabled"))
        return Tr::tr("disabled (track_activities is off)");
    return state;
}

} // namespace Valvur
