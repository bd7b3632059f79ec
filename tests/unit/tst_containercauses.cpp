// What the doctor reads from a container's log and facts, without an engine: the engine's
// multiplexed log frames become lines; "the database system is starting up" after the last
// "ready to accept connections" makes a running container container-starting, not before;
// a stopped container that publishes the tried port is container-stopped with its log tail;
// a named container that does not exist is container-not-found; the container's secrets are
// masked in the log lines the doctor shows.
#include "containers/containercause.h"

#include <QTest>
#include <QtEndian>

using namespace Valvur;

namespace {

QByteArray frame(int stream, const QByteArray &data)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    qToBigEndian<quint32>(quint32(data.size()), header.data() + 4);
    return header + data;
}

ContainerInfo container(const QString &name, const QString &state, int hostPort)
{
    ContainerInfo c;
    c.id = QStringLiteral("0123456789abcdef");
    c.name = name;
    c.image = QStringLiteral("postgres:16");
    c.state = state;
    c.exitCode = state == QLatin1String("exited") ? 1 : 0;
    c.ports << ContainerPort{5432, QStringLiteral("tcp"), QStringLiteral("127.0.0.1"), hostPort};
    c.inspected = true;
    return c;
}

} // namespace

class TestContainerCauses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void multiplexedLogBecomesLines()
    {
        const QByteArray body = frame(1, "LOG:  starting PostgreSQL 16\nLOG:  listening") + frame(2, " on IPv4\nFATAL:  bad\n");
        QCOMPARE(containerLogLines(body),
                 (QStringList{QStringLiteral("LOG:  starting PostgreSQL 16"), QStringLiteral("LOG:  listening on IPv4"),
                              QStringLiteral("FATAL:  bad")}));
        QCOMPARE(containerLogLines("plain tty output\r\nsecond\n"), (QStringList{QStringLiteral("plain tty output"), QStringLiteral("second")}));
    }

    void startingUpAfterTheLastReadyIsStarting()
    {
        const ContainerInfo c = container(QStringLiteral("db"), QStringLiteral("running"), 5432);
        const QString ready = QStringLiteral("LOG:  database system is ready to accept connections");
        const QString starting = QStringLiteral("FATAL:  the database system is starting up");
        QList<ContainerCause> causes;
        applyContainerLog(&causes, c, {ready, starting, QStringLiteral("LOG:  redo starts at 0/1")}, 5432);
        QCOMPARE(causes.size(), 1);
        QCOMPARE(causes.first().id, QStringLiteral("container-starting"));
        QVERIFY(causes.first().startingInLog);
        causes.clear();
        applyContainerLog(&causes, c, {starting, ready}, 5432); // it was starting, it is ready now
        QVERIFY(causes.isEmpty());
    }

    void stoppedOwnerOfThePortIsStopped()
    {
        ContainerTarget target;
        target.hosts = {QStringLiteral("localhost")};
        target.port = 5433;
        target.networkProblem = QStringLiteral("connection-refused");
        QVERIFY(target.worthAsking());
        const QList<ContainerInfo> all{container(QStringLiteral("other"), QStringLiteral("running"), 5432),
                                       container(QStringLiteral("db2"), QStringLiteral("exited"), 5433)};
        QStringList logs;
        QList<ContainerCause> causes = findContainerCauses(target, all, &logs);
        QCOMPARE(causes.size(), 1); // the one on 5433 explains it; the one on 5432 is not what was meant
        QCOMPARE(causes.first().id, QStringLiteral("container-stopped"));
        QCOMPARE(causes.first().exitCode, 1);
        QCOMPARE(logs, QStringList{QStringLiteral("db2")});
        ContainerInfo stopped = all.at(1);
        stopped.environment = {QStringLiteral("POSTGRES_PASSWORD=s3cret-pw"), QStringLiteral("PG_MAJOR=16")};
        applyContainerLog(&causes, stopped, {QStringLiteral("Error: Database is uninitialized"), QStringLiteral("ERROR: bad password s3cret-pw")},
                          target.port);
        // The container's own secret never reaches the doctor's words.
        QCOMPARE(causes.first().logTail,
                 (QStringList{QStringLiteral("Error: Database is uninitialized"), QStringLiteral("ERROR: bad password ***")}));

        // Nothing on the tried port: the running containers, nearest published port first, unpublished last.
        ContainerTarget free = target;
        free.port = 5440;
        const QList<ContainerInfo> running{container(QStringLiteral("none"), QStringLiteral("running"), 0),
                                           container(QStringLiteral("far"), QStringLiteral("running"), 6000),
                                           container(QStringLiteral("near"), QStringLiteral("running"), 5441)};
        const QList<ContainerCause> order = findContainerCauses(free, running);
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.at(0).container, QStringLiteral("near"));
        QCOMPARE(order.at(0).id, QStringLiteral("port-published-elsewhere"));
        QCOMPARE(order.at(1).container, QStringLiteral("far"));
        QCOMPARE(order.at(2).id, QStringLiteral("port-not-published"));

        target.container = QStringLiteral("nope");
        causes = findContainerCauses(target, all);
        QCOMPARE(causes.size(), 1);
        QCOMPARE(causes.first().id, QStringLiteral("container-not-found"));

        // A remote host that resolves and refuses has nothing to do with local containers.
        ContainerTarget remote;
        remote.hosts = {QStringLiteral("db.example.com")};
        remote.networkProblem = QStringLiteral("connection-refused");
        QVERIFY(!remote.worthAsking());
    }
};

QTEST_GUILESS_MAIN(TestContainerCauses)
#include "tst_containercauses.moc"
