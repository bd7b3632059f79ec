// ctest-labels: docker
// The Container page in the main window, for a saved profile whose server runs in a real
// container: the window finds the container from the profile, the page shows where the data is,
// the memory check, the log with search, "Show command" opens the docker command, the page
// switches language, and the container's password appears nowhere on the page.
#include "containers/containercontroller.h"
#include "containers/containerpage.h"
#include "containers/showcommanddialog.h"
#include "profiles/credentialstore.h"
#include "dockerengine.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "dialogs/profiledialog.h"
#include "serverlistpanel.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Valvur;

namespace {
template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Every text a widget of the window shows.
QString everythingShown(QWidget *window)
{
    QStringList texts;
    for (auto *l : window->findChildren<QLabel *>())
        texts << l->text() << l->toolTip();
    for (auto *e : window->findChildren<QPlainTextEdit *>())
        texts << e->toPlainText();
    for (auto *e : window->findChildren<QLineEdit *>())
        texts << e->text();
    for (auto *t : window->findChildren<QTableView *>()) {
        QAbstractItemModel *m = t->model();
        for (int r = 0; m && r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c)
                texts << m->index(r, c).data().toString();
        }
    }
    return texts.join(QLatin1Char('\n'));
}
} // namespace

class TestContainerPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::Containers> m_containers;
    QTemporaryDir m_dir;
    QString m_name;
    QString m_volume;
    int m_port = 0;
    const QString m_password = QStringLiteral("Pg-secret-%1-xyzzy").arg(QCoreApplication::applicationPid());

