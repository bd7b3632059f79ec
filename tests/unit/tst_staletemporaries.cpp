// What a killed run left is removed at the next start, and only that: a pgpass folder of an
// earlier version once no process uses it, a partial output whose process on this host is gone;
// never the partial output of a live process or of another host.
#include "backup/atomicoutput.h"
#include "backup/staletemporaries.h"
#include "ssh/sshtunnel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/time.h>

using namespace Valvur;

class TestStaleTemporaries : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

    static bool makeOld(const QString &path)
    {
        const struct timeval old[2] = {{QDateTime::currentSecsSinceEpoch() - 600, 0}, {QDateTime::currentSecsSinceEpoch() - 600, 0}};
        return ::utimes(QFile::encodeName(path).constData(), old) == 0;
    }

    static bool touch(const QString &path, const QByteArray &contents = "x")
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(contents) == contents.size();
    }

    // The pid of a process that has ended.
    static qint64 deadPid()
    {
        QProcess p;
        p.start(QStringLiteral("/bin/true"), {});
        if (!p.waitForStarted(10000))
            return 0;
        const qint64 pid = p.processId();
        return p.waitForFinished(10000) ? pid : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // A private temporary folder and data home: nothing outside them is looked at here.
        qputenv("TMPDIR", m_tmp.filePath(QStringLiteral("tmp")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_tmp.filePath(QStringLiteral("data")).toLocal8Bit());
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("tmp"))));
        qputenv("XDG_RUNTIME_DIR", m_tmp.filePath(QStringLiteral("run")).toLocal8Bit()); // the SSH tunnels' folders
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("run"))));
    }

    void ownerTagIsInTheTemporaryName()
    {
        AtomicOutput out(m_tmp.filePath(QStringLiteral("x.dump")));
        const QString temp = QFileInfo(out.reserve()).fileName();
        QVERIFY(AtomicOutput::isTemporaryName(temp));
        QCOMPARE(StaleTemporaries::tagOf(temp), StaleTemporaries::ownerTag());
        QVERIFY(!StaleTemporaries::isStaleTag(StaleTemporaries::ownerTag()));
        QCOMPARE(StaleTemporaries::tagOf(QStringLiteral(".x.dump.valvur-partial-abc123")), QString()); // an older version's name
    }

    void onlyWhatIsProvablyStaleGoes()
    {
        const qint64 dead = deadPid();
        QVERIFY(dead > 0);
        const QString host = StaleTemporaries::ownerTag().section(QLatin1Char('@'), 1);
        const QDir out(m_tmp.filePath(QStringLiteral("out")));
        QVERIFY(QDir().mkpath(out.path()));
        const QString deadPartial = out.filePath(QStringLiteral(".a.dump.valvur-partial-%1@%2-abcd1234").arg(dead).arg(host));
        const QString livePartial = out.filePath(QStringLiteral(".b.dump.valvur-partial-%1-abcd1234").arg(StaleTemporaries::ownerTag()));
        const QString otherHost = out.filePath(QStringLiteral(".c.dump.valvur-partial-%1@another-host-abcd1234").arg(dead));
        const QString oldStyle = out.filePath(QStringLiteral(".d.dump.valvur-partial-abcd1234"));
        QVERIFY(QDir().mkpath(deadPartial)); // a directory-format output
        QVERIFY(touch(deadPartial + QStringLiteral("/toc.dat")));
        QVERIFY(touch(livePartial));
        QVERIFY(touch(otherHost));
        QVERIFY(touch(oldStyle));

        const QDir tmp(QDir::tempPath());
        const QString oldPgpass = tmp.filePath(QStringLiteral("valvur-pgpass-Ab12Cd"));
        QVERIFY(QDir().mkpath(oldPgpass));
        QVERIFY(touch(oldPgpass + QStringLiteral("/pgpass"), "*:*:*:*:secret\n"));
        QVERIFY(makeOld(oldPgpass));
        const QString newPgpass = tmp.filePath(QStringLiteral("valvur-pgpass-Ef34Gh")); // just made: may be about to be used
        QVERIFY(QDir().mkpath(newPgpass));
        const QString deadCopy = tmp.filePath(QStringLiteral("valvur-test-restore-%1@%2-Xy12Zw").arg(dead).arg(host));
        QVERIFY(QDir().mkpath(deadCopy + QStringLiteral("/data")));
        const QString liveCopy = tmp.filePath(QStringLiteral("valvur-test-restore-%1-Xy12Zw").arg(StaleTemporaries::ownerTag()));
        QVERIFY(QDir().mkpath(liveCopy + QStringLiteral("/data")));

        // A tunnel folder of a killed window (its ssh went with it) and one of this process.
        const QString deadTunnel = SshTunnel::baseDir() + QStringLiteral("/tunnel-%1-1").arg(dead);
        QVERIFY(QDir().mkpath(deadTunnel));
        QVERIFY(touch(deadTunnel + QStringLiteral("/control")));
        const QString liveTunnel = SshTunnel::baseDir() + QStringLiteral("/tunnel-%1-1").arg(QCoreApplication::applicationPid());
        QVERIFY(QDir().mkpath(liveTunnel));
        QVERIFY(SshTunnel::baseDir().startsWith(m_tmp.path()));

        const StaleTemporaries::Report r = StaleTemporaries::sweep({out.path()});
        QVERIFY2(r.failed.isEmpty(), qPrintable(r.failed.join(QLatin1Char(' '))));
        QVERIFY(!QFileInfo::exists(deadPartial));
        QVERIFY(!QFileInfo::exists(oldPgpass));
        QVERIFY(!QFileInfo::exists(deadCopy));
        QVERIFY(QFileInfo::exists(livePartial));
        QVERIFY(QFileInfo::exists(otherHost));
        QVERIFY(QFileInfo::exists(oldStyle));
        QVERIFY(QFileInfo::exists(newPgpass));
        QVERIFY(QFileInfo::exists(liveCopy));
        QVERIFY(!QFileInfo::exists(deadTunnel));
        QVERIFY(QFileInfo::exists(liveTunnel));
        QVERIFY(r.removed.contains(deadTunnel));
        QCOMPARE(r.removed.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestStaleTemporaries)

#include "tst_staletemporaries.moc"
