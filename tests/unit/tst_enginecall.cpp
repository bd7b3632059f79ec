// The Engine API's HTTP on a Unix socket, as a real engine splits its answers across reads: a
// chunked body whose chunk's closing CRLF comes in a later read than its data (dockerd does this
// under load; it was read as "bad chunk size" and a listing failed at random).
#include "containers/dockerclient.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;

class TestEngineCall : public QObject
{
    Q_OBJECT
private slots:
    void chunkedBodySplitAtEveryByte()
    {
        QTemporaryDir dir;
        QLocalServer server;
        QVERIFY(server.listen(dir.filePath(QStringLiteral("engine.sock"))));
        const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                  "7\r\n[{\"a\":1\r\n"
                                  "2\r\n},\r\n"
                                  "8\r\n{\"b\":2}]\r\n"
                                  "0\r\n\r\n";
        // Every split point of the answer, each piece in its own read.
        for (qsizetype split = 1; split < answer.size(); ++split) {
            EngineSocket socket;
            socket.path = server.fullServerName();
            DockerClient client(socket);
            EngineCall *call = client.send("GET", QStringLiteral("/containers/json"), {}, EngineCall::Options{});
            bool done = false;
            EngineError error;
            QByteArray body;
            connect(call, &EngineCall::finished, this, [&, call] {
                done = true;
                error = call->error();
                body = call->body();
            });
            QTRY_VERIFY(server.hasPendingConnections());
            QLocalSocket *peer = server.nextPendingConnection();
            peer->write(answer.left(split));
            peer->flush();
            // The client reads the first piece before the rest exists.
            for (int i = 0; i < 5; ++i)
                QCoreApplication::processEvents();
            peer->write(answer.mid(split));
            peer->flush();
            QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
            QVERIFY2(error.isNull(), qPrintable(QStringLiteral("split at %1: %2").arg(split).arg(error.message())));
            QCOMPARE(body, QByteArray("[{\"a\":1},{\"b\":2}]"));
            delete peer;
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineCall)
#include "tst_enginecall.moc"
