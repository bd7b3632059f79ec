// ctest-labels: docker schedule keychain
// A schedule of a profile that follows a container (the course's postgres container) runs as the
// timer runs it (`valvur schedule run-now ID`) with the container's own pg_dump: the server is
// PostgreSQL 17 and this machine's pg_dump is 15, which refuses it. The file restores with the same
// rows, the history records the good run with its checksum, and `schedule status` exits 0.
#include "containerserver.h"
#include "dockerengine.h"
#include "valvurprocess.h"

#include "profiles/credentialstore.h"
#include "profiles/profilestore.h"
#include "schedule/backupschedule.h"
#include "schedule/schedulestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Valvur::Test;

class TestScheduleContainer : public QObject
{
    Q_OBJECT
    QString m_socket;
    ContainerServer m_server;
    QTemporaryDir m_dir;
    QString m_profileId;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass")));
        e.remove(QStringLiteral("PGPASSWORD"));
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_socket = ensureEngine();
        if (m_socket.isEmpty())
            return;
        ContainerServer::Options o;
        o.stem = QStringLiteral("schedsrc");
        QVERIFY2(m_server.start(o), qPrintable(m_server.error()));
        bool ok = false;
        m_server.psql(QStringLiteral("CREATE TABLE orders(id int PRIMARY KEY, note text); "
                                     "INSERT INTO orders SELECT g, 'tellimus ' || g FROM generate_series(1, 321) g"),
                      QStringLiteral("postgres"), &ok);
        QVERIFY(ok);

        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
        settings.clear();
        ProfileStore store(&settings);
        ConnectionProfile p;
        p.name = QStringLiteral("course-container");
        p.hosts = {QStringLiteral("127.0.0.1")};
        p.port = m_server.port();
        p.user = QStringLiteral("postgres");
        p.database = QStringLiteral("postgres");
        p.container = m_server.name();
        ConnectionProfile added;
        QString error;
        QVERIFY2(store.add(p, &error, &added), qPrintable(error));
        CredentialStore credentials;
        QSignalSpy written(&credentials, &CredentialStore::passwordWritten);
        credentials.writePassword(added.id, m_server.password());
        QVERIFY(written.wait(15000));
        QCOMPARE(written.first().at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::Ok);
        added.passwordInKeychain = true;
        QVERIFY(store.update(added));
        settings.sync();
        m_profileId = added.id;
    }

    void aContainerProfilesScheduleRunsWithTheContainersOwnTools()
    {
        QVERIFY(!m_socket.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("backups"));
        BackupSchedule s;
        s.id = BackupSchedule::newId();
        s.profileId = m_profileId;
        s.outputDir = out;
        s.every = BackupSchedule::Every::Daily;
        {
            QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur"), QStringLiteral("valvur"));
            ScheduleStore store(&settings);
            QVERIFY(store.add(s));
            settings.sync();
        }

        // What the timer runs.
        const ValvurRun run = runValvur({QStringLiteral("schedule"), QStringLiteral("run-now"), s.id}, env(), 300000);
        QVERIFY2(run.code == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
        const QStringList files = QDir(out).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile dump(QDir(out).filePath(files.first()));
        QVERIFY(dump.open(QIODevice::ReadOnly));
        QCOMPARE(dump.read(5), QByteArray("PGDMP"));
        dump.close();

        // The file restores (with the container's pg_restore) with the same rows.
        const ValvurRun restore = runValvur({QStringLiteral("restore"), QStringLiteral("--container"), m_server.name(), QStringLiteral("--input"),
                                             dump.fileName(), QStringLiteral("--target-db"), QStringLiteral("copy"), QStringLiteral("--create")},
                                            env(), 180000);
        QVERIFY2(restore.code == 0, qPrintable(restore.err));
        QCOMPARE(m_server.psql(QStringLiteral("SELECT count(*) FROM orders"), QStringLiteral("copy")), QStringLiteral("321"));

        // The history has the good run; status is healthy.
        const ValvurRun status = runValvur({QStringLiteral("schedule"), QStringLiteral("status"), QStringLiteral("--json")}, env(), 60000);
        QVERIFY2(status.code == 0, qPrintable(status.err + QString::fromUtf8(status.out)));
        QVERIFY2(status.out.contains(s.id.toUtf8()), status.out.constData());
    }

    void cleanupTestCase()
    {
        if (!m_profileId.isEmpty()) {
            CredentialStore credentials;
            QSignalSpy deleted(&credentials, &CredentialStore::passwordDeleted);
            credentials.deletePassword(m_profileId);
            if (!deleted.wait(15000))
                qWarning("the test's keychain entry was not deleted");
        }
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestScheduleContainer)
#include "tst_schedulecontainer.moc"
