// The Container page's reasoning without an engine: where the data is and what keeps it, the
// chapter's memory formula, and how `docker logs` bytes become lines (framed or TTY, split
// anywhere), the first error lines, the bounded ring and the search.
#include "containers/containerdata.h"
#include "containers/containerfacts.h"
#include "containers/containerlogline.h"
#include "containers/containerlogmodel.h"
#include "containers/containermemory.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QtEndian>

using namespace Valvur;

Q_DECLARE_METATYPE(Valvur::DataPlacement::Kind)
Q_DECLARE_METATYPE(Valvur::MemoryCheck::Verdict)

namespace {
const QString kAnonymous = QStringLiteral("3f1c0e5d2b7a4c6e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e");

ContainerMount mount(const QString &type, const QString &name, const QString &destination, const QString &source = {})
{
    ContainerMount m;
    m.type = type;
    m.name = name;
    m.destination = destination;
    m.source = source;
    return m;
}

QByteArray frame(int stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

QList<LogLine> parseInPieces(const QByteArray &bytes, int piece)
{
    QList<LogLine> lines;
    LogStreamParser parser([&lines](const LogLine &l) { lines << l; });
    for (qsizetype i = 0; i < bytes.size(); i += piece)
        parser.feed(bytes.mid(i, piece));
    parser.flush();
    return lines;
}
} // namespace

class TestContainerFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placement_data()
    {
        QTest::addColumn<QString>("major");
        QTest::addColumn<QString>("pgdata");
        QTest::addColumn<QList<ContainerMount>>("mounts");
        QTest::addColumn<DataPlacement::Kind>("kind");
        QTest::addColumn<bool>("misplaced");

        const QString old = QStringLiteral("/var/lib/postgresql/data");
        QTest::newRow("named volume") << QStringLiteral("16") << QStringLiteral("") << QList{mount(QStringLiteral("volume"), QStringLiteral("pgdata"), old)} << DataPlacement::Kind::NamedVolume << false;
        QTest::newRow("anonymous volume") << QStringLiteral("16") << QStringLiteral("") << QList{mount(QStringLiteral("volume"), kAnonymous, old)} << DataPlacement::Kind::AnonymousVolume << false;
        QTest::newRow("bind mount") << QStringLiteral("16") << QStringLiteral("") << QList{mount(QStringLiteral("bind"), QStringLiteral(""), old, QStringLiteral("/home/me/pg"))} << DataPlacement::Kind::BindMount << false;
        QTest::newRow("no volume") << QStringLiteral("16") << QStringLiteral("") << QList<ContainerMount>{} << DataPlacement::Kind::NoVolume << false;
        QTest::newRow("PGDATA outside the image's volume") << QStringLiteral("17") << QStringLiteral("/srv/pgdata") << QList{mount(QStringLiteral("volume"), kAnonymous, old)}
                                                           << DataPlacement::Kind::NoVolume << false;
        QTest::newRow("parent directory holds it") << QStringLiteral("16") << QStringLiteral("/var/lib/postgresql/data/pgdata") << QList{mount(QStringLiteral("volume"), QStringLiteral("pg"), QStringLiteral("/var/lib/postgresql"))}
                                                   << DataPlacement::Kind::NamedVolume << false;
        QTest::newRow("18 with the volume where it belongs") << QStringLiteral("18") << QStringLiteral("") << QList{mount(QStringLiteral("volume"), QStringLiteral("pg"), QStringLiteral("/var/lib/postgresql"))}
                                                             << DataPlacement::Kind::NamedVolume << false;
        QTest::newRow("18 with the volume at the old path") << QStringLiteral("18") << QStringLiteral("") << QList{mount(QStringLiteral("volume"), QStringLiteral("pg"), old)}
                                                            << DataPlacement::Kind::NoVolume << true;
        QTest::newRow("18 with PGDATA set to the old path") << QStringLiteral("18") << old << QList{mount(QStringLiteral("volume"), QStringLiteral("pg"), old)}
                                                            << DataPlacement::Kind::NamedVolume << false;
    }
    void placement()
    {
        QFETCH(QString, major);
        QFETCH(QString, pgdata);
        QFETCH(QList<ContainerMount>, mounts);
        QFETCH(DataPlacement::Kind, kind);
        QFETCH(bool, misplaced);
        ContainerInfo info;
        info.name = QStringLiteral("db");
        info.environment << QStringLiteral("PG_MAJOR=") + major;
        if (!pgdata.isEmpty())
            info.environment << QStringLiteral("PGDATA=") + pgdata;
        info.mounts = mounts;
        const DataPlacement p = dataPlacement(info);
        QCOMPARE(p.kind, kind);
        QCOMPARE(p.misplacedMount.has_value(), misplaced);
        const QList<ContainerFact> facts = dataFacts(info, p, VolumeDetails());
        QCOMPARE(facts.size(), misplaced ? 3 : 2);
        if (misplaced) {
            QCOMPARE(facts.last().id, QStringLiteral("pg18-layout"));
            QVERIFY2(facts.last().value.contains(QLatin1String("/var/lib/postgresql/18/docker")), qPrintable(facts.last().value));
            QCOMPARE(facts.last().severity, ContainerFact::Severity::Bad);
        }
        for (const ContainerFact &f : facts)
            QVERIFY2(f.command.startsWith(QLatin1String("docker ")), qPrintable(f.command));
    }

