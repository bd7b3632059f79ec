#include "restorerun.h"

#include "testserver.h"

#include <QSignalSpy>

namespace Valvur::Test {

RestoreResult runRestore(const TestServer &server, const QString &input, const QString &target, bool create, bool intoExisting)
{
    RestoreOptions r;
    ConnectionOptions::parse(server.conninfo(), &r.connection, nullptr);
    r.password = server.superuserPassword();
    r.input = input;
    r.targetDatabase = target;
    r.createDatabase = create;
    r.intoExisting = intoExisting;
    r.toolDirectory = server.binDir();
    RestoreJob job(r);
    QSignalSpy done(&job, &RestoreJob::finished);
    job.start();
    if (!done.wait(180000))
        return {};
    return done.first().first().value<RestoreResult>();
}

} // namespace Valvur::Test
