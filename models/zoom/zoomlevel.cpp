#include "zoom/zoomlevel.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace Valvur {

namespace {
const QString Key = QStringLiteral("ui/zoomPercent");
}

ZoomLevel::ZoomLevel(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (m_settings) {
        bool ok = false;
        const int stored = m_settings->value(Key).toInt(&ok);
        if (ok && isValid(stored))
            m_percent = stored;
    }
}

const QList<int> &ZoomLevel::steps()
{
    static const QList<int> list = {80, 90, 100, 110, 125, 150, 175, 200};
    return list;
}

int ZoomLevel::parse(const QString &text, QString *error)
{
    QString digits = text.trimmed();
    if (digits.endsWith(QLatin1Char('%')))
        digits = digits.chopped(1).trimmed();
    bool ok = false;
    const int percent = digits.toInt(&ok);
    if (ok && isValid(percent))
        return percent;
    if (error)
        *error = QCoreApplication::translate("Valvur::ZoomLevel", "The zoom \"%1\" is not a percentage from %2 to %3: give e.g. --zoom 150.")
                     .arg(text)
                     .arg(minimum())
                     .arg(maximum());
    return 0;
}

void ZoomLevel::zoomIn()
{
    const auto next = std::upper_bound(steps().begin(), steps().end(), m_percent);
    if (next != steps().end())
        setPercent(*next);
}

void ZoomLevel::zoomOut()
{
    const auto atOrAbove = std::lower_bound(steps().begin(), steps().end(), m_percent);
    if (atOrAbove != steps().begin())
        setPercent(*(atOrAbove - 1));
}

void ZoomLevel::reset()
{
    setPercent(100);
}

void ZoomLevel::setPercent(int percent, bool remember)
{
    percent = std::clamp(percent, minimum(), maximum());
    if (remember && m_settings)
        m_settings->setValue(Key, percent);
    if (percent == m_percent)
        return;
    m_percent = percent;
    Q_EMIT changed(percent);
}

} // namespace Valvur
