// Estonian is complete at every commit, and it really reaches the widgets (Qt's own buttons too).
#include "languagemanager.h"
#include "mainwindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Valvur;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void estonianCatalogueIsComplete()
    {
        // Run lupdate over the sources into a copy: a string in the code that the .ts lacks
        // shows up as unfinished there, just like one left untranslated.
        const QString source = qEnvironmentVariable("VALVUR_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "VALVUR_SOURCE_DIR is not set (run through ctest)");
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("valvur_et.ts"));
        QVERIFY(QFile::copy(source + QStringLiteral("/translations/valvur_et.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-extensions"), QStringLiteral("cpp,h"), source + QStringLiteral("/app"),
                       source + QStringLiteral("/core"), source + QStringLiteral("/models"), source + QStringLiteral("/ui"),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString context, sourceText;
        QStringList problems;
        int messages = 0;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                sourceText = xml.readElementText();
                ++messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished) {
                    problems << QStringLiteral("unfinished: %1 / %2").arg(context, sourceText);
                    continue;
                }
                // every placeholder of the source must survive translation
                QRegularExpressionMatchIterator it = placeholder.globalMatch(sourceText);
                while (it.hasNext()) {
                    const QString p = it.next().captured(0);
                    if (!text.contains(p))
                        problems << QStringLiteral("lost %1: %2 / %3").arg(p, context, sourceText);
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishPluralFormsAreFilled()
    {
        // English is the source language; its catalogue carries only the plural forms, which must
        // be filled, or the window shows "%n session(s)".
        QFile f(qEnvironmentVariable("VALVUR_SOURCE_DIR") + QStringLiteral("/translations/valvur_en.ts"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ts = f.readAll();
        QVERIFY(ts.contains("numerusform"));
        QVERIFY2(!ts.contains("type=\"unfinished\""), "valvur_en.ts has unfinished plural forms: run scripts/i18n.py update");
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/valvur_en.qm")));
        QCoreApplication::installTranslator(&english);
        QCOMPARE(QCoreApplication::translate("Valvur::ConnectionBanner", "Connection lost. Retrying in %n s.", nullptr, 1),
                 QStringLiteral("Connection lost. Retrying in 1 s."));
        QCoreApplication::removeTranslator(&english);
    }

    void widgetsSpeakEstonianAndSwitchAtRunTime()
    {
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("valvur-test"), QStringLiteral("i18n"));
        settings.clear();
        LanguageManager language;
        QVERIFY(language.setLanguage(QStringLiteral("et")));
        MainWindow window(&settings, &language);
        QMenu *file = window.menuBar()->actions().first()->menu();
        QCOMPARE(file->title(), QStringLiteral("&Fail"));
        QCOMPARE(window.page(QStringLiteral("overview"))->title(), QStringLiteral("Ülevaade"));

        // Qt's own buttons, carried in Valvur's catalogue
        QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Yes);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Loobu"));
        QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Jah"));

        // switch through the View → Language menu; every widget retranslates, the choice is remembered
        QMenu *languageMenu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(languageMenu);
        QAction *english = nullptr;
        for (QAction *a : languageMenu->actions())
            if (a->data().toString() == QLatin1String("en"))
                english = a;
        QVERIFY(english);
        english->trigger();
        // QEvent::LanguageChange is posted to every window
        QTRY_COMPARE(file->title(), QStringLiteral("&File"));
        QTRY_COMPARE(window.page(QStringLiteral("overview"))->title(), QStringLiteral("Overview"));
        QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(LanguageManager::initialLanguage(QString(), settings.value(QStringLiteral("language")).toString()),
                 QStringLiteral("en"));
        QCOMPARE(LanguageManager::initialLanguage(QStringLiteral("et"), QStringLiteral("en")), QStringLiteral("et"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
