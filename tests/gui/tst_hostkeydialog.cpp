// The host-key question: an unknown host shows host, port, key type and fingerprint with the
// explanation, and Cancel is the default (Enter never trusts a key); a changed key is refused,
// explained (interception or a reinstalled host) with the ssh-keygen -R line, and cannot be
// accepted. In both languages, grabbed to PNGs (VALVUR_SCREENSHOT_DIR, else the build dir).
#include "dialogs/hostkeydialog.h"
#include "languagemanager.h"
#include "widgetshot.h"

#include <QFileInfo>
#include <QPointer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Valvur;
using namespace Qt::StringLiterals;

class TestHostKeyDialog : public QObject
{
    Q_OBJECT
private:
    LanguageManager m_language;
    const SshHostKey m_key{u"127.0.0.1"_s, 2222, u"ED25519"_s, u"SHA256:Vr3pyFIBTbGJ9sWyHmvzzWmuMNhZNRGFmqvjrZxFUAA"_s};

    static QString text(QDialog *d, const char *name)
    {
        return d->findChild<QLabel *>(QString::fromLatin1(name))->text();
    }

private Q_SLOTS:
    void init() { m_language.setLanguage(u"en"_s); }

    void unknownHostAsksAndCancelIsTheDefault()
    {
        HostKeyDialog d(m_key, HostKeyDialog::Kind::Unknown);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QString details = text(&d, "hostKeyDetails");
        for (const QString &fact : {u"127.0.0.1"_s, u"2222"_s, u"ED25519"_s, m_key.fingerprint})
            QVERIFY2(details.contains(fact), qPrintable(details));
        QVERIFY(text(&d, "hostKeyHeadline").contains(u"first connection to [127.0.0.1]:2222"_s));
        const QString why = text(&d, "hostKeyExplanation");
        QVERIFY2(why.contains(u"administrator"_s) && why.contains(u"ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub"_s), qPrintable(why));
        auto *trust = d.findChild<QPushButton *>(u"trustButton"_s);
        auto *cancel = d.findChild<QPushButton *>(u"cancelButton"_s);
        QVERIFY(trust && cancel);
        QCOMPARE(trust->text(), u"&Trust and connect"_s);
        QCOMPARE(cancel->text(), u"Cancel"_s);
        QVERIFY(cancel->isDefault());
        QVERIFY(!trust->isDefault());
        QVERIFY(!Test::saveWidgetShot(&d, u"hostkey-unknown-en.png"_s).isEmpty());

        // Enter answers "no".
        QSignalSpy rejected(&d, &QDialog::rejected);
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::keyClick(&d, Qt::Key_Return);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(accepted.count(), 0);

        // Only the trust button says yes.
        HostKeyDialog again(m_key, HostKeyDialog::Kind::Unknown);
        again.show();
        QSignalSpy yes(&again, &QDialog::accepted);
        QTest::mouseClick(again.findChild<QPushButton *>(u"trustButton"_s), Qt::LeftButton);
        QCOMPARE(yes.count(), 1);
        QCOMPARE(again.key(), m_key);
    }

