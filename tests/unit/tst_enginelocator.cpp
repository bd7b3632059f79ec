// Where Valvur looks for a container engine, in the docker CLI's own order, and how the
// multiplexed exec/logs stream is split.
#include "containers/dockerclient.h"
#include "containers/enginelocator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestEngineLocator : public QObject
{
    Q_OBJECT
private:
    static void write(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    static QByteArray frame(int stream, const QByteArray &payload)
    {
        QByteArray h(8, '\0');
        h[0] = char(stream);
        const quint32 n = quint32(payload.size());
        h[4] = char(n >> 24);
        h[5] = char(n >> 16);
        h[6] = char(n >> 8);
        h[7] = char(n);
        return h + payload;
    }

private Q_SLOTS:
    void defaultOrderIsSystemRootlessThenPodman()
    {
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(u"XDG_RUNTIME_DIR"_s, u"/run/user/1000"_s);
        const QList<EngineSocket> list = candidateEngineSockets(env, home.path());
        QStringList paths;
        for (const EngineSocket &s : list)
            paths << s.path;
        QCOMPARE(paths, (QStringList{u"/var/run/docker.sock"_s, u"/run/user/1000/docker.sock"_s,
                                     u"/run/user/1000/podman/podman.sock"_s, u"/run/podman/podman.sock"_s}));
    }

    void dockerHostWinsAndIsTheOnlyCandidate()
    {
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(u"DOCKER_HOST"_s, u"unix:///tmp/my.sock"_s);
        const QList<EngineSocket> list = candidateEngineSockets(env, home.path());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].path, u"/tmp/my.sock"_s);
        QCOMPARE(list[0].origin, EngineSocket::Origin::DockerHost);
    }

    void tcpDockerHostIsNotAUnixSocket()
    {
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(u"DOCKER_HOST"_s, u"tcp://10.0.0.5:2375"_s);
        const QList<EngineSocket> list = candidateEngineSockets(env, home.path());
        QCOMPARE(list.size(), 1);
        QVERIFY(!list[0].isUnixSocket());
        QVERIFY(list[0].describe().contains(u"tcp://10.0.0.5:2375"_s));
    }

    void currentContextFromConfigJson()
    {
        QTemporaryDir home;
        const QByteArray digest = QCryptographicHash::hash("rootless", QCryptographicHash::Sha256).toHex();
        write(home.filePath(u".docker/config.json"_s), "{\"auths\":{},\"currentContext\":\"rootless\"}");
        write(home.filePath(u".docker/contexts/meta/"_s + QString::fromLatin1(digest) + u"/meta.json"_s),
              "{\"Name\":\"rootless\",\"Endpoints\":{\"docker\":{\"Host\":\"unix:///run/user/1000/docker.sock\"}}}");
        const QList<EngineSocket> list = candidateEngineSockets(QProcessEnvironment(), home.path());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].origin, EngineSocket::Origin::Context);
        QCOMPARE(list[0].contextName, u"rootless"_s);
        QCOMPARE(list[0].path, u"/run/user/1000/docker.sock"_s);

        // DOCKER_CONTEXT overrides config.json; "default" means the default sockets.
        QProcessEnvironment env;
        env.insert(u"DOCKER_CONTEXT"_s, u"default"_s);
        QCOMPARE(candidateEngineSockets(env, home.path()).value(0).path, u"/var/run/docker.sock"_s);
    }

    void preferredIsTheFirstThatExists()
    {
        QTemporaryDir run;
        write(run.filePath(u"podman/podman.sock"_s), {}); // a plain file stands in for the socket here
        QProcessEnvironment env;
        env.insert(u"XDG_RUNTIME_DIR"_s, run.path());
        QList<EngineSocket> list = candidateEngineSockets(env, run.path());
        list.removeFirst(); // this machine may have a /var/run/docker.sock
        QCOMPARE(preferredEngineSocket(list).origin, EngineSocket::Origin::PodmanUser);
    }

    void demuxerSplitsFramesAcrossArbitraryCuts()
    {
        const QByteArray stream = frame(1, "dump bytes\0\1\2"_ba) + frame(2, "pg_dump: warning\n") + frame(1, QByteArray(70000, 'x'));
        for (int cut : {1, 3, 7, 8, 9, 4096}) {
            QByteArray out, err;
            StreamDemuxer demux([&](StreamDemuxer::Stream s, const QByteArray &d) {
                (s == StreamDemuxer::Stream::Stderr ? err : out) += d;
            });
            for (qsizetype i = 0; i < stream.size(); i += cut)
                demux.feed(stream.mid(i, cut));
            QCOMPARE(out, "dump bytes\0\1\2"_ba + QByteArray(70000, 'x'));
            QCOMPARE(err, "pg_dump: warning\n"_ba);
            QVERIFY(!demux.hasPartialFrame());
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineLocator)
#include "tst_enginelocator.moc"
