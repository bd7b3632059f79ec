// pg_service.conf as libpq reads it, and lookupService()'s search order.
#include "pg/connectionoptions.h"
#include "profiles/servicefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestServiceFile : public QObject
{
    Q_OBJECT
private:
    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("errorLine");
        QTest::addColumn<QStringList>("names");

        QTest::newRow("two services, comments, blanks")
            << QByteArray("# course servers\n\n[dev]\nhost=localhost\nport=5432\n\n# second\n[staging]\nhost=staging.example.com\n")
            << true << 0 << QStringList{u"dev"_s, u"staging"_s};
        QTest::newRow("CRLF and spaces") << QByteArray("[dev]\r\n  host = localhost \r\nport=5433\r\n") << true << 0 << QStringList{u"dev"_s};
        QTest::newRow("empty value") << QByteArray("[dev]\nhost=\n") << true << 0 << QStringList{u"dev"_s};
        QTest::newRow("unicode") << QByteArray("[õpe]\ndbname=andmebaas_ä\n") << true << 0 << QStringList{QStringLiteral("õpe")};
        QTest::newRow("no equals") << QByteArray("[dev]\nhost=localhost\nport 5432\n") << false << 3 << QStringList{};
        QTest::newRow("before a section") << QByteArray("# x\nhost=localhost\n[dev]\n") << false << 2 << QStringList{};
        QTest::newRow("unknown keyword") << QByteArray("[dev]\nhots=localhost\n") << false << 2 << QStringList{};
        QTest::newRow("nested service") << QByteArray("[dev]\nservice=other\n") << false << 2 << QStringList{};
        QTest::newRow("broken header") << QByteArray("[dev]\nhost=a\n[staging\n") << false << 3 << QStringList{};
        QTest::newRow("duplicate section") << QByteArray("[dev]\nhost=a\n[dev]\nhost=b\n") << false << 3 << QStringList{};
    }
    void parse()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, ok);
        QFETCH(int, errorLine);
        QFETCH(QStringList, names);
        ServiceFile file;
        QString error;
        int line = -1;
        QCOMPARE(file.parse(data, &error, &line), ok);
        if (!ok) {
            QCOMPARE(line, errorLine);
            QVERIFY2(error.contains(QString::number(errorLine)), qPrintable(error));
            QVERIFY(file.services().isEmpty());
            return;
        }
        QStringList got;
        for (const ServiceFile::Service &s : file.services())
            got << s.name;
        QCOMPARE(got, names);
    }

    void values()
    {
        ServiceFile file;
        QVERIFY(file.parse("[dev]\r\nhost = localhost \r\nport=5433\r\npassword=sala:dus\r\n"));
        const ServiceFile::Service *s = file.find(QStringLiteral("dev"));
        QVERIFY(s);
        QCOMPARE(s->line, 1);
        QCOMPARE(s->values.value(QStringLiteral("host")), QStringLiteral("localhost"));
        QCOMPARE(s->values.value(QStringLiteral("port")), QStringLiteral("5433"));
        QCOMPARE(s->values.value(QStringLiteral("password")), QStringLiteral("sala:dus"));
        QVERIFY(!file.find(QStringLiteral("missing")));
    }

    // PGSERVICEFILE first, then PGSYSCONFDIR/pg_service.conf: the first file with the service wins.
    void lookupOrder()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("own.conf")), "[dev]\nport=1111\n");
        write(dir.filePath(QStringLiteral("pg_service.conf")), "[dev]\nport=2222\n[shared]\nport=3333\n");
        qputenv("PGSERVICEFILE", dir.filePath(QStringLiteral("own.conf")).toUtf8());
        qputenv("PGSYSCONFDIR", dir.path().toUtf8());
        QCOMPARE(lookupService(QStringLiteral("dev")).value(QStringLiteral("port")), QStringLiteral("1111"));
        QCOMPARE(lookupService(QStringLiteral("shared")).value(QStringLiteral("port")), QStringLiteral("3333"));
        QVERIFY(lookupService(QStringLiteral("none")).isEmpty());
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(QStringLiteral("service=shared"), &o, nullptr));
        QCOMPARE(o.effectivePort(), QStringLiteral("3333"));
        qunsetenv("PGSERVICEFILE");
        qunsetenv("PGSYSCONFDIR");
    }
};

QTEST_GUILESS_MAIN(TestServiceFile)
#include "tst_servicefile.moc"
