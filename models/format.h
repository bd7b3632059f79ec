#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Valvur::Format {

// Sizes, durations and times in the user's language and locale (QLocale::system() follows the
// interface language: the application sets the default locale when the language changes).
QString bytes(qint64 bytes);
QString duration(qint64 seconds);          // "3 d 4 h", "12 min 5 s", "42 s"
QString durationMs(double milliseconds);   // "0.42 ms", "1.3 s"
QString dateTime(const QDateTime &dt);
QString number(double value, int decimals = 0);
QString percent(double ratio, int decimals = 1);  // 0.9912 -> "99.1 %"

} // namespace Valvur::Format
