#pragma once

#include "pages/page.h"

#include <QList>

namespace Valvur {

// Every page of the main window, in navigation order. Add a new page here.
QList<Page *> createPages(const PageContext &context, QWidget *parent);

} // namespace Valvur
