// Saved profiles in QSettings: add, update, duplicate, remove, reorder, find; nothing secret written.
#include "profiles/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestProfileStore : public QObject
{
    Q_OBJECT
private:
    static ConnectionProfile profile(const QString &name, int port)
    {
        ConnectionProfile p;
        p.name = name;
        p.hosts = {u"localhost"_s};
        p.port = port;
        p.user = u"postgres"_s;
        p.database = u"app"_s;
        return p;
    }

private Q_SLOTS:
    void crudAndOrder()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"valvur.ini"_s);
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore store(&settings);
            QSignalSpy changed(&store, &ProfileStore::changed);
            ConnectionProfile a, b, c;
            QVERIFY(store.add(profile(u"Kohalik"_s, 5432), nullptr, &a));
            QVERIFY(store.add(profile(u"Teine"_s, 5433), nullptr, &b));
            QVERIFY(store.add(profile(u"Kolmas õ"_s, 5434), nullptr, &c));
            QCOMPARE(changed.count(), 3);
            QVERIFY(!QUuid::fromString(a.id).isNull());
            QVERIFY(a.id != b.id);

            QString error;
            QVERIFY(!store.add(profile(u"Teine"_s, 6000), &error));
            QVERIFY(error.contains(u"Teine"_s));
            QVERIFY(!store.add(profile(u"  "_s, 6000), &error));
            QCOMPARE(store.count(), 3);

            QVERIFY(store.move(c.id, 0));
            QCOMPARE(store.profiles().at(0).name, u"Kolmas õ"_s);
            QVERIFY(store.move(c.id, 99)); // clamped to the end
            QCOMPARE(store.profiles().last().id, c.id);

            const auto copy = store.duplicate(a.id);
            QVERIFY(copy);
            QCOMPARE(store.indexOf(copy->id), store.indexOf(a.id) + 1);
            QVERIFY(copy->name != a.name);
            QVERIFY(copy->sameEndpoint(a));
            QCOMPARE(store.duplicate(a.id)->name, copy->name + u" (2)"_s);

            b.environment = ConnectionProfile::Environment::Production;
            b.group = u"Firma"_s;
            b.sslMode = u"verify-full"_s;
            b.hosts = {u"db1"_s, u"db2"_s};
            b.ssh.destination = u"ssh://deploy@vps.example:2222"_s;
            b.ssh.jumpHosts = {u"bastion"_s};
            b.ssh.identityFile = u"/home/kasutaja/.ssh/id_ed25519"_s;
            b.ssh.remoteSocketDir = u"/var/run/postgresql"_s;
            b.ssh.remotePort = 5433;
            QVERIFY(store.update(b));
            QVERIFY(store.remove(a.id));
            QVERIFY(!store.remove(a.id));
        }
        // A second store on the same file reads back everything, in order.
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore again(&settings);
        QStringList names;
        for (const ConnectionProfile &p : again.profiles())
            names << p.name;
        QCOMPARE(names.size(), 4);
        // The newest copy sits right after the original (now removed), the older one after it.
        QCOMPARE(names.mid(0, 2), (QStringList{u"Kohalik (copy) (2)"_s, u"Kohalik (copy)"_s}));
        const auto b = again.findByName(u"teine"_s); // case-insensitive when unique
        QVERIFY(b);
        QCOMPARE(b->environment, ConnectionProfile::Environment::Production);
        QCOMPARE(b->group, u"Firma"_s);
        QCOMPARE(b->hosts, (QStringList{u"db1"_s, u"db2"_s}));
        QCOMPARE(b->sslMode, u"verify-full"_s);
        QCOMPARE(b->ssh.destination, u"ssh://deploy@vps.example:2222"_s);
        QCOMPARE(b->ssh.jumpHosts, QStringList{u"bastion"_s});
        QCOMPARE(b->ssh.identityFile, u"/home/kasutaja/.ssh/id_ed25519"_s);
        QCOMPARE(b->ssh.remoteSocketDir, u"/var/run/postgresql"_s);
        QCOMPARE(b->ssh.effectiveRemotePort(), 5433);
        QCOMPARE(b->ssh.effectiveRemoteHost(), u"localhost"_s);
        QVERIFY(!again.findByName(u"Kolmas õ"_s)->ssh.isEnabled());
        {   // a profile without a tunnel leaves no SSH keys in the file
            QFile file(ini);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll().count("sshDestination"), 1);
        }
        QCOMPARE(again.findById(b->id)->name, u"Teine"_s);
        QCOMPARE(again.groups(), QStringList{u"Firma"_s});
        QVERIFY(!again.findByName(u"nobody"_s));
    }

    void toOptions()
    {
        ConnectionProfile p = profile(u"x"_s, 5433);
        p.hosts = {u"a"_s, u"b"_s};
        p.sslMode = u"require"_s;
        p.connectTimeout = 7;
        p.applicationName = u"lab"_s;
        const ConnectionOptions o = p.toOptions();
        QCOMPARE(o.value(u"host"_s), u"a,b"_s);
        QCOMPARE(o.value(u"port"_s), u"5433"_s);
        QCOMPARE(o.value(u"sslmode"_s), u"require"_s);
        QCOMPARE(o.value(u"connect_timeout"_s), u"7"_s);
        QCOMPARE(o.value(u"application_name"_s), u"lab"_s);
        QVERIFY(!o.contains(u"password"_s));
        ConnectionOptions parsed;
        QVERIFY(ConnectionOptions::parse(o.toConnInfo(), &parsed, nullptr)); // libpq accepts what we build
        ConnectionProfile back = ConnectionProfile::fromOptions(parsed);
        back.name = p.name;
        QCOMPARE(back, p);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
