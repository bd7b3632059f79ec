#include "widgetshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QLayout>
#include <QPixmap>
#include <QWidget>

namespace Valvur::Test {

QString saveWidgetShot(QWidget *w, const QString &name)
{
    QString dir = qEnvironmentVariable("VALVUR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = qEnvironmentVariable("VALVUR_BINARY_DIR") + QStringLiteral("/screenshots");
    if (!QDir().mkpath(dir))
        return {};
    QCoreApplication::processEvents();
    if (w->layout())
        w->layout()->activate();
    w->resize(w->size().expandedTo(w->minimumSizeHint()));
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name);
    return w->grab().save(path, "PNG") ? path : QString();
}

} // namespace Valvur::Test