    void changedKeyIsRefused()
    {
        HostKeyDialog d(m_key, HostKeyDialog::Kind::Changed);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(!d.findChild<QPushButton *>(u"trustButton"_s)); // nothing to accept
        QCOMPARE(d.findChild<QPushButton *>(u"cancelButton"_s)->text(), u"Close"_s);
        QVERIFY(text(&d, "hostKeyHeadline").contains(u"has changed"_s));
        const QString why = text(&d, "hostKeyExplanation");
        QVERIFY2(why.contains(u"intercepting"_s) && why.contains(u"reinstalled"_s), qPrintable(why));
        QVERIFY2(why.contains(u"ssh-keygen -R '[127.0.0.1]:2222'"_s), qPrintable(why));
        QVERIFY(text(&d, "hostKeyDetails").contains(m_key.fingerprint));
        QVERIFY(!Test::saveWidgetShot(&d, u"hostkey-changed-en.png"_s).isEmpty());
        QSignalSpy accepted(&d, &QDialog::accepted);
        QTest::keyClick(&d, Qt::Key_Return);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!d.isVisible());
    }

    // The helper the connecting code calls: Cancel answers "not trusted" and writes nothing;
    // "Trust and connect" goes on to known_hosts (here a closed port: no key, so an error that
    // says so, and still nothing written). The answer comes after the dialog, never during it.
    void askToTrustAnswersOnce()
    {
        QWidget parent;
        QTemporaryDir dir;
        const QString knownHosts = dir.filePath(u".ssh/known_hosts"_s);
        QList<std::pair<bool, QString>> answers;
        auto record = [&answers](bool trusted, const QString &error) { answers.append({trusted, error}); };

        QPointer<HostKeyDialog> d = HostKeyDialog::askToTrust(&parent, m_key, record, knownHosts);
        QVERIFY(d && d->isVisible());
        // The question names the file the key would go to: the one ssh reads, not a default.
        QVERIFY2(text(d, "hostKeyExplanation").contains(knownHosts), qPrintable(text(d, "hostKeyExplanation")));
        QCOMPARE(d->windowModality(), Qt::WindowModal);
        QTest::mouseClick(d->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.at(0), std::make_pair(false, QString()));
        QTRY_VERIFY(!d); // deleted on close

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        SshHostKey nowhere = m_key;
        nowhere.port = closed.serverPort();
        closed.close();
        d = HostKeyDialog::askToTrust(&parent, nowhere, record, knownHosts);
        QTest::mouseClick(d->findChild<QPushButton *>(u"trustButton"_s), Qt::LeftButton);
        QCOMPARE(answers.size(), 1); // ssh-keyscan runs; the answer comes later
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 30000);
        QVERIFY(!answers.at(1).first);
        QVERIFY2(answers.at(1).second.contains(u"gave no ED25519 host key"_s), qPrintable(answers.at(1).second));
        QVERIFY(!QFileInfo::exists(knownHosts));

        QPointer<HostKeyDialog> changed = HostKeyDialog::showChanged(&parent, m_key, knownHosts);
        QVERIFY(changed && changed->isVisible() && !changed->findChild<QPushButton *>(u"trustButton"_s));
        // The removal line works on the file ssh reads for this host.
        QVERIFY2(text(changed, "hostKeyExplanation").contains(u"ssh-keygen -f '%1' -R '[127.0.0.1]:2222'"_s.arg(knownHosts)),
                 qPrintable(text(changed, "hostKeyExplanation")));
        QTest::keyClick(changed, Qt::Key_Return);
        QTRY_VERIFY(!changed);
    }

    void estonian()
    {
        m_language.setLanguage(u"et"_s);
        HostKeyDialog unknown(m_key, HostKeyDialog::Kind::Unknown);
        unknown.show();
        QVERIFY(QTest::qWaitForWindowExposed(&unknown));
        QCOMPARE(unknown.findChild<QPushButton *>(u"trustButton"_s)->text(), u"&Usalda ja ühenda"_s);
        QCOMPARE(unknown.findChild<QPushButton *>(u"cancelButton"_s)->text(), u"Loobu"_s);
        QVERIFY(text(&unknown, "hostKeyDetails").contains(m_key.fingerprint));
        QVERIFY(!Test::saveWidgetShot(&unknown, u"hostkey-unknown-et.png"_s).isEmpty());
        HostKeyDialog changed(m_key, HostKeyDialog::Kind::Changed);
        changed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&changed));
        QCOMPARE(changed.findChild<QPushButton *>(u"cancelButton"_s)->text(), u"Sulge"_s);
        QVERIFY(text(&changed, "hostKeyExplanation").contains(u"ssh-keygen -R '[127.0.0.1]:2222'"_s));
        QVERIFY(!Test::saveWidgetShot(&changed, u"hostkey-changed-et.png"_s).isEmpty());
    }
};

QTEST_MAIN(TestHostKeyDialog)
#include "tst_hostkeydialog.moc"
