#pragma once

#include "pages/page.h"

#include <QList>

namespace Valvur {

// One page of the main window before it exists: the window builds a page the first time it is
// shown or asked for (MainWindow::page), so start-up builds only the page it opens on.
struct PageKind
{
    const char *id; // Page::pageId()
    const char *titleContext; // the page class's translation context and its title, as Page::title() says it
    const char *title;
    Page *(*create)(const PageContext &context, QWidget *parent);

    QString pageId() const { return QString::fromLatin1(id); }
    QString translatedTitle() const;
};

// Every page of the main window, in navigation order. Add a new page here.
const QList<PageKind> &pageKinds();

} // namespace Valvur
