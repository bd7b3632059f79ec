// Imports from servers.json, pgpass, pg_service.conf, the PG* environment and a pasted URI; the
// servers.json export; duplicates skipped; a rejected file adds nothing; no secret copied.
#include "profiles/profileimport.h"
#include "profiles/profilestore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestProfileImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data, QFile::Permissions perms = QFile::ReadOwner | QFile::WriteOwner)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(data);
        f.close();
        f.setPermissions(perms);
        return path;
    }

    static QStringList names(const ProfileImport &r, ProfileImport::Item::Status status)
    {
        QStringList n;
        for (const ProfileImport::Item &i : r.items())
            if (i.status == status)
                n << i.profile.name;
        return n;
    }

    // What pgAdmin 4 (8.x) writes for File → Export Servers: every tunnel field, even when the
    // tunnel is off; TunnelPort as a string.
    static const QByteArray &tunnelJson()
    {
        static const QByteArray json =
            "{\n"
            "    \"Servers\": {\n"
            "        \"1\": {\n"
            "            \"Name\": \"Tootmine bastioni kaudu\",\n"
            "            \"Group\": \"Servers\",\n"
            "            \"Host\": \"10.0.0.5\",\n"
            "            \"Port\": 5432,\n"
            "            \"MaintenanceDB\": \"postgres\",\n"
            "            \"Username\": \"app\",\n"
            "            \"UseSSHTunnel\": 1,\n"
            "            \"TunnelHost\": \"bastion.example.com\",\n"
            "            \"TunnelPort\": \"22\",\n"
            "            \"TunnelUsername\": \"deploy\",\n"
            "            \"TunnelAuthentication\": 1,\n"
            "            \"TunnelIdentityFile\": \"/home/deploy/.ssh/id_ed25519\",\n"
            "            \"TunnelKeepAlive\": 0,\n"
            "            \"KerberosAuthentication\": false,\n"
            "            \"ConnectionParameters\": {\"sslmode\": \"prefer\", \"connect_timeout\": 10},\n"
            "            \"Tags\": []\n"
            "        },\n"
            "        \"2\": {\n"
            "            \"Name\": \"VPS\",\n"
            "            \"Group\": \"Servers\",\n"
            "            \"Host\": \"localhost\",\n"
            "            \"Port\": 5433,\n"
            "            \"MaintenanceDB\": \"postgres\",\n"
            "            \"Username\": \"postgres\",\n"
            "            \"UseSSHTunnel\": 1,\n"
            "            \"TunnelHost\": \"vps.example.org\",\n"
            "            \"TunnelPort\": \"2222\",\n"
            "            \"TunnelUsername\": \"mari\",\n"
            "            \"TunnelAuthentication\": 0,\n"
            "            \"TunnelPassword\": \"ssh-leak\",\n"
            "            \"ConnectionParameters\": {\"sslmode\": \"prefer\"}\n"
            "        },\n"
            "        \"3\": {\n"
            "            \"Name\": \"Teine VPS\",\n"
            "            \"Group\": \"Servers\",\n"
            "            \"Host\": \"localhost\",\n"
            "            \"Port\": 5433,\n"
            "            \"MaintenanceDB\": \"postgres\",\n"
            "            \"Username\": \"postgres\",\n"
            "            \"UseSSHTunnel\": 1,\n"
            "            \"TunnelHost\": \"fe80::1\",\n"
            "            \"TunnelPort\": 22,\n"
            "            \"TunnelAuthentication\": 0,\n"
            "            \"ConnectionParameters\": {\"sslmode\": \"prefer\"}\n"
            "        },\n"
            "        \"4\": {\n"
            "            \"Name\": \"Kohalik\",\n"
            "            \"Group\": \"Servers\",\n"
            "            \"Host\": \"localhost\",\n"
            "            \"Port\": 5433,\n"
            "            \"MaintenanceDB\": \"postgres\",\n"
            "            \"Username\": \"postgres\",\n"
            "            \"UseSSHTunnel\": 0,\n"
            "            \"TunnelHost\": \"\",\n"
            "            \"TunnelPort\": \"22\",\n"
            "            \"TunnelUsername\": \"\",\n"
            "            \"TunnelAuthentication\": 0,\n"
            "            \"ConnectionParameters\": {\"sslmode\": \"prefer\"}\n"
            "        }\n"
            "    }\n"
            "}\n";
        return json;
    }

    static const QByteArray &sampleJson()
    {
        // pgAdmin 4: old top-level SSL keys and the newer ConnectionParameters, CRLF, unicode.
        static const QByteArray json =
            "{\r\n"
            "  \"Servers\": {\r\n"
            "    \"1\": {\"Name\": \"Kohalik õppeserver\", \"Group\": \"Servers\", \"Host\": \"localhost\", \"Port\": 5432,\r\n"
            "           \"MaintenanceDB\": \"postgres\", \"Username\": \"postgres\", \"SSLMode\": \"prefer\"},\r\n"
            "    \"2\": {\"Name\": \"Tootmine\", \"Group\": \"Firma\", \"Host\": \"db1.example.com,db2.example.com\", \"Port\": \"6432\",\r\n"
            "           \"MaintenanceDB\": \"app\", \"Username\": \"ops\", \"BGColor\": \"#c62828\", \"Password\": \"leak\",\r\n"
            "           \"ConnectionParameters\": {\"sslmode\": \"verify-full\", \"sslrootcert\": \"/etc/ca.pem\", \"connect_timeout\": 5,\r\n"
            "                                    \"application_name\": \"valvur-lab\"}},\r\n"
            "    \"10\": {\"Name\": \"Kümnes\", \"Host\": \"ten.example.com\", \"Port\": 5432, \"MaintenanceDB\": \"x\", \"Username\": \"u\"}\r\n"
            "  }\r\n"
            "}\r\n";
        return json;
    }

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("kind");
        QTest::newRow("servers.json") << u"servers.json"_s << QByteArray("  {\"Servers\": {}}") << int(ProfileImport::Kind::ServersJson);
        QTest::newRow("json by content") << u"export.txt"_s << QByteArray("{}") << int(ProfileImport::Kind::ServersJson);
        QTest::newRow("pgpass") << u"anything"_s << QByteArray("# c\nh:1:d:u:p\n") << int(ProfileImport::Kind::Pgpass);
        QTest::newRow("service file") << u"x.conf"_s << QByteArray("# c\r\n[dev]\r\nhost=a\r\n") << int(ProfileImport::Kind::ServiceFile);
        QTest::newRow("service body without header") << u"x"_s << QByteArray("host=a\n") << int(ProfileImport::Kind::ServiceFile);
        QTest::newRow("by name") << u".pgpass"_s << QByteArray("# only comments\n") << int(ProfileImport::Kind::Pgpass);
        QTest::newRow("unknown") << u"notes.txt"_s << QByteArray("hello world\n") << int(ProfileImport::Kind::Unknown);
        // An IPv6 address in brackets starts a pgpass line, not a [service] header.
        QTest::newRow("pgpass with [::1]") << u"pgpass"_s << QByteArray("[::1]:5432:*:postgres:pw\n") << int(ProfileImport::Kind::Pgpass);
        QTest::newRow("pgpass with [::1], any name") << u"x"_s << QByteArray("[::1]:5432:*:postgres:pw\n") << int(ProfileImport::Kind::Pgpass);
    }
    void detect()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(int, kind);
        QCOMPARE(int(ProfileImport::detect(name, data)), kind);
    }

    void serversJson()
    {
        const ProfileImport r = ProfileImport::fromFile(write(u"servers.json"_s, sampleJson()));
        QCOMPARE(r.kind(), ProfileImport::Kind::ServersJson);
        QVERIFY(!r.hasRejections());
        QCOMPARE(r.items().size(), 3);
        QCOMPARE(r.items().at(2).profile.name, u"Kümnes"_s); // numeric order: 1, 2, 10
        const ConnectionProfile &local = r.items().at(0).profile;
        QCOMPARE(local.group, QString()); // pgAdmin's default group "Servers"
        QCOMPARE(local.hosts, QStringList{u"localhost"_s});
        QCOMPARE(local.port, 5432);
        const ProfileImport::Item &prod = r.items().at(1);
        QCOMPARE(prod.line, 5);
        QCOMPARE(prod.profile.hosts, (QStringList{u"db1.example.com"_s, u"db2.example.com"_s}));
        QCOMPARE(prod.profile.port, 6432);
        QCOMPARE(prod.profile.sslMode, u"verify-full"_s);
        QCOMPARE(prod.profile.sslRootCert, u"/etc/ca.pem"_s);
        QCOMPARE(prod.profile.connectTimeout, 5);
        QCOMPARE(prod.profile.applicationName, u"valvur-lab"_s);
        QCOMPARE(prod.profile.environment, ConnectionProfile::Environment::Production);
        QCOMPARE(prod.profile.group, u"Firma"_s);
        QVERIFY(!prod.message.isEmpty()); // the password was dropped, and it says so
    }

    // A pgAdmin name written as a lone surrogate escape ("\ud800") is no text: rejected with its
    // line, never counted as added with an empty name.
    void serversJsonLoneSurrogate()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"v.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        ProfileImport r = ProfileImport::fromData("{\"Servers\": {\n \"1\": {\"Name\": \"ok\", \"Host\": \"a\"},\n"
                                                  " \"2\": {\"Name\": \"\\ud800\", \"Host\": \"b\"}\n}}",
                                                  ProfileImport::Kind::ServersJson, u"servers.json"_s);
        QCOMPARE(r.count(ProfileImport::Item::Status::Rejected), 1);
        const ProfileImport::Item &bad = r.items().at(1);
        QCOMPARE(bad.status, ProfileImport::Item::Status::Rejected);
        QCOMPARE(bad.line, 3);
        QVERIFY2(bad.message.contains(u"not valid Unicode"_s), qPrintable(bad.message));
        QVERIFY(!r.apply(&store));
        QCOMPARE(r.count(ProfileImport::Item::Status::Added), 0);
        QCOMPARE(store.count(), 0);
    }

    // Ports that libpq would refuse are rejected with their line, not turned into the default port.
    void badPortsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        const int pgpass = int(ProfileImport::Kind::Pgpass), service = int(ProfileImport::Kind::ServiceFile);
        const int json = int(ProfileImport::Kind::ServersJson);
        QTest::newRow("pgpass abc") << QByteArray("a:5432:d:u:p\nb:abc:d:u:p\n") << pgpass << 2 << u"is not a number"_s;
        QTest::newRow("pgpass -1") << QByteArray("# c\n\nb:-1:d:u:p\n") << pgpass << 3 << u"out of range"_s;
        QTest::newRow("pgpass 99999") << QByteArray("b:99999:d:u:p\n") << pgpass << 1 << u"out of range"_s;
        QTest::newRow("pgpass empty port") << QByteArray("b::d:u:p\n") << pgpass << 1 << u"port is empty"_s;
        QTest::newRow("pgpass [::1]") << QByteArray("[::1]:5432:*:postgres:pw\n") << pgpass << 1 << u"\\:\\:1"_s;
        QTest::newRow("service abc") << QByteArray("[dev]\nhost=a\nport=abc\n") << service << 3 << u"is not a number"_s;
        QTest::newRow("service -1") << QByteArray("[dev]\nhost=a\n\n[two]\nhost=b\nport=-1\n") << service << 6 << u"out of range"_s;
        QTest::newRow("service 99999") << QByteArray("[dev]\nport=99999\nhost=a\n") << service << 2 << u"out of range"_s;
        QTest::newRow("servers.json 99999") << QByteArray("{\"Servers\": {\n \"1\": {\"Name\": \"x\", \"Host\": \"a\", \"Port\": 99999}}}")
                                            << json << 2 << u"invalid Port"_s;
        QTest::newRow("servers.json parameter abc")
            << QByteArray("{\"Servers\": {\n \"1\": {\"Name\": \"x\", \"Host\": \"a\", \"ConnectionParameters\": {\"port\": \"abc\"}}}}") << json << 2
            << u"is not a number"_s;
    }
    void badPortsAreRejected()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, kind);
        QFETCH(int, line);
        QFETCH(QString, words);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"v.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        ProfileImport r = ProfileImport::fromData(data, ProfileImport::Kind(kind));
        QCOMPARE(r.count(ProfileImport::Item::Status::Rejected), 1);
        for (const ProfileImport::Item &i : r.items()) {
            if (i.status != ProfileImport::Item::Status::Rejected)
                continue;
            QCOMPARE(i.line, line);
            QVERIFY2(i.message.contains(words) && i.message.contains(u"Line %1"_s.arg(line)), qPrintable(i.message));
        }
        QVERIFY(!r.apply(&store));
        QCOMPARE(store.count(), 0);
    }

    // 10,000 entries of each kind, all imported, in order, with the right fields; the second
    // import of the same file finds every one a duplicate. (profiles import was quadratic: 4,000
    // entries took 14–23 s; tests/bench/bench_profile_import measures it, this checks the outcome.)
    void tenThousandEntries_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("pgpass") << int(ProfileImport::Kind::Pgpass);
        QTest::newRow("pg_service.conf") << int(ProfileImport::Kind::ServiceFile);
        QTest::newRow("servers.json") << int(ProfileImport::Kind::ServersJson);
    }
    void tenThousandEntries()
    {
        QFETCH(int, kind);
        constexpr int n = 10000;
        QByteArray data;
        if (kind == int(ProfileImport::Kind::ServersJson))
            data += "{\"Servers\": {\n";
        for (int i = 1; i <= n; ++i) {
            const QByteArray host = "h" + QByteArray::number(i) + ".example.com";
            const QByteArray port = QByteArray::number(1024 + i % 50000);
            if (kind == int(ProfileImport::Kind::Pgpass))
                data += host + ":" + port + ":db" + QByteArray::number(i) + ":u:pw\n";
            else if (kind == int(ProfileImport::Kind::ServiceFile))
                data += "[s" + QByteArray::number(i) + "]\nhost=" + host + "\nport=" + port + "\ndbname=db" + QByteArray::number(i) + "\n";
            else
                data += "\"" + QByteArray::number(i) + "\": {\"Name\": \"s" + QByteArray::number(i) + "\", \"Host\": \"" + host + "\", \"Port\": "
                    + port + ", \"MaintenanceDB\": \"db" + QByteArray::number(i) + "\"}" + (i < n ? ",\n" : "\n");
        }
        if (kind == int(ProfileImport::Kind::ServersJson))
            data += "}}\n";
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"v.ini"_s);
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore store(&settings);
            ProfileImport r = ProfileImport::fromData(data, ProfileImport::Kind(kind));
            QVERIFY(r.apply(&store));
            QCOMPARE(r.count(ProfileImport::Item::Status::Added), n);
            QCOMPARE(store.count(), n);
        }
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings); // read back from the file
        QCOMPARE(store.count(), n);
        for (int i : {1, 2, 4999, n}) {
            const ConnectionProfile &p = store.profiles().at(i - 1);
            QCOMPARE(p.hosts, QStringList{u"h%1.example.com"_s.arg(i)});
            QCOMPARE(p.port, 1024 + i % 50000);
            QCOMPARE(p.database, u"db%1"_s.arg(i));
        }
        ProfileImport again = ProfileImport::fromData(data, ProfileImport::Kind(kind));
        QVERIFY(again.apply(&store));
        QCOMPARE(again.count(ProfileImport::Item::Status::Duplicate), n);
        QCOMPARE(store.count(), n);
    }

    void serversJsonRejections_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::newRow("syntax error on line 3") << QByteArray("{\n\"Servers\": {\n\"1\": {\"Name\": \"a\",, }\n}}") << 3;
        QTest::newRow("no Servers") << QByteArray("{\"Other\": 1}") << 1;
        QTest::newRow("server without a name")
            << QByteArray("{\"Servers\": {\n \"1\": {\"Name\": \"ok\", \"Host\": \"a\"},\n \"2\": {\"Host\": \"b\"}\n}}") << 3;
        QTest::newRow("server without a host") << QByteArray("{\"Servers\": {\n\n \"1\": {\"Name\": \"x\"}}}") << 3;
        QTest::newRow("empty") << QByteArray("{\"Servers\": {}}") << 1;
        QTest::newRow("truncated") << QByteArray("{\"Servers\": {\n \"1\": {\"Name\": \"x\",\n") << 3;
    }
    // A file with any rejected entry adds nothing at all, and names the line.
    void serversJsonRejections()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"v.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        ProfileImport r = ProfileImport::fromData(data, ProfileImport::Kind::ServersJson, u"servers.json"_s);
        QVERIFY(r.hasRejections());
        int rejectedLine = -1;
        for (const ProfileImport::Item &i : r.items())
            if (i.status == ProfileImport::Item::Status::Rejected) {
                rejectedLine = i.line;
                QVERIFY2(i.message.contains(QString::number(line)), qPrintable(i.message));
            }
        QCOMPARE(rejectedLine, line);
        QVERIFY(!r.apply(&store));
        QCOMPARE(store.count(), 0);
    }

    void duplicatesAreSkipped()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"v.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        ProfileImport first = ProfileImport::fromData(sampleJson(), ProfileImport::Kind::ServersJson);
        QVERIFY(first.apply(&store));
        QCOMPARE(first.count(ProfileImport::Item::Status::Added), 3);
        ProfileImport again = ProfileImport::fromData(sampleJson(), ProfileImport::Kind::ServersJson);
        QVERIFY(again.apply(&store));
        QCOMPARE(again.count(ProfileImport::Item::Status::Duplicate), 3);
        QCOMPARE(again.items().at(1).duplicateOf, u"Tootmine"_s);
        QCOMPARE(store.count(), 3);
        // The same server twice in one file: the second is a duplicate of the first.
        ProfileImport twice = ProfileImport::fromData("{\"Servers\": {\"1\": {\"Name\": \"a\", \"Host\": \"h\", \"Username\": \"u\"},"
                                                      "\"2\": {\"Name\": \"b\", \"Host\": \"h\", \"Username\": \"u\"}}}",
                                                      ProfileImport::Kind::ServersJson);
        QVERIFY(twice.apply(&store));
        QCOMPARE(names(twice, ProfileImport::Item::Status::Added), QStringList{u"a"_s});
        QCOMPARE(names(twice, ProfileImport::Item::Status::Duplicate), QStringList{u"b"_s});
    }

    // Export, import into an empty store: the same profiles come back (fields, groups, environments).
    void serversJsonRoundTrip()
    {
        ProfileImport r = ProfileImport::fromData(sampleJson(), ProfileImport::Kind::ServersJson);
        QList<ConnectionProfile> original;
        for (const ProfileImport::Item &i : r.items())
            original << i.profile;
        original[0].environment = ConnectionProfile::Environment::Staging;
        original[0].sslKey = u"/home/õ/key.pem"_s;
        original[0].sslCert = u"/home/õ/cert.pem"_s;
        const QString path = m_dir.filePath(u"export.json"_s);
        QString error;
        QVERIFY2(ProfileImport::exportServersJson(original, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("leak"));
        const QJsonObject s1 = QJsonDocument::fromJson(bytes).object().value(u"Servers"_s).toObject().value(u"1"_s).toObject();
        for (const char *key : {"Name", "Group", "Host", "Port", "MaintenanceDB", "Username", "SSLMode"}) // pgAdmin requires these
            QVERIFY2(s1.contains(QString::fromLatin1(key)), key);

        const ProfileImport back = ProfileImport::fromFile(path);
        QVERIFY(!back.hasRejections());
        QCOMPARE(back.items().size(), original.size());
        for (int i = 0; i < original.size(); ++i) {
            ConnectionProfile expected = original.at(i);
            ConnectionProfile got = back.items().at(i).profile;
            if (expected.sslMode.isEmpty())
                expected.sslMode = u"prefer"_s; // pgAdmin needs an explicit mode; libpq's default
            QCOMPARE(got.name, expected.name);
            QCOMPARE(got, expected);
        }
    }

    // pgAdmin's tunnel fields become the profile's SSH part: TunnelHost/Port/Username an ssh
    // destination (ssh://… only for a port other than 22), Host/Port the database as the SSH host
    // sees it, the identity file only with TunnelAuthentication 1; no SSH password is kept.
    void serversJsonTunnel()
    {
        const ProfileImport r = ProfileImport::fromData(tunnelJson(), ProfileImport::Kind::ServersJson, u"servers.json"_s);
        QVERIFY(!r.hasRejections());
        QCOMPARE(r.items().size(), 4);
        const ConnectionProfile &bastion = r.items().at(0).profile;
        QVERIFY(bastion.ssh.isEnabled());
        QCOMPARE(bastion.ssh.destination, u"deploy@bastion.example.com"_s);
        QCOMPARE(bastion.ssh.identityFile, u"/home/deploy/.ssh/id_ed25519"_s);
        QCOMPARE(bastion.ssh.remoteHost, u"10.0.0.5"_s);
        QCOMPARE(bastion.ssh.remotePort, 5432);
        QCOMPARE(bastion.ssh.remoteSocketDir, QString());
        QCOMPARE(bastion.connectTimeout, 10);
        const ProfileImport::Item &vps = r.items().at(1);
        QCOMPARE(vps.profile.ssh.destination, u"ssh://mari@vps.example.org:2222"_s);
        QCOMPARE(vps.profile.ssh.identityFile, QString()); // password authentication in pgAdmin
        QCOMPARE(vps.profile.ssh.effectiveRemoteHost(), u"localhost"_s);
        QCOMPARE(vps.profile.ssh.effectiveRemotePort(), 5433);
        QVERIFY2(vps.message.contains(u"SSH password"_s), qPrintable(vps.message));
        QCOMPARE(r.items().at(2).profile.ssh.destination, u"fe80::1"_s); // ssh takes a bare IPv6 address
        QVERIFY(!r.items().at(3).profile.ssh.isEnabled()); // UseSSHTunnel 0: the other fields mean nothing
        QCOMPARE(r.items().at(3).profile.ssh, SshEndpoint());

        // "localhost:5433" behind two SSH hosts and on this machine are three servers, not duplicates.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"v.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        ProfileImport apply = r;
        QVERIFY(apply.apply(&store));
        QCOMPARE(apply.count(ProfileImport::Item::Status::Added), 4);
        settings.sync();
        QFile ini(dir.filePath(u"v.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("ssh-leak"));
        QCOMPARE(store.findByName(u"VPS"_s)->ssh.destination, u"ssh://mari@vps.example.org:2222"_s);
    }

    void serversJsonTunnelRejections_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QString>("message");
        QTest::newRow("no tunnel host") << QByteArray("\"UseSSHTunnel\": 1, \"TunnelHost\": \"\"") << u"TunnelHost is empty"_s;
        QTest::newRow("port 70000") << QByteArray("\"UseSSHTunnel\": 1, \"TunnelHost\": \"b\", \"TunnelPort\": \"70000\"")
                                   << u"TunnelPort"_s;
        QTest::newRow("port abc") << QByteArray("\"UseSSHTunnel\": 1, \"TunnelHost\": \"b\", \"TunnelPort\": \"abc\"") << u"TunnelPort"_s;
        // Never an ssh option smuggled in as a host name.
        QTest::newRow("option as host") << QByteArray("\"UseSSHTunnel\": 1, \"TunnelHost\": \"-oProxyCommand=touch /tmp/x\"")
                                        << u"leading"_s;
        // OpenSSH has no destination form for an IPv6 address with a port: an alias is the way.
        QTest::newRow("ipv6 with a port") << QByteArray("\"UseSSHTunnel\": 1, \"TunnelHost\": \"fe80::1\", \"TunnelPort\": 2200")
                                          << u"alias in ~/.ssh/config"_s;
        QTest::newRow("space in user") << QByteArray("\"UseSSHTunnel\": 1, \"TunnelHost\": \"b\", \"TunnelUsername\": \"a b\"")
                                       << u"spaces"_s;
    }
    void serversJsonTunnelRejections()
    {
        QFETCH(QByteArray, server);
        QFETCH(QString, message);
        const ProfileImport r = ProfileImport::fromData("{\"Servers\": {\n\"1\": {\"Name\": \"x\", \"Host\": \"h\", " + server + "}}}",
                                                        ProfileImport::Kind::ServersJson);
        QCOMPARE(r.count(ProfileImport::Item::Status::Rejected), 1);
        QCOMPARE(r.items().at(0).line, 2);
        QVERIFY2(r.items().at(0).message.contains(message), qPrintable(r.items().at(0).message));
    }

    // Export writes the tunnel back as pgAdmin expects it, and an import of that file gives the
    // same profiles (a remote socket directory travels as Host, as libpq writes one).
    void serversJsonTunnelRoundTrip()
    {
        const ProfileImport r = ProfileImport::fromData(tunnelJson(), ProfileImport::Kind::ServersJson);
        QList<ConnectionProfile> original;
        for (const ProfileImport::Item &i : r.items())
            original << i.profile;
        original[0].hosts = {u"/var/run/postgresql"_s};
        original[0].ssh.remoteSocketDir = u"/var/run/postgresql"_s;
        original[0].ssh.remoteHost.clear();
        const QByteArray bytes = ProfileImport::toServersJson(original);
        QVERIFY(!bytes.contains("ssh-leak"));
        const QJsonObject servers = QJsonDocument::fromJson(bytes).object().value(u"Servers"_s).toObject();
        const QJsonObject vps = servers.value(u"2"_s).toObject();
        QCOMPARE(vps.value(u"UseSSHTunnel"_s).toInt(), 1);
        QCOMPARE(vps.value(u"TunnelHost"_s).toString(), u"vps.example.org"_s);
        QCOMPARE(vps.value(u"TunnelPort"_s).toString(), u"2222"_s);
        QCOMPARE(vps.value(u"TunnelUsername"_s).toString(), u"mari"_s);
        QCOMPARE(vps.value(u"TunnelAuthentication"_s).toInt(), 0);
        QCOMPARE(vps.value(u"Host"_s).toString(), u"localhost"_s);
        QCOMPARE(vps.value(u"Port"_s).toInt(), 5433);
        const QJsonObject bastion = servers.value(u"1"_s).toObject();
        QCOMPARE(bastion.value(u"TunnelAuthentication"_s).toInt(), 1);
        QCOMPARE(bastion.value(u"TunnelIdentityFile"_s).toString(), u"/home/deploy/.ssh/id_ed25519"_s);
        QCOMPARE(bastion.value(u"Host"_s).toString(), u"/var/run/postgresql"_s);
        QVERIFY(!servers.value(u"4"_s).toObject().contains(u"UseSSHTunnel"_s));

        const ProfileImport back = ProfileImport::fromData(bytes, ProfileImport::Kind::ServersJson);
        QVERIFY(!back.hasRejections());
        QCOMPARE(back.items().size(), original.size());
        for (int i = 0; i < original.size(); ++i) {
            QCOMPARE(back.items().at(i).profile.ssh.destination, original.at(i).ssh.destination);
            QCOMPARE(back.items().at(i).profile, original.at(i));
        }
    }

    void pgpass()
    {
        const QString path = write(u"pgpass"_s, "# course\r\nlocalhost:5432:*:postgres:pw1\r\n*:*:*:bob:any\r\n"
                                                 "db.example.com:6543:app:app\\:user:pa\\:ss\r\n");
        ProfileImport r = ProfileImport::fromFile(path);
        QCOMPARE(r.kind(), ProfileImport::Kind::Pgpass);
        QVERIFY(!r.hasRejections());
        QCOMPARE(r.count(ProfileImport::Item::Status::Skipped), 1); // the any-host line
        QCOMPARE(r.items().at(1).line, 3);
        const ConnectionProfile &p = r.items().at(2).profile;
        QCOMPARE(p.user, u"app:user"_s);
        QCOMPARE(p.port, 6543);
        QCOMPARE(r.items().at(0).profile.database, QString()); // * → libpq's default

        QTemporaryDir dir;
        const QString ini = dir.filePath(u"v.ini"_s);
        {
            QSettings settings(ini, QSettings::IniFormat);
            ProfileStore store(&settings);
            QVERIFY(r.apply(&store));
            QCOMPARE(store.count(), 2);
        }
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("pw1")); // the passwords stay in the pgpass file
        QVERIFY(!bytes.contains("pa:ss"));
        QVERIFY(!bytes.contains("pa\\:ss"));
    }

    void pgpassLocation()
    {
        const QString path = write(u"pgpass-loc"_s, "localhost:5432:app:student:pw\n");
        qputenv("PGPASSFILE", path.toUtf8());
        ConnectionProfile p;
        p.hosts = {u"localhost"_s};
        p.database = u"app"_s;
        p.user = u"student"_s;
        QCOMPARE(p.passwordLocation(), ConnectionProfile::PasswordLocation::Pgpass);
        p.user = u"other"_s;
        QCOMPARE(p.passwordLocation(), ConnectionProfile::PasswordLocation::Ask);
        p.passwordInKeychain = true;
        QCOMPARE(p.passwordLocation(), ConnectionProfile::PasswordLocation::Keychain);
        // The 0600 rule: a file others can read is ignored by libpq, so the password is asked for.
        p.passwordInKeychain = false;
        p.user = u"student"_s;
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QCOMPARE(p.passwordLocation(), ConnectionProfile::PasswordLocation::Ask);
        ProfileImport r = ProfileImport::fromFile(path);
        QVERIFY(r.hasRejections());
        QVERIFY(r.items().first().message.contains(u"chmod 600"_s));
        qunsetenv("PGPASSFILE");
    }

    void pgpassBrokenLine()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"v.ini"_s), QSettings::IniFormat);
        ProfileStore store(&settings);
        ProfileImport r = ProfileImport::fromFile(write(u"pgpass-bad"_s, "a:1:d:u:p\nb:2:d:u:p\nbroken\n"));
        QVERIFY(r.hasRejections());
        QCOMPARE(r.items().size(), 1);
        QCOMPARE(r.items().first().line, 3);
        QVERIFY(!r.apply(&store));
        QCOMPARE(store.count(), 0);
    }

    void serviceFile()
    {
        const QString path = write(u"pg_service.conf"_s, "# course\r\n[dev]\r\nhost=localhost\r\nport=5433\r\ndbname=õpe\r\n"
                                                          "password=secret\r\n\r\n[prod]\r\nhost=db.example.com\r\nsslmode=verify-full\r\n");
        qputenv("PGSERVICEFILE", path.toUtf8());
        ProfileImport r = ProfileImport::fromFile(path);
        qunsetenv("PGSERVICEFILE");
        QCOMPARE(r.kind(), ProfileImport::Kind::ServiceFile);
        QCOMPARE(names(r, ProfileImport::Item::Status::Pending), (QStringList{u"dev"_s, u"prod"_s}));
        const ConnectionProfile &dev = r.items().at(0).profile;
        QCOMPARE(dev.port, 5433);
        QCOMPARE(dev.database, u"õpe"_s);
        QCOMPARE(dev.service, u"dev"_s); // libpq reads this file: the profile names the service
        QCOMPARE(r.items().at(1).line, 8);

        // From a file libpq does not read, the values are copied, the password is not.
        const ProfileImport other = ProfileImport::fromFile(path);
        QCOMPARE(other.items().at(0).profile.service, QString());
        QVERIFY(!other.items().at(0).message.isEmpty());

        const ProfileImport bad = ProfileImport::fromFile(write(u"bad.conf"_s, "[dev]\nhost=a\nprot=5432\n"));
        QVERIFY(bad.hasRejections());
        QCOMPARE(bad.items().first().line, 3);
    }

    void environment()
    {
        QProcessEnvironment env;
        env.insert(u"PGHOST"_s, u"db.example.com"_s);
        env.insert(u"PGPORT"_s, u"5433"_s);
        env.insert(u"PGUSER"_s, u"õpilane"_s);
        env.insert(u"PGDATABASE"_s, u"lab"_s);
        env.insert(u"PGSSLMODE"_s, u"require"_s);
        env.insert(u"PGPASSWORD"_s, u"do-not-copy"_s);
        const ProfileImport r = ProfileImport::fromEnvironment(env);
        QCOMPARE(r.items().size(), 1);
        const ProfileImport::Item &i = r.items().first();
        QCOMPARE(i.status, ProfileImport::Item::Status::Pending);
        QCOMPARE(i.profile.name, u"õpilane@db.example.com:5433/lab"_s);
        QCOMPARE(i.profile.sslMode, u"require"_s);
        QVERIFY(i.message.contains(u"PGPASSWORD"_s));
        QVERIFY(ProfileImport::fromEnvironment(QProcessEnvironment()).hasRejections());
    }

    void connInfo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("passwordNote");
        QTest::newRow("uri") << u"postgresql://student@localhost:5433/lab"_s << true << u"student@localhost:5433/lab"_s << false;
        QTest::newRow("uri with password") << u"postgresql://u:s%40cret@h/db"_s << true << u"u@h:5432/db"_s << true;
        QTest::newRow("uri with unicode") << u"postgres://%C3%B5@h/andmebaas"_s << true << u"õ@h:5432/andmebaas"_s << false;
        QTest::newRow("conninfo") << u"host=a port=6000 user=b dbname=c sslmode=require"_s << true << u"b@a:6000/c"_s << false;
        QTest::newRow("quoted conninfo") << u"host=a user='o\\'brien' dbname=c"_s << true << u"o'brien@a:5432/c"_s << false;
        QTest::newRow("bad uri") << u"postgresql://h/db?foo=bar"_s << false << QString() << false;
        QTest::newRow("unknown keyword") << u"hots=a"_s << false << QString() << false;
        QTest::newRow("empty") << u"  "_s << false << QString() << false;
    }
    void connInfo()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, name);
        QFETCH(bool, passwordNote);
        const ProfileImport r = ProfileImport::fromConnInfo(text);
        QCOMPARE(!r.hasRejections(), ok);
        if (!ok)
            return;
        QCOMPARE(r.items().first().profile.name, name);
        QCOMPARE(!r.items().first().message.isEmpty(), passwordNote);
        QVERIFY(!r.items().first().profile.toOptions().contains(u"password"_s));
    }
};

QTEST_GUILESS_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
