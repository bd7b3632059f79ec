// The main window and the Overview page against a real server, and the --screenshot command line.
#include "keyedtablemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pages/pages.h"
#include "pg/serverconnection.h"
#include "testserver.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;

// Counts a page's paint events after its data came, leaving out those while the data is handed
// out (a grab right in dataReady paints too, but before the page's layout and paint ran).
class PaintsAfterData : public QObject
{
public:
    explicit PaintsAfterData(Page *page)
        : m_page(page)
    {
        page->installEventFilter(this);
        connect(page, &Page::dataReady, this, [this] {
            paints = 0;
            m_inDataReady = true;
        });
    }
    // After every other receiver of dataReady (the screenshot's) is connected.
    void connectLast()
    {
        connect(m_page, &Page::dataReady, this, [this] { m_inDataReady = false; });
    }
    int paints = 0;
    int atGrab = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_inDataReady)
            ++paints;
        return QObject::eventFilter(watched, event);
    }

private:
    Page *m_page;
    bool m_inDataReady = false;
};

class TestOverview : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;

    QString valvurBinary() const { return qEnvironmentVariable("VALVUR_BINARY_DIR") + QStringLiteral("/app/valvur"); }

    // libpq reads the password from a pgpass file: nothing secret on a command line.
    QString writePgpass(QTemporaryDir &dir) const
    {
        const QString path = dir.filePath(QStringLiteral("pgpass"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(QStringLiteral("127.0.0.1:%1:*:postgres:%2\n").arg(m_server.port()).arg(m_server.superuserPassword()).toUtf8());
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_server.psql(QStringLiteral("CREATE DATABASE lab_ülesanne"));
    }

    void overviewShowsTheServer()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("overview"));
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("overview")));
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(m_server.conninfo(), &o, nullptr));
        Page *page = window.page(QStringLiteral("overview"));
        QSignalSpy ready(page, &Page::dataReady);
        window.addServer(o, m_server.superuserPassword());
        QVERIFY(ready.wait(20000));
        QVERIFY(page->hasData());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("versionValue"))->text().contains(QStringLiteral("PostgreSQL 15")));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("dataDirectoryValue"))->text(), m_server.dataDir());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("listenValue"))->text(), QStringLiteral("127.0.0.1"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("connectionsValue"))->text().contains(QStringLiteral("max_connections 100")));
        auto *table = window.findChild<QTableView *>(QStringLiteral("databasesTable"));
        QStringList names;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            names << table->model()->index(r, 0).data().toString();
        QVERIFY2(names.contains(QStringLiteral("lab_ülesanne")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("postgres")));

        // A new database appears on the next refresh, without a reset of the table.
        m_server.psql(QStringLiteral("CREATE DATABASE later_one"));
        QSignalSpy inserted(table->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(table->model(), &QAbstractItemModel::modelReset);
        page->refreshNow();
        QVERIFY(inserted.wait(10000));
        QCOMPARE(reset.count(), 0);

        // Switch language at run time: the uptime line is re-rendered in Estonian.
        language.setLanguage(QStringLiteral("et"));
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("uptimeValue"))->text().contains(QStringLiteral("alates")));
    }

    void overviewHidesDataDirectoryFromOrdinaryUsers()
    {
        m_server.psql(QStringLiteral("CREATE ROLE student LOGIN PASSWORD 'student-pw'"));
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("overview2"));
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(m_server.conninfo(QStringLiteral("postgres"), QStringLiteral("student")), &o, nullptr));
        Page *page = window.page(QStringLiteral("overview"));
        QSignalSpy ready(page, &Page::dataReady);
        window.addServer(o, QStringLiteral("student-pw"));
        QVERIFY(ready.wait(20000));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("dataDirectoryValue"))->text().contains(QStringLiteral("pg_read_all_settings")));
    }

    void screenshotFromTheCommandLine()
    {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSFILE"), writePgpass(dir));
        p.setProcessEnvironment(env);
        const QString png = dir.filePath(QStringLiteral("overview-et.png"));
        p.start(valvurBinary(), {m_server.conninfo(), QStringLiteral("--lang"), QStringLiteral("et"), QStringLiteral("--page"),
                                 QStringLiteral("overview"), QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1280, 800));
    }

    void screenshotFailsClearlyWithoutData()
    {
        QTemporaryDir dir;
        QProcess p;
        const int port = Test::TestServer::freePort(); // nothing listens there
        const QString png = dir.filePath(QStringLiteral("none.png"));
        p.start(valvurBinary(), {QStringLiteral("host=127.0.0.1 port=%1 user=x connect_timeout=2").arg(port), QStringLiteral("--lang"),
                                 QStringLiteral("en"), QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(90000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("got no data") && err.contains("Connection refused"), err.constData());
        QVERIFY(!QFile::exists(png));
    }

    // --screenshot takes the picture once the page has painted its data: a paint of the page comes
    // between its data and the file, and the file shows the window with the databases in it.
    void screenshotWaitsForThePaintedData()
    {
        QTemporaryDir dir;
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("overview3"));
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("overview")));
        Page *page = window.currentPage();
        PaintsAfterData paints(page);
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(m_server.conninfo(), &o, nullptr));
        window.addServer(o, m_server.superuserPassword());
        const QString png = dir.filePath(QStringLiteral("overview.png"));
        QSignalSpy done(&window, &MainWindow::screenshotDone);
        QObject::connect(&window, &MainWindow::screenshotDone, &paints, [&paints] { paints.atGrab = paints.paints; });
        window.screenshotWhenReady(png, 20000);
        paints.connectLast();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toInt(), 0);
        QVERIFY(page->hasData());
        QVERIFY2(paints.atGrab >= 1, "the picture was taken before the page painted its data");
        const QImage shot(png);
        QCOMPARE(shot.size(), QSize(1280, 800));
        // The databases table in the picture is the window's table, rows and all.
        auto *table = window.findChild<QTableView *>(QStringLiteral("databasesTable"));
        QVERIFY(table->model()->rowCount() >= 2);
        const QRect area(table->mapTo(&window, QPoint(0, 0)), table->size());
        QCOMPARE(shot.copy(area).convertToFormat(QImage::Format_RGB32),
                 window.grab().toImage().copy(area).convertToFormat(QImage::Format_RGB32));
    }

    // Start-up builds only the page the window opens on; the others are built when first shown
    // or asked for, and the navigation names every page, in the current language, meanwhile.
    void pagesAreBuiltWhenFirstShown()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("overview4"));
        settings.clear();
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        window.show();
        QCOMPARE(window.findChildren<Page *>().size(), 1);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("overview"));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("pageList"));
        QCOMPARE(navigation->count(), int(pageKinds().size()));
        QCOMPARE(window.pageIds().size(), navigation->count());
        QCOMPARE(navigation->item(6)->text(), QStringLiteral("Locks"));
        language.setLanguage(QStringLiteral("et"));
        QTRY_COMPARE(navigation->item(6)->text(), QStringLiteral("Lukud"));
        QCOMPARE(window.findChildren<Page *>().size(), 1);

        QVERIFY(window.showPage(QStringLiteral("locks")));
        QCOMPARE(window.findChildren<Page *>().size(), 2);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("locks"));
        QCOMPARE(navigation->item(6)->text(), window.currentPage()->title());
        QVERIFY(window.currentPage()->isVisible());
        QVERIFY(window.currentPage()->isActive());
        QVERIFY(!window.page(QStringLiteral("overview"))->isActive());

        // Every page's id is its own; a page asked for is built without being shown.
        for (const QString &id : window.pageIds())
            QCOMPARE(window.page(id)->pageId(), id);
        QCOMPARE(window.findChildren<Page *>().size(), navigation->count());
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("locks"));
    }

    void badCommandLineInputIsRefused()
    {
        QProcess p;
        p.start(valvurBinary(), {QStringLiteral("postgresql://h/db?bogus=1")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("bogus"));
        p.start(valvurBinary(), {QStringLiteral("--page"), QStringLiteral("nosuchpage")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("overview"));
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
