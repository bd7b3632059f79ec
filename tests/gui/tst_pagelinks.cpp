// Pages that lead to one another in the main window: Locks → "Show in Activity".
#include "pages/activitypage.h"
#include "languagemanager.h"
#include "pages/lockspage.h"
#include "mainwindow.h"
#include "pg/pgsession.h"
#include "testserver.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Valvur;

class TestPageLinks : public QObject
{
    Q_OBJECT
private:
    Test::TestServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void locksPageOpensTheSessionOnActivity()
    {
        // Someone else's session, to be found
        ConnectionOptions o;
        QVERIFY(ConnectionOptions::parse(m_server.conninfo() + QStringLiteral(" application_name=lab-client"), &o, nullptr));
        PgSession other;
        QSignalSpy up(&other, &PgSession::connected);
        other.open(o, m_server.superuserPassword());
        QVERIFY(up.wait(20000));
        const int pid = other.backendPid();

        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("links"));
        settings.clear();
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("locks")));
        ConnectionOptions mine;
        QVERIFY(ConnectionOptions::parse(m_server.conninfo(), &mine, nullptr));
        window.addServer(mine, m_server.superuserPassword());

        auto *locks = qobject_cast<LocksPage *>(window.page(QStringLiteral("locks")));
        auto *activity = qobject_cast<ActivityPage *>(window.page(QStringLiteral("activity")));
        QVERIFY(locks && activity);
        Q_EMIT locks->showSessionRequested(pid);
        QCOMPARE(window.currentPage(), activity);
        auto *table = activity->findChild<QTableView *>(QStringLiteral("activityTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->currentIndex().isValid()
                                     && table->model()->index(table->currentIndex().row(), 0).data(Qt::UserRole).toInt() == pid,
                                 20000);
    }
};

QTEST_MAIN(TestPageLinks)
#include "tst_pagelinks.moc"
