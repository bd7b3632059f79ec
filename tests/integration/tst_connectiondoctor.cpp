// The connection doctor against real servers this test configures itself: every problem id is
// reproduced and asserted — a pg_hba rule that rejects, a user without an hba line, scram with
// a wrong or missing password, a role and a database that do not exist, max_connections used up
// (seen from outside and from a reserved superuser slot), a standby that stays in recovery, a
// TLS server with a throwaway CA made by the openssl CLI, sslmode=require against ssl = off,
// a loopback listener that speaks HTTP, one that never answers, a name that cannot resolve and
// a stopped server. Also the command line: `valvur doctor --json`, exit status, no secrets,
// --profile with the password in the keychain.
// ctest-labels: keychain
#include "doctor/connectiondoctor.h"
#include "profiles/credentialstore.h"
#include "doctor/doctortext.h"
#include "profiles/profilestore.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace Valvur;

class TestConnectionDoctor : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server; // scram, hba rules, small max_connections, ssl = off
    QTemporaryDir m_dir;
    QString m_pgpass;

    static ConnectionOptions parse(const QString &conninfo)
    {
        ConnectionOptions o;
        QString error;
        if (!ConnectionOptions::parse(conninfo, &o, &error))
            qWarning() << error;
        return o;
    }

    // Runs the doctor to its verdict; checks that every step that started also ended.
    static QString diagnose(ConnectionDoctor &doctor, const QString &conninfo, const QString &password = {})
    {
        QSignalSpy started(&doctor, &ConnectionDoctor::stepStarted);
        QSignalSpy ended(&doctor, &ConnectionDoctor::stepFinished);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        doctor.start(parse(conninfo), password);
        if (!finished.wait(30000))
            return QStringLiteral("(no verdict within 30 s)");
        if (started.count() != ended.count() || started.count() != doctor.steps().size())
            return QStringLiteral("(steps started %1, ended %2)").arg(started.count()).arg(ended.count());
        for (const DoctorStep &s : doctor.steps()) {
            if (s.state == DoctorStep::State::Running)
                return QStringLiteral("(step %1 still running)").arg(s.id);
        }
        return finished.first().first().toString();
    }

    static DoctorStep step(const ConnectionDoctor &doctor, const QString &id)
    {
        for (const DoctorStep &s : doctor.steps()) {
            if (s.id == id)
                return s;
        }
        return {};
    }

    QString conninfo(const QString &user = QStringLiteral("postgres"), const QString &db = QStringLiteral("postgres")) const
    {
        return m_server.conninfo(db, user);
    }

    static QString valvur() { return qEnvironmentVariable("VALVUR_BINARY_DIR") + QStringLiteral("/app/valvur"); }

    static bool openssl(const QStringList &args, const QString &dir)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << "openssl" << args << p.readAll();
            return false;
        }
        return true;
    }

    // A CA and a server certificate for localhost/127.0.0.1 it signed, plus an unrelated CA.
    static bool makeCertificates(const QString &dir)
    {
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        QFile ext(dir + QStringLiteral("/server.ext"));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("subjectAltName = DNS:localhost, IP:127.0.0.1\n");
        ext.close();
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                           + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.crt"),
                                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Valvur test CA")},
                       dir)
            && openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                           + QStringList{QStringLiteral("-keyout"), QStringLiteral("other.key"), QStringLiteral("-out"), QStringLiteral("other.crt"),
                                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Some other CA")},
                       dir)
            && openssl(QStringList{QStringLiteral("req")} + ec
                           + QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"), QStringLiteral("server.csr"),
                                         QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                       dir)
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"),
                        QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                       dir);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        {
            // This test's own settings (ctest gives each test its XDG_CONFIG_HOME): start without profiles.
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
            settings.clear();
        }
        Test::TestServer::Options o;
        o.maxConnections = 8;
        o.extraConfig << QStringLiteral("superuser_reserved_connections = 2");
        o.hbaLines << QStringLiteral("host all ghost 127.0.0.1/32 trust")       // role-missing (trust reveals it)
                   << QStringLiteral("host all rejectme 127.0.0.1/32 reject")   // no-hba-entry (reject)
                   << QStringLiteral("host all postgres,app,rejectme 127.0.0.1/32 scram-sha-256"); // "stranger" has no line
        QVERIFY2(m_server.start(o), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE ROLE app LOGIN PASSWORD 'app-pw'; CREATE ROLE stranger LOGIN PASSWORD 'x'; "
                                     "CREATE ROLE rejectme LOGIN PASSWORD 'x'"),
                      QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        // A pgpass file as libpq reads it (0600), for the command line: secrets never on argv.
        m_pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QFile f(m_pgpass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(m_server.port()).arg(m_server.superuserPassword()).toUtf8());
        f.close();
        QFile::setPermissions(m_pgpass, QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", m_pgpass.toLocal8Bit());
    }

    void okWithEveryStepPassed()
    {
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, QStringLiteral("host=localhost port=%1 user=postgres dbname=postgres").arg(m_server.port()),
                          m_server.superuserPassword()),
                 QStringLiteral("ok"));
        QStringList ids;
        for (const DoctorStep &s : doctor.steps()) {
            ids << s.id;
            QVERIFY2(s.state != DoctorStep::State::Failed, qPrintable(s.id + QLatin1Char(' ') + s.detail(false)));
        }
        for (const char *id : {"resolve", "tcp", "postgres", "tls", "auth", "database", "connections"})
            QVERIFY2(ids.contains(QLatin1String(id)), qPrintable(ids.join(QLatin1Char(','))));
        QCOMPARE(step(doctor, QStringLiteral("postgres")).detail(false), QStringLiteral("PostgreSQL answers; it does not offer TLS"));
        QVERIFY(doctor.maxConnections() == 8);
    }

    void wrongPasswordIsAuthFailed()
    {
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, conninfo(QStringLiteral("app")), QStringLiteral("wrong")), QStringLiteral("auth-failed"));
        QCOMPARE(doctor.error().sqlState(), QStringLiteral("28P01"));
        QCOMPARE(step(doctor, QStringLiteral("auth")).state, DoctorStep::State::Failed);
        // The POSTGRES_PASSWORD-only-on-first-init trap is on the checklist.
        QVERIFY(DoctorText::advice(doctor.problem(), doctor.options(), false).join(QLatin1Char(' ')).contains(QLatin1String("first time")));
    }

    void missingPasswordIsAuthFailed()
    {
        ConnectionDoctor doctor; // app has no pgpass line
        QCOMPARE(diagnose(doctor, conninfo(QStringLiteral("app"))), QStringLiteral("auth-failed"));
        QVERIFY2(doctor.error().message().contains(QLatin1String("no password supplied")), qPrintable(doctor.error().message()));
    }

    void hbaRejectAndMissingLineAreNoHbaEntry()
    {
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, conninfo(QStringLiteral("rejectme")), QStringLiteral("x")), QStringLiteral("no-hba-entry"));
        QVERIFY(doctor.error().message().contains(QLatin1String("rejects")));
        QCOMPARE(diagnose(doctor, conninfo(QStringLiteral("stranger")), QStringLiteral("x")), QStringLiteral("no-hba-entry"));
        QVERIFY(doctor.error().message().contains(QLatin1String("no pg_hba.conf entry")));
        QCOMPARE(doctor.error().sqlState(), QStringLiteral("28000"));
    }

    void unknownRoleIsRoleMissing()
    {
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, conninfo(QStringLiteral("ghost"))), QStringLiteral("role-missing"));
        QCOMPARE(doctor.error().sqlState(), QStringLiteral("28000"));
    }

    void unknownDatabaseIsDatabaseMissing()
    {
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, conninfo(QStringLiteral("postgres"), QStringLiteral("nosuchdb")), m_server.superuserPassword()),
                 QStringLiteral("database-missing"));
        QCOMPARE(step(doctor, QStringLiteral("auth")).state, DoctorStep::State::Passed);
        QCOMPARE(step(doctor, QStringLiteral("database")).state, DoctorStep::State::Failed);
    }

    void sslRequiredAgainstSslOff()
    {
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, conninfo() + QStringLiteral(" sslmode=require"), m_server.superuserPassword()), QStringLiteral("ssl-required"));
        QCOMPARE(step(doctor, QStringLiteral("tls")).state, DoctorStep::State::Failed);
        QVERIFY(step(doctor, QStringLiteral("auth")).id.isEmpty()); // never tried to log in
    }

    void exhaustedSlotsAreTooManyConnections()
    {
        // "app" (no superuser) takes every slot a non-superuser may have: 8 - 2 reserved.
        QList<PGconn *> held;
        const QByteArray info = (conninfo(QStringLiteral("app")) + QStringLiteral(" password=app-pw application_name=leaky-app")).toUtf8();
        for (int i = 0; i < 6; ++i) {
            PGconn *c = PQconnectdb(info.constData());
            QVERIFY2(PQstatus(c) == CONNECTION_OK, PQerrorMessage(c));
            held << c;
        }
        auto release = qScopeGuard([&held] {
            for (PGconn *c : std::as_const(held))
                PQfinish(c);
        });
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, conninfo(QStringLiteral("app")), QStringLiteral("app-pw")), QStringLiteral("too-many-connections"));
        QCOMPARE(doctor.error().sqlState(), QStringLiteral("53300"));
        // A superuser gets in through a reserved slot and sees who holds the connections.
        QCOMPARE(diagnose(doctor, conninfo(), m_server.superuserPassword()), QStringLiteral("too-many-connections"));
        QCOMPARE(doctor.connectionsInUse(), 6);
        QCOMPARE(doctor.reservedConnections(), 2);
        QVERIFY(!doctor.holders().isEmpty());
        QCOMPARE(doctor.holders().first().application, QStringLiteral("leaky-app"));
        QCOMPARE(doctor.holders().first().count, 6);
        QVERIFY(DoctorText::facts(doctor, false).join(QLatin1Char('\n')).contains(QLatin1String("application leaky-app, user app: 6 connections")));
        QVERIFY(DoctorText::advice(doctor, false).join(QLatin1Char(' ')).contains(QLatin1String("A superuser can still get in")));

        // The two reserved slots taken too: now a superuser is refused ("too many clients already"),
        // and the checklist no longer says a superuser can get in.
        const QByteArray super = (conninfo() + QStringLiteral(" password=") + m_server.superuserPassword()).toUtf8();
        for (int i = 0; i < 2; ++i) {
            PGconn *c = PQconnectdb(super.constData());
            QVERIFY2(PQstatus(c) == CONNECTION_OK, PQerrorMessage(c));
            held << c;
        }
        QCOMPARE(diagnose(doctor, conninfo(), m_server.superuserPassword()), QStringLiteral("too-many-connections"));
        QVERIFY2(doctor.error().message().contains(QLatin1String("too many clients already")), qPrintable(doctor.error().message()));
        const QString advice = DoctorText::advice(doctor, false).join(QLatin1Char(' '));
        QVERIFY2(!advice.contains(QLatin1String("A superuser can still get in")), qPrintable(advice));
        QVERIFY2(advice.contains(QLatin1String("a superuser is refused too")), qPrintable(advice));
        QVERIFY(!DoctorText::report(doctor, false).contains(QLatin1String("A superuser can still get in")));
        release.dismiss();
        for (PGconn *c : std::as_const(held))
            PQfinish(c);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'app'")),
                                  QStringLiteral("0"), 10000);
        QCOMPARE(diagnose(doctor, conninfo(QStringLiteral("app")), QStringLiteral("app-pw")), QStringLiteral("ok"));
    }

    void standbyInRecoveryIsServerStarting()
    {
        Test::TestServer standby;
        Test::TestServer::Options o;
        o.standbyWithoutPrimary = true;
        QVERIFY2(standby.start(o), qPrintable(standby.error()));
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, standby.conninfo(), standby.superuserPassword()), QStringLiteral("server-starting"));
        QCOMPARE(doctor.error().sqlState(), QStringLiteral("57P03"));
        QCOMPARE(step(doctor, QStringLiteral("postgres")).state, DoctorStep::State::Passed); // it is PostgreSQL
    }

    void tlsWithOwnCa()
    {
        QTemporaryDir certs;
        QVERIFY(certs.isValid());
        QVERIFY(makeCertificates(certs.path()));
        Test::TestServer tls;
        Test::TestServer::Options o;
        o.sslCertFile = certs.filePath(QStringLiteral("server.crt"));
        o.sslKeyFile = certs.filePath(QStringLiteral("server.key"));
        QVERIFY2(tls.start(o), qPrintable(tls.error()));
        const QString base = QStringLiteral("host=localhost port=%1 user=postgres dbname=postgres sslmode=verify-full sslrootcert=%2");

        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, base.arg(tls.port()).arg(certs.filePath(QStringLiteral("ca.crt"))), tls.superuserPassword()),
                 QStringLiteral("ok"));
        QCOMPARE(step(doctor, QStringLiteral("postgres")).detail(false), QStringLiteral("PostgreSQL answers; it offers TLS"));
        QCOMPARE(step(doctor, QStringLiteral("tls")).state, DoctorStep::State::Passed);
        QVERIFY2(step(doctor, QStringLiteral("tls")).detail(false).startsWith(QLatin1String("the connection is encrypted (TLSv1.")),
                 qPrintable(step(doctor, QStringLiteral("tls")).detail(false)));

        QCOMPARE(diagnose(doctor, base.arg(tls.port()).arg(certs.filePath(QStringLiteral("other.crt"))), tls.superuserPassword()),
                 QStringLiteral("ssl-failed"));
        QCOMPARE(step(doctor, QStringLiteral("tls")).state, DoctorStep::State::Failed);
        QVERIFY2(doctor.error().message().contains(QLatin1String("certificate")), qPrintable(doctor.error().message()));
    }

    void httpListenerIsNotPostgres()
    {
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        connect(&http, &QTcpServer::newConnection, this, [&http] {
            while (QTcpSocket *s = http.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                    s->disconnectFromHost();
                });
            }
        });
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, QStringLiteral("host=127.0.0.1 port=%1 user=postgres").arg(http.serverPort())), QStringLiteral("not-postgres"));
        QVERIFY2(step(doctor, QStringLiteral("postgres")).detail(false).contains(QLatin1String("HTTP/1.1 400")),
                 qPrintable(step(doctor, QStringLiteral("postgres")).detail(false)));
    }

    void listenerThatHangsUpIsNotPostgres()
    {
        // What a Docker-published port looks like while PostgreSQL in the container is not up yet.
        QTcpServer hangup;
        QVERIFY(hangup.listen(QHostAddress::LocalHost, 0));
        connect(&hangup, &QTcpServer::newConnection, this, [&hangup] {
            while (QTcpSocket *s = hangup.nextPendingConnection())
                s->disconnectFromHost();
        });
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, QStringLiteral("host=127.0.0.1 port=%1 user=postgres").arg(hangup.serverPort())), QStringLiteral("not-postgres"));
        QCOMPARE(step(doctor, QStringLiteral("postgres")).outcome, QStringLiteral("closed"));
        QVERIFY(DoctorText::facts(doctor, false).join(QLatin1Char(' ')).contains(QLatin1String("Docker-published port")));
    }

    void silentListenerIsNoAnswer()
    {
        // A hung server: the TCP handshake succeeds (the kernel accepts), then silence. The verdict
        // says so, and does not lead with a firewall (which would have dropped the handshake).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionDoctor doctor;
        doctor.setStepTimeout(1000);
        QCOMPARE(diagnose(doctor, QStringLiteral("host=127.0.0.1 port=%1 user=postgres").arg(silent.serverPort())), QStringLiteral("no-answer"));
        QCOMPARE(step(doctor, QStringLiteral("tcp")).state, DoctorStep::State::Passed);
        QCOMPARE(step(doctor, QStringLiteral("postgres")).state, DoctorStep::State::Failed);
        QVERIFY(DoctorText::headline(doctor.problem(), false).startsWith(QLatin1String("The server accepted the connection but did not answer")));
        const QStringList advice = DoctorText::advice(doctor, false);
        QVERIFY(!advice.isEmpty());
        QVERIFY2(!advice.first().contains(QLatin1String("firewall"), Qt::CaseInsensitive), qPrintable(advice.first()));
        QVERIFY(DoctorText::facts(doctor, false).join(QLatin1Char(' ')).contains(QLatin1String("nothing answers on them")));
    }

    void unresolvableNameIsDnsFailure()
    {
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, QStringLiteral("host=postgre.invalid port=5432 user=postgres")), QStringLiteral("dns-failure"));
        QCOMPARE(step(doctor, QStringLiteral("resolve")).state, DoctorStep::State::Failed);
        QVERIFY(DoctorText::advice(doctor.problem(), doctor.options(), false).join(QLatin1Char(' ')).contains(QLatin1String("postgre.invalid")));
    }

    // A port from PGPORT or a service file reaches no parser: the doctor names it and probes
    // nothing, rather than reporting that nothing listens on port 0.
    void badPortFromEnvironmentOrServiceFile()
    {
        const QByteArray oldPort = qgetenv("PGPORT"), oldServiceFile = qgetenv("PGSERVICEFILE");
        const auto restore = qScopeGuard([&] {
            oldPort.isNull() ? qunsetenv("PGPORT") : qputenv("PGPORT", oldPort);
            oldServiceFile.isNull() ? qunsetenv("PGSERVICEFILE") : qputenv("PGSERVICEFILE", oldServiceFile);
        });
        ConnectionDoctor doctor;
        qputenv("PGPORT", "abc");
        QCOMPARE(diagnose(doctor, QStringLiteral("host=127.0.0.1 user=postgres")), QStringLiteral("bad-port"));
        QCOMPARE(step(doctor, QStringLiteral("port")).state, DoctorStep::State::Failed);
        QVERIFY(step(doctor, QStringLiteral("tcp")).id.isEmpty()); // nothing was probed
        const QString report = DoctorText::report(doctor, false);
        QVERIFY2(report.contains(QLatin1String("The port \"abc\" is not a number")) && !report.contains(QLatin1String("port 0")), qPrintable(report));
        qunsetenv("PGPORT");

        const QString serviceFile = m_dir.filePath(QStringLiteral("bad-port-service.conf"));
        QFile file(serviceFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[badport]\nhost=127.0.0.1\nport=99999\nuser=postgres\n");
        file.close();
        qputenv("PGSERVICEFILE", serviceFile.toLocal8Bit());
        QCOMPARE(diagnose(doctor, QStringLiteral("service=badport")), QStringLiteral("bad-port"));
        const QString facts = DoctorText::facts(doctor, false).join(QLatin1Char('\n'));
        QVERIFY2(facts.contains(QLatin1String("The port 99999 is out of range")), qPrintable(facts));
    }

    void unixSocket()
    {
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, m_server.socketConninfo()), QStringLiteral("ok"));
        QCOMPARE(step(doctor, QStringLiteral("socket")).state, DoctorStep::State::Passed);
        QCOMPARE(step(doctor, QStringLiteral("tls")).state, DoctorStep::State::Skipped);
        QVERIFY(step(doctor, QStringLiteral("tcp")).id.isEmpty());
        // No server on that port in that directory: the socket file is missing.
        QCOMPARE(diagnose(doctor, QStringLiteral("host=%1 port=1 user=postgres").arg(m_dir.path())), QStringLiteral("connection-refused"));
        QCOMPARE(step(doctor, QStringLiteral("socket")).state, DoctorStep::State::Failed);
    }

    void commandLineJsonAndExitStatus()
    {
        QProcess p;
        p.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--json"), conninfo()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0); // the password came from PGPASSFILE
        const QJsonObject ok = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(ok.value(QStringLiteral("problem")).toString(), QStringLiteral("ok"));
        QVERIFY(ok.value(QStringLiteral("steps")).toArray().size() >= 5);
        QVERIFY(!ok.value(QStringLiteral("message")).toString().isEmpty());

        p.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("et"), conninfo(QStringLiteral("postgres"), QStringLiteral("nosuchdb"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QJsonObject bad = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(bad.value(QStringLiteral("problem")).toString(), QStringLiteral("database-missing"));
        QCOMPARE(bad.value(QStringLiteral("message")).toString(), QStringLiteral("The database does not exist on this server.")); // JSON is not translated
        QVERIFY(bad.value(QStringLiteral("advice")).toArray().size() >= 2);

        // Human output follows --lang; stdin is not a terminal, so nobody is asked for a password.
        p.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--lang"), QStringLiteral("et"), conninfo(QStringLiteral("app"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString human = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(human.contains(QStringLiteral("Autentimine ebaõnnestus")) && human.contains(QLatin1String("[auth-failed]")), qPrintable(human));

        // --profile NAME: a saved profile (settings under XDG_CONFIG_HOME, as the app reads them).
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
            ProfileStore store(&settings);
            ConnectionProfile lab = ConnectionProfile::fromOptions(parse(conninfo(QStringLiteral("postgres"), QStringLiteral("nosuchdb"))));
            lab.name = QStringLiteral("lab");
            QString error;
            QVERIFY2(store.add(lab, &error), qPrintable(error));
            settings.sync();
        }
        p.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--profile"), QStringLiteral("lab")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("problem")).toString(),
                 QStringLiteral("database-missing")); // the profile's own database, the password from pgpass
        // A profile whose password is in the keychain (user app has no pgpass line).
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
            ProfileStore store(&settings);
            ConnectionProfile app = ConnectionProfile::fromOptions(parse(conninfo(QStringLiteral("app"))));
            app.name = QStringLiteral("app-keychain");
            ConnectionProfile added;
            QVERIFY(store.add(app, nullptr, &added));
            CredentialStore keychain;
            QSignalSpy written(&keychain, &CredentialStore::passwordWritten);
            keychain.writePassword(added.id, QStringLiteral("app-pw"));
            QVERIFY(written.wait(10000));
            QCOMPARE(written.first().at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::Ok);
            added.passwordInKeychain = true;
            QVERIFY(store.update(added));
            settings.sync();
            QVERIFY(!QFile(settings.fileName()).open(QIODevice::ReadOnly) || !QFile(settings.fileName()).readAll().contains("app-pw"));
        }
        p.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--no-password"), QStringLiteral("--profile"),
                           QStringLiteral("app-keychain")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray keychainJson = p.readAllStandardOutput();
        QCOMPARE(QJsonDocument::fromJson(keychainJson).object().value(QStringLiteral("problem")).toString(), QStringLiteral("ok"));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(!keychainJson.contains("app-pw"));

        // No keychain answers (no D-Bus session): the doctor says so, in both forms, and does not
        // blame the password (auth-failed) as it did when it dropped the keychain's answer.
        {
            QProcess noKeychain;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/valvur-no-bus"));
            noKeychain.setProcessEnvironment(env);
            noKeychain.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("et"),
                                        QStringLiteral("--no-password"), QStringLiteral("--profile"), QStringLiteral("app-keychain")});
            QVERIFY(noKeychain.waitForFinished(60000));
            QCOMPARE(noKeychain.exitCode(), 1);
            const QJsonObject o = QJsonDocument::fromJson(noKeychain.readAllStandardOutput()).object();
            QCOMPARE(o.value(QStringLiteral("problem")).toString(), QStringLiteral("keychain-unavailable"));
            QVERIFY2(o.value(QStringLiteral("message")).toString().contains(QLatin1String("no keychain answered")), // JSON is not translated
                     qPrintable(o.value(QStringLiteral("message")).toString()));
            noKeychain.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--no-password"),
                                        QStringLiteral("--profile"), QStringLiteral("app-keychain")});
            QVERIFY(noKeychain.waitForFinished(60000));
            QCOMPARE(noKeychain.exitCode(), 1);
            const QString human = QString::fromUtf8(noKeychain.readAllStandardOutput() + noKeychain.readAllStandardError());
            QVERIFY2(human.contains(QLatin1String("[keychain-unavailable]")) && !human.contains(QLatin1String("auth-failed")), qPrintable(human));

            // On a terminal (a real pty through script(1)) the doctor says what the keychain
            // answered, then asks for the password without echo and goes on with it.
            QProcess tty;
            tty.setProcessEnvironment(env);
            tty.setProcessChannelMode(QProcess::MergedChannels);
            tty.start(QStringLiteral("script"), {QStringLiteral("-qec"),
                                                 QStringLiteral("'%1' doctor --lang en --profile app-keychain").arg(valvur()),
                                                 QStringLiteral("/dev/null")});
            QVERIFY(tty.waitForStarted(10000));
            QByteArray seen;
            QVERIFY(QTest::qWaitFor([&] {
                seen += tty.readAll();
                return seen.contains("Password for user app: ") || tty.state() == QProcess::NotRunning;
            }, 60000));
            QVERIFY2(seen.contains("Password for user app: "), seen.constData());
            const qsizetype keychainLine = seen.indexOf("[keychain-unavailable]");
            QVERIFY2(keychainLine >= 0 && keychainLine < seen.indexOf("Password for user app: "), seen.constData());
            tty.write("app-pw\n");
            QVERIFY(tty.waitForFinished(60000));
            seen += tty.readAll();
            QVERIFY2(seen.contains("[ok]") && seen.contains("Connected:"), seen.constData());
            QVERIFY2(!seen.contains("app-pw"), seen.constData()); // not echoed
            QCOMPARE(tty.exitCode(), 0);
        }

        p.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--profile"), QStringLiteral("nosuch")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("lab")); // names the profiles there are

        // A password on the command line is refused before anything runs.
        p.start(valvur(), {QStringLiteral("doctor"), conninfo() + QStringLiteral(" password=secret")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(!p.readAll().contains("secret"));
    }

    void stoppedServerIsConnectionRefused() // last: stops the shared server
    {
        QVERIFY(m_server.stop());
        ConnectionDoctor doctor;
        QCOMPARE(diagnose(doctor, conninfo(), m_server.superuserPassword()), QStringLiteral("connection-refused"));
        QCOMPARE(step(doctor, QStringLiteral("tcp")).state, DoctorStep::State::Failed);
        QVERIFY(step(doctor, QStringLiteral("auth")).id.isEmpty());

        QProcess p;
        p.start(valvur(), {QStringLiteral("doctor"), QStringLiteral("--json"), conninfo()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("problem")).toString(),
                 QStringLiteral("connection-refused"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionDoctor)
#include "tst_connectiondoctor.moc"
