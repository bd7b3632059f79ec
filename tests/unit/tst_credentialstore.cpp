// ctest-labels: keychain
// Passwords through a real Secret Service (gnome-keyring on the test session's private D-Bus):
// write, read back, delete; and with no keychain at all, the outcome is Unavailable (never a
// fallback file). The no-keychain case runs in a child process whose D-Bus address leads nowhere.
#include "profiles/credentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestCredentialStore : public QObject
{
    Q_OBJECT
private:
    struct Answer
    {
        bool done = false;
        CredentialStore::Outcome outcome = CredentialStore::Outcome::Unavailable;
        QString password;
        QString message;
    };
    static CredentialStore::Callback into(Answer *a)
    {
        return [a](CredentialStore::Outcome o, const QString &pw, const QString &msg) {
            a->done = true;
            a->outcome = o;
            a->password = pw;
            a->message = msg;
        };
    }

    // Every file under dir, to prove that nothing was written anywhere as a fallback.
    static QByteArray allBytes(const QString &dir)
    {
        QByteArray all;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void roundTrip()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the test session: scripts/with-test-session.sh");
        CredentialStore store;
        QCOMPARE(store.service(), u"valvur"_s);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString password = u"pä:ss wörd\\ 'x\""_s;

        Answer missing;
        store.readPassword(id, this, into(&missing));
        QTRY_VERIFY_WITH_TIMEOUT(missing.done, 20000);
        QCOMPARE(missing.outcome, CredentialStore::Outcome::NotFound);

        QSignalSpy written(&store, &CredentialStore::passwordWritten);
        Answer write;
        store.writePassword(id, password, this, into(&write));
        QTRY_VERIFY_WITH_TIMEOUT(write.done, 20000);
        QVERIFY2(write.outcome == CredentialStore::Outcome::Ok, qPrintable(write.message));
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.first().at(0).toString(), id);

        // A second store (as after a restart) finds it under service "valvur", key = profile id.
        CredentialStore other;
        Answer read;
        other.readPassword(id, this, into(&read));
        QTRY_VERIFY_WITH_TIMEOUT(read.done, 20000);
        QCOMPARE(read.outcome, CredentialStore::Outcome::Ok);
        QCOMPARE(read.password, password);

        // Nothing written to the private HOME in clear: the secret is only in the keyring's own
        // encrypted file.
        QVERIFY(!allBytes(QDir::homePath()).contains(password.toUtf8()));

        Answer del;
        store.deletePassword(id, this, into(&del));
        QTRY_VERIFY_WITH_TIMEOUT(del.done, 20000);
        QCOMPARE(del.outcome, CredentialStore::Outcome::Ok);
        Answer gone;
        store.readPassword(id, this, into(&gone));
        QTRY_VERIFY_WITH_TIMEOUT(gone.done, 20000);
        QCOMPARE(gone.outcome, CredentialStore::Outcome::NotFound);
    }

    // A callback whose context object is gone is never called.
    void deadContext()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the test session: scripts/with-test-session.sh");
        CredentialStore store;
        QSignalSpy read(&store, &CredentialStore::passwordRead);
        bool called = false;
        auto *context = new QObject;
        store.readPassword(u"no-such-profile"_s, context, [&called](auto, auto, auto) { called = true; });
        delete context;
        QVERIFY(read.wait(20000));
        QVERIFY(!called);
    }

    // Run by missingKeychain() in a child process with no D-Bus session.
    void childWithoutKeychain()
    {
        if (qEnvironmentVariable("VALVUR_NO_KEYCHAIN_CHILD") != u"1"_s)
            QSKIP("runs only as the child of missingKeychain()");
        CredentialStore store;
        Answer write;
        store.writePassword(u"child-profile"_s, u"child-secret-123"_s, this, into(&write));
        QTRY_VERIFY_WITH_TIMEOUT(write.done, 30000);
        QCOMPARE(write.outcome, CredentialStore::Outcome::Unavailable);
        QVERIFY(store.lastSeenUnavailable());
        QVERIFY(!write.message.contains(u"child-secret-123"_s));
        Answer read;
        store.readPassword(u"child-profile"_s, this, into(&read));
        QTRY_VERIFY_WITH_TIMEOUT(read.done, 30000);
        QCOMPARE(read.outcome, CredentialStore::Outcome::Unavailable);
        QVERIFY(!allBytes(QDir::homePath()).contains("child-secret-123"));
        QVERIFY(!allBytes(qEnvironmentVariable("XDG_CONFIG_HOME")).contains("child-secret-123"));
    }

    void missingKeychain()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VALVUR_NO_KEYCHAIN_CHILD"_s, u"1"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/valvur-no-bus"_s);
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"childWithoutKeychain"_s});
        QVERIFY(child.waitForFinished(90000));
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(u"PASS   : TestCredentialStore::childWithoutKeychain()"_s), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
