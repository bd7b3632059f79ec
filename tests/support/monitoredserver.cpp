#include "monitoredserver.h"

#include "insights/insightcontroller.h"
#include "keyedtablemodel.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

namespace Valvur::Test {

std::unique_ptr<ServerConnection> connectMonitoring(const TestServer &server, const QString &user, const QString &password,
                                                    const QString &database)
{
    ConnectionOptions o;
    ConnectionOptions::parse(server.conninfo(database, user), &o, nullptr);
    auto connection = std::make_unique<ServerConnection>(o);
    QSignalSpy connected(connection.get(), &ServerConnection::connected);
    connection->open(password);
    if (!connected.wait(20000))
        return nullptr;
    return connection;
}

bool drain(ServerConnection *server)
{
    auto done = std::make_shared<bool>(false);
    server->session()->exec(QStringLiteral("SELECT 1"), server, [done](const PgReply &) { *done = true; });
    return QTest::qWaitFor([&] { return *done; }, 20000);
}

bool firstData(InsightController &controller, ServerConnection *server)
{
    QSignalSpy ready(&controller, &InsightController::dataReady);
    controller.setActive(true);
    controller.setServer(server);
    return ready.wait(20000) && controller.hasData();
}

int findRow(const KeyedTableModel *model, int column, const QVariant &value)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->rawValue(r, column) == value)
            return r;
    }
    return -1;
}

} // namespace Valvur::Test
