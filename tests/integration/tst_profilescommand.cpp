// valvur profiles list/import/export end to end: the real executable, settings under a temporary
// XDG_CONFIG_HOME, and resolveServer() for --profile NAME.
#include "profiles/profilestore.h"
#include "profiles/resolveserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestProfilesCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString configHome() const { return m_dir.filePath(u"config"_s); }
    QString iniPath() const { return configHome() + u"/valvur/valvur.ini"_s; }

    Run valvur(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, configHome());
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        for (const QString &k : {u"PGHOST"_s, u"PGPORT"_s, u"PGUSER"_s, u"PGDATABASE"_s, u"PGSERVICE"_s, u"PGPASSWORD"_s, u"PGPASSFILE"_s})
            env.remove(k);
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("VALVUR_BINARY_DIR") + u"/app/valvur"_s, args);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QJsonArray listJson()
    {
        const Run r = valvur({u"profiles"_s, u"list"_s, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"profiles"_s).toArray();
    }

    QByteArray iniBytes() const
    {
        QFile f(iniPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(data);
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return f.fileName();
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(iniPath());
    }

    void emptyList()
    {
        const Run r = valvur({u"profiles"_s, u"list"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"No connection profiles yet"_s), qPrintable(r.out));
        QCOMPARE(listJson().size(), 0);
        QCOMPARE(valvur({u"profiles"_s, u"frobnicate"_s}).exitCode, 2);
    }

    void importListExport()
    {
        const QString json = write(u"servers.json"_s,
                                   "{\"Servers\": {\n"
                                   " \"1\": {\"Name\": \"Kohalik\", \"Group\": \"Kursus\", \"Host\": \"localhost\", \"Port\": 5432,"
                                   " \"MaintenanceDB\": \"postgres\", \"Username\": \"postgres\", \"SSLMode\": \"prefer\"},\n"
                                   " \"2\": {\"Name\": \"Tootmine\", \"Host\": \"db.example.com\", \"Port\": 5432, \"MaintenanceDB\": \"app\","
                                   " \"Username\": \"ops\", \"BGColor\": \"#c62828\", \"Password\": \"json-secret\"}\n}}\n");
        Run r = valvur({u"profiles"_s, u"import"_s, json, u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"(pgAdmin servers.json)"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"added: Kohalik"_s));
        QVERIFY(r.out.contains(u"2 added"_s));
        QVERIFY(QFile::exists(iniPath())); // XDG_CONFIG_HOME decides where settings live

        QJsonArray list = listJson();
        QCOMPARE(list.size(), 2);
        const QJsonObject prod = list.at(1).toObject();
        QCOMPARE(prod.value(u"name"_s).toString(), u"Tootmine"_s);
        QCOMPARE(prod.value(u"environment"_s).toString(), u"production"_s);
        QCOMPARE(prod.value(u"password"_s).toString(), u"ask"_s);
        QCOMPARE(list.at(0).toObject().value(u"group"_s).toString(), u"Kursus"_s);
        QVERIFY(!iniBytes().contains("json-secret"));

        // Human output in Estonian, never a password.
        r = valvur({u"profiles"_s, u"list"_s, u"--lang"_s, u"et"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"keskkond: toodang"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"parool: küsitakse ühendumisel (ask)"_s));

        // The same file again: duplicates, nothing doubled.
        r = valvur({u"profiles"_s, u"import"_s, json, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(result.value(u"duplicates"_s).toInt(), 2);
        QCOMPARE(result.value(u"added"_s).toInt(), 0);
        QCOMPARE(listJson().size(), 2);

        // Export, then import into a fresh configuration: the same profiles.
        const QString exported = m_dir.filePath(u"export.json"_s);
        r = valvur({u"profiles"_s, u"export"_s, exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("json-secret"));
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(u"Servers"_s).toObject().size(), 2);
        QFile::remove(iniPath());
        r = valvur({u"profiles"_s, u"import"_s, exported, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        list = listJson();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(u"environment"_s).toString(), u"production"_s);
        QCOMPARE(list.at(0).toObject().value(u"group"_s).toString(), u"Kursus"_s);

        // An export to a place that cannot be written fails cleanly.
        r = valvur({u"profiles"_s, u"export"_s, u"/nonexistent/dir/servers.json"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }

    // A pgAdmin file with tunnels: `valvur profiles import` keeps the SSH part (list shows it,
    // in JSON and in words), `export` writes pgAdmin's tunnel fields back, and a fresh import of
    // the export gives the same SSH parts. No SSH password reaches the settings.
    void importExportTunnel()
    {
        const QString json = write(u"tunnels.json"_s,
                                   "{\n    \"Servers\": {\n"
                                   "        \"1\": {\"Name\": \"Bastion\", \"Group\": \"Servers\", \"Host\": \"10.0.0.5\", \"Port\": 5432,"
                                   " \"MaintenanceDB\": \"postgres\", \"Username\": \"app\", \"UseSSHTunnel\": 1,"
                                   " \"TunnelHost\": \"bastion.example.com\", \"TunnelPort\": \"22\", \"TunnelUsername\": \"deploy\","
                                   " \"TunnelAuthentication\": 1, \"TunnelIdentityFile\": \"/home/deploy/.ssh/id_ed25519\","
                                   " \"ConnectionParameters\": {\"sslmode\": \"prefer\"}},\n"
                                   "        \"2\": {\"Name\": \"VPS\", \"Group\": \"Servers\", \"Host\": \"localhost\", \"Port\": 5432,"
                                   " \"MaintenanceDB\": \"postgres\", \"Username\": \"postgres\", \"UseSSHTunnel\": 1,"
                                   " \"TunnelHost\": \"vps.example.org\", \"TunnelPort\": \"2222\", \"TunnelUsername\": \"mari\","
                                   " \"TunnelAuthentication\": 0, \"TunnelPassword\": \"ssh-secret\"},\n"
                                   "        \"3\": {\"Name\": \"Kohalik\", \"Group\": \"Servers\", \"Host\": \"localhost\", \"Port\": 5432,"
                                   " \"MaintenanceDB\": \"postgres\", \"Username\": \"postgres\", \"UseSSHTunnel\": 0,"
                                   " \"TunnelHost\": \"\", \"TunnelPort\": \"22\", \"TunnelAuthentication\": 0}\n"
                                   "    }\n}\n");
        Run r = valvur({u"profiles"_s, u"import"_s, json, u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"3 added"_s), qPrintable(r.out)); // "localhost" behind SSH is another server
        QVERIFY(!iniBytes().contains("ssh-secret"));

        QJsonArray list = listJson();
        QCOMPARE(list.size(), 3);
        const QJsonObject bastion = list.at(0).toObject().value(u"ssh"_s).toObject();
        QCOMPARE(bastion.value(u"destination"_s).toString(), u"deploy@bastion.example.com"_s);
        QCOMPARE(bastion.value(u"identityFile"_s).toString(), u"/home/deploy/.ssh/id_ed25519"_s);
        QCOMPARE(bastion.value(u"remoteHost"_s).toString(), u"10.0.0.5"_s);
        QCOMPARE(bastion.value(u"remotePort"_s).toInt(), 5432);
        QCOMPARE(list.at(1).toObject().value(u"ssh"_s).toObject().value(u"destination"_s).toString(),
                 u"ssh://mari@vps.example.org:2222"_s);
        QVERIFY(!list.at(2).toObject().contains(u"ssh"_s));

        r = valvur({u"profiles"_s, u"list"_s, u"--lang"_s, u"et"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"SSH-tunnel: ssh://mari@vps.example.org:2222 → localhost:5432"_s), qPrintable(r.out));

        const QString exported = m_dir.filePath(u"tunnels-export.json"_s);
        r = valvur({u"profiles"_s, u"export"_s, exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject servers = QJsonDocument::fromJson(f.readAll()).object().value(u"Servers"_s).toObject();
        const QJsonObject vps = servers.value(u"2"_s).toObject();
        QCOMPARE(vps.value(u"UseSSHTunnel"_s).toInt(), 1);
        QCOMPARE(vps.value(u"TunnelHost"_s).toString(), u"vps.example.org"_s);
        QCOMPARE(vps.value(u"TunnelPort"_s).toString(), u"2222"_s);
        QCOMPARE(vps.value(u"TunnelUsername"_s).toString(), u"mari"_s);
        QVERIFY(!vps.contains(u"TunnelPassword"_s));
        QCOMPARE(servers.value(u"1"_s).toObject().value(u"TunnelIdentityFile"_s).toString(), u"/home/deploy/.ssh/id_ed25519"_s);

        QFile::remove(iniPath());
        r = valvur({u"profiles"_s, u"import"_s, exported, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray again = listJson();
        QCOMPARE(again.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(again.at(i).toObject().value(u"ssh"_s), list.at(i).toObject().value(u"ssh"_s));
    }

    // One bad line rejects the file: the exit status says so, the line is named, nothing is added.
    void rejectedFileAddsNothing()
    {
        const QString pgpass = write(u"pgpass"_s, "localhost:5432:*:postgres:pw1\r\nserver2:5432:app:bob:pw2\r\nthis line is broken\r\n");
        const Run r = valvur({u"profiles"_s, u"import"_s, pgpass, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"line 3"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"Nothing was added"_s));
        QCOMPARE(listJson().size(), 0);

        const Run json = valvur({u"profiles"_s, u"import"_s, pgpass, u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"kind"_s).toString(), u"pgpass"_s);
        QCOMPARE(o.value(u"rejected"_s).toInt(), 1);
        QCOMPARE(o.value(u"items"_s).toArray().first().toObject().value(u"line"_s).toInt(), 3);
        QCOMPARE(valvur({u"profiles"_s, u"import"_s, m_dir.filePath(u"missing"_s)}).exitCode, 1);
    }

    // Every word of an Estonian run is Estonian: the kind of an unrecognised file was printed as
    // the English id "unknown".
    void unknownKindIsTranslated()
    {
        const QString notes = write(u"notes.txt"_s, "hello world\n");
        const Run r = valvur({u"profiles"_s, u"import"_s, notes, u"--lang"_s, u"et"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.out.contains(u"unknown"_s) && !r.err.contains(u"unknown"_s), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"tundmatut liiki fail"_s), qPrintable(r.out));
        // --json keeps the stable id.
        const Run json = valvur({u"profiles"_s, u"import"_s, notes, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"kind"_s).toString(), u"unknown"_s);
    }

    // A pgpass file libpq reads: the profiles say "pgpass", the passwords stay in that file.
    void pgpassStaysWhereItIs()
    {
        const QString pgpass = write(u"pgpass-ok"_s, "localhost:5433:lab:student:pgpass-secret\n");
        const QMap<QString, QString> env{{u"PGPASSFILE"_s, pgpass}};
        Run r = valvur({u"profiles"_s, u"import"_s, pgpass}, env);
        QCOMPARE(r.exitCode, 0);
        r = valvur({u"profiles"_s, u"list"_s, u"--json"_s}, env);
        const QJsonObject p = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"profiles"_s).toArray().first().toObject();
        QCOMPARE(p.value(u"password"_s).toString(), u"pgpass"_s);
        QCOMPARE(p.value(u"port"_s).toInt(), 5433);
        QVERIFY(!r.out.contains(u"pgpass-secret"_s));
        QVERIFY(!iniBytes().contains("pgpass-secret"));
    }

    void importEnvironment()
    {
        const QMap<QString, QString> env{{u"PGHOST"_s, u"db.example.com"_s}, {u"PGPORT"_s, u"6543"_s}, {u"PGUSER"_s, u"õpilane"_s},
                                         {u"PGDATABASE"_s, u"lab"_s}, {u"PGPASSWORD"_s, u"env-secret"_s}};
        Run r = valvur({u"profiles"_s, u"import"_s, u"--env"_s, u"--lang"_s, u"en"_s}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"PGPASSWORD"_s));
        QVERIFY(!(r.out + r.err).contains(u"env-secret"_s));
        QVERIFY(!iniBytes().contains("env-secret"));
        QCOMPARE(listJson().first().toObject().value(u"user"_s).toString(), u"õpilane"_s);
        r = valvur({u"profiles"_s, u"import"_s, u"--env"_s});
        QCOMPARE(r.exitCode, 1); // nothing in the environment (valvur() clears PG*)
    }

    void resolveServerByProfile()
    {
        QVERIFY(valvur({u"profiles"_s, u"import"_s, write(u"s.json"_s,
                                                          "{\"Servers\": {\"1\": {\"Name\": \"Lab\", \"Host\": \"h\", \"Port\": 5999,"
                                                          " \"Username\": \"u\", \"MaintenanceDB\": \"d\"}}}")})
                    .exitCode
                == 0);
        QSettings settings(iniPath(), QSettings::IniFormat);
        ConnectionOptions o;
        QString id, error;
        QVERIFY2(resolveServer(QString(), u"Lab"_s, &settings, &o, &id, &error), qPrintable(error));
        QCOMPARE(o.value(u"port"_s), u"5999"_s);
        QVERIFY(!id.isEmpty());
        QString id2;
        QVERIFY(resolveServer(QString(), id, &settings, &o, &id2, &error)); // by id too
        QCOMPARE(id2, id);
        QVERIFY(resolveServer(u"host=x port=1"_s, QString(), &settings, &o, &id, &error));
        QVERIFY(id.isEmpty());
        QCOMPARE(o.value(u"host"_s), u"x"_s);
        QVERIFY(!resolveServer(u"host=x"_s, u"Lab"_s, &settings, &o, &id, &error));
        QVERIFY(!resolveServer(QString(), u"Nope"_s, &settings, &o, &id, &error));
        QVERIFY2(error.contains(u"Lab"_s), qPrintable(error)); // names the profiles there are
        QVERIFY(!resolveServer(u"hots=x"_s, QString(), &settings, &o, &id, &error));

        // The window's --profile with an unknown name: a clear message, exit status 2.
        const Run r = valvur({u"--profile"_s, u"Nope"_s, u"--lang"_s, u"en"_s}, {{u"QT_QPA_PLATFORM"_s, u"offscreen"_s}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"There is no connection profile \"Nope\""_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestProfilesCommand)
#include "tst_profilescommand.moc"