    void volumeFactNamesTheVolumeAndItsDetails()
    {
        ContainerInfo info;
        info.name = QStringLiteral("db");
        info.mounts << mount(QStringLiteral("volume"), QStringLiteral("pgdata"), QStringLiteral("/var/lib/postgresql/data"));
        VolumeDetails v = VolumeDetails::fromInspect(QJsonObject{{QStringLiteral("Name"), QStringLiteral("pgdata")}, {QStringLiteral("Driver"), QStringLiteral("local")},
                                                                 {QStringLiteral("Mountpoint"), QStringLiteral("/var/lib/docker/volumes/pgdata/_data")},
                                                                 {QStringLiteral("CreatedAt"), QStringLiteral("2026-12-02T11:00:00Z")}});
        QVERIFY(v.known);
        QVERIFY(v.created.isValid());
        const ContainerFact f = dataFacts(info, dataPlacement(info), v).at(1);
        QVERIFY(f.value.contains(QLatin1String("/var/lib/docker/volumes/pgdata/_data")));
        QCOMPARE(f.command, QStringLiteral("docker volume inspect pgdata"));
    }

    void memory_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("maxConnections");
        QTest::addColumn<qint64>("sharedBuffers");
        QTest::addColumn<MemoryCheck::Verdict>("verdict");
        const qint64 mb = 1024 * 1024;
        QTest::newRow("256 MB for 100 connections") << 256 * mb << 100 << 128 * mb << MemoryCheck::Verdict::TooSmall;
        QTest::newRow("2 GB for 100 connections") << 2048 * mb << 100 << 128 * mb << MemoryCheck::Verdict::Fits;
        QTest::newRow("exactly enough") << 1128 * mb << 100 << 128 * mb << MemoryCheck::Verdict::Fits;
        QTest::newRow("one byte short") << 1128 * mb - 1 << 100 << 128 * mb << MemoryCheck::Verdict::TooSmall;
        QTest::newRow("no limit") << qint64(0) << 100 << 128 * mb << MemoryCheck::Verdict::NoLimit;
        QTest::newRow("settings unknown") << 256 * mb << 0 << qint64(0) << MemoryCheck::Verdict::CannotCheck;
    }
    void memory()
    {
        QFETCH(qint64, limit);
        QFETCH(int, maxConnections);
        QFETCH(qint64, sharedBuffers);
        QFETCH(MemoryCheck::Verdict, verdict);
        const MemoryCheck m = checkMemory(limit, maxConnections, sharedBuffers);
        QCOMPARE(m.verdict, verdict);
        ContainerInfo info;
        info.name = QStringLiteral("db");
        const ContainerFact f = configurationFacts(info, m).last();
        QCOMPARE(f.id, QStringLiteral("memory"));
        QCOMPARE(f.severity == ContainerFact::Severity::Bad, verdict == MemoryCheck::Verdict::TooSmall);
        if (maxConnections > 0)
            QVERIFY2(f.value.contains(QLatin1String("max_connections")), qPrintable(f.value));
    }

    void environmentShowsNoSecret()
    {
        ContainerInfo info;
        info.name = QStringLiteral("db");
        info.environment << QStringLiteral("POSTGRES_PASSWORD=hunter2-secret") << QStringLiteral("POSTGRES_USER=app")
                         << QStringLiteral("PATH=/usr/bin");
        const ContainerFact env = configurationFacts(info, MemoryCheck()).first();
        QVERIFY(env.value.contains(QLatin1String("POSTGRES_USER=app")));
        QVERIFY(env.value.contains(QLatin1String("POSTGRES_PASSWORD=***")));
        QVERIFY(!env.value.contains(QLatin1String("PATH=")));
        for (const auto &list : {statusFacts(info), dataFacts(info, dataPlacement(info), {}), configurationFacts(info, {})}) {
            for (const ContainerFact &f : list) {
                for (const QString &text : {f.label, f.value, f.command, f.commandNote})
                    QVERIFY2(!text.contains(QLatin1String("hunter2")), qPrintable(text));
            }
        }
    }

    void stoppedContainerHasNoHealthOrPorts()
    {
        ContainerInfo info;
        info.name = QStringLiteral("db");
        info.state = QStringLiteral("exited");
        info.exitCode = 1;
        info.health = QStringLiteral("unhealthy"); // what the engine keeps from the last run
        const QList<ContainerFact> facts = statusFacts(info);
        QVERIFY2(facts.at(0).value.contains(QLatin1String("exited with code 1")), qPrintable(facts.at(0).value));
        QVERIFY2(!facts.at(0).value.contains(QLatin1String("unhealthy")), qPrintable(facts.at(0).value));
        QCOMPARE(facts.at(2).value, QStringLiteral("none while the container is not running"));
        info.state = QStringLiteral("running");
        QVERIFY(statusFacts(info).at(0).value.contains(QLatin1String("unhealthy")));
        QVERIFY(statusFacts(info).at(2).value.startsWith(QLatin1String("not published")));
    }

    void shellQuoting()
    {
        QCOMPARE(shellQuote(QStringLiteral("db-1")), QStringLiteral("db-1"));
        QCOMPARE(shellQuote(QStringLiteral("{{json .Mounts}}")), QStringLiteral("'{{json .Mounts}}'"));
        QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    }

    void framedLogSplitAnywhere()
    {
        const QByteArray bytes = frame(1, "2026-12-02T11:00:00.123456789Z out one\n2026-12-02T11:00:01.5Z out ")
            + frame(2, "2026-12-02T11:00:02Z FATAL:  data directory has wrong ownership\n") + frame(1, "two\n")
            + frame(2, "2026-12-02T11:00:03Z no newline at the end");
        for (int piece : {1, 3, 7, 1000}) {
            const QList<LogLine> lines = parseInPieces(bytes, piece);
            QCOMPARE(lines.size(), 4);
            QCOMPARE(lines.at(0).text, QStringLiteral("out one"));
            QVERIFY(!lines.at(0).isStderr);
            QCOMPARE(lines.at(0).time, QDateTime(QDate(2026, 12, 2), QTime(11, 0, 0, 123), Qt::UTC));
            QCOMPARE(lines.at(1).text, QStringLiteral("FATAL:  data directory has wrong ownership"));
            QVERIFY(lines.at(1).isStderr);
            QCOMPARE(lines.at(2).text, QStringLiteral("out two"));
            QCOMPARE(lines.at(2).time.time().msec(), 500);
            QCOMPARE(lines.at(3).text, QStringLiteral("no newline at the end"));
        }
    }

    void ttyLogIsPlain()
    {
        const QList<LogLine> lines = parseInPieces("2026-12-02T11:00:00Z hello\r\n2026-12-02T11:00:01Z world\r\n", 5);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).text, QStringLiteral("world"));
        QVERIFY(!lines.at(1).isStderr);
    }

    void firstErrorsOfTheLastRun()
    {
        auto line = [](int second, const char *text) {
            return LogLine{QDateTime(QDate(2026, 12, 2), QTime(11, 0, second), Qt::UTC), true, QString::fromUtf8(text)};
        };
        const QList<LogLine> lines = {line(1, "ERROR:  from the run before"), line(10, "starting"),
                                   line(11, "Error: Database is uninitialized and superuser password is not specified."),
                                   line(12, "initdb: error: directory exists but is not empty"), line(13, "all fine"),
                                   line(14, "LOG:  an ERROR word without a colon")};
        const QList<LogLine> errors = firstErrorLines(lines, QDateTime(QDate(2026, 12, 2), QTime(11, 0, 9), Qt::UTC));
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).text.contains(QLatin1String("superuser password is not specified")));
        QVERIFY(errors.at(1).text.startsWith(QLatin1String("initdb: error")));
        QCOMPARE(firstErrorLines(lines, {}, 1).value(0).text, QStringLiteral("ERROR:  from the run before"));
    }

    void ringKeepsTheNewestLines()
    {
        ContainerLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(3);
        for (int i = 0; i < 5; ++i)
            model.append({LogLine{{}, false, QStringLiteral("line %1").arg(i)}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ContainerLogModel::Text).data().toString(), QStringLiteral("line 2"));
        model.append({LogLine{{}, false, QStringLiteral("a")}, LogLine{{}, false, QStringLiteral("b")}, LogLine{{}, false, QStringLiteral("c")}, LogLine{{}, false, QStringLiteral("d")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ContainerLogModel::Text).data().toString(), QStringLiteral("b"));
        QCOMPARE(model.index(2, ContainerLogModel::Text).data().toString(), QStringLiteral("d"));
    }

    void searchAndStreams()
    {
        ContainerLogModel model;
        ContainerLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({LogLine{{}, false, QStringLiteral("server started")}, LogLine{{}, true, QStringLiteral("LOG:  checkpoint starting")},
                      LogLine{{}, true, QStringLiteral("FATAL:  role \"x\" does not exist")}});
        filter.setSearch(QStringLiteral("START"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setShowStderr(false);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, ContainerLogModel::Text).data().toString(), QStringLiteral("server started"));
        filter.setSearch({});
        filter.setShowStderr(true);
        filter.setShowStdout(false);
        QCOMPARE(filter.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestContainerFacts)
#include "tst_containerfacts.moc"
