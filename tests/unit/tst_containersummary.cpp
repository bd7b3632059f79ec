// A container's facts in words and the login they give, from `docker inspect` JSON as Docker and
// Podman write it: state and health, the port a client on this machine uses (a specific HostIp is
// kept, a wildcard becomes loopback), volumes named/anonymous/bind, and the problems of a
// container that is not running or publishes nothing. Never a secret in the JSON facts.
#include "containers/containersummary.h"
#include "containers/containerlogin.h"

#include <QJsonDocument>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

namespace {
ContainerInfo inspect(const QByteArray &json)
{
    return containerFromInspect(QJsonDocument::fromJson(json).object());
}

const QByteArray kRunning = R"({
  "Id": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "Name": "/course-db-1",
  "Config": {"Image": "postgres:16", "Env": ["POSTGRES_PASSWORD=hunter2", "POSTGRES_USER=app", "PG_MAJOR=16", "PG_VERSION=16.4-1.pgdg120+1"],
             "Labels": {"com.docker.compose.project": "course", "com.docker.compose.service": "db"},
             "ExposedPorts": {"5432/tcp": {}}},
  "State": {"Status": "running", "ExitCode": 0, "Health": {"Status": "healthy"}},
  "HostConfig": {"RestartPolicy": {"Name": "unless-stopped"}},
  "NetworkSettings": {"Ports": {"5432/tcp": [{"HostIp": "0.0.0.0", "HostPort": "5433"}, {"HostIp": "::", "HostPort": "5433"}]}},
  "Mounts": [{"Type": "volume", "Name": "course_pgdata", "Source": "/var/lib/docker/volumes/course_pgdata/_data",
              "Destination": "/var/lib/postgresql/data", "RW": true}]
})";
} // namespace

class TestContainerSummary : public QObject
{
    Q_OBJECT
private slots:
    void runningComposeContainer()
    {
        const ContainerInfo c = inspect(kRunning);
        QCOMPARE(ContainerFacts::stateText(c), u"running · healthy"_s);
        QCOMPARE(ContainerFacts::severity(c), ContainerFacts::Severity::Good);
        QCOMPARE(ContainerFacts::composeText(c), u"compose course / db"_s);
        QCOMPARE(ContainerFacts::imageText(c), u"postgres:16 · PostgreSQL 16.4"_s);
        QCOMPARE(ContainerFacts::portText(c), u"0.0.0.0:5433→5432"_s);
        QCOMPARE(ContainerFacts::connectHost(c), u"127.0.0.1"_s);
        QCOMPARE(ContainerFacts::volumeTexts(c), QStringList{u"volume course_pgdata → /var/lib/postgresql/data"_s});

        const ContainerLogin login = containerEndpoint(c);
        QVERIFY(login.ok());
        QCOMPARE(login.options.value(u"host"_s), u"127.0.0.1"_s);
        QCOMPARE(login.options.value(u"port"_s), u"5433"_s);
        QCOMPARE(login.options.value(u"user"_s), u"app"_s);
        QCOMPARE(login.options.value(u"dbname"_s), u"app"_s); // POSTGRES_DB defaults to the user
        QVERIFY(login.password.isEmpty()); // the endpoint alone never carries it

        const QByteArray json = QJsonDocument(ContainerFacts::toJson(c)).toJson();
        QVERIFY(!json.contains("hunter2"));
        QVERIFY(json.contains("\"passwordSource\": \"environment\""));
    }

    void specificHostIpIsKept()
    {
        QByteArray json = kRunning;
        json.replace(R"({"HostIp": "0.0.0.0", "HostPort": "5433"}, {"HostIp": "::", "HostPort": "5433"})",
                     R"({"HostIp": "127.0.0.2", "HostPort": "6000"})");
        const ContainerInfo c = inspect(json);
        QCOMPARE(ContainerFacts::connectHost(c), u"127.0.0.2"_s);
        QCOMPARE(ContainerFacts::portText(c), u"127.0.0.2:6000→5432"_s);
    }

    void exitedContainerWithAnonymousVolume()
    {
        const ContainerInfo c = inspect(R"({
          "Id": "ff", "Name": "/pg-broken",
          "Config": {"Image": "postgres:17", "Env": ["PG_MAJOR=17"], "ExposedPorts": {"5432/tcp": {}}},
          "State": {"Status": "exited", "ExitCode": 1},
          "HostConfig": {"PortBindings": {"5432/tcp": [{"HostIp": "127.0.0.1", "HostPort": "5434"}]}},
          "NetworkSettings": {"Ports": {}},
          "Mounts": [{"Type": "volume", "Name": "3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a",
                      "Destination": "/var/lib/postgresql/data"}]
        })");
        QCOMPARE(ContainerFacts::stateText(c), u"exited (1)"_s);
        QCOMPARE(ContainerFacts::severity(c), ContainerFacts::Severity::Bad);
        QCOMPARE(ContainerFacts::portText(c), u"127.0.0.1:5434→5432"_s); // what it publishes when started
        QCOMPARE(ContainerFacts::volumeTexts(c).value(0), u"anonymous volume 3f2a1b0c9d8e… → /var/lib/postgresql/data"_s);
        const ContainerLogin login = containerEndpoint(c);
        QCOMPARE(login.problem, u"not-running"_s);
        QVERIFY2(login.message.contains(u"docker start pg-broken"_s), qPrintable(login.message));
        QCOMPARE(ContainerFacts::toJson(c).value("exitCode"_L1).toInt(), 1);
    }

    void runningWithoutPublishedPort()
    {
        const ContainerInfo c = inspect(R"({
          "Id": "ee", "Name": "/pg-hidden",
          "Config": {"Image": "docker.io/library/postgres:16", "Env": ["POSTGRES_PASSWORD_FILE=/run/secrets/pw", "PG_MAJOR=16"],
                     "ExposedPorts": {"5432/tcp": {}}},
          "State": {"Status": "running", "ExitCode": 0, "Health": {"Status": "starting"}},
          "HostConfig": {}, "NetworkSettings": {"Ports": {"5432/tcp": null}}, "Mounts": []
        })");
        QCOMPARE(ContainerFacts::stateText(c), u"running · starting"_s);
        QCOMPARE(ContainerFacts::severity(c), ContainerFacts::Severity::Waiting);
        QCOMPARE(ContainerFacts::portText(c), u"5432 not published"_s);
        QCOMPARE(ContainerFacts::connectHost(c), QString());
        QCOMPARE(ContainerFacts::volumeTexts(c), QStringList{u"no volume"_s});
        const ContainerLogin login = containerEndpoint(c);
        QCOMPARE(login.problem, u"not-published"_s);
        QVERIFY2(login.message.contains(u"-p 127.0.0.1:5432:5432"_s), qPrintable(login.message));
        QCOMPARE(ContainerFacts::toJson(c).value("passwordSource"_L1).toString(), u"file"_s);
    }
};

QTEST_GUILESS_MAIN(TestContainerSummary)
#include "tst_containersummary.moc"
