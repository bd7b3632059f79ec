// The pgpass file as libpq reads it: fields, escapes, wildcards, comments, CRLF, the 0600 rule.
#include "profiles/pgpassfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestPgpassFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("fields"); // host, port, database, user, password

        QTest::newRow("plain") << u"localhost:5432:app:student:secret"_s << true
                               << QStringList{u"localhost"_s, u"5432"_s, u"app"_s, u"student"_s, u"secret"_s};
        QTest::newRow("escaped colon in password") << u"h:5432:d:u:pa\\:ss"_s << true << QStringList{u"h"_s, u"5432"_s, u"d"_s, u"u"_s, u"pa:ss"_s};
        QTest::newRow("escaped backslash") << u"h:5432:d:u:a\\\\b"_s << true << QStringList{u"h"_s, u"5432"_s, u"d"_s, u"u"_s, u"a\\b"_s};
        QTest::newRow("escaped colon in user") << u"h:5432:d:app\\:user:pw"_s << true << QStringList{u"h"_s, u"5432"_s, u"d"_s, u"app:user"_s, u"pw"_s};
        QTest::newRow("empty password") << u"h:5432:d:u:"_s << true << QStringList{u"h"_s, u"5432"_s, u"d"_s, u"u"_s, u""_s};
        QTest::newRow("empty fields") << u"::::pw"_s << true << QStringList{u""_s, u""_s, u""_s, u""_s, u"pw"_s};
        QTest::newRow("wildcards") << u"*:*:*:*:pw"_s << true << QStringList{u"*"_s, u"*"_s, u"*"_s, u"*"_s, u"pw"_s};
        QTest::newRow("escaped star is literal") << u"\\*:5432:d:u:pw"_s << true << QStringList{u"\\*"_s, u"5432"_s, u"d"_s, u"u"_s, u"pw"_s};
        QTest::newRow("password ends at a colon") << u"h:5432:d:u:pw:rest"_s << true << QStringList{u"h"_s, u"5432"_s, u"d"_s, u"u"_s, u"pw"_s};
        QTest::newRow("unicode") << u"andmebaas.ee:5432:õppeaine:tudeng_ä:parool_ü€"_s << true
                                 << QStringList{u"andmebaas.ee"_s, u"5432"_s, u"õppeaine"_s, u"tudeng_ä"_s, u"parool_ü€"_s};
        QTest::newRow("trailing backslash kept") << u"h:5432:d:u:pw\\"_s << true << QStringList{u"h"_s, u"5432"_s, u"d"_s, u"u"_s, u"pw\\"_s};
        QTest::newRow("four fields") << u"h:5432:d:u"_s << false << QStringList{};
        QTest::newRow("no colon") << u"just text"_s << false << QStringList{};
        QTest::newRow("escaped colon hides a field") << u"h:5432:d:u\\:pw"_s << false << QStringList{};
    }
    void parseLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, ok);
        QFETCH(QStringList, fields);
        PgpassFile::Entry e;
        QCOMPARE(PgpassFile::parseLine(line, &e), ok);
        if (ok)
            QCOMPARE((QStringList{e.host, e.port, e.database, e.user, e.password}), fields);
    }

    void escapeRoundTrip()
    {
        const QString awkward = QStringLiteral("a:b\\c:ü");
        PgpassFile::Entry e;
        QVERIFY(PgpassFile::parseLine(QStringLiteral("h:1:d:%1:%1").arg(PgpassFile::escape(awkward)), &e));
        QCOMPARE(e.user, awkward);
        QCOMPARE(e.password, awkward);
    }

    void parseFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("errorLine");
        QTest::addColumn<QString>("lastPassword");

        QTest::newRow("comments and blank lines") << QByteArray("# my servers\n\nlocalhost:5432:*:postgres:one\n  \n#h:1:d:u:x\n")
                                                  << true << 1 << 0 << u"one"_s;
        QTest::newRow("CRLF") << QByteArray("a:1:d:u:one\r\nb:2:d:u:two\r\n") << true << 2 << 0 << u"two"_s;
        QTest::newRow("no final newline") << QByteArray("a:1:d:u:one") << true << 1 << 0 << u"one"_s;
        QTest::newRow("empty file") << QByteArray() << true << 0 << 0 << u""_s;
        QTest::newRow("broken third line") << QByteArray("a:1:d:u:one\n# ok\nbroken line\nb:2:d:u:two\n") << false << 0 << 3 << u""_s;
        QTest::newRow("unicode") << QByteArray("server:5432:andmebaas:kasutaja:pääsuke\n") << true << 1 << 0 << u"pääsuke"_s;
    }
    void parseFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, ok);
        QFETCH(int, entries);
        QFETCH(int, errorLine);
        QFETCH(QString, lastPassword);
        PgpassFile file;
        QString error;
        int line = -1;
        QCOMPARE(file.parse(data, &error, &line), ok);
        if (!ok) {
            QCOMPARE(line, errorLine);
            QVERIFY2(error.contains(QString::number(errorLine)), qPrintable(error));
            QVERIFY(file.entries().isEmpty()); // nothing half-read
            return;
        }
        QCOMPARE(file.entries().size(), entries);
        if (entries > 0)
            QCOMPARE(file.entries().last().password, lastPassword);
    }

    void match_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password"); // empty: no match

        QTest::newRow("exact") << u"db.example.com"_s << u"5433"_s << u"app"_s << u"ops"_s << u"exact"_s;
        QTest::newRow("first match wins") << u"db.example.com"_s << u"5433"_s << u"app"_s << u"other"_s << u"any-user"_s;
        QTest::newRow("database wildcard") << u"localhost"_s << u"5432"_s << u"whatever"_s << u"postgres"_s << u"local"_s;
        QTest::newRow("socket directory is localhost") << u"/var/run/postgresql"_s << u"5432"_s << u"x"_s << u"postgres"_s << u"local"_s;
        QTest::newRow("empty host is localhost") << u""_s << u""_s << u"x"_s << u"postgres"_s << u"local"_s;
        QTest::newRow("escaped star is not a wildcard") << u"*"_s << u"1"_s << u"d"_s << u"u"_s << u"star"_s;
        QTest::newRow("escaped star host does not match others") << u"other"_s << u"1"_s << u"d"_s << u"u"_s << u""_s;
        QTest::newRow("escaped colon user") << u"h"_s << u"1"_s << u"d"_s << u"a:b"_s << u"colon"_s;
        QTest::newRow("no match") << u"nowhere"_s << u"5432"_s << u"d"_s << u"nobody"_s << u""_s;
    }
    void match()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, password);
        PgpassFile file;
        QVERIFY(file.parse("db.example.com:5433:app:ops:exact\n"
                           "db.example.com:5433:app:*:any-user\n"
                           "localhost:5432:*:postgres:local\n"
                           "\\*:1:d:u:star\n"
                           "h:1:d:a\\:b:colon\n"));
        const PgpassFile::Entry *e = file.match(host, port, database, user);
        if (password.isEmpty())
            QVERIFY(!e);
        else {
            QVERIFY(e);
            QCOMPARE(e->password, password);
        }
    }

    // libpq ignores a pgpass file that group or others may read; so does Valvur.
    void permissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pgpass"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("localhost:5432:*:postgres:pw\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(PgpassFile::permissionsOk(path));
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(!PgpassFile::permissionsOk(path));
        QVERIFY(!PgpassFile::permissionsOk(dir.path()));
        QVERIFY(!PgpassFile::permissionsOk(dir.filePath(QStringLiteral("missing"))));

        qputenv("PGPASSFILE", path.toUtf8());
        QCOMPARE(PgpassFile::defaultPath(), path);
        qunsetenv("PGPASSFILE");
        QVERIFY(PgpassFile::defaultPath().endsWith(QStringLiteral("/.pgpass")));
    }

    void unreadableFile()
    {
        PgpassFile file;
        QString error;
        int line = -1;
        QVERIFY(!file.load(QStringLiteral("/nonexistent/pgpass"), &error, &line));
        QCOMPARE(line, 0);
        QVERIFY(error.contains(QStringLiteral("/nonexistent/pgpass")));
    }
};

QTEST_GUILESS_MAIN(TestPgpassFile)
#include "tst_pgpassfile.moc"
