#pragma once

#include <QString>
#include <QVariant>

#include <memory>

namespace Valvur {
class InsightController;
class KeyedTableModel;
class ServerConnection;
}

namespace Valvur::Test {

class TestServer;

// What the controllers' headless tests share: a monitoring connection to a TestServer, as the
// window opens it (nullptr when it did not connect within 20 s).
std::unique_ptr<ServerConnection> connectMonitoring(const TestServer &server, const QString &user, const QString &password,
                                                    const QString &database = QStringLiteral("postgres"));

// Every request sent on the session before this one has had its reply handled (the session runs
// its requests one after the other). False when that took over 20 s.
bool drain(ServerConnection *server);

// The page is visible and shows this server: true once the controller's first data is there.
bool firstData(InsightController &controller, ServerConnection *server);

// The row whose raw value in column is value, or -1.
int findRow(const KeyedTableModel *model, int column, const QVariant &value);

} // namespace Valvur::Test