private Q_SLOTS:
    void initTestCase()
    {
        if (Test::ensureEngine().isEmpty())
            return; // ensureEngine failed the test and said why
        m_containers = std::make_unique<Test::Containers>();
        QString error;
        m_volume = m_containers->volume(QStringLiteral("cpage-gui"), &error);
        QVERIFY2(!m_volume.isEmpty(), qPrintable(error));
        Test::ContainerSpec spec;
        spec.stem = QStringLiteral("cpage-gui");
        spec.env.insert(QStringLiteral("POSTGRES_PASSWORD"), m_password);
        m_port = Test::freeLoopbackPort();
        spec.publishedPort = m_port;
        spec.extraArgs << QStringLiteral("--volume") << m_volume + QStringLiteral(":/var/lib/postgresql/data");
        m_name = m_containers->run(spec, &error);
        QVERIFY2(!m_name.isEmpty(), qPrintable(error));
        QVERIFY2(m_containers->waitHealthy(m_name, 90000, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_containers.reset();
    }

    void pageShowsTheProfilesContainer()
    {
        QVERIFY(m_containers);
        const QString ini = m_dir.filePath(QStringLiteral("container.ini"));
        QSettings settings(ini, QSettings::IniFormat);
        CredentialStore credentials;
        QString id;
        {
            ProfileStore store(&settings);
            ConnectionProfile p;
            p.name = QStringLiteral("Kursuse konteiner");
            p.hosts = {QStringLiteral("127.0.0.1")};
            p.port = m_port;
            p.database = QStringLiteral("postgres");
            p.user = QStringLiteral("postgres");
            p.passwordInKeychain = true;
            p.container = m_name;
            ConnectionProfile added;
            QString error;
            QVERIFY2(store.add(p, &error, &added), qPrintable(error));
            id = added.id;
            bool written = false;
            CredentialStore::Outcome outcome = CredentialStore::Outcome::Unavailable;
            credentials.writePassword(id, m_password, this, [&](CredentialStore::Outcome o, const QString &, const QString &) {
                written = true;
                outcome = o;
            });
            QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
            QCOMPARE(outcome, CredentialStore::Outcome::Ok);
        }
        auto forget = qScopeGuard([&] {
            bool deleted = false;
            credentials.deletePassword(id, this, [&](CredentialStore::Outcome, const QString &, const QString &) { deleted = true; });
            if (!QTest::qWaitFor([&] { return deleted; }, 20000))
                qWarning("the test's keychain entry was not deleted within 20 s");
        });

        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("container")));
        auto *page = qobject_cast<ContainerPage *>(window.page(QStringLiteral("container")));
        QVERIFY(page);
        QVERIFY(child<QLabel>(page, "containerEmpty")->isVisible()); // no server yet
        QString error;
        QVERIFY2(window.openProfile(QStringLiteral("Kursuse konteiner"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(page->controller()->state() == ContainerController::State::Ready, 20000);
        QCOMPARE(page->controller()->containerName(), m_name);
        QVERIFY(!child<QLabel>(page, "containerEmpty")->isVisible());

        // Data and volumes: the named volume with what docker volume inspect says.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "fact-data-volume")
                                     && child<QLabel>(page, "fact-data-volume")->text().contains(QLatin1String("/_data")), 10000);
        QVERIFY(child<QLabel>(page, "fact-data-volume")->text().contains(m_volume));
        QCOMPARE(child<QLabel>(page, "fact-pgdata")->text(), QStringLiteral("/var/lib/postgresql/data"));
        // Configuration: the password masked; the memory check waits for the connection.
        QVERIFY(child<QLabel>(page, "fact-environment")->text().contains(QLatin1String("POSTGRES_PASSWORD=***")));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "fact-memory")->text().contains(QLatin1String("no limit")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "fact-memory")->text().contains(QLatin1String("max_connections 100")), 20000);

        // The log, searched.
        auto *table = child<QTableView>(page, "logTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        QTest::keyClicks(child<QLineEdit>(page, "logSearch"), QStringLiteral("ready to accept connections"));
        QVERIFY(table->model()->rowCount() >= 1);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY(table->model()->index(r, 2).data().toString().contains(QLatin1String("ready to accept connections")));

        // Follow: the checkbox keeps the log stream open.
        QTest::mouseClick(child<QCheckBox>(page, "logFollow"), Qt::LeftButton);
        QVERIFY(page->controller()->isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "logStatus")->text().startsWith(QLatin1String("Following")), 10000);
        QTest::mouseClick(child<QCheckBox>(page, "logFollow"), Qt::LeftButton);
        QVERIFY(!page->controller()->isFollowing());

        // Show command: the docker CLI equivalent, copyable.
        QTest::mouseClick(child<QPushButton>(page, "showCommand-data-volume"), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<ShowCommandDialog *>());
        auto *dialog = window.findChild<ShowCommandDialog *>();
        QCOMPARE(child<QPlainTextEdit>(dialog, "commandText")->toPlainText(), QStringLiteral("docker volume inspect ") + m_volume);
        dialog->close();
        QTRY_VERIFY(!window.findChild<ShowCommandDialog *>());
        QTest::mouseClick(child<QPushButton>(page, "showCommand-environment"), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<ShowCommandDialog *>());
        const QString shown = everythingShown(&window) + page->shownText();
        QVERIFY(shown.contains(QLatin1String("docker inspect")));
        QVERIFY2(!shown.contains(m_password), "the container's password is on the page");
        window.findChild<ShowCommandDialog *>()->close();

        // In Estonian.
        language.setLanguage(QStringLiteral("et"));
        QTRY_VERIFY(child<QLabel>(page, "fact-data-volume")->text().contains(m_volume));
        QTRY_COMPARE(page->title(), QStringLiteral("Konteiner"));
        QVERIFY(!everythingShown(&window).contains(m_password));

        window.close();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_password.toUtf8()));
    }

    // A profile whose container has exited cannot connect; selecting it still shows the
    // container, with the reason it stopped on top of the log.
    void exitedContainersProfileShowsWhyItStopped()
    {
        QVERIFY(m_containers);
        Test::ContainerSpec spec;
        spec.stem = QStringLiteral("cpage-gui-exited"); // no password: the entrypoint refuses to start
        QString error;
        const QString name = m_containers->run(spec, &error);
        QVERIFY2(!name.isEmpty(), qPrintable(error));
        QCOMPARE(m_containers->waitExited(name, 60000), 1);

        QSettings settings(m_dir.filePath(QStringLiteral("exited.ini")), QSettings::IniFormat);
        QString id;
        {
            ProfileStore store(&settings);
            ConnectionProfile p;
            p.name = QStringLiteral("Katkine");
            p.hosts = {QStringLiteral("127.0.0.1")};
            p.port = Test::freeLoopbackPort();
            p.user = QStringLiteral("postgres");
            p.container = name;
            ConnectionProfile added;
            QVERIFY2(store.add(p, &error, &added), qPrintable(error));
            id = added.id;
        }
        LanguageManager language;
        language.setLanguage(QStringLiteral("en"));
        MainWindow window(&settings, &language);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("container")));
        auto *page = qobject_cast<ContainerPage *>(window.page(QStringLiteral("container")));
        window.serverPanel()->selectProfile(id);
        QVERIFY(!window.currentServer());
        QTRY_VERIFY_WITH_TIMEOUT(page->controller()->state() == ContainerController::State::Ready, 20000);
        auto *errors = child<QLabel>(page, "logErrors");
        QTRY_VERIFY_WITH_TIMEOUT(errors->isVisible(), 10000);
        QVERIFY2(errors->text().contains(QLatin1String("superuser password is not specified")), qPrintable(errors->text()));
        QVERIFY(child<QLabel>(page, "fact-state")->text().contains(QLatin1String("exited with code 1")));
    }
};

QTEST_MAIN(TestContainerPage)
#include "tst_containerpage.moc"
