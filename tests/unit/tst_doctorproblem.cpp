// The connection doctor's mapping from a failed connection (SQLSTATE, libpq's words) to a stable
// problem id, and that every id has words and, except ok, a checklist in both languages.
#include "doctor/connectiondoctor.h"
#include "doctor/doctortext.h"
#include "languagemanager.h"

#include <QTest>

using namespace Valvur;

class TestDoctorProblem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapsErrorsToIds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("problem");
        const int conn = int(PgError::Kind::Connection);
        QTest::newRow("57P03 starting") << conn << "57P03" << "the database system is starting up" << "server-starting";
        QTest::newRow("57P03 hot standby off") << conn << "57P03" << "the database system is not accepting connections" << "server-starting";
        QTest::newRow("28P01 password") << conn << "28P01" << "password authentication failed for user \"app\"" << "auth-failed";
        QTest::newRow("28000 no entry") << conn << "28000" << "no pg_hba.conf entry for host \"127.0.0.1\", user \"x\", database \"y\", no encryption"
                                        << "no-hba-entry";
        QTest::newRow("28000 reject") << conn << "28000" << "pg_hba.conf rejects connection for host \"127.0.0.1\", user \"x\", database \"y\", no encryption"
                                      << "no-hba-entry";
        QTest::newRow("28000 role") << conn << "28000" << "role \"ghost\" does not exist" << "role-missing";
        QTest::newRow("3D000") << conn << "3D000" << "database \"nosuch\" does not exist" << "database-missing";
        QTest::newRow("53300 full") << conn << "53300" << "sorry, too many clients already" << "too-many-connections";
        QTest::newRow("53300 reserved") << conn << "53300" << "remaining connection slots are reserved for non-replication superuser connections"
                                        << "too-many-connections";
        QTest::newRow("no password") << conn << "" << "connection to server at \"127.0.0.1\", port 5432 failed: fe_sendauth: no password supplied"
                                     << "auth-failed";
        QTest::newRow("refused") << conn << "" << "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?"
                                 << "connection-refused";
        QTest::newRow("socket missing") << conn << "" << "connection to server on socket \"/tmp/.s.PGSQL.5432\" failed: No such file or directory"
                                        << "connection-refused";
        QTest::newRow("no ssl on server") << conn << "" << "server does not support SSL, but SSL was required" << "ssl-required";
        QTest::newRow("certificate") << conn << "" << "SSL error: certificate verify failed" << "ssl-failed";
        QTest::newRow("root cert missing") << conn << "" << "root certificate file \"/x/root.crt\" does not exist" << "ssl-failed";
        QTest::newRow("name mismatch") << conn << "" << "server certificate for \"localhost\" does not match host name \"127.0.0.1\"" << "ssl-failed";
        QTest::newRow("bad answer") << conn << "" << "received invalid response to SSL negotiation: H" << "not-postgres";
        QTest::newRow("libpq dns") << conn << "" << "could not translate host name \"postgre\" to address: Name or service not known" << "dns-failure";
        QTest::newRow("something else") << conn << "" << "out of memory" << "unknown";
        QTest::newRow("state wins over words") << conn << "3D000" << "password authentication failed" << "database-missing";
        QTest::newRow("kind dns") << int(PgError::Kind::NameResolution) << "" << "whatever" << "dns-failure";
        QTest::newRow("kind timeout") << int(PgError::Kind::Timeout) << "" << "timeout expired" << "timeout";
        QTest::newRow("no error") << int(PgError::Kind::None) << "" << "" << "ok";
    }

    void mapsErrorsToIds()
    {
        QFETCH(int, kind);
        QFETCH(QString, sqlState);
        QFETCH(QString, message);
        QFETCH(QString, problem);
        const PgError error(PgError::Kind(kind), message, sqlState);
        QCOMPARE(ConnectionDoctor::problemFor(error), problem);
        QVERIFY(ConnectionDoctor::problemIds().contains(problem));
    }

    void everyIdHasWordsAndAChecklist_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("et") << "et";
    }

    void everyIdHasWordsAndAChecklist()
    {
        QFETCH(QString, language);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        ConnectionOptions options;
        QVERIFY(ConnectionOptions::parse(QStringLiteral("host=db.example port=5433 user=app dbname=shop"), &options, nullptr));
        QSet<QString> headlines;
        for (const QString &id : ConnectionDoctor::problemIds()) {
            const QString headline = DoctorText::headline(id);
            QVERIFY2(!headline.isEmpty(), qPrintable(id));
            headlines.insert(headline);
            const QStringList advice = DoctorText::advice(id, options);
            QCOMPARE(advice.isEmpty(), id == QLatin1String("ok"));
            for (const QString &line : advice)
                QVERIFY2(!line.contains(QLatin1Char('%')), qPrintable(line)); // every placeholder filled
        }
        QCOMPARE(headlines.size(), ConnectionDoctor::problemIds().size()); // no two problems read alike
        // The checklist names the user's own port, user and database.
        QVERIFY(DoctorText::advice(QStringLiteral("connection-refused"), options).join(QLatin1Char(' ')).contains(QLatin1String("5433")));
        QVERIFY(DoctorText::advice(QStringLiteral("role-missing"), options).join(QLatin1Char(' ')).contains(QLatin1String("CREATE ROLE app")));
        QVERIFY(DoctorText::advice(QStringLiteral("database-missing"), options).join(QLatin1Char(' ')).contains(QLatin1String("CREATE DATABASE shop")));
        // English source and the translation differ in Estonian, and --json stays English.
        if (language == QLatin1String("et")) {
            QVERIFY(DoctorText::headline(QStringLiteral("connection-refused")).contains(QStringLiteral("keelduti")));
            QVERIFY(DoctorText::headline(QStringLiteral("connection-refused"), false).startsWith(QLatin1String("Connection refused")));
        }
    }
};

QTEST_GUILESS_MAIN(TestDoctorProblem)
#include "tst_doctorproblem.moc"
