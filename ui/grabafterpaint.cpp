#include "grabafterpaint.h"

#include "monitoring/startuptrace.h"

#include <QEvent>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace Valvur {

GrabAfterPaint::GrabAfterPaint(QWidget *window, QWidget *painted, const QString &file, int boundMs)
    : QObject(window)
    , m_window(window)
    , m_painted(painted)
    , m_file(file)
    , m_boundMs(boundMs)
{
}

void GrabAfterPaint::start()
{
    if (!m_painted || !m_painted->isVisible()) {
        grabSoon();
        return;
    }
    m_painted->installEventFilter(this);
    m_painted->update(); // there is a next paint even when the data changed nothing visible
    QTimer::singleShot(m_boundMs, this, &GrabAfterPaint::grabSoon);
}

bool GrabAfterPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_painted && event->type() == QEvent::Paint) {
        StartupTrace::mark("page painted");
        grabSoon();
    }
    return QObject::eventFilter(watched, event);
}

void GrabAfterPaint::grabSoon()
{
    if (m_grabbing)
        return;
    m_grabbing = true;
    if (m_painted)
        m_painted->removeEventFilter(this);
    QTimer::singleShot(0, this, [this] {
        const bool written = m_window && m_window->grab().save(m_file, "PNG");
        StartupTrace::mark("screenshot written");
        Q_EMIT done(written);
        deleteLater();
    });
}

} // namespace Valvur
