#include "languagemanager.h"

#include <QCoreApplication>
#include <QLocale>

namespace Valvur {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QString LanguageManager::initialLanguage(const QString &commandLine, const QString &remembered)
{
    if (available().contains(commandLine))
        return commandLine;
    if (available().contains(remembered))
        return remembered;
    return QLocale::system().language() == QLocale::Estonian ? QStringLiteral("et") : QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString &language)
{
    if (!available().contains(language))
        return false;
    QCoreApplication::removeTranslator(&m_translator);
    if (!m_translator.load(QStringLiteral(":/i18n/valvur_%1.qm").arg(language)))
        qWarning("Valvur: the %s catalogue is missing from the build", qPrintable(language));
    QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(QLocale(language == QLatin1String("et") ? QLocale::Estonian : QLocale::English,
                                language == QLatin1String("et") ? QLocale::Estonia : QLocale::UnitedKingdom));
    m_language = language;
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace Valvur
