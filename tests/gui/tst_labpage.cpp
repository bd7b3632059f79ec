// ctest-labels: lab pg
// The Lab page in the main window: the empty state without a server, every scenario listed with
// its state, hints revealed one by one (at most three) with the link to their page and the
// command to copy, and Reset that asks first and removes the lab only when confirmed.
#include "lab/labcontroller.h"
#include "lab/labpage.h"
#include "lab/labscenario.h"
#include "labdriver.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "testserver.h"

#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;

namespace {
QPushButton *buttonWithText(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == text)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

int hintsShown(const LabPage *page)
{
    int n = 0;
    for (QLabel *label : page->findChildren<QLabel *>(QStringLiteral("labHintText")))
        n += label->isVisibleTo(page) ? 1 : 0;
    return n;
}
} // namespace

class TestLabPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Test::TestServer m_server;
    std::unique_ptr<QSettings> m_settings;
    LanguageManager m_language;

    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>(m_settings.get(), &m_language);
        w->show();
        return w;
    }

    // The window on the Lab page, connected to the test server; nullptr when the page did not settle.
    LabPage *connectedLabPage(MainWindow *w)
    {
        w->showPage(QStringLiteral("lab"));
        ConnectionOptions o;
        if (!ConnectionOptions::parse(m_server.conninfo(), &o, nullptr))
            return nullptr;
        w->addServer(o, m_server.superuserPassword());
        auto *page = qobject_cast<LabPage *>(w->currentPage());
        if (!page || !QTest::qWaitFor([page] { return page->controller()->isSettled() && page->controller()->status() == LabController::Status::Idle; }, 20000))
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("valvur.ini")), QSettings::IniFormat);
        m_language.setLanguage(QStringLiteral("en"));
    }

    void emptyStateWithoutAServer()
    {
        auto w = window();
        QVERIFY(w->showPage(QStringLiteral("lab")));
        auto *page = qobject_cast<LabPage *>(w->currentPage());
        QVERIFY(page);
        auto *empty = page->findChild<QLabel *>(QStringLiteral("labEmptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QLatin1String("Connect to a development server or container to run a lab")), qPrintable(empty->text()));
        QVERIFY(page->hasData());
    }

    void listsEveryScenarioWithItsState()
    {
        auto w = window();
        w->showPage(QStringLiteral("lab"));
        auto *page = qobject_cast<LabPage *>(w->currentPage());
        auto *list = page->findChild<QListView *>(QStringLiteral("labScenarioList"));
        QVERIFY(list);
        const QList<Lab::Scenario> all = Lab::scenarios();
        QVERIFY(all.size() >= 2);
        QCOMPARE(list->model()->rowCount(), all.size());
        for (int i = 0; i < all.size(); ++i) {
            const QString text = list->model()->index(i, 0).data().toString();
            QVERIFY2(text.startsWith(all.at(i).title.en) && text.endsWith(QLatin1String("not started")), qPrintable(text));
        }
        // Choosing one shows its goal.
        list->setCurrentIndex(list->model()->index(1, 0));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("labGoal"))->text(), all.at(1).goal.en);
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("labTitle"))->text(), all.at(1).title.en);
    }

    void hintsAreRevealedOneByOne()
    {
        auto w = window();
        LabPage *page = connectedLabPage(w.get());
        QVERIFY(page);
        QVERIFY(page->openScenario(QStringLiteral("connection-leak"), false));
        Lab::Scenario s;
        QVERIFY(Lab::findScenario(QStringLiteral("connection-leak"), &s));
        QCOMPARE(s.hints.size(), 3);
        auto *next = page->findChild<QPushButton *>(QStringLiteral("labNextHint"));
        QVERIFY(next && next->isEnabled());
        QCOMPARE(hintsShown(page), 0);
        for (int n = 1; n <= 3; ++n) {
            next->click();
            QTRY_COMPARE(hintsShown(page), n);
        }
        QVERIFY(!next->isEnabled());
        QVERIFY(!page->controller()->revealHint()); // never a fourth
        QCOMPARE(hintsShown(page), 3);
        const QList<QLabel *> texts = page->findChildren<QLabel *>(QStringLiteral("labHintText"));
        QVERIFY2(texts.first()->text().contains(s.hints.first().text.en), qPrintable(texts.first()->text()));

        // The command, selectable and copied as it is.
        QLineEdit *command = page->findChildren<QLineEdit *>(QStringLiteral("labHintCommand")).value(0);
        QVERIFY(command && command->isReadOnly());
        QCOMPARE(command->text(), s.hints.first().command);
        page->findChildren<QPushButton *>(QStringLiteral("labCopyCommand")).value(0)->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), s.hints.first().command);

        // The first hint's page link opens Activity in the window.
        QPushButton *open = page->findChildren<QPushButton *>(QStringLiteral("labOpenPage")).value(0);
        QVERIFY(open);
        QCOMPARE(open->text(), QStringLiteral("Open page: Activity"));
        open->click();
        QCOMPARE(w->currentPage()->pageId(), QStringLiteral("activity"));

        // Another scenario starts with its hints hidden again.
        QVERIFY(page->openScenario(QStringLiteral("lock-chain"), false));
        QTRY_COMPARE(hintsShown(page), 0);
    }

    void resetAsksFirst()
    {
        auto w = window();
        LabPage *page = connectedLabPage(w.get());
        QVERIFY(page);
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("labEmptyState"))->isVisible());
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE DATABASE valvur_lab_left"), QStringLiteral("postgres"), &ok);
        QVERIFY(ok);
        const QString exists = QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'valvur_lab_left'");

        auto *reset = page->findChild<QPushButton *>(QStringLiteral("labReset"));
        QVERIFY(reset && reset->isEnabled());
        reset->click();
        auto *box = page->findChild<QMessageBox *>(QStringLiteral("labResetConfirm"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(QLatin1String("valvur_lab")), qPrintable(box->informativeText()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("labResetConfirm")));
        QCOMPARE(page->controller()->status(), LabController::Status::Idle);
        QCOMPARE(m_server.psql(exists), QStringLiteral("1"));

        reset->click();
        box = page->findChild<QMessageBox *>(QStringLiteral("labResetConfirm"));
        QVERIFY(box);
        QPushButton *confirm = buttonWithText(box, QStringLiteral("Reset"));
        QVERIFY(confirm);
        confirm->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.psql(exists), QStringLiteral("0"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(page->controller()->status(), LabController::Status::Idle, 20000);
        auto *notice = page->findChild<QLabel *>(QStringLiteral("labNotice"));
        QVERIFY2(notice->isVisible() && notice->text().contains(QLatin1String("reset")), qPrintable(notice->text()));
    }

    void closingTheWindowEndsTheLabItHolds()
    {
        auto w = window();
        LabPage *page = connectedLabPage(w.get());
        QVERIFY(page);
        QVERIFY(page->openScenario(QStringLiteral("connection-leak"), false));
        page->findChild<QPushButton *>(QStringLiteral("labStart"))->click();
        LabController *c = page->controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->status() == LabController::Status::Running || !c->errorText().isEmpty(), 180000);
        QVERIFY2(c->errorText().isEmpty(), qPrintable(c->errorText()));
        Test::LabDriver lab(m_server);
        QCOMPARE(lab.sessions(QStringLiteral("shop-api")), 20);
        // Another page does not end it.
        QVERIFY(w->showPage(QStringLiteral("activity")));
        QCOMPARE(c->status(), LabController::Status::Running);
        QCOMPARE(lab.sessions(QStringLiteral("shop-api")), 20);
        w->close();
        QTRY_COMPARE_WITH_TIMEOUT(lab.leftovers(), QStringList(), 60000);
    }

    void anActionShowsItsSqlAndRunsOnlyWhenConfirmed()
    {
        // An instructor's scenario (VALVUR_LAB_DIR replaces by id): connection-leak with an action.
        QFile builtIn(QStringLiteral(":/lab/scenarios/connection-leak.json"));
        QVERIFY(builtIn.open(QIODevice::ReadOnly));
        QJsonObject scenario = QJsonDocument::fromJson(builtIn.readAll()).object();
        const QString sql = QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'shop-api'");
        scenario.insert(QStringLiteral("actions"),
                        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("end-leak")},
                                               {QStringLiteral("label"), QJsonObject{{QStringLiteral("en"), QStringLiteral("End the leak for me")},
                                                                                     {QStringLiteral("et"), QStringLiteral("Lõpeta leke minu eest")}}},
                                               {QStringLiteral("sql"), sql}}});
        QTemporaryDir own;
        QFile file(own.filePath(QStringLiteral("connection-leak.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(scenario).toJson());
        file.close();
        qputenv("VALVUR_LAB_DIR", QFile::encodeName(own.path()));
        auto w = window();
        LabPage *page = connectedLabPage(w.get());
        qunsetenv("VALVUR_LAB_DIR");
        QVERIFY(page);
        QVERIFY(page->openScenario(QStringLiteral("connection-leak"), false));
        auto *action = page->findChild<QPushButton *>(QStringLiteral("labAction_end-leak"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("End the leak for me"));
        QVERIFY(!action->isEnabled()); // only in a scenario this window holds
        page->findChild<QPushButton *>(QStringLiteral("labStart"))->click();
        LabController *c = page->controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->status() == LabController::Status::Running || !c->errorText().isEmpty(), 180000);
        QVERIFY2(c->errorText().isEmpty(), qPrintable(c->errorText()));
        QVERIFY(action->isEnabled());
        Test::LabDriver lab(m_server);
        QCOMPARE(lab.sessions(QStringLiteral("shop-api")), 20);

        action->click();
        auto *box = page->findChild<QMessageBox *>(QStringLiteral("labActionConfirm"));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(sql.toHtmlEscaped()), qPrintable(box->informativeText()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("labActionConfirm")));
        QCOMPARE(lab.sessions(QStringLiteral("shop-api")), 20);

        action->click();
        box = page->findChild<QMessageBox *>(QStringLiteral("labActionConfirm"));
        QVERIFY(box);
        buttonWithText(box, QStringLiteral("Run"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(lab.sessions(QStringLiteral("shop-api")), 0, 20000);
        auto *notice = page->findChild<QLabel *>(QStringLiteral("labNotice"));
        QTRY_VERIFY(notice->isVisible() && notice->text().startsWith(QLatin1String("Done.")));
    }
};

QTEST_MAIN(TestLabPage)
#include "tst_labpage.moc"
