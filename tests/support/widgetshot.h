#pragma once

#include <QString>

class QWidget;

namespace Valvur::Test {

// Grabs a widget (laid out again first, so a language switch's longer words are in place) to
// NAME.png under VALVUR_SCREENSHOT_DIR, else under $VALVUR_BINARY_DIR/screenshots, for a person to
// look at. Returns the path, empty when the file could not be written.
QString saveWidgetShot(QWidget *widget, const QString &name);

} // namespace Valvur::Test
