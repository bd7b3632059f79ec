// The engine's chunked answers are read whatever way the bytes arrive: a read that ends right
// after a chunk's data, before its CRLF, is not a "bad chunk size" (dockerd does this under load;
// the doctor then said the engine could not be asked). A local socket plays the engine's bytes.
#include "containers/dockerclient.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Valvur;

class TestEngineChunks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chunkSplitBeforeItsLineEnd_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("before CRLF") << head + "5\r\n[1,2]" << QByteArray("\r\n0\r\n\r\n");
        QTest::newRow("between CR and LF") << head + "5\r\n[1,2]\r" << QByteArray("\n0\r\n\r\n");
        QTest::newRow("inside the data") << head + "5\r\n[1," << QByteArray("2]\r\n0\r\n\r\n");
    }

    void chunkSplitBeforeItsLineEnd()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("engine.sock"));
        QLocalServer engine;
        QVERIFY(engine.listen(path));
        connect(&engine, &QLocalServer::newConnection, this, [&engine, first, second] {
            QLocalSocket *peer = engine.nextPendingConnection();
            connect(peer, &QLocalSocket::readyRead, peer, [peer, first, second] {
                if (!peer->readAll().contains("\r\n\r\n") || peer->property("answered").toBool())
                    return;
                peer->setProperty("answered", true);
                peer->write(first);
                peer->flush();
                // The rest in a later read of the client's.
                QTimer::singleShot(50, peer, [peer, second] {
                    peer->write(second);
                    peer->flush();
                });
            });
        });
        EngineSocket socket;
        socket.path = path;
        DockerClient client(socket);
        bool done = false;
        EngineError error(EngineError::Kind::Aborted);
        QByteArray body;
        client.get(QStringLiteral("/containers/json"), this, [&](const EngineCall &call) {
            done = true;
            error = call.error();
            body = call.body();
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QVERIFY2(error.isNull(), qPrintable(error.id() + QLatin1Char(' ') + error.message()));
        QCOMPARE(body, QByteArray("[1,2]"));
    }
};

QTEST_GUILESS_MAIN(TestEngineChunks)
#include "tst_enginechunks.moc"
