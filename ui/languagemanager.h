#pragma once

#include <QObject>
#include <QTranslator>

namespace Valvur {

// Loads Valvur's catalogue (which also carries Estonian for Qt's own buttons: Debian ships none)
// and switches the language at run time; widgets retranslate on QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "et" or "en". Returns false for an unknown language.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

    static QStringList available() { return {QStringLiteral("et"), QStringLiteral("en")}; }
    // --lang, else the remembered choice, else the system locale (Estonian when it is et).
    static QString initialLanguage(const QString &commandLine, const QString &remembered);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QTranslator m_translator;
    QString m_language;
};

} // namespace Valvur
