// ctest-labels: docker keychain pg
// The Containers group of the window's server list against the real engine: three containers as
// the course meets them, each with its state, exit code, port and volume, updated live; opening a
// container logs in with its environment's user, database and password (or the password file read
// through the container) and no password reaches the settings file; a profile saved from a
// container follows it when it is recreated with another port; the daemon stopped while the list
// shows says so within a bound and the list comes back when it starts again.
#include "containers/containerdirectory.h"
#include "containers/containersummary.h"
#include "containers/containergroup.h"
#include "containers/containerlistmodel.h"
#include "dockerengine.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "privatedockerd.h"
#include "dialogs/profiledialog.h"
#include "profiles/profilestore.h"
#include "profiletreemodel.h"
#include "pg/serverconnection.h"
#include "serverlistmodel.h"
#include "serverlistpanel.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestContainerGroup : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void saveScreenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VALVUR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        w->grab().save(dir + u'/' + name, "PNG");
    }

    static QString rowText(ContainerListModel *model, const QString &name, int role = Qt::DisplayRole)
    {
        const int row = model->rowOfName(name);
        return row < 0 ? QString() : model->index(row).data(role).toString();
    }

    // A window on its own settings file, shown (which starts the container directory).
    struct Window
    {
        QSettings settings;
        LanguageManager language;
        MainWindow window;
        explicit Window(const QString &ini)
            : settings(ini, QSettings::IniFormat), window(&settings, (language.setLanguage(u"en"_s), &language))
        {
            window.resize(1280, 800);
            window.show();
        }
        ContainerListModel *model() { return window.serverPanel()->containerGroup()->model(); }
        ServerConnection *serverOfContainer(const QString &name)
        {
            for (ServerConnection *s : window.servers()->servers()) {
                if (s->container() == name)
                    return s;
            }
            return nullptr;
        }
    };

    QString runHealthy(Test::Containers &containers, Test::ContainerSpec spec)
    {
        QString error;
        const QString name = containers.run(spec, &error);
        if (name.isEmpty() || !containers.waitHealthy(name, 90000, &error)) {
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
            return {};
        }
        return name;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("DOCKER_HOST");
        qunsetenv("DOCKER_CONTEXT");
        if (Test::ensureEngine().isEmpty())
            return; // the failure, with its reason, is recorded
    }

    void showsThreeContainersAndFollowsThemLive()
    {
        Test::Containers containers;
        QString error;
        const QString volume = containers.volume(u"guidata"_s, &error);
        QVERIFY2(!volume.isEmpty(), qPrintable(error));
        Test::ContainerSpec a;
        a.stem = u"gui-running"_s;
        a.env = {{u"POSTGRES_PASSWORD"_s, u"pw-gui"_s}};
        a.publishedPort = Test::freeLoopbackPort();
        a.volume = volume;
        Test::ContainerSpec b; // no password: exits 1
        b.stem = u"gui-exited"_s;
        b.image = QString::fromLatin1(Test::kPostgres15Image);
        Test::ContainerSpec c;
        c.stem = u"gui-unpublished"_s;
        c.env = {{u"POSTGRES_PASSWORD"_s, u"pw-gui"_s}};
        const QString runningName = runHealthy(containers, a);
        QVERIFY(!runningName.isEmpty());
        const QString exitedName = containers.run(b, &error);
        QVERIFY2(!exitedName.isEmpty(), qPrintable(error));
        QCOMPARE(containers.waitExited(exitedName, 60000), 1);
        const QString hiddenName = runHealthy(containers, c);
        QVERIFY(!hiddenName.isEmpty());

        Window w(m_dir.filePath(u"discovery.ini"_s));
        ContainerListModel *model = w.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContainerGroup *group = w.window.serverPanel()->containerGroup();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfName(runningName) >= 0 && model->rowOfName(exitedName) >= 0
                                     && model->rowOfName(hiddenName) >= 0, 15000);
        QVERIFY(group->view()->isVisible());
        QVERIFY(group->findChild<QToolButton *>(u"containerGroupHeader"_s)->text().startsWith(u"Containers ("_s));

        QCOMPARE(rowText(model, runningName, ContainerListModel::StateTextRole), u"running · healthy"_s);
        QCOMPARE(rowText(model, runningName, ContainerListModel::PortTextRole), u"127.0.0.1:%1→5432"_s.arg(a.publishedPort));
        QVERIFY2(rowText(model, runningName).contains(u"volume "_s + volume), qPrintable(rowText(model, runningName)));
        QVERIFY2(rowText(model, runningName).contains(u"PostgreSQL 17"_s), qPrintable(rowText(model, runningName)));
        QVERIFY2(rowText(model, runningName, Qt::ToolTipRole).contains(u"volume %1 → /var/lib/postgresql/data"_s.arg(volume)),
                 qPrintable(rowText(model, runningName, Qt::ToolTipRole)));
        QCOMPARE(rowText(model, exitedName, ContainerListModel::StateTextRole), u"exited (1)"_s);
        QCOMPARE(rowText(model, exitedName, ContainerListModel::SeverityRole).toInt(), 2); // Bad: red
        QCOMPARE(rowText(model, hiddenName, ContainerListModel::PortTextRole), u"5432 not published"_s);
        QVERIFY(rowText(model, hiddenName).contains(u"anonymous volume"_s));
        QVERIFY(!rowText(model, runningName, Qt::ToolTipRole).contains(u"pw-gui"_s));

        saveScreenshot(&w.window, u"containers-group-en.png"_s);
        w.language.setLanguage(u"et"_s);
        QTRY_COMPARE(rowText(model, runningName, ContainerListModel::StateTextRole), u"töötab · terve"_s);
        QTRY_VERIFY(group->findChild<QToolButton *>(u"containerGroupHeader"_s)->text().startsWith(u"Konteinerid ("_s));
        saveScreenshot(&w.window, u"containers-group-et.png"_s);
        w.language.setLanguage(u"en"_s);

        // The server list's search box finds containers too.
        w.window.findChild<QLineEdit *>(u"serverSearch"_s)->setText(runningName);
        QCOMPARE(group->view()->model()->rowCount(), 1);
        QCOMPARE(group->view()->model()->index(0, 0).data(ContainerListModel::NameRole).toString(), runningName);
        w.window.findChild<QLineEdit *>(u"serverSearch"_s)->clear();
        QVERIFY(group->view()->model()->rowCount() >= 3);

        // Live: a container that stops shows as exited within a second of the engine's answer.
        group->selectName(hiddenName);
        const Test::DockerResult stop = containers.cli({u"stop"_s, u"-t"_s, u"5"_s, hiddenName});
        QVERIFY2(stop.ok(), qPrintable(stop.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(rowText(model, hiddenName, ContainerListModel::StateTextRole).startsWith(u"exited"_s), 1000);
        QCOMPARE(group->currentName(), hiddenName); // the selection stays on it

        // Folding the group is remembered.
        group->setExpanded(false);
        QVERIFY(!group->view()->isVisible());
        QCOMPARE(w.settings.value(u"serverList/containersExpanded"_s, true).toBool(), false);
    }

    // A container that starts shows as running within a second of the engine's answer; one whose
    // healthcheck fails turns unhealthy (red) without anything but the engine's events.
    void followsStartAndUnhealthyLive()
    {
        Test::Containers containers;
        QString error;
        Test::ContainerSpec sick;
        sick.stem = u"gui-unhealthy"_s;
        sick.env = {{u"POSTGRES_PASSWORD"_s, u"pw-gui"_s}};
        sick.extraArgs = {u"--health-cmd"_s, u"false"_s, u"--health-interval"_s, u"1s"_s, u"--health-retries"_s, u"1"_s,
                          u"--health-start-period"_s, u"1s"_s};
        Test::ContainerSpec later;
        later.stem = u"gui-later"_s;
        later.env = {{u"POSTGRES_PASSWORD"_s, u"pw-gui"_s}};
        const QString laterName = runHealthy(containers, later);
        QVERIFY(!laterName.isEmpty());
        const Test::DockerResult stop = containers.cli({u"stop"_s, u"-t"_s, u"5"_s, laterName});
        QVERIFY2(stop.ok(), qPrintable(stop.describe()));

        Window w(m_dir.filePath(u"live.ini"_s));
        ContainerListModel *model = w.model();
        QTRY_VERIFY_WITH_TIMEOUT(rowText(model, laterName, ContainerListModel::StateTextRole).startsWith(u"exited"_s), 15000);
        const Test::DockerResult start = containers.cli({u"start"_s, laterName});
        QVERIFY2(start.ok(), qPrintable(start.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(rowText(model, laterName, ContainerListModel::StateTextRole).startsWith(u"running"_s), 1000);

        const QString sickName = containers.run(sick, &error);
        QVERIFY2(!sickName.isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(rowText(model, sickName, ContainerListModel::StateTextRole), u"running · unhealthy"_s, 20000);
        QCOMPARE(rowText(model, sickName, ContainerListModel::SeverityRole).toInt(), int(ContainerFacts::Severity::Bad));
    }

    void opensAContainerWithItsEnvironment()
    {
        Test::Containers containers;
        Test::ContainerSpec spec;
        spec.stem = u"gui-open"_s;
        const QString password = u"pw-open-'quoted' and spaced"_s;
        spec.env = {{u"POSTGRES_PASSWORD"_s, password}, {u"POSTGRES_USER"_s, u"course"_s}, {u"POSTGRES_DB"_s, u"lessons"_s}};
        spec.publishedPort = Test::freeLoopbackPort();
        const QString name = runHealthy(containers, spec);
        QVERIFY(!name.isEmpty());

        const QString ini = m_dir.filePath(u"open.ini"_s);
        Window w(ini);
        ContainerGroup *group = w.window.serverPanel()->containerGroup();
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->rowOfName(name) >= 0, 15000);
        group->selectName(name);
        group->view()->setFocus();
        QTest::keyClick(group->view(), Qt::Key_Return);

        ServerConnection *server = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((server = w.serverOfContainer(name)), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), PgSession::State::Connected, 20000);
        QCOMPARE(server->options().value(u"user"_s), u"course"_s);
        QCOMPARE(server->options().value(u"dbname"_s), u"lessons"_s);
        QCOMPARE(server->options().value(u"host"_s), u"127.0.0.1"_s);
        QCOMPARE(server->options().value(u"port"_s).toInt(), spec.publishedPort);
        QCOMPARE(w.window.currentServer(), server);
        QTRY_VERIFY(w.window.findChild<QLabel *>(u"connectionStatus"_s)->text().endsWith(u"— Connected"_s));
        w.settings.sync();
        QVERIFY(!fileBytes(ini).contains(password.toUtf8()));
        QVERIFY(!fileBytes(ini).contains("pw-open"));

        // A stopped container: said clearly, nothing opened, nothing hangs.
        const Test::DockerResult stop = containers.cli({u"stop"_s, u"-t"_s, u"5"_s, name});
        QVERIFY2(stop.ok(), qPrintable(stop.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(rowText(w.model(), name, ContainerListModel::StateTextRole).startsWith(u"exited"_s), 2000);
        w.window.servers()->removeServer(w.window.servers()->rowOf(server));
        w.window.serverPanel()->openContainer(name);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.window.findChild<QMessageBox *>(u"profileNotice"_s)));
        QVERIFY2(box->text().contains(u"is not running"_s) && box->text().contains(u"docker start "_s + name), qPrintable(box->text()));
        QVERIFY(!w.serverOfContainer(name));
    }

    void readsThePasswordFileThroughTheContainer()
    {
        QTemporaryDir secrets;
        const QString file = secrets.filePath(u"pg-password"_s);
        const QByteArray password = "pw-from-a-file-only";
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(password + '\n');
        }
        QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        Test::Containers containers;
        Test::ContainerSpec spec;
        spec.stem = u"gui-pwfile"_s;
        spec.env = {{u"POSTGRES_PASSWORD_FILE"_s, u"/run/secrets/pg-password"_s}};
        spec.extraArgs = {u"-v"_s, file + u":/run/secrets/pg-password:ro"_s};
        spec.publishedPort = Test::freeLoopbackPort();
        const QString name = runHealthy(containers, spec);
        QVERIFY(!name.isEmpty());
        // The host does not have the file where the container does: only the container can read it.
        QVERIFY(!QFile::exists(u"/run/secrets/pg-password"_s));

        const QString ini = m_dir.filePath(u"pwfile.ini"_s);
        Window w(ini);
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->rowOfName(name) >= 0, 15000);
        w.window.serverPanel()->openContainer(name);
        ServerConnection *server = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((server = w.serverOfContainer(name)), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), PgSession::State::Connected, 20000);
        QCOMPARE(server->password(), QString::fromUtf8(password));
        w.settings.sync();
        QVERIFY(!fileBytes(ini).contains(password));
    }

    void savedProfileFollowsTheRecreatedContainer()
    {
        Test::Containers containers;
        QString error;
        const QString volume = containers.volume(u"followdata"_s, &error);
        QVERIFY2(!volume.isEmpty(), qPrintable(error));
        const QString password = u"pw-follow"_s;
        Test::ContainerSpec spec;
        spec.stem = u"gui-follow"_s;
        spec.env = {{u"POSTGRES_PASSWORD"_s, password}};
        spec.publishedPort = Test::freeLoopbackPort();
        spec.volume = volume;
        const QString name = runHealthy(containers, spec);
        QVERIFY(!name.isEmpty());

        const QString ini = m_dir.filePath(u"follow.ini"_s);
        Window w(ini);
        ServerListPanel *panel = w.window.serverPanel();
        QTRY_VERIFY_WITH_TIMEOUT(w.model()->rowOfName(name) >= 0, 15000);
        panel->saveContainerAsProfile(name);
        QTRY_VERIFY_WITH_TIMEOUT(panel->openDialog(), 10000);
        ProfileDialog *d = panel->openDialog();
        QCOMPARE(d->password(), password); // offered for the keychain
        QCOMPARE(d->profile().container, name);
        QCOMPARE(d->profile().port, spec.publishedPort);
        QTRY_VERIFY(d->keychainAvailable());
        QVERIFY(d->savePassword());
        QPushButton *save = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE(w.window.profiles()->count(), 1);
        const QString id = w.window.profiles()->profiles().first().id;
        QTRY_VERIFY_WITH_TIMEOUT(w.window.profiles()->findById(id)->passwordInKeychain, 20000);
        w.settings.sync();
        QVERIFY(fileBytes(ini).contains(name.toUtf8()));
        QVERIFY(!fileBytes(ini).contains(password.toUtf8()));

        // Recreated on the same volume with another host port, as `docker compose up` may do.
        QVERIFY(containers.remove(name));
        const int newPort = Test::freeLoopbackPort();
        QVERIFY(newPort != spec.publishedPort);
        const Test::DockerResult rerun = containers.cli({u"run"_s, u"-d"_s, u"--name"_s, name, u"-e"_s, u"POSTGRES_PASSWORD=pw-follow"_s,
                                                         u"-p"_s, u"127.0.0.1:%1:5432"_s.arg(newPort), u"-v"_s,
                                                         volume + u":/var/lib/postgresql/data"_s, spec.image});
        containers.track(name);
        QVERIFY2(rerun.ok(), qPrintable(rerun.describe()));
        QVERIFY2(containers.waitHealthy(name, 90000, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(rowText(w.model(), name, ContainerListModel::PortTextRole), u"127.0.0.1:%1→5432"_s.arg(newPort), 5000);

        panel->connectProfile(id);
        ServerConnection *server = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((server = panel->model()->serverForProfile(id)), 20000);
        QCOMPARE(server->options().value(u"port"_s).toInt(), newPort);
        QCOMPARE(server->container(), name);
        QTRY_COMPARE_WITH_TIMEOUT(server->state(), PgSession::State::Connected, 20000);
    }

    // The daemon stops while the window shows the group: the group says so within a bound, nothing
    // hangs; the daemon starts again and the list comes back.
    void daemonStoppedWhileShownAndBack()
    {
        Test::PrivateDockerd daemon;
        QString error;
        QVERIFY2(daemon.start(&error), qPrintable(error));
        // A fixed path for the engine: a restarted private daemon gets a new directory.
        const QString link = m_dir.filePath(u"engine.sock"_s);
        QVERIFY(QFile::link(daemon.socketPath(), link));
        qputenv("DOCKER_HOST", (u"unix://"_s + link).toUtf8());
        Window w(m_dir.filePath(u"daemon.ini"_s));
        qunsetenv("DOCKER_HOST");
        ContainerListModel *model = w.model();
        QLabel *empty = w.window.serverPanel()->containerGroup()->findChild<QLabel *>(u"containerGroupEmpty"_s);
        QTRY_VERIFY_WITH_TIMEOUT(empty->text().startsWith(u"No PostgreSQL containers on DOCKER_HOST="_s), 10000);
        QVERIFY(empty->text().contains(u"docker run -d"_s));
        QVERIFY(empty->isVisible());

        QVERIFY(daemon.stop());
        QTRY_VERIFY_WITH_TIMEOUT(model->directory()->state() == ContainerDirectory::State::Unavailable, 5000);
        QVERIFY2(empty->text().contains(u"The container engine is not running"_s), qPrintable(empty->text()));
        QVERIFY(empty->text().contains(link));

        QVERIFY2(daemon.start(&error), qPrintable(error));
        QFile::remove(link);
        QVERIFY(QFile::link(daemon.socketPath(), link));
        // Retried with backoff (1, 2, 4 … s): back within the bound.
        QTRY_VERIFY_WITH_TIMEOUT(empty->text().startsWith(u"No PostgreSQL containers"_s), 40000);
        QCOMPARE(model->directory()->state(), ContainerDirectory::State::Ready);
        QVERIFY(daemon.stop());
    }
};

QTEST_MAIN(TestContainerGroup)
#include "tst_containergroup.moc"
